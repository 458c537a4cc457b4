"""A full disk inside nested savepoints surfaces as "no such savepoint" (the savepoint
SQLite already rolled back): ``faults.root_cause`` looks behind it to the full disk."""

from __future__ import annotations

import sqlite3

from kith.store import faults


def _full_disk_then(later: str) -> BaseException:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    try:
        try:
            raise full
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError(later)  # noqa: B904 - as peewee's unwinding does
    except sqlite3.OperationalError as exc:
        return exc


def test_no_such_savepoint_is_looked_behind_to_the_full_disk():
    found = faults.root_cause(_full_disk_then("no such savepoint: s1a2b3"))
    assert found is not None and "disk is full" in str(found)


def test_no_transaction_is_still_looked_behind_and_other_errors_are_kept():
    found = faults.root_cause(_full_disk_then("cannot rollback - no transaction is active"))
    assert found is not None and "disk is full" in str(found)
    other = faults.root_cause(_full_disk_then("no such table: contact"))
    assert other is not None and str(other) == "no such table: contact"
