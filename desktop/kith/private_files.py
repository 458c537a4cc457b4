"""Writing a file that holds contact data: private (0600) from its first byte, whole or not at all.

The data goes to a new temporary file beside the target, created with
``O_EXCL | O_NOFOLLOW`` and mode 0600 (so nothing already there, such as a
symbolic link someone left, is written through), is flushed to disk, and is
renamed over the target. A target that is a symbolic link is followed: the
file it points to is replaced. A target that exists and is not a regular file
(``/dev/stdout``, a pipe) is written to directly.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

PRIVATE_MODE = 0o600
_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def write_private(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``target`` with ``data``, readable by the user alone. Raises OSError."""
    real = Path(os.path.realpath(target))
    try:
        if not stat.S_ISREG(real.stat().st_mode):
            with open(real, "wb") as stream:  # a device or a pipe: there is nothing to replace
                stream.write(data)
            return
    except FileNotFoundError:
        pass
    fd, temporary = _create_beside(real)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, real)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(real.parent)


def write_private_text(target: str | os.PathLike[str], text: str) -> None:
    """``write_private`` for text, as UTF-8 with the line endings it already has."""
    write_private(target, text.encode("utf-8"))


def copy_private(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Copy ``source`` to a new file ``target`` that is 0600 from its first byte (never
    readable by others while the copy runs, whatever the umask). Raises FileExistsError
    if ``target`` exists, and OSError; a failed copy leaves no ``target``."""
    fd = os.open(target, _FLAGS, PRIVATE_MODE)
    try:
        with open(source, "rb") as stream:
            while chunk := stream.read(1 << 20):
                _write_all(fd, chunk)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        Path(target).unlink(missing_ok=True)
        raise
    os.close(fd)
    make_private(Path(target))  # a file system that ignores the mode at creation


def _create_beside(real: Path) -> tuple[int, Path]:
    for _ in range(100):
        temporary = real.with_name(f".{real.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(temporary, _FLAGS, PRIVATE_MODE), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file beside {real}")


def sync_folder(folder: Path) -> None:
    """Make a rename or link in ``folder`` durable (where the OS allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Readable and writable by the user alone (0600), where the file system allows it."""
    try:
        path.chmod(PRIVATE_MODE)
    except OSError:
        pass
