"""People they know, in the person's details (issue #15): add a link with the people
picker, see it on the other person, undo it, remove it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kith.services.contacts import links
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from tests.ui.conftest import activate


def test_add_a_link_see_it_on_the_other_person_and_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva", organization="Acme"))
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    contacts.create(ContactRecord(display_name="Bobby Tables"))
    page = window.contacts_page
    activate(qtbot, window)
    window.open_contact(bob)
    page.tabs.setCurrentWidget(page.detail.links)
    view = page.detail.links
    assert view.texts() == [] and view.empty.isVisibleTo(view)

    # Keyboard only: choose the relation, type part of a name, pick the suggestion.
    view.relation.setFocus()
    view.relation.setCurrentIndex(view.relation.findData("introduced-by"))
    qtbot.keyClicks(view.person, "ana")
    assert [view.suggestions.item(r).text() for r in range(view.suggestions.rowCount())] \
        == ["Ana Silva"]
    popup = view.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks Ana, and Enter adds the link
    assert view.texts() == ["introduced by Ana Silva"]
    assert not view.empty.isVisibleTo(view) and view.person.text() == ""
    assert [s.as_json() for s in links.for_contact(ana)] == [
        {"contact_id": bob, "relation": "introduced"}]

    # Ana's details say it from her side.
    window.open_contact(ana)
    assert view.texts() == ["introduced Bob Ng"]

    # Undo takes it away; redo brings it back.
    window.undo_stack.undo()
    assert view.texts() == [] and links.for_contact(bob) == []
    window.undo_stack.redo()
    assert view.texts() == ["introduced Bob Ng"]

    # Free text, typed into the relation; an ambiguous name is refused with a reason.
    view.relation.setEditText("old school friend")
    qtbot.keyClicks(view.person, "Bob")
    view.add_button.click()
    assert "Several people match “Bob”" in view.message.text() and view.message.isVisibleTo(view)
    assert view.texts() == ["introduced Bob Ng"]
    view.person.setText("Bobby Tables")
    view.add_button.click()
    assert view.texts() == ["introduced Bob Ng", "old school friend: Bobby Tables"]

    # Remove one; undo puts it back as it was.
    view.list.setCurrentRow(0)
    view.remove_button.click()
    assert view.texts() == ["old school friend: Bobby Tables"]
    assert window.undo_stack.undoText() == "Remove the link to Bob Ng"
    window.undo_stack.undo()
    assert view.texts() == ["introduced Bob Ng", "old school friend: Bobby Tables"]
    window.open_contact(bob)
    assert view.texts() == ["introduced by Ana Silva"]


def test_no_links_for_someone_new(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts_page
    page.new_contact()
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.detail.links))


def test_every_control_of_the_tab_has_a_name(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The widget tour skips what is inside a tab page (Qt's own "qt_tabwidget_..." stack is
    a parent), so the tab's controls are checked here, as a screen reader reads them."""
    from PySide6.QtWidgets import QComboBox, QWidget

    from tests.ui.widget_audit import INTERACTIVE, accessible_name

    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    window.open_contact(ana)
    view = window.contacts_page.detail.links
    controls = [w for w in view.findChildren(QWidget) if isinstance(w, INTERACTIVE)
                and w.window() is window and not isinstance(w.parentWidget(), QComboBox)]
    assert len(controls) == 5  # relation, person, add, list, remove
    assert [type(w).__name__ for w in controls if not accessible_name(w).strip()] == []
