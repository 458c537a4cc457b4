"""Create, edit, find, delete and undelete a contact by typing and clicking, as a person would."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord


def names_in_list(win) -> list[str]:  # type: ignore[no-untyped-def]
    model = win.contacts_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_first_run_shows_the_empty_state(window) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts_page
    assert page.list_stack.currentWidget() is page.empty
    assert "Import the cards from your last event" in page.empty.findChildren(QLabel)[1].text()


def test_create_edit_find_delete_undelete(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.contacts_page
    editor = page.editor

    # Create: Ctrl+N, type, Ctrl+S.
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    assert editor.given_name.hasFocus()
    qtbot.keyClicks(editor.given_name, "Ana")
    qtbot.keyClicks(editor.family_name, "Silva")
    qtbot.keyClicks(editor.organization, "Acme Corp")
    qtbot.mouseClick(editor.points.findChildren(type(editor.save_button))[0],
                     Qt.MouseButton.LeftButton)  # "Add e-mail"
    qtbot.keyClicks(editor.points.rows()[0].value, "ana@acme.com")
    qtbot.keySequence(window, QKeySequence.StandardKey.Save)
    assert names_in_list(window) == ["Ana Silva"]
    assert editor.heading.text() == "Ana Silva"
    (cid,) = search.ids()
    assert contacts.load(cid).points[0].value == "ana@acme.com"

    # A second person, then edit the first by clicking it in the list.
    qtbot.keySequence(window, QKeySequence.StandardKey.New)
    qtbot.keyClicks(editor.given_name, "Bob")
    qtbot.keyClicks(editor.family_name, "Ng")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert names_in_list(window) == ["Ana Silva", "Bob Ng"]
    rect = page.view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.loaded().display_name == "Ana Silva"
    editor.title.clear()
    qtbot.keyClicks(editor.title, "CTO")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert contacts.load(cid).title == "CTO"

    # Find: Ctrl+F and type part of the e-mail.
    qtbot.keySequence(window, QKeySequence.StandardKey.Find)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "acme.c")
    assert names_in_list(window) == ["Ana Silva"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert names_in_list(window) == ["Ana Silva", "Bob Ng"]

    # Delete with the Delete key on the list, then Ctrl+Z brings her back.
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert names_in_list(window) == ["Bob Ng"]
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert names_in_list(window) == ["Ana Silva", "Bob Ng"]
    assert contacts.load(cid).title == "CTO"

    # Undo the edit too, then redo it.
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert contacts.load(cid).title == ""
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    assert contacts.load(cid).title == "CTO"


def test_unsaved_edits_are_saved_when_moving_to_another_contact(
    window, qtbot  # type: ignore[no-untyped-def]
) -> None:
    a = contacts.create(ContactRecord(display_name="Ana"))
    contacts.create(ContactRecord(display_name="Bob"))
    page = window.contacts_page
    page.model.refresh()
    page.view.selectRow(0)
    qtbot.keyClicks(page.editor.notes, "Call about Austin")
    page.view.selectRow(1)
    assert contacts.load(a).notes == "Call about Austin"
    assert page.editor.loaded().display_name == "Bob"


def test_contact_text_is_shown_as_plain_text(window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = '<b>x</b><img src="file:///etc/passwd"><a href="file:///">y</a>'
    cid = contacts.create(ContactRecord(display_name=hostile, organization="<i>Org</i>"))
    page = window.contacts_page
    page.show_contact(cid)
    assert page.editor.heading.text() == hostile
    assert page.editor.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.editor.subheading.text() == "<i>Org</i>"
    for label in window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert names_in_list(window) == [hostile]
    tip = page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<" not in tip and "&lt;b&gt;x&lt;/b&gt;" in tip  # tooltips render markup


def test_cadence_choice_round_trips(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    cid = contacts.create(ContactRecord(display_name="Ana"))
    page = window.contacts_page
    page.show_contact(cid)
    editor = page.editor
    assert editor.cadence_mode.currentData() == "circle" and not editor.cadence.isEnabled()
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("days"))
    editor.cadence.setValue(21)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert contacts.load(cid).cadence_days == 21
    editor.cadence_mode.setCurrentIndex(editor.cadence_mode.findData("never"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert contacts.load(cid).cadence_days == 0
    page.show_contact(cid)
    assert editor.cadence_mode.currentData() == "never"
