"""Every directory Kith uses, decided in one place.

platformdirs gives the defaults; ``--data-dir`` or ``KITH_DATA_DIR`` moves
everything (database, backups, settings) under one folder, which is what tests
and scripts use. Rendezvous points (the single-instance socket) live in
``$XDG_RUNTIME_DIR/kith`` when that is the user's own private folder, else in
the data folder's ``run``: never under a computable name in the shared
temporary folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

APP_NAME = "kith"
DB_FILENAME = "kith.sqlite3"
ENV_VAR = "KITH_DATA_DIR"


class Dirs(NamedTuple):
    data: Path
    config: Path

    @property
    def database(self) -> Path:
        return self.data / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def runtime(self) -> Path:
        """The private folder for this user's rendezvous points (see ``make_private_dir``)."""
        base = os.environ.get("XDG_RUNTIME_DIR", "")
        if base and os.path.isabs(base) and is_private_dir(Path(base), follow=True):
            return Path(base) / APP_NAME
        return self.data / "run"

    @property
    def instance_socket(self) -> Path:
        """The local socket of the Kith window open on this data folder."""
        import hashlib

        digest = hashlib.sha1(str(self.data.resolve()).encode()).hexdigest()[:12]
        return self.runtime / f"instance-{digest}"

    def instance_running(self) -> bool:
        """Whether a Kith window is open on this data folder (its local socket answers).

        Qt's QLocalServer listens on the Unix socket ``instance_socket``; this
        asks without importing Qt, and only if the socket and its folder are the
        user's own.
        """
        import socket

        path = self.instance_socket
        if not hasattr(socket, "AF_UNIX") or not is_own_socket(path):
            return False
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        probe.settimeout(1)
        try:
            probe.connect(str(path))
        except OSError:
            return False
        finally:
            probe.close()
        return True

    def ensure(self) -> None:
        """Create the folders private to the user (0700)."""
        for path in (self.data, self.config, self.backups):
            path.mkdir(parents=True, exist_ok=True)
            try:
                path.chmod(0o700)
            except OSError:
                pass


def _mine(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def is_private_dir(path: Path, follow: bool = False) -> bool:
    """A folder of this user's that nobody else may enter or list (no group or other bits)."""
    try:
        info = path.stat() if follow else path.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _mine(info) and not info.st_mode & 0o077


def is_own_socket(path: Path) -> bool:
    """A Unix socket of this user's, in a private folder: safe to hand anything to."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and _mine(info) and is_private_dir(path.parent)


def make_private_dir(path: Path) -> bool:
    """Create ``path`` (and missing parents) as 0700; True if it is then this user's own
    private folder. A folder of someone else's, or a symbolic link, is never made private."""
    try:
        for folder in reversed([path, *path.parents]):
            if not folder.exists():
                folder.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode) and _mine(info) and info.st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        return False
    return is_private_dir(path)


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Dirs:
    """The folders for this run: explicit argument, then the environment, then platformdirs."""
    chosen = data_dir or os.environ.get(ENV_VAR)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return Dirs(data=root, config=root)
    import platformdirs

    return Dirs(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
