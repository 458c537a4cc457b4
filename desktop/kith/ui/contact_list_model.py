"""The contact list as a lazy table model: it holds ids, and fetches rows in pages.

Fifty thousand contacts cost fifty thousand integers; the columns of a row are
read from the database (500 at a time) only when the view asks for them.
"""

from __future__ import annotations

import datetime as dt
import html

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
from kith.services.contacts import search
from kith.services.contacts.search import ListRow, SortKey
from kith.ui.avatar import avatar_icon

COLUMNS = (
    ("Name", SortKey.NAME),
    ("Organization", SortKey.ORGANIZATION),
    ("Last contact", SortKey.LAST_CONTACT),
    ("Next follow-up", SortKey.NEXT_FOLLOW_UP),
)
PAGE = 500
OVERDUE_COLOUR = "#c0392b"  # readable on light and dark backgrounds
_Index = QModelIndex | QPersistentModelIndex


def relative_day(value: str | None, today: dt.date) -> str:
    """'today', '3d ago', 'in 2w'... for a date column; '' when there is none."""
    if not value:
        return ""
    day = dt.date.fromisoformat(str(value)[:10])
    delta = (day - today).days
    if delta == 0:
        return "today"
    n = abs(delta)
    if n < 14:
        text = f"{n}d"
    elif n < 60:
        text = f"{n // 7}w"
    elif n < 730:
        text = f"{n // 30}mo"
    else:
        text = f"{n // 365}y"
    return f"in {text}" if delta > 0 else f"{text} ago"


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
        self._today = clock.today()
        self._loaded = False
        self._everyone: tuple[tuple[SortKey, bool], list[int]] | None = None

    # --- what the view asks -------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
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
            text = row.display_name if column == 0 else row.organization
            # Tooltips render rich text: contact text goes in escaped.
            return html.escape(text) if role == Qt.ItemDataRole.ToolTipRole else text
        value = row.last_contact_on if column == 2 else row.next_follow_up_on
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(value) if value else None
        return relative_day(value, self._today)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
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

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        """Re-read the ids after any change to contacts."""
        self._everyone = None
        self._load()

    def _load(self) -> None:
        self.beginResetModel()
        if self._query.strip():
            self._ids = search.ids(self._query, self._sort, self._descending)
        else:
            # Everyone, in this order, is kept: backspacing to an empty search is free.
            key = (self._sort, self._descending)
            if self._everyone is None or self._everyone[0] != key:
                self._everyone = (key, search.ids("", self._sort, self._descending))
            self._ids = self._everyone[1]
        self._loaded = True
        self._cache.clear()
        self._today = clock.today()
        self.endResetModel()
        self.countChanged.emit(len(self._ids))

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
