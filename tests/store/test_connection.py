"""One connection per thread, shared by plain SQL and peewee's transactions."""

import threading
from pathlib import Path

import pytest

from kith.store import connection
from kith.store.db import close_database, open_database


def _in_thread(work):  # type: ignore[no-untyped-def]
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.append(work()))
    thread.start()
    thread.join()
    return out[0]


def _file_of(conn) -> str:  # type: ignore[no-untyped-def]
    return str(conn.execute("PRAGMA database_list").fetchone()[2])


def test_plain_sql_and_peewee_share_the_connection_and_its_transaction(db: Path) -> None:
    from kith.store.models import database

    conn = connection.connection()
    assert database.connection() is conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(RuntimeError), connection.atomic():
        conn.execute("INSERT INTO circle (name, position) VALUES ('Board', 9)")
        with connection.atomic():  # nested: a savepoint
            conn.execute("INSERT INTO circle (name, position) VALUES ('Club', 10)")
        raise RuntimeError("half-way")
    assert conn.execute("SELECT COUNT(*) FROM circle WHERE name IN ('Board', 'Club')"
                        ).fetchone()[0] == 0
    # Closing through either side closes both views of it.
    database.close()
    assert not connection.is_open() and database.is_closed()
    assert connection.connection() is database.connection()


def test_each_thread_has_its_own_and_none_outlives_a_switch(db: Path, tmp_path: Path) -> None:
    main = connection.connection()
    other = _in_thread(connection.connection)
    assert other is not main
    # Only the main thread maps the file (mapped pages count as resident memory).
    mapped = "PRAGMA mmap_size"
    assert main.execute(mapped).fetchone()[0] == connection.MAIN_THREAD_MMAP
    assert _in_thread(lambda: connection.connection().execute(mapped).fetchone()[0]) == 0
    # A worker thread kept its connection open, then the window opened another file.
    holder: dict[str, object] = {}
    ready, switched, done = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:
        holder["before"] = _file_of(connection.connection())
        ready.set()
        switched.wait(10)
        holder["after"] = _file_of(connection.connection())
        connection.close()
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    ready.wait(10)
    second = tmp_path / "second" / "kith.sqlite3"
    open_database(second)
    switched.set()
    done.wait(10)
    thread.join()
    assert holder["before"] == str(db) and holder["after"] == str(second)


def test_no_database_before_one_is_opened(db: Path) -> None:
    close_database()
    saved = connection.path()
    connection.configure(None)
    try:
        with pytest.raises(connection.NoDatabase):
            connection.connection()
    finally:
        connection.configure(saved)
