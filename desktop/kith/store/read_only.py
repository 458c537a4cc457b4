"""Reading a database Kith cannot write to: on a full disk, or a read-only folder.

That is when a person needs to get their data off (``kith export``, ``kith
backup`` to another disk), so those commands must still read. A database in
WAL mode needs its ``-shm`` index for reading too; SQLite cannot create it in
a read-only folder, nor size it on a full disk. Then the file is opened as
``immutable``, which reads it without the index and without locks. That is
safe only when nobody can be writing and the file alone holds every commit:

- the ``-wal`` and ``-journal`` are absent or empty (no commit waits in a log,
  no transaction was left half done), and
- the folder is on a read-only mount or a full disk, and the plain read-only open
  failed: any process that has the database open sized its ``-shm`` (with
  which the plain read-only open works), and none can open it now.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from kith.store import database as store
from kith.store import faults

#: For reading only: no journal mode to set, and any write is refused by SQLite.
READ_PRAGMAS: dict[str, Any] = {
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -16000,
    "query_only": 1,
}


def _probe(uri: str) -> None:
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    finally:
        conn.close()


def _empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def _mounted_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def frozen(path: Path) -> bool:
    """Whether nobody can be writing ``path`` and the file alone is the whole database."""
    folder = path.absolute().parent
    if not (_mounted_read_only(folder) or faults.folder_full(folder)):
        return False
    return _empty(Path(f"{path}-wal")) and _empty(Path(f"{path}-journal"))


def read_uri(path: Path) -> str:
    """A URI that reads ``path`` without writing anything beside it.

    ``mode=ro`` when SQLite can open it so, else ``immutable=1`` when that is
    safe (see the module). Raises the ``sqlite3.Error`` of the plain read-only
    open otherwise.
    """
    plain = path.absolute().as_uri() + "?mode=ro"  # '#', '?' and '%' are quoted
    try:
        _probe(plain)
        return plain
    except sqlite3.Error:
        if not frozen(path):
            raise
    fixed = plain + "&immutable=1"
    _probe(fixed)
    return fixed


def connection_class(uri: str) -> type[store.Connection]:
    """``store.Connection`` opening ``uri`` whatever path Peewee passes (it keeps the path)."""

    class Reader(store.Connection):
        def __init__(self, database: object, *args: Any, **kwargs: Any) -> None:
            super().__init__(uri, *args, **{**kwargs, "uri": True})

    return Reader


def use(path: Path) -> None:
    """Point ``kith.store.database`` at ``path`` for reading only, and open this thread's
    connection. Raises ``sqlite3.Error`` if it cannot be read."""
    uri = read_uri(path)
    store.use(None)
    store.database.init(str(path), pragmas=READ_PRAGMAS, timeout=5,
                        factory=connection_class(uri), check_same_thread=False)
    store.connection()
