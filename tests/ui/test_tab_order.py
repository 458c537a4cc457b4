"""Tab moves between panes: it is not trapped in a list walking its cells."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from tests.ui.conftest import activate


def test_tab_leaves_the_contact_list_and_keeps_the_person(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ana Silva", "Bob Ng"):
        contacts.create(ContactRecord(display_name=name))
    activate(qtbot, window)
    window.show_page("contacts")
    window.refresh_all()
    page = window.contacts_page
    assert page.list_stack.currentWidget() is not page.empty
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.view.hasFocus())
    chosen = page.selected_ids()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert not page.view.hasFocus()
    assert QApplication.focusWidget() is not None
    assert page.selected_ids() == chosen


def test_tab_leaves_the_today_list(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    assert window.today_page.tree.tabKeyNavigation() is False
