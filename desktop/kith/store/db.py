"""Opening the database: location, permissions, pragmas and migrations."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from kith.private_files import make_private, sync_folder
from kith.store import database as store
from kith.store import faults, schema, temporary
from kith.store.database import PRAGMAS
from kith.store.faults import DatabaseError, LostDatabase, NewerDatabaseError

__all__ = ["PRAGMAS", "DatabaseError", "NewerDatabaseError", "open_database",
           "close_database", "migrate"]


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        folder.chmod(0o700)
    except OSError:
        pass


def _create(path: Path) -> None:
    """Create a new, migrated database at ``path``, complete or not at all.

    It is built under a temporary name and linked into place, so Kith never
    leaves an empty ``kith.sqlite3`` behind: an empty one is a lost database.
    """
    tmp = temporary.Temporary(path, ".new")
    try:
        conn = sqlite3.connect(tmp.path)
        try:
            migrate(conn, path)
        finally:
            conn.close()
        try:
            os.link(tmp.path, path)
        except FileExistsError:
            pass  # another Kith process created it first: use that one
        except OSError:  # a file system without hard links
            if not path.exists():
                os.rename(tmp.path, path)
        sync_folder(path.parent)
    finally:
        tmp.remove()
        tmp.release()


def broken_link(path: Path, exc: OSError, unchanged: str = "nothing was changed") -> DatabaseError:
    """The error for a symbolic link at ``path`` that leads nowhere (``exc`` says why)."""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    why = ("leads round in a loop" if exc.errno == errno.ELOOP
           else f"leads to {target}, which does not exist")
    return DatabaseError(
        f"{path} is a symbolic link that {why}; {unchanged}. Point it at your database, or "
        "remove it (Kith then starts a new one), or choose another folder with --data-dir."
    )


def real_file(path: Path, unchanged: str = "nothing was changed") -> Path:
    """The file ``path`` names: itself, or where its symbolic links lead.

    A rename must replace that file, never the link. Raises DatabaseError for a
    link that leads nowhere or round in a loop.
    """
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        raise broken_link(path, exc, unchanged) from exc


def _check_not_lost(path: Path) -> None:
    if path.stat().st_size > 0:
        return
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # a new database whose pages are all still in the write-ahead log
    raise LostDatabase(
        f"{path} is empty (0 bytes): the database that was there is lost. Restore a backup "
        f"with 'kith restore FILE'{faults.backups_hint(path)}, or delete the empty file to "
        "start a new database."
    )


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(version: int, path: Path | str) -> None:
    if version > schema.LATEST:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Kith (schema {version}; this Kith "
            f"understands up to {schema.LATEST}). It has not been changed. Install the newer "
            "Kith to use it, or start with --data-dir pointing at another folder."
        )


def migrate(conn: sqlite3.Connection, path: Path | str = "database") -> int:
    """Bring the schema to ``schema.LATEST`` in one transaction; returns the old version."""
    current = schema_version(conn)
    check_version(current, path)
    pending = [s for s in schema.STEPS if s.version > current]
    if not pending:
        return current
    fk_off = any(s.needs_foreign_keys_off for s in pending)
    if fk_off:
        conn.execute("PRAGMA foreign_keys = OFF")
    old_isolation = conn.isolation_level
    conn.isolation_level = None  # we manage the transaction ourselves
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:

            def execute(sql: str, params: tuple[Any, ...]) -> Any:
                return conn.execute(sql, params)

            for step in pending:
                for statement in schema.statements(step.sql):
                    conn.execute(statement)
                if step.after is not None:
                    step.after(execute)
                conn.execute(f"PRAGMA user_version = {int(step.version)}")
            if fk_off:
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(f"migration left broken references: {problems[:5]}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite ends a transaction itself on some faults
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.isolation_level = old_isolation
        if fk_off:
            conn.execute("PRAGMA foreign_keys = ON")
    return current


def check_kith_version(conn: sqlite3.Connection, path: Path | str) -> int:
    """The schema version of a database Kith may migrate; DatabaseError if it may not."""
    version = schema_version(conn)
    check_version(version, path)
    if version < 0 or (
        # schema_version counts the changes made to the schema: 0 means no table at all.
        version == 0 and conn.execute("PRAGMA schema_version").fetchone()[0]
    ):
        raise DatabaseError(
            f"{path} is not a Kith database (it holds other tables, schema version {version}); "
            "it has not been changed. Move it away, or restore a backup with "
            "'kith restore FILE'."
        )
    return version


def open_database(path: Path, read_only: bool = False) -> None:
    """Use the database at ``path`` from now on, migrated to the latest schema.

    Points ``kith.store.database`` at it and opens this thread's connection.
    Raises DatabaseError (``kith.store.faults``) with a message for the user.
    With ``read_only`` (a command that only reads), a database Kith may not
    write to (a full disk, a read-only folder) is opened for reading instead,
    when it is at the latest schema (``kith.store.read_only``).
    """
    path = Path(path)
    try:
        _open_or_fault(path)
    except (faults.ReadOnly, faults.DiskFull) as fault:
        if not read_only or not _read_only_open(path):
            raise fault from None


def _read_only_open(path: Path) -> bool:
    """Open ``path`` for reading only; False (and nothing open) if that cannot be done."""
    from kith.store import read_only

    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        conn = sqlite3.connect(read_only.read_uri(path), uri=True)
        try:
            if check_kith_version(conn, path) != schema.LATEST:
                return False  # it needs bringing up to date, which is a write
        finally:
            conn.close()
        read_only.use(path)
    except (sqlite3.Error, OSError, DatabaseError):
        store.use(None)
        return False
    return True


def _open_or_fault(path: Path) -> None:
    store.use(None)
    try:
        _open(path)
    except DatabaseError:
        raise
    except (sqlite3.Error, OSError) as exc:
        fault = faults.classify(exc, path)
        if fault is None and isinstance(exc, OSError):
            fault = DatabaseError(
                f"Kith could not open {path} ({exc.strerror or exc}); nothing was changed. "
                "Check the file and its folder, or choose another folder with --data-dir."
            )
        if fault is None:
            fault = DatabaseError(
                f"{path} could not be brought up to date ({exc}); it has not been changed. "
                "If it is not a Kith database, move it away or restore a backup with "
                "'kith restore FILE'."
            )
        raise fault from exc


def _open(path: Path) -> None:
    real = real_file(path)  # a link that leads nowhere is reported, never built upon
    _private_folder(path.parent)
    for folder, name in {(path.parent, path.name), (real.parent, real.name)}:
        temporary.sweep(folder, re.escape(name))  # what a killed backup or restore left
    if not path.exists():
        _create(path)
    _check_not_lost(path)
    # Check the version on a plain connection first, so a database Kith must not
    # migrate is never touched (not even switched to WAL).
    probe = sqlite3.connect(path)
    try:
        check_kith_version(probe, path)
    finally:
        probe.close()
    make_private(path)
    store.use(str(path))
    migrate(store.connection(), path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            make_private(side)


def close_database() -> None:
    """Close this thread's connection."""
    if not store.database.is_closed():
        store.database.close()
