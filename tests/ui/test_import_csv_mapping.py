"""The window's CSV mapping step, and pictures of QR codes dropped on the window."""

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from kith.services.contacts import search, summaries
from kith.ui.import_dialog import NO_EVENT

FIXTURES = Path(__file__).parents[1] / "fixtures"


def drop(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def people() -> dict[str, dict]:  # type: ignore[type-arg]
    return {p["display_name"]: p for p in summaries.summaries(search.ids())}


def choose(dialog, column: str, field_text: str) -> None:  # type: ignore[no-untyped-def]
    combo = dialog.combos[dialog.columns.index(column)]
    combo.setCurrentIndex(combo.findText(field_text))


def test_unknown_csv_asks_which_column_holds_what_then_imports(window, qtbot,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    shutil.copy(FIXTURES / "csv" / "unknown_layout.csv", path)
    drop(window, path)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.mapping is not None)
    mapping = dialog.mapping
    assert mapping.isVisible()
    # The columns and the first rows as the file has them; nothing chosen for the person.
    assert [mapping.table.verticalHeaderItem(i).text() for i in range(4)] == [
        "Full Name", "Mail", "Cell", "Firm"]
    assert mapping.table.item(1, 1).text() == "noor@example.org"
    # Each column's name and values agree, so each is filled in and marked as suggested;
    # nothing is read until the person clicks "Read the rows".
    assert [c.currentText() for c in mapping.combos] == [
        "Full name", "E-mail", "Phone", "Organisation"]
    assert all("(suggested" in c.toolTip() for c in mapping.combos)
    assert mapping.ok.isEnabled()
    assert dialog.model.rowCount() == 0 and people() == {}
    choose(mapping, "Cell", "Not imported")
    assert mapping.combos[2].toolTip() == ""  # the person's own choice now
    qtbot.mouseClick(mapping.ok, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.mapping is None
    dialog.event_choice.setCurrentIndex(dialog.event_choice.findData(NO_EVENT))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    found = people()
    assert set(found) == {"Noor Aziz", "Ben Ortiz"}
    assert found["Noor Aziz"]["emails"] == ["noor@example.org"]
    assert found["Noor Aziz"]["phones"] == []  # "Cell" was set to "Not imported"


def test_cancelling_the_mapping_leaves_that_file_out(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "names.csv"
    shutil.copy(FIXTURES / "csv" / "names_are_emails.csv", path)
    drop(window, path, FIXTURES / "qr" / "badge_mecard.png")
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.mapping is not None)
    dialog.mapping.reject()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.paths() == [str(FIXTURES / "qr" / "badge_mecard.png")]
    assert dialog.model.index(0, 0).data() == "Theo Brooks"


def test_dropped_badge_pictures_are_read_and_a_picture_without_code_is_listed(  # type: ignore[no-untyped-def]
        window, qtbot) -> None:
    drop(window, FIXTURES / "qr" / "two_codes.png", FIXTURES / "qr" / "photo_no_code.jpg")
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert sorted(dialog.model.index(r, 0).data() for r in range(2)) == [
        "Sofia Marin", "Theo Brooks"]
    assert "no QR code could be read" in dialog.problems.toPlainText()
    assert "photo_no_code.jpg" in dialog.problems.toPlainText()


def test_nothing_is_filled_in_where_a_column_name_and_its_values_disagree(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    shutil.copy(FIXTURES / "csv" / "names_are_emails.csv", path)  # "Name" holds e-mails
    drop(window, path)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.mapping is not None)
    mapping = dialog.mapping
    assert [c.currentText() for c in mapping.combos] == ["Not imported", "Phone"]
    assert mapping.combos[0].toolTip() == ""
    assert people() == {}


def test_the_mapping_preview_reads_past_a_quote_never_closed(  # type: ignore[no-untyped-def]
        window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    shutil.copy(FIXTURES / "csv" / "unknown_unterminated.csv", path)
    drop(window, path)
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.mapping is not None)
    mapping = dialog.mapping
    # The broken first row is left out, as the import leaves it out; the others show.
    assert [mapping.table.item(0, n).text() for n in (1, 2)] == ["Ben Ortiz", "Lea Vogel"]
    qtbot.mouseClick(mapping.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert "never closed" in dialog.problems.toPlainText()


def test_the_file_chooser_asks_for_files_to_import(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QPushButton

    asked: list[str] = []

    def chooser(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chooser)
    window.open_import()
    add = next(b for b in window.import_dialog.findChildren(QPushButton)
               if b.accessibleName() == "Add files")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert asked == ["Choose files to import"]
