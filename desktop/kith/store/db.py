"""Opening the database: location, permissions, pragmas and migrations."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from kith.store import connection, schema
from kith.store.connection import PRAGMAS

__all__ = ["PRAGMAS", "DatabaseError", "NewerDatabaseError", "open_database",
           "close_database", "migrate"]


class DatabaseError(Exception):
    """A database Kith cannot use; the message says what to do."""


class NewerDatabaseError(DatabaseError):
    pass


def _touch_private(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.parent.chmod(0o700)
    except OSError:
        pass
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        path.chmod(0o600)
    except OSError:
        pass


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
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.isolation_level = old_isolation
        if fk_off:
            conn.execute("PRAGMA foreign_keys = ON")
    return current


def open_database(path: Path) -> None:
    """Use the database at ``path`` from now on, migrated to the latest schema.

    Opens this thread's connection (``kith.store.connection``), and points
    peewee's database at the same file if peewee is loaded (else it will be
    when loaded).
    """
    connection.close()
    _touch_private(path)
    # Check the version on a plain connection first, so a newer database is
    # never touched (not even switched to WAL).
    probe = sqlite3.connect(path)
    try:
        try:
            version = schema_version(probe)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path} is not a Kith database or is damaged ({exc}). "
                "Restore a backup with 'kith restore FILE', or move the file away."
            ) from exc
        check_version(version, path)
    finally:
        probe.close()
    connection.configure(str(path))
    models = sys.modules.get("kith.store.models")
    if models is not None:
        models.database.init(str(path))
    migrate(connection.connection(), path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            try:
                side.chmod(0o600)
            except OSError:
                pass


def close_database() -> None:
    """Close this thread's connection."""
    connection.close()
