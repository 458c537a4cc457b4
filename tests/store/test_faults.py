"""Each fault of the disk or the database is named truly (kith.store.faults)."""

import sqlite3
from pathlib import Path

import pytest

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store import faults
from kith.store.db import close_database


def _error(message: str, code: int) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


def corrupt_table(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage (page 1, the schema, stays intact)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d" + b"\xa5" * (page_size - 1))


def test_a_rollback_error_does_not_hide_a_full_disk(tmp_path: Path) -> None:
    """peewee rolls back after SQLite already did (SQLITE_FULL): the full disk is the cause."""
    try:
        try:
            raise _error("database or disk is full", 13)
        except sqlite3.Error:
            raise _error("cannot rollback - no transaction is active", 1) from None
    except sqlite3.Error as exc:
        # ``from None`` keeps the context: that is how the error arrives from peewee
        fault = faults.classify(exc, tmp_path / "kith.sqlite3")
    assert isinstance(fault, faults.DiskFull)
    assert str(fault).startswith(f"The disk holding {tmp_path} is full")


def test_a_lock_held_by_another_connection_reads_as_busy(db: Path) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            waiter.execute("BEGIN IMMEDIATE")
        fault = faults.classify(raised.value, db)
        assert isinstance(fault, faults.Busy)
        assert "another Kith process is using it" in str(fault)
        assert "Try again in a moment" in str(fault)
    finally:
        waiter.close()
        holder.execute("ROLLBACK")
        holder.close()


def test_damaged_only_when_the_integrity_check_says_so(db: Path) -> None:
    for i in range(200):
        contacts.create(ContactRecord(display_name=f"Person {i}", notes="n" * 200))
    close_database()
    malformed = _error("database disk image is malformed", 11)
    fault = faults.classify(malformed, db)
    assert not isinstance(fault, faults.Damaged)  # the file is intact
    assert fault is not None and "passes its integrity check" in str(fault)

    corrupt_table(db, "contact")
    fault = faults.classify(malformed, db)
    assert isinstance(fault, faults.Damaged)
    assert "is damaged" in str(fault) and "kith restore FILE" in str(fault)


def test_a_file_that_cannot_be_opened_is_not_called_damaged(tmp_path: Path) -> None:
    cantopen = _error("unable to open database file", 14)
    fault = faults.classify(cantopen, tmp_path / "kith.sqlite3")
    assert not isinstance(fault, faults.Damaged)
    assert fault is not None and "could not read or write" in str(fault)


def test_anything_else_is_left_alone() -> None:
    assert faults.classify(ValueError("a bug")) is None
    assert faults.classify(_error("no such table: nowhere", 1)) is None
