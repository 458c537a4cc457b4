"""Pages other than the first are built when first shown, and lose nothing by it."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.ideas import needs
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
    assert win.nav.badge("help") == "1"

    win.show_page("help")  # built now: it shows what was computed, at once
    assert [p.kind for p in win.ideas_page.items] == ["introduce"]
    win.show_page("contacts")
    page = win.contacts_page
    assert page.model.rowCount() == 2 and page._detail is None  # no one opened yet
    assert page.current_contact() is None
    win.open_contact(bob)
    assert page.current_contact() == (bob, "Bob Ng")
    assert "Ana Silva" in page.editor.hint.text()  # the prompt reaches the header


def test_edit_menu_delete_and_save_act_on_the_contacts_page(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    long_ago = dt.datetime.now() - dt.timedelta(days=60)
    ana = contacts.create(ContactRecord(display_name="Ana Silva", cadence_days=30), when=long_ago)
    win = _window(qtbot)  # opens on Today: Ana is due
    activate(qtbot, win)
    assert win.built("contacts") is None
    win.save_action.trigger()  # nothing open: nothing happens
    win.delete_action.trigger()
    assert contacts.count() == 1 and win.built("contacts") is None
    win.open_contact(ana)
    page = win.contacts_page
    # Edit > Delete is now the list's own action, its Delete key for the list only.
    assert win.delete_action is page.delete_action
    assert win.delete_action in win.edit_menu.actions()
    assert win.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert win.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    page.view.selectRow(0)
    win.delete_action.trigger()
    assert contacts.count() == 0 and win.count_label.text() == "0 contacts"
    # Today (and so the title and the tray) forgets her at once.
    assert win.today_page.items == [] and win.windowTitle() == "Kith"
    qtbot.keySequence(win, QKeySequence.StandardKey.Undo)
    assert contacts.count() == 1 and win.windowTitle() == "Kith — 1 due"
    # Ctrl+S with nothing typed saves nothing (no empty undo step); with a change, saves.
    win.open_contact(ana)
    page.tabs.setCurrentWidget(page.editor)
    steps = win.undo_stack.index()
    qtbot.keySequence(win, QKeySequence.StandardKey.Save)
    assert win.undo_stack.index() == steps
    page.editor.title.setFocus()
    qtbot.keyClicks(page.editor.title, "CFO")
    qtbot.keySequence(win, QKeySequence.StandardKey.Save)
    assert contacts.load(ana).title == "CFO" and win.undo_stack.index() == steps + 1
    qtbot.keyClick(page.search, Qt.Key.Key_A)
    assert page.search.text() == "a"
