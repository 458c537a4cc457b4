"""One sync per profile at a time: an exclusive lock on ``sync.lock`` in the data folder.

Two syncs at once (two ``kith sync`` runs, or the window and the command line) would
both see the same new contacts and queue them twice. The lock is the operating
system's (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so a sync that is killed
leaves nothing behind: the system drops the lock with the process.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kith.errors import KithError
from kith.store import database

#: Seconds a second sync waits for the first before it gives up.
WAIT = 3.0
_POLL = 0.1

BUSY = "A sync is already running for this profile; try again in a moment."


class SyncBusy(KithError):
    """Another sync of the same profile holds the lock."""


def lock_path() -> Path | None:
    """The lock file beside the open database; None for a database in memory."""
    db = database.path()
    if not db or db == ":memory:" or str(db).startswith("file::memory:"):
        return None
    return Path(db).with_name("sync.lock")


@contextmanager
def sync_lock(wait: float = WAIT) -> Iterator[None]:
    """Hold the profile's sync lock; raise SyncBusy after ``wait`` seconds without it."""
    path = lock_path()
    if path is None:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise SyncBusy(BUSY)
            time.sleep(_POLL)  # another process holds it: nothing to wait on but time
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
