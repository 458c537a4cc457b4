"""The window and a second Kith process edit the same person: nothing either wrote is lost."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord
from kith.store.database import connection, database


def kith(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KITH_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(db.parent), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def open_person(window, qtbot, cid: int) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts_page
    window.open_contact(cid)
    qtbot.waitUntil(lambda: page.editor.loaded().id == cid)


def test_a_save_in_the_window_keeps_what_the_command_line_changed_meanwhile(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva", given_name="Ana",
                                        family_name="Silva"))
    open_person(window, qtbot, cid)
    editor = window.contacts_page.editor

    # While the form shows Ana, another process tags her and sets her cadence.
    result = kith(db, "edit", str(cid), "--add-tag", "vip", "--cadence", "30")
    assert result.returncode == 0, result.stderr

    editor.title.clear()
    qtbot.keyClicks(editor.title, "CTO")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)

    database.close()  # read what is on disk, as a fresh process would
    ana = contacts.load(cid)
    assert ana.title == "CTO"
    assert ana.tags == ["vip"] and ana.cadence_days == 30

    # Ctrl+Z takes back the title only.
    window.undo_stack.undo()
    ana = contacts.load(cid)
    assert ana.title == ""
    assert ana.tags == ["vip"] and ana.cadence_days == 30
    assert search.ids() == [cid]


def test_the_command_line_writes_while_the_window_holds_a_write_transaction(
        window, qtbot, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Bob Ng"))
    with database.atomic():
        connection().execute("UPDATE contact SET notes = 'from the window' WHERE id = ?",
                                   (cid,))
        writer = subprocess.Popen(
            [sys.executable, "-m", "kith", "--data-dir", str(db.parent), "log", str(cid),
             "--channel", "call", "--note", "moving to Austin"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={k: v for k, v in os.environ.items() if k != "KITH_DATA_DIR"})
        try:
            writer.wait(timeout=1)
        except subprocess.TimeoutExpired:
            pass
        assert writer.returncode is None  # still waiting its turn
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert contacts.load(cid).notes == "from the window"
    count = connection().execute(
        "SELECT COUNT(*) FROM interaction WHERE contact_id = ?", (cid,)).fetchone()[0]
    assert count == 1


def test_undo_an_import_from_the_menu_says_who_it_kept(
        window, qtbot, db: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from kith.services.cards import importer
    from kith.services.followups import interactions

    path = tmp_path / "party.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:<b>Bob</b> Ng\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    importer.commit(importer.plan([path]))
    bob = next(i for i in search.ids() if contacts.load(i).display_name == "<b>Bob</b> Ng")
    interactions.log(interactions.Interaction(contact_id=bob, occurred_on=dt.date(2026, 11, 30),
                                              channel="call"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))

    window.transfer.undo_an_import()

    box = qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None) or \
        window.findChild(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text().startswith("Undid the import: removed 1 person it created")
    assert "Kept <b>Bob</b> Ng, whom it created: you have logged an interaction with them." \
        in box.detailedText()
    assert search.ids() == [bob]
    box.close()
