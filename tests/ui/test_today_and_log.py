"""Log an interaction with the keyboard only, see it on the timeline, see Today empty out."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from tests.ui.conftest import activate


def make_due(name: str, days_ago: int = 40) -> int:
    when = dt.datetime.now() - dt.timedelta(days=days_ago)
    return contacts.create(ContactRecord(display_name=name, cadence_days=30), when=when)


def today_names(win) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.display_name for i in win.today_page.items if i.overdue_days >= 0]


def test_log_from_today_with_the_keyboard(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = make_due("Ana Silva")
    make_due("Bob Ng", days_ago=35)
    from kith.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # It opens on Today because people are due; the count is in the title and sidebar.
    assert win.stack.currentWidget() is win.today_page
    assert win.windowTitle() == "Kith — 2 due"
    assert win.nav.badge("today") == "2"
    assert today_names(win) == ["Ana Silva", "Bob Ng"]
    assert win.today_page.current_item().display_name == "Ana Silva"

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.today_page.tree.setFocus()
    qtbot.keySequence(win, QKeySequence("Ctrl+L"))
    dialog = win.log_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.people.names() == ["Ana Silva"]
    assert dialog.channel.hasFocus()
    qtbot.keyClicks(dialog.channel, "C")  # Call
    assert dialog.channel.currentData() == "call"
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)  # who reached out
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # help
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # I helped them
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # note
    assert dialog.note.hasFocus()
    qtbot.keyClicks(dialog.note, "Called Ana, she's moving to Austin")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert today_names(win) == ["Bob Ng"]
    assert win.windowTitle() == "Kith — 1 due"
    assert [i.contact_id for i in followups.due(dt.date.today())] != [ana]

    # The timeline shows it.
    win.open_contact(ana)
    entries = win.contacts_page.timeline.model.entries()
    assert [(e.kind, e.channel, e.help, e.summary) for e in entries] == [
        ("interaction", "call", "gave", "Called Ana, she's moving to Austin")]
    shown = win.contacts_page.timeline.model.index(1, 0).data()
    assert "Call · you helped: Called Ana, she's moving to Austin" in shown

    # Undo (from the list, not from inside a text field) brings Ana back to Today.
    win.activateWindow()  # the window manager's job when a dialog closes; offscreen has none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.contacts_page.view.setFocus()
    qtbot.keySequence(win, QKeySequence.StandardKey.Undo)
    assert today_names(win) == ["Ana Silva", "Bob Ng"]


def test_log_by_typing_a_name(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    contacts.create(ContactRecord(display_name="Bea Stone"))
    qtbot.keySequence(window, QKeySequence("Ctrl+L"))
    dialog = window.log_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.person.hasFocus()
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)  # nobody chosen yet
    assert dialog.isVisible() and "Choose who" in dialog.error.text()
    qtbot.keyClicks(dialog.person, "bob")
    popup = dialog.person.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.people.names() == ["Bob Ng"])
    assert dialog.person.text() == ""
    qtbot.keyClick(dialog.person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    from kith.services.followups import timeline

    assert [e.channel for e in timeline.for_contact(bob)] == ["email"]
    assert window.undo_stack.undoText() == "Log e-mail with Bob Ng"  # the status says who


def test_snooze_and_done_from_today_are_undoable(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    make_due("Ana Silva")
    from kith.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    activate(qtbot, win)
    win.today_page.snooze_day.trigger()
    assert today_names(win) == []
    assert "Nothing is due today" in win.today_page.summary.text()
    qtbot.keySequence(win, QKeySequence.StandardKey.Undo)
    assert today_names(win) == ["Ana Silva"]
    qtbot.mouseClick(win.today_page.done_button, Qt.MouseButton.LeftButton)
    assert today_names(win) == []
    qtbot.keySequence(win, QKeySequence.StandardKey.Undo)
    assert today_names(win) == ["Ana Silva"]


def test_delete_and_edit_an_interaction_from_the_timeline(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import datetime as _dt

    from kith.services.followups import interactions, timeline
    from kith.services.followups.interactions import Interaction

    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    iid = interactions.log(Interaction(ana, _dt.date(2026, 11, 2), "call", note="first call"))
    activate(qtbot, window)
    window.open_contact(ana)
    view = window.contacts_page.timeline
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(1, 0))  # row 0 is the month header
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert timeline.for_contact(ana) == []
    window.contacts_page.view.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert [e.summary for e in timeline.for_contact(ana)] == ["first call"]

    # Enter on the entry opens it for editing; the change is undoable too.
    view.list.setCurrentIndex(view.model.index(1, 0))
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = window.log_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.channel.setCurrentIndex(dialog.channel.findData("video"))
    dialog.accept()
    assert interactions.get(iid).channel == "video"
    activate(qtbot, window)
    window.contacts_page.view.setFocus()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert interactions.get(iid).channel == "call"
