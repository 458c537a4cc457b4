"""Backups through SQLite's online backup API, never by copying the live file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from kith.store import schema
from kith.store.db import DatabaseError, check_version, migrate

KEEP_DAILY = 7
DAILY_PREFIX = "kith-"
DAILY_SUFFIX = ".sqlite3"


def _private(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` (replacing it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(source)
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    _private(target)


def daily_backup(database: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """At most once a day: back up ``database`` into ``folder`` and keep the last seven."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    today = today or dt.date.today()
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}{DAILY_SUFFIX}"
    made = None
    if not target.exists():
        copy_database(database, target)
        made = target
    existing = sorted(folder.glob(f"{DAILY_PREFIX}????-??-??{DAILY_SUFFIX}"))
    for old in existing[:-KEEP_DAILY]:
        old.unlink()
    return made


def check_backup(path: Path) -> int:
    """Raise DatabaseError unless ``path`` is an intact Kith database; returns its version."""
    if not path.is_file():
        raise DatabaseError(f"{path} does not exist or is not a file.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}") from exc
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"{path} is not a SQLite database ({exc}).") from exc
        if result != [("ok",)]:
            raise DatabaseError(
                f"{path} failed its integrity check ({result[0][0]}); nothing was restored."
            )
        if version < 1 or "contact" not in tables:
            raise DatabaseError(f"{path} is not a Kith database; nothing was restored.")
        check_version(version, path)
        return version
    finally:
        conn.close()


def restore(backup: Path, database: Path, now: dt.datetime | None = None) -> Path | None:
    """Replace ``database`` with ``backup`` after checking it; returns where the old one went.

    The replaced database is kept beside the live one as
    ``kith.sqlite3.replaced-YYYYmmdd-HHMMSS``. The caller must have closed its
    own connection to ``database``.
    """
    check_backup(backup)
    now = now or dt.datetime.now()
    aside = None
    if database.exists() and database.stat().st_size > 0:
        aside = database.with_name(f"{database.name}.replaced-{now:%Y%m%d-%H%M%S}")
        copy_database(database, aside)
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database)
        try:
            src.backup(dst)
            if schema_version_of(dst) < schema.LATEST:
                migrate(dst, database)
        finally:
            dst.close()
    finally:
        src.close()
    _private(database)
    return aside


def schema_version_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
