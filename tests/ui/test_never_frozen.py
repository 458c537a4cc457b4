"""Long work keeps the window's event loop turning (issue #12, "Never frozen").

A zero-millisecond timer counts the turns of the event loop while undo, redo,
deleting many and export run. Before, each ran inside the click on the GUI
thread, so the timer could not fire until it was over: the count was 0. No
timing is asserted: only that the loop turned, and that the result is right.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from kith.services.cards import importer
from kith.services.contacts import search
from kith.ui.commands import ImportBatchCommand

CARDS = 3000


def cards(n: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:uid-{i}\r\nFN:Person {i}\r\n"
                   f"N:{i};Person;;;\r\nEMAIL:p{i}@example.com\r\nEND:VCARD\r\n"
                   for i in range(n))


def import_big(window, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    vcf = tmp_path / "party.vcf"
    vcf.write_text(cards(CARDS))
    plan = importer.plan([vcf])
    result = importer.commit(plan, importer.EventSpec("Gala"))
    window.undo_stack.push(ImportBatchCommand(result, plan, importer.EventSpec("Gala"),
                                              window.refresh_all))
    window.refresh_all()
    return int(result.batch_id)


def ticks_while(qtbot, start: Callable[[], object], done: Callable[[], bool]) -> int:  # type: ignore[no-untyped-def]
    """How many times a repeating 0 ms timer fired from ``start()`` until ``done()``."""
    count = [0]
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: count.__setitem__(0, count[0] + 1))
    timer.start()
    try:
        start()
        qtbot.waitUntil(done, timeout=60000)
    finally:
        timer.stop()
    return count[0]


def status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


def rows(window) -> int:  # type: ignore[no-untyped-def]
    return int(window.contacts_page.model.rowCount())


def test_undo_and_redo_of_a_big_import_keep_the_window_turning(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    import_big(window, tmp_path)
    window.show_page("contacts")
    assert rows(window) == CARDS
    busy_seen: list[bool] = []

    def undo() -> None:
        window.undo_action.trigger()
        busy_seen.append(window.busy_bar.isVisible())
        # guarded while it runs: no second undo, no redo
        busy_seen.append(window.undo_action.isEnabled() or window.redo_action.isEnabled())

    ticks = ticks_while(qtbot, undo, lambda: not window.undo_stack.busy())
    assert ticks > 10
    assert busy_seen == [True, False]
    assert search.ids() == []
    assert rows(window) == 0  # the list was refreshed
    assert status(window) == ("Undid the import: removed 3,000 people it created, put back "
                              "0 contacts it had merged into.")
    assert not window.busy_bar.isVisible()
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()

    ticks = ticks_while(qtbot, window.redo_action.trigger,
                        lambda: not window.undo_stack.busy())
    assert ticks > 10
    assert len(search.ids()) == CARDS
    assert rows(window) == CARDS
    assert status(window) == "Imported the cards again: 3,000 new, 0 merged."
    assert window.undo_action.isEnabled()


def test_cancelling_the_undo_of_an_import_leaves_it_in_place(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    import_big(window, tmp_path)
    window.undo_action.trigger()
    assert window.busy_bar.cancel_button.accessibleName()
    window.busy_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not window.undo_stack.busy())
    assert len(search.ids()) == CARDS  # one transaction, rolled back whole
    assert status(window) == "Cancelled: “Import Gala” is still in place."
    assert window.undo_stack.index() == 1 and window.undo_action.isEnabled()


def test_deleting_many_keeps_the_window_turning_and_undo_brings_them_back(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    import_big(window, tmp_path)
    window.show_page("contacts")
    page = window.contacts_page
    page.view.selectAll()
    ticks = ticks_while(qtbot, page.delete_action.trigger,
                        lambda: not window.undo_stack.busy())
    assert ticks > 0  # a delete is quick: it is enough that the click returned before it

    assert search.ids() == []
    assert rows(window) == 0
    assert window.undo_stack.undoText() == "Delete 3,000 contacts"

    ticks = ticks_while(qtbot, window.undo_action.trigger, lambda: not window.undo_stack.busy())
    assert ticks > 0
    assert len(search.ids()) == CARDS
    assert rows(window) == CARDS


def test_changes_made_while_a_delete_runs_wait_their_turn(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    from kith.services.contacts.records import ContactRecord
    from kith.ui.commands import SaveContact

    import_big(window, tmp_path)
    window.show_page("contacts")
    window.contacts_page.view.selectAll()
    window.contacts_page.delete_action.trigger()
    assert window.undo_stack.busy()
    window.undo_stack.push(SaveContact(None, ContactRecord(display_name="Ana Silva"),
                                       window.refresh_all))
    qtbot.waitUntil(lambda: not window.undo_stack.busy() and window.undo_stack.count() == 3)
    assert [window.undo_stack.text(i) for i in range(3)] == [
        "Import Gala", "Delete 3,000 contacts", "Add Ana Silva"]
    assert len(search.ids()) == 1


def test_export_keeps_the_window_turning_and_writes_a_private_file(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    import_big(window, tmp_path)
    target = tmp_path / "all.vcf"
    old = os.umask(0o022)
    try:
        ticks = ticks_while(qtbot, lambda: window.transfer.export_to(target, "3.0", []),
                            lambda: "Exported" in status(window))
    finally:
        os.umask(old)
    assert ticks > 10
    assert status(window) == f"Exported 3,000 contacts to {target}."
    assert target.read_text(encoding="utf-8").count("BEGIN:VCARD") == CARDS
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_cancelled_export_writes_nothing(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    import_big(window, tmp_path)
    target = tmp_path / "all.vcf"
    window.transfer.export_to(target, "3.0", [])
    window.busy_bar.cancel_button.click()
    qtbot.waitUntil(lambda: not window.busy_bar.busy())
    assert status(window) == "Export cancelled; no file was written."
    assert not target.exists()
    assert list(tmp_path.glob(".all.vcf*")) == []
