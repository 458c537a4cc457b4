"""The column-mapping step for a CSV whose layout Kith does not know.

Each column of the file gets a combo box of Kith's fields. A column starts at
a field only when its header names that field plainly and the values under it
agree (``csv_suggest``), marked "(suggested)" in its tooltip; every other column
starts at "Not imported". Nothing is read until the person clicks "Read the
rows". The first rows are shown beside them, so the person sees what each
column holds. Nothing is remembered: the map lives only for this import.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import translate
from kith.services.cards.csv_layouts import FIELDS, ColumnMap
from kith.services.cards.csv_suggest import suggest_map
from kith.ui.safety import plain_label

# The fields that make a row a person: a map needs one of them.
_PERSON_FIELDS = {"Given", "Family", "Name", "Email", "Phone", "Org"}


def field_names() -> dict[str, str]:
    """Each field's name as the window shows it."""
    return {
        "Given": translate("CsvMapping", "Given name"),
        "Family": translate("CsvMapping", "Family name"),
        "Name": translate("CsvMapping", "Full name"),
        "Email": translate("CsvMapping", "E-mail"),
        "Phone": translate("CsvMapping", "Phone"),
        "Org": translate("CsvMapping", "Organisation"),
        "Title": translate("CsvMapping", "Job title"),
        "Note": translate("CsvMapping", "Note"),
        "URL": translate("CsvMapping", "Web address"),
        "Birthday": translate("CsvMapping", "Birthday"),
        "Tags": translate("CsvMapping", "Tags"),
    }


class CsvMappingDialog(QDialog):
    """Asks which column of ``file_name`` holds what; ``column_map()`` after it is accepted."""

    def __init__(self, file_name: str, columns: list[str], rows: list[list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CsvMapping", "Which column holds what?"))
        self.resize(760, 480)
        self.columns = columns
        suggested = {column: field for field, cs in suggest_map(columns, rows).items()
                     for column in cs}
        intro = plain_label(translate(
            "CsvMapping", "Kith does not know the columns of {file}. Choose what each column "
            "holds; columns left at “Not imported” are ignored. Columns whose name and "
            "values agree are filled in: check them.").format(file=file_name))
        intro.setWordWrap(True)

        names = field_names()
        self.table = QTableWidget(len(columns), 1 + min(len(rows), 3))
        self.table.setAccessibleName(translate("CsvMapping", "Columns of the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        headers = [translate("CsvMapping", "Kith field")]
        headers += [translate("CsvMapping", "Row {n}").format(n=n + 1)
                    for n in range(self.table.columnCount() - 1)]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(columns)
        self.combos: list[QComboBox] = []
        for i, column in enumerate(columns):
            combo = QComboBox()
            combo.addItem(translate("CsvMapping", "Not imported"), "")
            for name in FIELDS:
                combo.addItem(names[name], name)
            combo.setAccessibleName(translate("CsvMapping", "Kith field for the column "
                                              "{column}").format(column=column))
            if column in suggested:
                combo.setCurrentIndex(combo.findData(suggested[column]))
                combo.setToolTip(translate(
                    "CsvMapping", "{field} (suggested: the column's name and values say "
                    "so; check it)").format(field=names[suggested[column]]))
                combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(""))
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(i, 0, combo)
            self.combos.append(combo)
            for n, row in enumerate(rows[:3]):
                item = QTableWidgetItem(row[i] if i < len(row) else "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(i, n + 1, item)
        # The field column as wide as its widest choice; the sample rows share the rest, so
        # an e-mail shows whole instead of leaving the right half of the table empty.
        self.table.resizeColumnToContents(0)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        for n in range(1, self.table.columnCount()):
            header.setSectionResizeMode(n, QHeaderView.ResizeMode.Stretch)

        self.hint = plain_label("")
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(translate("CsvMapping", "&Read the rows"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(translate("CsvMapping", "Read the rows with these fields"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("CsvMapping", "Cancel"))
        self.ok.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def column_map(self) -> ColumnMap:
        """Field -> the columns chosen for it."""
        result: ColumnMap = {}
        for column, combo in zip(self.columns, self.combos, strict=True):
            field = str(combo.currentData() or "")
            if field:
                result.setdefault(field, []).append(column)
        return result

    def _update(self) -> None:
        usable = bool(_PERSON_FIELDS & set(self.column_map()))
        self.ok.setEnabled(usable)
        self.hint.setText("" if usable else translate(
            "CsvMapping", "Choose at least one column with a name, e-mail, phone or "
            "organisation."))
