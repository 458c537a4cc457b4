"""A write the window cannot make (another process holds the write lock) is never lost in
silence: the person sees why in plain text, and the undo stack never claims a change that
did not happen (nor loses one that did)."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord
from kith.store.database import connection, database

BUSY = "The database is busy"


@contextmanager
def write_lock_held(db: Path) -> Iterator[None]:
    """Another connection holds the write lock (BEGIN IMMEDIATE) until the block ends; the
    window's connection gives up after 100 ms instead of 5 s."""
    connection().execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def messages(window) -> list[QMessageBox]:  # type: ignore[no-untyped-def]
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def the_message(window, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(messages(window)) == 1)
    (box,) = messages(window)
    assert box.textFormat() == Qt.TextFormat.PlainText
    return box


def close_messages(window) -> None:  # type: ignore[no-untyped-def]
    for box in messages(window):
        box.close()


def open_person(window, qtbot, cid: int) -> None:  # type: ignore[no-untyped-def]
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.contacts_page.editor.loaded().id == cid)


def type_title(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = window.contacts_page.editor
    editor.title.clear()
    qtbot.keyClicks(editor.title, text)
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)


def on_disk_title(cid: int) -> str:
    database.close()  # read what is on disk, as a fresh process would
    return contacts.load(cid).title


def test_a_save_while_another_process_holds_the_lock_is_shown_and_can_be_retried(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    open_person(window, qtbot, cid)
    editor = window.contacts_page.editor

    with write_lock_held(db):
        type_title(window, qtbot, "CTO")
        box = the_message(window, qtbot)
    assert box.text().startswith("“Edit Ana Silva” was not done. The database is busy")
    assert window.undo_stack.count() == 0  # no change claimed that did not happen
    assert not window.undo_action.isEnabled()
    assert on_disk_title(cid) == ""
    # What was typed is still there: Save again, now that the lock is gone.
    assert editor.title.text() == "CTO" and editor.save_button.isEnabled()
    close_messages(window)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not messages(window)
    assert on_disk_title(cid) == "CTO"
    assert window.undo_stack.undoText() == "Edit Ana Silva"


def test_moving_to_another_person_keeps_the_form_when_its_save_fails(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    contacts.create(ContactRecord(display_name="Bob Ng"))
    open_person(window, qtbot, ana)
    page = window.contacts_page
    page.editor.title.clear()
    qtbot.keyClicks(page.editor.title, "CTO")
    with write_lock_held(db):
        rect = page.view.visualRect(page.model.index(1, 0))  # Bob
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert BUSY in the_message(window, qtbot).text()
    assert page.editor.loaded().id == ana and page.editor.title.text() == "CTO"
    qtbot.waitUntil(lambda: page.selected_ids() == [ana])
    assert page.editor.title.text() == "CTO"


def test_an_undo_that_cannot_write_leaves_the_change_on_the_stack(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    open_person(window, qtbot, cid)
    type_title(window, qtbot, "CTO")
    assert window.undo_stack.index() == 1

    with write_lock_held(db):
        window.undo_action.trigger()  # Ctrl+Z
        box = the_message(window, qtbot)
    assert box.text().startswith("Could not undo “Edit Ana Silva”; it is still in place. "
                                 "The database is busy")
    assert on_disk_title(cid) == "CTO"
    # The stack still says the edit is done, so Ctrl+Z can be tried again.
    assert window.undo_stack.index() == 1 and window.undo_stack.undoText() == "Edit Ana Silva"
    assert not window.undo_stack.canRedo()
    close_messages(window)
    window.undo_action.trigger()
    assert not messages(window)
    assert on_disk_title(cid) == ""
    assert window.undo_stack.index() == 0


def test_a_redo_that_cannot_write_is_dropped_from_the_stack(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    open_person(window, qtbot, cid)
    type_title(window, qtbot, "CTO")
    window.undo_action.trigger()
    assert on_disk_title(cid) == ""

    with write_lock_held(db):
        window.redo_action.trigger()  # Ctrl+Shift+Z
        assert BUSY in the_message(window, qtbot).text()
    assert on_disk_title(cid) == ""
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()


def test_a_delete_that_cannot_write_deletes_nothing_and_says_so(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    open_person(window, qtbot, cid)
    with write_lock_held(db):
        window.contacts_page.delete_current()
        box = the_message(window, qtbot)
    assert box.text().startswith("“Delete Ana Silva” was not done. The database is busy")
    assert search.ids() == [cid]
    assert window.undo_stack.count() == 0


def test_adding_a_need_that_cannot_be_written_says_so(
        window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    from kith.services.ideas import needs

    cid = contacts.create(ContactRecord(display_name="Ana Silva"))
    open_person(window, qtbot, cid)
    editor = window.contacts_page.needs
    qtbot.keyClicks(editor.text, "a React developer")
    with write_lock_held(db):
        editor.add()
        assert BUSY in the_message(window, qtbot).text()
    assert needs.for_contact(cid) == []
    assert editor.text.text() == "a React developer"  # kept, to add again
