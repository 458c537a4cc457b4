"""Pages other than the first are built when first shown, and lose nothing by it."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kith.services import contacts, needs
from kith.services.records import ContactRecord
from tests.ui.conftest import activate, settle


def _window(qtbot):  # type: ignore[no-untyped-def]
    from kith.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=lambda w: settle(qtbot, w))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_only_the_page_shown_is_built(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    long_ago = dt.datetime.now() - dt.timedelta(days=60)
    ana = contacts.create(ContactRecord(display_name="Ana Silva", cadence_days=30), when=long_ago)
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    needs.add(ana, "need", "looking for an accountant in Nashville", dt.date.today())
    needs.add(bob, "offer", "tax advice for small businesses", dt.date.today())
    win = _window(qtbot)
    assert win.stack.currentWidget() is win.today_page
    assert [key for key in ("contacts", "events", "help", "recent") if win.built(key)] == []
    assert win.count_label.text() == "2 contacts"  # counted without the list
    # The prompts are computed (after the window is up) with no Help page to show them.
    qtbot.waitUntil(lambda: win.prompt_cache.computed, timeout=10000)
    assert win.nav.item(3).text() == "Help  1"

    win.show_page("help")  # built now: it shows what was computed, at once
    assert [p.kind for p in win.help_page.items] == ["introduce"]
    win.show_page("contacts")
    page = win.contacts_page
    assert page.model.rowCount() == 2 and page._detail is None  # no one opened yet
    assert page.current_contact() is None
    win.open_contact(bob)
    assert page.current_contact() == (bob, "Bob Ng")
    assert "Ana Silva" in page.editor.hint.text()  # the prompt reaches the header


def test_edit_menu_delete_and_save_act_on_the_contacts_page(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    win = _window(qtbot)
    activate(qtbot, win)
    win.save_action.trigger()  # nothing open: nothing happens
    win.show_page("today")
    win.delete_action.trigger()  # not on the contacts page: nothing happens
    assert contacts.count() == 1
    win.open_contact(ana)
    page = win.contacts_page
    page.view.selectRow(0)
    assert win.delete_action.text() == "&Delete\tDel"
    win.delete_action.trigger()
    assert contacts.count() == 0 and win.count_label.text() == "0 contacts"
    qtbot.keySequence(win, QKeySequence.StandardKey.Undo)
    assert contacts.count() == 1
    # Ctrl+S saves what was typed in the details.
    win.open_contact(ana)
    page.tabs.setCurrentWidget(page.editor)
    page.editor.title.setFocus()
    qtbot.keyClicks(page.editor.title, "CFO")
    qtbot.keySequence(win, QKeySequence.StandardKey.Save)
    assert contacts.load(ana).title == "CFO"
    qtbot.keyClick(page.search, Qt.Key.Key_A)
    assert page.search.text() == "a"
