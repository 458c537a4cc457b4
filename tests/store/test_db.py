import sqlite3
import stat
from pathlib import Path

import pytest

from kith.store import schema
from kith.store.db import DatabaseError, NewerDatabaseError, migrate, open_database
from kith.store.models import database


def test_open_creates_private_file_with_pragmas(data_dir: Path) -> None:
    path = data_dir / "sub" / "kith.sqlite3"
    open_database(path)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        conn = database.connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
    finally:
        database.close()


def test_newer_database_is_refused_and_left_alone(data_dir: Path) -> None:
    path = data_dir / "kith.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of Kith"):
        open_database(path)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_garbage_file_gives_a_clear_error(data_dir: Path) -> None:
    path = data_dir / "kith.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not a SQLite database file"):
        open_database(path)


def _make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    for statement in schema.statements(schema.STEPS[0].sql):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    stamp = "2026-01-02 03:04:05"
    for i in range(50):
        conn.execute(
            "INSERT INTO contact (display_name, sort_name, organization, notes, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            (f"Person {i:02d}", f"person {i:02d}", "Acme" if i % 2 else "Globex",
             "met at the harbour" if i == 7 else "", stamp, stamp),
        )
        conn.execute(
            "INSERT INTO contact_point (contact_id, kind, value, norm) VALUES (?, 'email', ?, ?)",
            (i + 1, f"p{i}@example.org", f"p{i}@example.org"),
        )
        conn.execute(
            "INSERT INTO interaction (contact_id, occurred_on, channel, created_at) "
            "VALUES (?, '2026-01-01', 'call', ?)",
            (i + 1, stamp),
        )
    conn.commit()
    conn.close()


def test_populated_first_version_migrates_without_losing_a_row(data_dir: Path) -> None:
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    open_database(path)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
        assert conn.execute("SELECT COUNT(*) FROM contact_point").fetchone()[0] == 50
        assert conn.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 50
        # Version 2's search index was filled from the existing rows.
        from kith.services.contacts import search

        assert len(search.ids("Acme")) == 25
        assert search.ids("harbour") == [8]
        assert search.ids("p42@example") == [43]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()


def test_failed_migration_rolls_back_whole(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    broken = schema.Step(
        schema.LATEST + 1, "CREATE TABLE half_done (x); SELECT nonsense FROM nowhere"
    )
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, broken))
    monkeypatch.setattr(schema, "LATEST", broken.version)
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "contact_search" not in tables
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
    conn.close()


def test_migration_with_foreign_keys_off_keeps_child_rows(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table rebuild must not cascade-delete children (foreign keys off before BEGIN)."""
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    def rebuild_contact(execute: schema.Execute) -> None:
        ddl = execute("SELECT sql FROM sqlite_master WHERE name = 'contact'", ()).fetchone()[0]
        execute(ddl.replace("CREATE TABLE contact", "CREATE TABLE contact_new", 1), ())
        execute("INSERT INTO contact_new SELECT * FROM contact", ())
        execute("DROP TABLE contact", ())
        execute("ALTER TABLE contact_new RENAME TO contact", ())

    rebuild = schema.Step(
        schema.LATEST + 1, "", after=rebuild_contact, needs_foreign_keys_off=True
    )
    monkeypatch.setattr(schema, "STEPS", (*schema.STEPS, rebuild))
    monkeypatch.setattr(schema, "LATEST", rebuild.version)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, path)
    assert conn.execute("SELECT COUNT(*) FROM contact_point").fetchone()[0] == 50
    assert conn.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 50
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_version_8_requires_a_prompt_key_and_keeps_every_prompt_state(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version 7 let a prompt's key be NULL (the model never did): 8 rebuilds the table."""
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_7:
        version_7.setattr(schema, "STEPS", schema.STEPS[:7])
        version_7.setattr(schema, "LATEST", 7)
        conn = sqlite3.connect(path)
        migrate(conn, path)
    stamp = "2026-01-02 03:04:05"
    states = [("intro:1:2", "dismissed", None, "3|4", stamp),
              ("reconnect:5", "snoozed", "2026-02-01", "", stamp)]
    conn.executemany("INSERT INTO prompt_state VALUES (?, ?, ?, ?, ?)",
                     [*states, (None, "dismissed", None, "", stamp)])
    conn.commit()
    conn.close()

    open_database(path)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 8
        # Every row stays: the one without a key gets one of its own (a migration never
        # drops a row).
        assert sorted(conn.execute("SELECT * FROM prompt_state")) == [
            *states, ("unkeyed-3", "dismissed", None, "", stamp)]
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            conn.execute("INSERT INTO prompt_state (key, status, updated_at) "
                         "VALUES (NULL, 'dismissed', ?)", (stamp,))
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
        assert conn.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 50
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.close()
