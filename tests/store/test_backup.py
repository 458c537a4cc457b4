import datetime as dt
import sqlite3
import stat
from pathlib import Path

import pytest

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store import backup
from kith.store.db import DatabaseError, close_database, open_database


def test_daily_backup_once_a_day_and_keeps_seven(db: Path, tmp_path: Path) -> None:
    contacts.create(ContactRecord(display_name="Ana Silva"))
    folder = tmp_path / "backups"
    first = backup.daily_backup(db, folder, today=dt.date(2026, 11, 1))
    assert first is not None and first.exists()
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert backup.daily_backup(db, folder, today=dt.date(2026, 11, 1)) is None
    for day in range(2, 12):
        backup.daily_backup(db, folder, today=dt.date(2026, 11, day))
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == [f"kith-2026-11-{d:02d}.sqlite3" for d in range(5, 12)]
    conn = sqlite3.connect(folder / "kith-2026-11-11.sqlite3")
    assert conn.execute("SELECT display_name FROM contact").fetchall() == [("Ana Silva",)]
    conn.close()


def test_restore_replaces_and_keeps_the_old_database_aside(db: Path, tmp_path: Path) -> None:
    contacts.create(ContactRecord(display_name="Kept in backup"))
    saved = tmp_path / "saved.sqlite3"
    backup.copy_database(db, saved)
    contacts.create(ContactRecord(display_name="Added later"))
    close_database()

    aside = backup.restore(saved, db, now=dt.datetime(2026, 11, 25, 9, 30, 0))
    assert aside is not None and aside.name == "kith.sqlite3.replaced-20261125-093000"
    open_database(db)
    assert [c for c in contacts_named()] == ["Kept in backup"]
    close_database()
    old = sqlite3.connect(aside)
    assert {r[0] for r in old.execute("SELECT display_name FROM contact")} == {
        "Kept in backup",
        "Added later",
    }
    old.close()


def contacts_named() -> list[str]:
    from kith.services.contacts import search, summaries

    return [c["display_name"] for c in summaries.summaries(search.ids())]


def test_restore_refuses_a_damaged_file(db: Path, tmp_path: Path) -> None:
    contacts.create(ContactRecord(display_name="Still here"))
    close_database()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = db.read_bytes()
    with pytest.raises(DatabaseError):
        backup.restore(bad, db)
    assert db.read_bytes() == before
    plain = tmp_path / "plain.sqlite3"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a Kith database"):
        backup.restore(plain, db)
