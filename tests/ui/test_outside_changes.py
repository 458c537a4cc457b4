"""What the command line writes while the window is open shows in the window."""

import os
import subprocess
import sys
from pathlib import Path

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord


def test_a_contact_added_from_the_command_line_appears_without_a_restart(
        window, qtbot, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana Silva"))
    window.refresh_all()
    window.outside_changes.timer.setInterval(50)  # the test need not wait two seconds
    card = tmp_path / "bob.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEND:VCARD\r\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KITH_DATA_DIR"}
    result = subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(db.parent),
                             "import", str(card)], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.count_label.text().startswith("2 "), timeout=10000)


def test_nothing_changed_elsewhere_means_no_refresh(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana Silva"))  # this connection's own write
    assert window.outside_changes.check() is False


def test_a_change_elsewhere_never_overwrites_what_is_being_typed(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    window.open_contact(cid)
    editor = window.contacts_page.editor
    qtbot.waitUntil(lambda: editor.loaded().id == cid)
    qtbot.keyClicks(editor.title, "CTO")  # typed, not saved
    other = sqlite3.connect(db)  # another process's commit
    other.execute("UPDATE contact SET notes = 'from elsewhere' WHERE id = ?", (cid,))
    other.commit()
    other.close()
    assert window.outside_changes.check() is True
    assert editor.title.text() == "CTO"
    assert window.contacts_page.has_unsaved_edits()


def test_the_windows_own_workers_are_not_taken_for_another_process(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    """A worker's commit (an undo, an import) is refreshed by its own path, once: the watch
    neither decides while one runs nor reads its commit as news afterwards."""
    import sqlite3
    import threading

    from kith.ui.worker import Task

    release = threading.Event()

    def write(progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        contacts.create(ContactRecord(display_name="Written by a worker"))
        release.wait(10)

    task = Task(write, writes=True)
    task.start()
    qtbot.waitUntil(lambda: _named("Written by a worker", db))
    assert window.outside_changes.check() is False  # committed, but the task still runs
    release.set()
    qtbot.waitUntil(task.done.is_set)
    assert window.outside_changes.check() is False  # ended: its own, not news
    other = sqlite3.connect(db)  # and another process's commit still is
    other.execute("UPDATE contact SET notes = 'from elsewhere'")
    other.commit()
    other.close()
    assert window.outside_changes.check() is True


def _named(name: str, db: Path) -> bool:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT 1 FROM contact WHERE display_name = ?",
                            (name,)).fetchone() is not None
    finally:
        conn.close()


def test_a_change_elsewhere_during_a_cancelled_write_is_still_shown(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    """The window's write was cancelled (rolled back, nothing refreshed): what another
    process committed meanwhile is news."""
    import sqlite3
    import threading

    from kith.errors import Cancelled
    from kith.ui.worker import Task

    contacts.create(ContactRecord(display_name="Ana Silva"))
    assert window.outside_changes.check() is False
    committed = threading.Event()

    def write(progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        committed.wait(10)
        raise Cancelled("cancelled")

    task = Task(write, Cancelled, writes=True)
    task.start()
    other = sqlite3.connect(db)  # another process, while the window's task runs
    other.execute("UPDATE contact SET notes = 'from elsewhere'")
    other.commit()
    other.close()
    committed.set()
    qtbot.waitUntil(task.done.is_set)
    assert window.outside_changes.check() is True
