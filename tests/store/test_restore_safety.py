"""Restore swaps in only a checked, migrated Kith database; backups never follow links.

Issue #10 items 2, 11, 12, 15 and 16.
"""

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store import backup, faults, schema
from kith.store.db import DatabaseError, close_database, open_database
from tests.store.test_faults import corrupt_table


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT display_name FROM contact"))
    finally:
        conn.close()


def intact(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def make_v1(path: Path, people: list[str]) -> None:
    """A populated database at schema version 1 (restoring it must migrate it)."""
    conn = sqlite3.connect(path)
    for statement in schema.statements(schema.STEPS[0].sql):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    stamp = "2026-01-02 03:04:05"
    for i, name in enumerate(people, start=1):
        conn.execute("INSERT INTO contact (display_name, sort_name, notes, created_at, "
                     "updated_at) VALUES (?, ?, ?, ?, ?)", (name, name.lower(), "x" * 300,
                                                           stamp, stamp))
        conn.execute("INSERT INTO contact_point (contact_id, kind, value, norm) "
                     "VALUES (?, 'email', ?, ?)", (i, f"p{i}@example.org", f"p{i}@example.org"))
    conn.commit()
    conn.close()


def live(db: Path, people: list[str]) -> None:
    for name in people:
        contacts.create(ContactRecord(display_name=name))
    close_database()


def test_restore_refuses_a_sqlite_file_that_is_not_kith(db: Path, tmp_path: Path) -> None:
    """Item 2: contact(x) with user_version 1 passed the old check and broke every command."""
    live(db, ["Still here"])
    fake = tmp_path / "fake.sqlite3"
    conn = sqlite3.connect(fake)
    conn.execute("CREATE TABLE contact (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="is not a Kith database.*nothing was restored"):
        backup.restore(fake, db)
    assert db.read_bytes() == before
    assert sorted(os.listdir(db.parent)) == ["kith.sqlite3"]  # no temporary file, no aside
    open_database(db)  # and Kith still works on it
    close_database()


def test_restore_refuses_a_backup_with_an_extra_trigger(db: Path, tmp_path: Path) -> None:
    live(db, ["Still here"])
    odd = tmp_path / "odd.sqlite3"
    backup.copy_database(db, odd)
    conn = sqlite3.connect(odd)
    conn.execute("CREATE TRIGGER wipe AFTER INSERT ON tag BEGIN DELETE FROM contact; END")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="schema differs: trigger wipe"):
        backup.restore(odd, db)
    assert names(db) == ["Still here"]


def test_restore_migrates_a_populated_old_backup_in_the_copy(db: Path, tmp_path: Path) -> None:
    live(db, ["Old one"])
    old = tmp_path / "v1.sqlite3"
    make_v1(old, [f"Person {i:02d}" for i in range(40)])
    aside = backup.restore(old, db, now=dt.datetime(2026, 11, 25, 9, 30))
    assert aside == db.with_name("kith.sqlite3.replaced-20261125-093000")
    assert names(aside) == ["Old one"]
    assert names(db) == [f"Person {i:02d}" for i in range(40)]
    assert intact(db)
    open_database(db)
    from kith.services.contacts import search

    assert len(search.ids("p17@example")) == 1  # version 2's index was filled in the copy
    close_database()
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the backup is untouched
    conn.close()


def test_restore_folds_the_live_log_into_the_kept_database(db: Path, tmp_path: Path) -> None:
    """Rows still in the live database's -wal are in the kept copy; no stale log remains."""
    live(db, ["Kept"])
    saved = tmp_path / "saved.sqlite3"
    backup.copy_database(db, saved)
    open_database(db)
    contacts.create(ContactRecord(display_name="Only in the log"))
    writer_log = Path(f"{db}-wal")
    assert writer_log.exists() and writer_log.stat().st_size > 0
    close_database()
    aside = backup.restore(saved, db)
    assert aside is not None and names(aside) == ["Kept", "Only in the log"]
    assert not Path(f"{db}-wal").exists()
    assert names(db) == ["Kept"] and intact(db)


@pytest.mark.parametrize("odd", ["my#1.sqlite3", "my?x=1.sqlite3", "my%41%23.sqlite3"])
def test_restore_opens_exactly_the_named_file(db: Path, tmp_path: Path, odd: str) -> None:
    """Item 11: '#', '?' and '%' were pasted into a file: URI and cut the path short."""
    live(db, ["Live"])
    folder = tmp_path / "dir"
    folder.mkdir()
    wanted, decoy = tmp_path / "w.sqlite3", tmp_path / "d.sqlite3"
    for path, who in ((wanted, "Wanted"), (decoy, "Decoy")):
        make_v1(path, [who])
    os.replace(wanted, folder / odd)
    os.replace(decoy, folder / "my")  # what "dir/my#1.sqlite3" used to open
    os.link(folder / "my", folder / "myA#.sqlite3")  # what "my%41%23" would decode to
    backup.restore(folder / odd, db)
    assert names(db) == ["Wanted"]


def test_backup_never_follows_a_link_at_the_temporary_name(db: Path, tmp_path: Path) -> None:
    """Item 12: a dangling symlink at FILE.part was followed and written through."""
    live(db, ["Ana"])
    target = tmp_path / "out" / "backup.sqlite3"
    target.parent.mkdir()
    victim = tmp_path / "victim"
    os.symlink(victim, f"{target}.part")
    backup.copy_database(db, target)
    assert not victim.exists()
    assert os.path.islink(f"{target}.part")
    assert names(target) == ["Ana"]
    assert sorted(os.listdir(target.parent)) == ["backup.sqlite3", "backup.sqlite3.part"]


def test_a_damaged_database_never_joins_the_daily_rotation(db: Path, tmp_path: Path) -> None:
    """Item 15: the rotation keeps the last good backups; a damaged copy is refused."""
    live(db, [f"Person {i}" for i in range(150)])
    folder = tmp_path / "backups"
    for day in range(1, 8):
        backup.daily_backup(db, folder, today=dt.date(2026, 11, day))
    good = sorted(os.listdir(folder))
    corrupt_table(db, "contact")
    for day in range(8, 15):
        with pytest.raises(faults.Damaged, match="is damaged"):
            backup.daily_backup(db, folder, today=dt.date(2026, 11, day))
    assert sorted(os.listdir(folder)) == good  # seven good ones, no leftovers
    assert all(intact(folder / name) for name in good)


def test_a_backup_of_a_damaged_database_is_refused(db: Path, tmp_path: Path) -> None:
    live(db, [f"Person {i}" for i in range(150)])
    corrupt_table(db, "contact")
    target = tmp_path / "b.sqlite3"
    with pytest.raises(faults.Damaged):
        backup.copy_database(db, target, check=True)
    assert not list(tmp_path.glob("*.part")) and not target.exists()


def test_an_empty_database_file_is_reported_lost(data_dir: Path) -> None:
    """Item 16: a 0-byte kith.sqlite3 was taken for a new empty database."""
    path = data_dir / "kith.sqlite3"
    path.write_bytes(b"")
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / "kith-2026-11-24.sqlite3").write_bytes(b"a backup")
    with pytest.raises(faults.LostDatabase,
                       match="is empty \\(0 bytes\\).*kith restore FILE.*backups are in"):
        open_database(path)
    assert path.stat().st_size == 0  # left as it was found
    assert sorted(os.listdir(data_dir)) == ["backups", "kith.sqlite3"]
    (data_dir / "backups" / "kith-2026-11-24.sqlite3").unlink()
    with pytest.raises(faults.LostDatabase) as raised:
        open_database(path)
    assert "backups are in" not in str(raised.value)  # no backups, so none are offered


