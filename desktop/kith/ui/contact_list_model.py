"""The contact list as a lazy table model: it holds ids, and fetches rows in pages.

Fifty thousand contacts cost fifty thousand integers; the columns of a row are
read from the database (500 at a time) only when the view asks for them.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from kith import clock
from kith.i18n import translate
from kith.services.contacts import search
from kith.services.contacts.search import BY_FAMILY, BY_GIVEN, ListRow, SortKey
from kith.ui import formats
from kith.ui.avatar import avatar_icon

COLUMNS = (SortKey.NAME, SortKey.ORGANIZATION, SortKey.LAST_CONTACT, SortKey.NEXT_FOLLOW_UP)


def column_title(column: int) -> str:
    return (translate("ContactListModel", "Name"), translate("ContactListModel", "Organization"),
            translate("ContactListModel", "Last contact"),
            translate("ContactListModel", "Next follow-up"))[column]

# Rows read at a time around the one asked for: a screenful is ~25, and every search
# resets the list, so the first page is read on each keystroke (500 cost ~2 ms of it).
PAGE = 120
#: A test hook for the end-to-end tests only (tests/e2e/): with this variable set to a
#: file name, the list writes the names it shows (its first ``E2E_ROWS`` rows, read
#: through ``data`` as the view reads them) to that file after each reload. Unset (as
#: always outside those tests) it costs one dictionary look-up per model.
E2E_ROWS_VARIABLE = "KITH_E2E_LIST_ROWS"
E2E_ROWS = 200
OVERDUE_COLOUR = "#c0392b"  # readable on light and dark backgrounds
_Index = QModelIndex | QPersistentModelIndex


class ContactListModel(QAbstractTableModel):
    """Contacts matching the current search, in the current sort order.

    Signals:
        countChanged(int): the number of rows after a search, sort or refresh.
    """

    countChanged = Signal(int)
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._cache: dict[int, ListRow] = {}
        self._query = ""
        self._sort = SortKey.NAME
        self._descending = False
        self._by = BY_GIVEN  # settings.SORT_BY: names sort and read by given or family name
        self._today = clock.today()
        self._loaded = False
        self._everyone: tuple[tuple[SortKey, bool], list[int]] | None = None
        self._rows_file = os.environ.get(E2E_ROWS_VARIABLE, "")

    # --- what the view asks -------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            row = self._row(index.row())
            if row is not None and row.next_follow_up_on and \
                    str(row.next_follow_up_on)[:10] <= self._today.isoformat():
                return QColor(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            row = self._row(index.row())  # initials only: photos are not read for a list
            return avatar_icon(row.id, row.display_name) if row is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if column in (0, 1):
            text = row.name(self._by) if column == 0 else row.organization
            # Tooltips render rich text: contact text goes in escaped; the whole text is
            # one hover away when the column elides it.
            return html.escape(text) if role == Qt.ItemDataRole.ToolTipRole else text
        day = formats.parse_day(row.last_contact_on if column == 2 else row.next_follow_up_on)
        if role == Qt.ItemDataRole.ToolTipRole:  # the absolute date behind "3 days ago"
            return formats.date(day) or None
        return formats.relative_day(day, self._today)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if self._loaded and (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self._load()

    # --- what the window asks -----------------------------------------------
    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        self._query = text
        self._load()

    def query(self) -> str:
        return self._query

    def set_name_order(self, by: str) -> None:
        """Sort and show names by "given" ("Ana Silva") or "family" name ("Silva, Ana"),
        as ``settings.SORT_BY`` says; a loaded list sorts again at once."""
        by = BY_FAMILY if by == BY_FAMILY else BY_GIVEN
        if by == self._by:
            return
        self._by = by
        self._everyone = None
        if self._loaded:
            self._load()

    def name_order(self) -> str:
        return self._by

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        """Re-read the ids after any change to contacts."""
        self._everyone = None
        self._load()

    def _load(self) -> None:
        self.beginResetModel()
        if self._query.strip():
            self._ids = search.ids(self._query, self._sort, self._descending, self._by)
        else:
            # Everyone, in this order, is kept: backspacing to an empty search is free.
            key = (self._sort, self._descending)
            if self._everyone is None or self._everyone[0] != key:
                self._everyone = (key, search.ids("", self._sort, self._descending, self._by))
            self._ids = self._everyone[1]
        self._loaded = True
        self._cache.clear()
        self._today = clock.today()
        self.endResetModel()
        self.countChanged.emit(len(self._ids))
        if self._rows_file:
            self._write_rows(self._rows_file)

    def _write_rows(self, target: str) -> None:
        """The e2e hook (``E2E_ROWS_VARIABLE``): the names shown, one a line, replaced whole."""
        from pathlib import Path

        from kith.private_files import write_private_text

        names = [str(self.data(self.index(row, 0), Qt.ItemDataRole.DisplayRole))
                 for row in range(min(self.rowCount(), E2E_ROWS))]
        write_private_text(Path(target), "".join(f"{name}\n" for name in names))

    def contact_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int | None:
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return None

    def _row(self, row: int) -> ListRow | None:
        cid = self._ids[row]
        cached = self._cache.get(cid)
        if cached is None:
            start = max(0, row - PAGE // 4)
            page = self._ids[start : start + PAGE]
            if len(self._cache) > 20 * PAGE:
                self._cache.clear()
            self._cache.update(search.rows(page))
            cached = self._cache.get(cid)
        return cached
