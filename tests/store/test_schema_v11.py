"""Schema 11: your card's details, and where a need or offer came from (issue #13)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kith.store import schema
from kith.store.database import database
from kith.store.db import close_database, migrate, open_database
from tests.store.test_db import _make_v1


def test_version_11_keeps_every_need_and_adds_source_and_my_card(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_9:
        version_9.setattr(schema, "STEPS", tuple(s for s in schema.STEPS if s.version <= 9))
        version_9.setattr(schema, "LATEST", 9)
        conn = sqlite3.connect(path)
        migrate(conn, path)
    rows = [(1, "need", "a plumber", "2026-01-02"), (None, "offer", "tax advice", "2026-01-03")]
    conn.executemany("INSERT INTO need_offer (contact_id, kind, text, created_on) "
                     "VALUES (?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()

    open_database(path)
    try:
        conn = database.connection()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 11
        assert conn.execute(
            "SELECT contact_id, kind, text, created_on, source, batch_id FROM need_offer "
            "ORDER BY id").fetchall() == [(*r, "", None) for r in rows]
        assert conn.execute("SELECT COUNT(*) FROM my_card").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 50
        # an import that goes away leaves the need, without its batch
        conn.execute("INSERT INTO import_batch (id, created_at) VALUES (7, '2026-01-04')")
        conn.execute("UPDATE need_offer SET batch_id = 7, source = 'card' WHERE id = 1")
        conn.execute("DELETE FROM import_batch WHERE id = 7")
        assert conn.execute("SELECT source, batch_id FROM need_offer WHERE id = 1").fetchone() \
            == ("card", None)
    finally:
        close_database()