def test_a_negative_schema_version_is_a_clear_error(data_dir: Path) -> None:
    path = data_dir / "kith.sqlite3"
    make_v1(path, ["Someone"])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = -5")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="is not a Kith database .*schema version -5"):
        open_database(path)


KILL_AT = """
import os, signal, sys
from kith.store import backup
point = sys.argv[1]
def dying(name, fn):
    def wrapped(*args, **kwargs):
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return wrapped
for name in ("migrate", "_check_restored", "_keep", "sync_folder", "make_private"):
    setattr(backup, name, dying(name, getattr(backup, name)))
backup.os.replace = dying("replace", os.replace)
backup.restore(backup.Path(sys.argv[2]), backup.Path(sys.argv[3]))
"""


@pytest.mark.parametrize(("point", "after_swap"), [
    ("migrate", False), ("_check_restored", False), ("_keep", False), ("replace", False),
    ("sync_folder", True), ("make_private", True)])
def test_sigkill_during_restore_leaves_the_old_or_the_new_database(
    db: Path, tmp_path: Path, point: str, after_swap: bool
) -> None:
    old = [f"Old {i:03d}" for i in range(120)]
    live(db, old)
    new = [f"New {i:03d}" for i in range(80)]
    saved = tmp_path / "v1.sqlite3"
    make_v1(saved, new)
    done = subprocess.run([sys.executable, "-c", KILL_AT, point, str(saved), str(db)],
                          capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert intact(db)
    assert names(db) == (new if after_swap else old)
    open_database(db)  # Kith opens whichever it is
    close_database()
