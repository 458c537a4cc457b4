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


def test_keyboard_only_open_a_linked_person_delete_a_link_and_undo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on a link opens that person; Delete removes the chosen link (undoable)."""
    yasmin = contacts.create(ContactRecord(given_name="Yasmin", family_name="Ali"))
    noor = contacts.create(ContactRecord(given_name="Noor", family_name="Aziz"))
    omar = contacts.create(ContactRecord(given_name="Omar", family_name="Farouk"))
    links.link(yasmin, noor, "climbing buddy")
    links.link(yasmin, omar, "works-with")
    page = window.contacts_page
    activate(qtbot, window)
    window.open_contact(yasmin)
    page.tabs.setCurrentWidget(page.detail.links)
    view = page.detail.links
    assert view.texts() == ["climbing buddy: Noor Aziz", "works with Omar Farouk"]

    view.list.setFocus()
    qtbot.waitUntil(view.list.hasFocus)
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    qtbot.keyClick(view.list, Qt.Key.Key_Down)  # Omar
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.texts() == ["climbing buddy: Noor Aziz"]
    assert links.for_contact(omar) == []
    assert window.undo_stack.undoText() == "Remove the link to Omar Farouk"
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.texts() == ["climbing buddy: Noor Aziz", "works with Omar Farouk"]

    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Home)  # Noor
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert page.editor.header.name.text() == "Noor Aziz"
    assert page.tabs.currentWidget() is page.timeline
    assert view.texts() == ["climbing buddy: Yasmin Ali"]
    # nothing was removed on the way
    assert [s.contact_id for s in links.for_contact(yasmin)] == [noor, omar]


def test_double_click_opens_the_linked_person(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva"))
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    links.link(bob, ana, "introduced-by")
    page = window.contacts_page
    window.open_contact(bob)
    page.tabs.setCurrentWidget(page.detail.links)
    view = page.detail.links
    activate(qtbot, window)
    qtbot.waitUntil(lambda: view.list.visualItemRect(view.list.item(0)).height() > 0)
    rect = view.list.visualItemRect(view.list.item(0))
    # as a mouse does it: a click, then the double-click
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.header.name.text() == "Ana Silva"
    assert view.texts() == ["introduced Bob Ng"]


def test_relinking_in_the_window_says_what_it_replaced_and_undo_puts_it_back(  # type: ignore[no-untyped-def]
        window, qtbot) -> None:
    yasmin = contacts.create(ContactRecord(given_name="Yasmin", family_name="Ali"))
    noor = contacts.create(ContactRecord(given_name="Noor", family_name="Aziz"))
    links.link(noor, yasmin, "climbing buddy")
    page = window.contacts_page
    activate(qtbot, window)
    window.open_contact(yasmin)
    page.tabs.setCurrentWidget(page.detail.links)
    view = page.detail.links
    view.relation.setCurrentIndex(view.relation.findData("friend-of"))
    qtbot.keyClicks(view.person, "Noor Aziz")
    qtbot.keyClick(view.person, Qt.Key.Key_Return)
    assert view.texts() == ["friend of Noor Aziz"]
    said = "Yasmin Ali: friend of Noor Aziz (was: climbing buddy)"
    assert window.undo_stack.undoText() == said
    assert window.statusBar().currentMessage() == f"{said}. Undo with Ctrl+Z."
    window.undo_stack.undo()
    assert view.texts() == ["climbing buddy: Noor Aziz"]
    assert [s.text for s in links.for_contact(noor)] == ["climbing buddy: Yasmin Ali"]
    window.undo_stack.redo()
    assert view.texts() == ["friend of Noor Aziz"]
