"""The database: one SQLite file, one Peewee database object, one connection per thread.

``database`` is what everything reads and writes through: the models in
``kith.store.models`` are bound to it, ``database.atomic()`` is the one way to
make a transaction, and ``connection()`` hands the few measured hot paths that
run plain SQL this thread's sqlite3 connection (the same one Peewee uses, so
they share its transactions). ``kith.store.db.open_database`` points it at a
file.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from peewee import SQL, Select, SqliteDatabase, chunked, fn

T = TypeVar("T")

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

_serials = itertools.count(1)


class Connection(sqlite3.Connection):
    """sqlite3's connection with a serial number, so a plan can tell it is the same one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.serial = next(_serials)
        if threading.current_thread() is threading.main_thread():
            self.execute(f"PRAGMA mmap_size = {MAIN_THREAD_MMAP}")


# One connection per thread, opened on first use with the pragmas above. Every
# transaction takes the write lock when it begins (BEGIN IMMEDIATE): a deferred one
# that reads and then writes fails at once with "database is locked" when another
# process committed in between, whatever the busy timeout; an immediate one waits
# its turn. The path comes from ``kith.store.db.open_database``.
database = SqliteDatabase(None, pragmas=PRAGMAS, lock_type="IMMEDIATE")


def use(path: str | None) -> None:
    """Point ``database`` at ``path`` (this thread's old connection is closed)."""
    if not database.is_closed():
        database.close()
    database.init(path, pragmas=PRAGMAS, timeout=5, factory=Connection,
                  check_same_thread=False)


def connection() -> Connection:
    """This thread's connection, for the few measured hot paths that run plain SQL."""
    conn: Connection = database.connection()
    return conn


def path() -> str | None:
    """The open database file, or None before one is opened."""
    return database.database


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
    return conn.serial, version, int(conn.total_changes)


# SQLite allows 999 host parameters in one statement in older builds: an IN (...) list
# of ids goes in slices of this many.
IN_LIMIT = 900


def chunks(ids: Iterable[T], size: int = IN_LIMIT) -> Iterator[list[T]]:
    """``ids`` in lists of at most ``size``: one ``IN (...)`` query each."""
    for piece in chunked(ids, size):
        yield list(piece)


def insert_rows(model: Any, fields: Sequence[Any], rows: Sequence[Sequence[Any]],
                ignore_existing: bool = False) -> None:
    """Insert many rows of ``model``: one statement, from the model, run once per row.

    The import's hot path. Measured with tests/benchmarks/bench_import.py (10,000
    cards, 1,000 with photos): Peewee's ``insert_many`` builds the SQL text for every
    value (about 1M of them) and took the commit from 1.7 s to 8.7 s; one statement
    run with ``executemany`` keeps it at the raw figure. Values go in as stored
    (dates as ISO text). ``ignore_existing``: rows whose key is there already are left
    out (INSERT OR IGNORE).
    """
    if not rows:
        return
    columns = ", ".join(f'"{field.column_name}"' for field in fields)
    sql = (f'INSERT {"OR IGNORE " if ignore_existing else ""}INTO "{model._meta.table_name}" '
           f'({columns}) VALUES ({", ".join("?" * len(fields))})')
    connection().executemany(sql, rows)


def fetch(query: Any) -> Iterator[tuple[Any, ...]]:
    """The rows of a Peewee query as sqlite3 returns them (dates as ISO text), straight from
    the cursor, for the reads that return tens of thousands of rows.

    Peewee's row wrapper converts every value in Python, and that, not the SQL, is the
    cost: at 50,000 contacts, the 49,495 live names took 110 ms through
    ``.tuples()`` against 33 ms from the cursor, and the 23,000 cadence rounds due
    88 ms against 20 ms (bench_prompts, bench_due); the ids the contact list shows
    with no search went from 13 ms to 59 ms at the 95th percentile (bench_search).
    """
    cursor: Iterator[tuple[Any, ...]] = database.execute(query)
    return cursor


def fetch_ids(query: Any) -> list[int]:
    """The integers of a one-column query, in its order, read as ONE row.

    Stepping a cursor through 70,000 rows lets go of the GIL at every row, and a window
    reading them while a worker computes got it back only every few milliseconds:
    after undoing a 20,000-card import the contact list's ids took 0.2-0.3 s on the GUI
    thread against 25 ms alone (bench_stall). ``json_group_array`` over the ordered
    subquery hands them over in one step (SQLite keeps the subquery's order: an
    aggregate query is never flattened into an ordered subquery), parsed in C.
    """
    sql, params = query.sql()
    row = connection().execute(f"SELECT json_group_array(q.id) FROM ({sql}) AS q",
                               params).fetchone()
    return list(json.loads(row[0])) if row and row[0] else []


def one_of(column: Any, ids: Iterable[Any]) -> Any:
    """``column IN (ids)`` with the whole list as one JSON parameter (SQLite's json_each).

    For lists of thousands: no slices under the parameter limit, and no SQL node per
    value for Peewee to write (10,000 ids in slices of 900 cost a re-import 0.8 s of
    query building, bench_import).
    """
    values = Select((fn.json_each(json.dumps(list(ids))),), (SQL("value"),))
    return column.in_(values)
