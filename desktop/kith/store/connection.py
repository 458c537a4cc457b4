"""This thread's connection to the open database, without importing peewee.

Peewee takes ~25 ms to import: the window's first reads (what is due, how
many people) go through here instead, and peewee is imported when a model is
first used. Each thread has one connection, opened on first use with the
pragmas below; peewee's database (``kith.store.models``) hands out the very
same one, so ``atomic()`` blocks and plain ``execute`` calls share a
transaction.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
import threading
from typing import Any

PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
    "cache_size": -16000,
}

# The main thread (the window, or a command) also reads through a memory map of the
# file's first 32 MB: ~10 ms less start-up at 50,000 people, as the first queries'
# pages come straight from the OS cache. Mapped pages count as resident memory,
# hence the cap, and none for worker threads (their passes read everything once).
MAIN_THREAD_MMAP = 32 * 1024 * 1024

_path: str | None = None
_local = threading.local()
_serials = itertools.count(1)


class NoDatabase(RuntimeError):
    """A query before ``kith.store.db.open_database``."""


def path() -> str | None:
    """The open database file, or None before one is opened."""
    return _path


def configure(database: str | None) -> None:
    """Use ``database`` from now on (the caller has closed the old connections)."""
    global _path
    _path = database


def connection() -> sqlite3.Connection:
    """This thread's connection, opened (with the pragmas) on first use.

    A connection left open on another database (a thread that outlived a switch
    of database) is closed and replaced.
    """
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    if conn is not None and _local.path != _path:
        close()
        conn = None
    if conn is None:
        if _path is None:
            raise NoDatabase("no database is open")
        # Autocommit (isolation_level None): transactions are explicit, as peewee wants.
        conn = sqlite3.connect(_path, timeout=5, isolation_level=None,
                               check_same_thread=False)
        for name, value in PRAGMAS.items():
            conn.execute(f"PRAGMA {name} = {value}")
        if threading.current_thread() is threading.main_thread():
            conn.execute(f"PRAGMA mmap_size = {MAIN_THREAD_MMAP}")
        _local.conn, _local.path = conn, _path
        _local.serial = next(_serials)
    return conn


def write_state() -> tuple[int, int, int]:
    """What tells this thread whether the database changed since it last asked.

    (which connection, SQLite's ``data_version``, the connection's own
    ``total_changes``): equal values mean no process, and no other thread or
    write of this one, has committed a change in between. A plan made from the
    database (matching an import's cards) is checked against it inside the
    write transaction that acts on it.
    """
    conn = connection()
    version = int(conn.execute("PRAGMA data_version").fetchone()[0])
    return int(_local.serial), version, int(conn.total_changes)


def is_open() -> bool:
    return getattr(_local, "conn", None) is not None


def close() -> None:
    """Close this thread's connection (peewee's view of it too, if peewee is loaded)."""
    # getattr: another thread may be importing the models right now (the module is in
    # sys.modules before its ``database`` exists); this thread's view is then ours alone.
    database = getattr(sys.modules.get("kith.store.models"), "database", None)
    if database is not None and not database.is_closed():
        database.close()  # its _close comes back here
        return
    forget()


def forget() -> None:
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    _local.conn = None
    if conn is not None:
        conn.close()


def atomic() -> Any:
    """A transaction (a savepoint when nested): peewee's ``database.atomic()``."""
    from kith.store.models import database

    return database.atomic()
