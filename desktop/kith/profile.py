"""Opening a profile: folders, database, daily backup. Shared by the CLI and the app."""

from __future__ import annotations

import os
from pathlib import Path

from kith import dirs as dirs_mod
from kith.store import backup, db


def open_profile(
    data_dir: str | os.PathLike[str] | None, daily_backup: bool = True
) -> dirs_mod.Dirs:
    """Resolve and create the folders, back up once a day, open and migrate the database.

    Raises ``kith.store.db.DatabaseError`` with a message for the user.
    """
    where = dirs_mod.resolve(data_dir)
    try:
        where.ensure()
    except OSError as exc:
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
    db.open_database(path)
    return where
