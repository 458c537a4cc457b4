"""Ctrl+Z in the window after the command line took an import back meanwhile."""

import os
import subprocess
import sys
from pathlib import Path

from kith.services.cards import importer
from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord
from kith.ui.commands import DeleteContacts, ImportBatchCommand


def kith(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KITH_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "kith", "--data-dir", str(db.parent), *args],
                          capture_output=True, text=True, env=env, timeout=60)


def cards(n: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-{i}\r\nFN:Person {i}\r\n"
                   f"N:{i};Person;;;\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"
                   for i in range(n))


def import_in_window(window, tmp_path: Path, n: int) -> int:  # type: ignore[no-untyped-def]
    vcf = tmp_path / "party.vcf"
    vcf.write_text(cards(n))
    plan = importer.plan([vcf])
    result = importer.commit(plan)
    window.undo_stack.push(ImportBatchCommand(result, plan, None, window.refresh_all))
    return int(result.batch_id)


def status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


def test_ctrl_z_of_an_import_the_command_line_already_undid(
        window, qtbot, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    batch = import_in_window(window, tmp_path, 3)
    assert len(search.ids()) == 3
    out = kith(db, "undo-import", str(batch))
    assert out.returncode == 0, out.stderr

    window.undo_action.trigger()  # Ctrl+Z: no error, it is simply done already
    qtbot.waitUntil(lambda: not window.undo_stack.busy())  # it runs on a worker
    assert status(window) == ("“Import cards” was already undone elsewhere (the command line "
                              "or another window); nothing more to take back.")
    assert window.undo_stack.index() == 0
    assert search.ids() == []
    assert window.contacts_page.model.rowCount() == 0  # the window shows it


def test_ctrl_z_of_a_delete_leaves_out_a_person_whose_import_was_undone_since(
        window, qtbot, db: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    batch = import_in_window(window, tmp_path, 2)
    first, second = search.ids()
    kept = contacts.create(ContactRecord(display_name="Ana Silva"))
    window.undo_stack.push(DeleteContacts([first, kept], ["Person 0", "Ana Silva"],
                                          window.refresh_all))
    out = kith(db, "undo-import", str(batch))  # it removes the people it created
    assert out.returncode == 0, out.stderr
    assert search.ids() == []

    window.undo_action.trigger()  # Ctrl+Z the delete
    assert search.ids() == [kept], "a person of an undone import came back"
    assert status(window) == ("1 of the 2 contacts could not be brought back: something else "
                              "removed them since (an import undone elsewhere?).")
    assert first not in search.ids() and second not in search.ids()
