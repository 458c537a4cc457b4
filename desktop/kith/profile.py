"""Opening a profile: folders, database, daily backup. Shared by the CLI and the app."""

from __future__ import annotations

import os
from pathlib import Path

from kith import dirs as dirs_mod
from kith.store import backup, db


def open_profile(
    data_dir: str | os.PathLike[str] | None, daily_backup: bool = True, read_only: bool = False
) -> dirs_mod.Dirs:
    """Resolve and create the folders, back up once a day, open and migrate the database.

    With ``read_only`` (a command that only reads), a database on a full disk
    or in a read-only folder is opened for reading (see ``db.open_database``).
    Raises ``kith.store.db.DatabaseError`` with a message for the user.
    """
    where = dirs_mod.resolve(data_dir)
    try:
        where.ensure()
    except OSError as exc:
        if not (read_only and where.database.is_file()):  # reading needs no new folder
            raise db.DatabaseError(
                f"Cannot create the data folder {where.data}: {exc.strerror}. "
                "Choose another one with --data-dir."
            ) from exc
    path: Path = where.database
    if daily_backup:
        try:
            backup.daily_backup(path, where.backups)
        except Exception:  # noqa: BLE001 - a failed backup must not stop the user working
            import logging

            logging.getLogger(__name__).exception("daily backup failed")
    db.open_database(path, read_only=read_only)
    return where
