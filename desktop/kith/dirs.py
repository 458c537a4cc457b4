"""Every directory Kith uses, decided in one place.

platformdirs gives the defaults; ``--data-dir`` or ``KITH_DATA_DIR`` moves
everything (database, backups, settings) under one folder, which is what tests
and scripts use.
"""

from __future__ import annotations

import os
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
    def runtime_key(self) -> str:
        """A short, stable name for per-profile runtime objects (the local socket)."""
        import hashlib

        digest = hashlib.sha1(str(self.data.resolve()).encode()).hexdigest()[:12]
        return f"kith-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"

    def instance_running(self) -> bool:
        """Whether a Kith window is open on this data folder (its local socket answers).

        Qt's QLocalServer listens on a Unix socket named ``runtime_key`` in the
        temporary folder; this asks without importing Qt.
        """
        import socket
        import tempfile

        path = Path(tempfile.gettempdir()) / self.runtime_key
        if not path.exists() or not hasattr(socket, "AF_UNIX"):
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
