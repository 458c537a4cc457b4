"""The Today list as a model: sections (Overdue, Due today...) with their reminders.

A model rather than a widget per row: the view asks only for the rows it
paints, so showing the most urgent few hundred of tens of thousands costs
nothing until they scroll into view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from kith.i18n import plural, translate
from kith.services.followups.actions import DueItem
from kith.ui import formats
from kith.ui.avatar import avatar_icon

ItemRole = Qt.ItemDataRole.UserRole + 1
SECTION_KEYS = {"Overdue": "overdue", "Due today": "today", "Birthdays": "birthdays",
                "Next seven days": "soon"}

_Index = QModelIndex | QPersistentModelIndex


def column_title(column: int) -> str:
    return (translate("DueModel", "Who"), translate("DueModel", "Why"),
            translate("DueModel", "When"), translate("DueModel", "An idea"))[column]


COLUMN_COUNT = 4


def section_title(key: str) -> str:
    return {"Overdue": translate("DueModel", "Overdue"),
            "Due today": translate("DueModel", "Due today"),
            "Birthdays": translate("DueModel", "Birthdays"),
            "Next seven days": translate("DueModel", "Next seven days")}[key]


def when_text(item: DueItem) -> str:
    """When it is due, in words relative to today (the date itself is in the tooltip)."""
    n = item.overdue_days
    if n == 0:
        return translate("DueModel", "today")
    if n > 0:
        return plural("DueModel", "%Ln day overdue", "%Ln days overdue", n)
    return plural("DueModel", "in %Ln day", "in %Ln days", -n)


def sections(items: list[DueItem]) -> list[tuple[str, list[DueItem]]]:
    overdue = [i for i in items if i.overdue_days > 0 and i.kind != "birthday"]
    today = [i for i in items if i.overdue_days == 0 and i.kind != "birthday"]
    birthdays = [i for i in items if i.kind == "birthday" and i.overdue_days >= 0]
    soon = [i for i in items if i.overdue_days < 0]
    soon.sort(key=lambda i: (-i.overdue_days, i.display_name.casefold()))
    return [(title, rows) for title, rows in (
        ("Overdue", overdue), ("Due today", today), ("Birthdays", birthdays),
        ("Next seven days", soon)) if rows]


class DueModel(QAbstractTableModel):
    """A flat table: per section a heading row, its reminders, and "… and N more".

    Flat, so that the view asks only for the rows it paints (a tree view lays out
    every expanded row). Headings and "more" rows are not enabled: the keyboard
    cursor passes over them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueItem | str] = []  # a reminder, or the text of a heading
        self._headings: set[int] = set()
        self._ideas: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # --- filling --------------------------------------------------------------
    def set_items(self, items: list[DueItem], totals: dict[str, int], per_section: int) -> None:
        """Show ``items`` by section, at most ``per_section`` in each; ``totals`` counts all."""
        self.beginResetModel()
        self._rows, self._headings = [], set()
        for title, rows in sections(items):
            total = max(totals.get(SECTION_KEYS[title], 0), len(rows))
            self._headings.add(len(self._rows))
            self._rows.append(translate("DueModel", "{section} ({count})").format(
                section=section_title(title), count=formats.number(total)))
            self._rows.extend(rows[:per_section])
            if total > min(len(rows), per_section):
                self._rows.append(plural(
                    "DueModel", "… and %Ln more (the most urgent are shown first)",
                    "… and %Ln more (the most urgent are shown first)",
                    total - min(len(rows), per_section)))
        self.endResetModel()

    def set_ideas(self, ideas: dict[int, str]) -> None:
        """The "An idea" column: a prompt per contact id."""
        self._ideas = ideas
        if self._rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._rows) - 1, 3))

    def text_rows(self) -> list[int]:
        """The rows that are a line of text (headings, "and N more") rather than a reminder."""
        return [r for r, row in enumerate(self._rows) if isinstance(row, str)]

    def item_at(self, index: _Index) -> DueItem | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return row if isinstance(row, DueItem) else None

    def row_of(self, contact_id: int, kind: str) -> int | None:
        for r, row in enumerate(self._rows):
            if isinstance(row, DueItem) and (row.contact_id, row.kind) == (contact_id, kind):
                return r
        return None

    def first_item_row(self) -> int | None:
        return next((r for r, row in enumerate(self._rows) if isinstance(row, DueItem)), None)

    # --- the model ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.item_at(index) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return row
            if index.row() in self._headings:
                if role == Qt.ItemDataRole.FontRole:
                    return self._bold
                if role == Qt.ItemDataRole.ForegroundRole:  # not greyed like a disabled row
                    return QGuiApplication.palette().text()
            return None
        if role == ItemRole:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return avatar_icon(row.contact_id, row.display_name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:  # the date behind "in 3 days"
                return formats.date(row.due)
            # The whole text of an elided cell, escaped: tooltips render markup.
            return html.escape(self._text(row, column)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, column)

    def _text(self, row: DueItem, column: int) -> str:
        if column == 0:
            return row.display_name
        if column == 1:
            return row.reason
        if column == 2:
            return when_text(row)
        return self._ideas.get(row.contact_id, "")
