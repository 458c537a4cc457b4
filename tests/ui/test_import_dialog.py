"""Drive the import dialog as a person: pick a file, name the event, review, import, undo."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from kith.services.contacts import people as contacts
from kith.services.contacts import search, summaries
from kith.services.contacts.records import ContactRecord
from kith.vcard.model import CardPoint

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.com\r\nTEL:+1 512 555 0199\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nORG:Initech\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Diaz\r\nX-BAD LINE\r\nEND:VCARD\r\n"
)


def names(win) -> list[str]:  # type: ignore[no-untyped-def]
    model = win.contacts_page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_import_preview_choose_import_and_undo(window, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    known = contacts.create(ContactRecord(display_name="Ana Silva",
                                          points=[CardPoint("email", "ana@acme.com")]))
    window.contacts_page.model.refresh()
    path = tmp_path / "mixer.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))

    qtbot.keySequence(window, QKeySequence("Ctrl+I"))
    dialog = window.import_dialog
    qtbot.waitExposed(dialog)
    add_files = next(b for b in dialog.findChildren(type(dialog.import_button))
                     if b.text() == "Add files…")
    qtbot.mouseClick(add_files, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert not dialog.import_button.isEnabled()  # the new event has no name yet
    qtbot.keyClicks(dialog.event_name, "Gallatin Mixer")
    assert dialog.import_button.isEnabled()

    model = dialog.model
    rows = {model.index(r, 0).data(): r for r in range(3)}
    assert model.index(rows["Ana Silva"], 2).data() == "Ana Silva (same e-mail ana@acme.com)"
    assert model.index(rows["Ana Silva"], 3).data() == "adds phone +1 512 555 0199"
    assert model.index(rows["Bob Ng"], 2).data() == "New"
    assert "line 15 (Cara Diaz): line skipped" in dialog.problems.toPlainText()
    assert "3 cards: 2 new, 1 updated. 1 problem is listed below." in dialog.summary.text()

    # Skip Bob, through the Action column's editor.
    skip_index = model.index(rows["Bob Ng"], 4)
    dialog.table.edit(skip_index)
    editor = QApplication.focusWidget()
    editor.setCurrentIndex(editor.findData("skip"))
    editor.activated.emit(editor.currentIndex())
    assert model.index(rows["Bob Ng"], 4).data() == "Skip"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert names(window) == ["Ana Silva", "Cara Diaz"]
    people = {p["display_name"]: p for p in summaries.summaries(search.ids())}
    assert people["Ana Silva"]["phones"] == ["+1 512 555 0199"]
    assert people["Cara Diaz"]["events"] == ["Gallatin Mixer"]
    # The result in the preview's words: updated, not "merged".
    assert window.statusBar().currentMessage() == dialog.result_text()
    assert "updated" in dialog.result_text() and "merged" not in dialog.result_text()
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()

    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)  # on a worker
    qtbot.waitUntil(lambda: names(window) == ["Ana Silva"])
    assert contacts.load(known).points == [CardPoint("email", "ana@acme.com")]
    qtbot.waitUntil(lambda: window.redo_action.isEnabled())
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    qtbot.waitUntil(lambda: names(window) == ["Ana Silva", "Cara Diaz"])


def test_dropping_a_file_opens_the_import(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "drop.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    assert dialog.paths() == [str(path)]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert names(window) == []


def test_undo_an_earlier_import_from_the_menu(window, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from kith.services.cards import importer

    path = tmp_path / "old.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]), importer.EventSpec("Last year"))
    window.refresh_all()
    assert names(window) == ["Ana Silva", "Bob Ng", "Cara Diaz"]
    offered = []

    def pick(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    window.transfer.undo_an_import()
    assert "Last year · 3 new, 0 merged" in offered[0]
    qtbot.waitUntil(lambda: names(window) == [])  # the undo runs on a worker


def test_preview_tooltips_escape_card_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from kith.services.cards.importer import ImportPlan, PlannedCard
    from kith.services.contacts.records import ContactRecord
    from kith.ui.import_preview import ImportPreviewModel

    model = ImportPreviewModel()
    model.set_plan(ImportPlan(cards=[PlannedCard(
        ContactRecord(display_name='<img src="file:///etc/passwd">'), "x.vcf", 1)]))
    index = model.index(0, 0)
    assert index.data() == '<img src="file:///etc/passwd">'
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "&lt;img src=&quot;file:///etc/passwd&quot;&gt;"
