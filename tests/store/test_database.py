"""One Peewee database, one connection per thread, one way to make a transaction."""

import threading
from pathlib import Path

import pytest
from peewee import InterfaceError

from kith.store import database as store
from kith.store.database import database
from kith.store.db import close_database, open_database
from kith.store.models import Circle


def _in_thread(work):  # type: ignore[no-untyped-def]
    out: list[object] = []

    def run() -> None:
        try:
            out.append(work())
        finally:
            if not database.is_closed():
                database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return out[0]


def test_plain_sql_and_models_share_the_connection_and_its_transaction(db: Path) -> None:
    conn = store.connection()
    assert database.connection() is conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    with pytest.raises(RuntimeError), database.atomic():
        conn.execute("INSERT INTO circle (name, position) VALUES ('Board', 9)")
        with database.atomic():  # nested: a savepoint
            Circle.create(name="Club", position=10)
        raise RuntimeError("half-way")
    assert Circle.select().where(Circle.name.in_(["Board", "Club"])).count() == 0


def test_transactions_take_the_write_lock_when_they_begin(db: Path) -> None:
    with database.atomic():
        # Another connection cannot even begin a write while this transaction is open,
        # though it has written nothing yet.
        def try_to_write() -> str:
            import sqlite3

            other = sqlite3.connect(db, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                return str(exc)
            finally:
                other.close()
            return "began"

        assert _in_thread(try_to_write) == "database is locked"


def test_each_thread_has_its_own_connection_and_only_the_main_thread_maps_the_file(
        db: Path) -> None:
    main = store.connection()
    assert _in_thread(lambda: store.connection() is main) is False
    mapped = "PRAGMA mmap_size"
    assert main.execute(mapped).fetchone()[0] == store.MAIN_THREAD_MMAP
    assert _in_thread(lambda: store.connection().execute(mapped).fetchone()[0]) == 0


def test_write_state_changes_with_any_commit_but_not_with_reads(db: Path) -> None:
    before = store.write_state()
    Circle.select().count()
    assert store.write_state() == before
    _in_thread(lambda: Circle.create(name="Board", position=9))  # another connection
    moved = store.write_state()
    assert moved != before
    Circle.create(name="Club", position=10)  # this connection
    assert store.write_state() != moved


def test_no_database_before_one_is_opened(db: Path, tmp_path: Path) -> None:
    close_database()
    store.use(None)
    try:
        with pytest.raises(InterfaceError):
            store.connection()
    finally:
        open_database(tmp_path / "again" / "kith.sqlite3")
