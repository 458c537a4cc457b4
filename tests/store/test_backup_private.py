"""The database kept aside on restore is private from its first byte (issue #12, "Files").

Where a hard link cannot be made (another file system, FAT), restore copies the
live database aside. That copy used to be created with the umask (0644) and
made private only afterwards; on a file system where chmod does nothing it
stayed readable by everyone.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kith.private_files import copy_private
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store import backup
from kith.store.db import close_database


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_copy_kept_aside_is_private_without_a_chmod(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    contacts.create(ContactRecord(display_name="Kept in backup"))
    saved = tmp_path / "saved.sqlite3"
    backup.copy_database(db, saved)
    close_database()

    def no_link(*_args: object) -> None:
        raise OSError("links not supported here")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(backup, "make_private", lambda _path: None)  # a chmod that does nothing
    aside = backup.restore(saved, db, now=dt.datetime(2026, 11, 25, 9, 30, 0))
    assert aside is not None and aside.exists()
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600


def test_copy_private_refuses_to_write_through_an_existing_name(tmp_path: Path) -> None:
    source = tmp_path / "a"
    source.write_bytes(b"data" * 1000)
    target = tmp_path / "b"
    copy_private(source, target)
    assert target.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        copy_private(source, target)
