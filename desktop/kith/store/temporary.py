"""Kith's temporary copies beside a file: locked while in use, swept once abandoned.

A backup, a restore and a new database are written under a temporary name
beside their target, ``.NAME.XXXXXXXX.part`` (``.restore``, ``.new``), then
renamed into place. The process writing one holds an exclusive ``flock`` on
it for as long as it works. One killed outright (SIGKILL, a power cut) leaves
the file behind, with SQLite's ``-journal``, and no lock: ``sweep`` removes
exactly those, the files of this pattern whose lock it can take. A live
process still holds its lock, so its file is never removed.

``flock`` locks and SQLite's own (``fcntl``) locks are independent on Linux
and the BSDs, so holding one on a file SQLite uses changes nothing for SQLite.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock, so nothing is swept
    fcntl = None  # type: ignore[assignment]  # a module or None: callers check for None

SUFFIXES = (".part", ".restore", ".new")
SIDES = ("-journal", "-wal", "-shm")
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0))


class Temporary:
    """A new, empty, private file beside a target, locked until ``release``."""

    def __init__(self, target: Path, suffix: str) -> None:
        assert suffix in SUFFIXES
        while True:
            # mkstemp opens with O_CREAT | O_EXCL | O_NOFOLLOW and mode 0600.
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                        suffix=suffix)
            if _lock(fd, wait=True) and _same(fd, Path(name)):
                break
            # A sweep took it between its creation and the lock, and removed it.
            os.close(fd)
        self.path = Path(name)
        self._fd: int | None = fd

    def remove(self) -> None:
        """Delete the file and SQLite's files beside it (whatever is still there)."""
        _unlink_all(self.path)

    def release(self) -> None:
        """Let go of the lock (after the file is renamed into place or removed)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _lock(fd: int, wait: bool) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        return False
    return True


def _same(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd``."""
    try:
        here, there = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _unlink_all(path: Path) -> None:
    # The sides first: the file itself, which carries the lock, goes last.
    for leftover in (*(Path(f"{path}{side}") for side in SIDES), path):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _pattern(target_name: str) -> re.Pattern[str]:
    suffixes = "|".join(re.escape(s) for s in SUFFIXES)
    sides = "|".join(re.escape(s) for s in SIDES)
    return re.compile(rf"\.(?:{target_name})\.[a-z0-9_]{{8}}(?:{suffixes})(?P<side>{sides})?")


def sweep(folder: Path, target_name: str) -> list[Path]:
    """Remove the abandoned temporary files beside targets named like ``target_name``
    (a regular expression) in ``folder``; returns what was removed.

    Only this user's regular files of Kith's own naming pattern are looked at,
    and only those whose lock no process holds are removed. Never raises.
    """
    if fcntl is None:
        return []
    pattern = _pattern(target_name)
    removed: list[Path] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        found = pattern.fullmatch(name)
        if found is None:
            continue
        path = folder / name
        side = found.group("side")
        if side:
            main = folder / name[: -len(side)]
            if not os.path.lexists(main) and _mine(path):
                _unlink_all(path)  # what is left of a file already removed
                removed.append(path)
            continue
        if _remove_if_abandoned(path):
            removed.append(path)
    return removed


def _mine(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and (not hasattr(os, "getuid")
                                           or info.st_uid == os.getuid())


def _remove_if_abandoned(path: Path) -> bool:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (hasattr(os, "getuid")
                                              and info.st_uid != os.getuid()):
            return False
        if not _lock(fd, wait=False):
            return False  # a live process is working on it
        if not _same(fd, path):
            return False
        _unlink_all(path)
        return not os.path.lexists(path)
    finally:
        os.close(fd)
