"""The log dialog with three people (issue #15): picked by typing, shown as chips, one
moment on each one's timeline naming the others; edited, deleted and undone for all."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions, timeline
from kith.services.followups.interactions import Interaction
from tests.ui.conftest import activate


def shown(window, cid: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The person's timeline entries as the window shows them (what a screen reader reads)."""
    window.open_contact(cid)
    model = window.contacts_page.timeline.model
    return [str(model.index(r, 0).data()).split("  ", 1)[1] for r in range(model.rowCount())
            if model.index(r, 0).data(model.EntryRole) is not None]


def pick(qtbot, dialog, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type part of a name, then Down and Enter in the completion."""
    qtbot.keyClicks(dialog.person, typed)
    popup = dialog.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    before = len(dialog.people.names())
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialog.people.names()) == before + 1)


def test_log_a_lunch_with_three_from_the_keyboard(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    cara = contacts.create(ContactRecord(display_name="Cara Diaz"))
    dan = contacts.create(ContactRecord(display_name="Dan Wu"))
    activate(qtbot, window)
    window.open_contact(ana)
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    dialog = window.log_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.people.names() == ["Ana Silva"]
    dialog.person.setFocus()
    pick(qtbot, dialog, "bob")
    assert dialog.people.names() == ["Ana Silva", "Bob Ng"] and dialog.person.text() == ""
    pick(qtbot, dialog, "dan")
    qtbot.keyClicks(dialog.person, "Cara Diaz")  # typed in full: Enter adds her
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.people.names() == ["Ana Silva", "Bob Ng", "Dan Wu", "Cara Diaz"]
    qtbot.keyClick(dialog.person, Qt.Key.Key_Backspace)  # the empty field: the last one out
    qtbot.keyClick(dialog.person, Qt.Key.Key_Backspace)
    assert dialog.people.names() == ["Ana Silva", "Bob Ng"]
    qtbot.keyClicks(dialog.person, "Cara Diaz")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    assert dialog.people.names() == ["Ana Silva", "Bob Ng", "Cara Diaz"]
    dialog.channel.setCurrentIndex(dialog.channel.findData("meeting"))
    qtbot.keyClicks(dialog.note, "Lunch at Luigi's")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)  # the empty field: Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.undo_stack.undoText() == \
        "Log meeting / coffee with Ana Silva, Bob Ng and Cara Diaz"

    assert shown(window, ana) == ["Meeting / coffee with Bob Ng and Cara Diaz: Lunch at Luigi's"]
    assert shown(window, bob) == ["Meeting / coffee with Ana Silva and Cara Diaz: Lunch at Luigi's"]
    assert shown(window, cara) == ["Meeting / coffee with Ana Silva and Bob Ng: Lunch at Luigi's"]
    assert shown(window, dan) == []

    activate(qtbot, window)
    window.contacts_page.view.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert shown(window, ana) == [] and shown(window, bob) == [] and shown(window, cara) == []


def test_edit_and_delete_the_moment_from_one_timeline(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    cara = contacts.create(ContactRecord(display_name="Cara Diaz"))
    interactions.log(Interaction(ana, dt.date(2026, 11, 2), "call", note="group call",
                                 with_ids=(bob, cara)))
    activate(qtbot, window)
    window.open_contact(bob)
    view = window.contacts_page.timeline
    view.list.setCurrentIndex(view.model.index(1, 0))  # row 0 is the month header
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)  # opens it for editing
    dialog = window.log_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.people.names() == ["Bob Ng", "Ana Silva", "Cara Diaz"]
    dialog.people.chips.setFocus()
    dialog.people.chips.setCurrentRow(2)
    qtbot.keyClick(dialog.people.chips, Qt.Key.Key_Delete)  # Cara was not on the call
    assert dialog.people.names() == ["Bob Ng", "Ana Silva"]
    dialog.channel.setCurrentIndex(dialog.channel.findData("video"))
    dialog.accept()
    assert shown(window, ana) == ["Video call with Bob Ng: group call"]
    assert shown(window, cara) == []
    activate(qtbot, window)
    window.contacts_page.view.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert shown(window, cara) == ["Call with Ana Silva and Bob Ng: group call"]

    # Delete from Cara's timeline: gone for all three; undo brings it back for all.
    view.list.setCurrentIndex(view.model.index(1, 0))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert [timeline.for_contact(c) for c in (ana, bob, cara)] == [[], [], []]
    window.contacts_page.view.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert shown(window, ana) == ["Call with Bob Ng and Cara Diaz: group call"]
