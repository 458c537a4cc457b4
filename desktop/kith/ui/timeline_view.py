"""A timeline (one person's, or everyone's for the Recent view), newest first, by month.

The model reads 200 entries at a time as the view scrolls (canFetchMore /
fetchMore), so 5,000 entries on one person cost one page to open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.services.followups import timeline
from kith.services.followups.channels import CHANNELS
from kith.services.followups.timeline import Entry

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
ENTRY_LABELS = {"met": "Event", "note": "Note", "change": "Change", "follow_up": "Follow-up",
                "introduction": "Introduction"}
HELP_TEXT = {"gave": " · you helped", "asked": " · you asked for help"}


def describe(entry: Entry, with_name: bool) -> str:
    who = f"{entry.display_name} — " if with_name else ""
    if entry.kind == "interaction":
        how = CHANNELS.get(entry.channel or "", entry.channel or "")
        them = " (they reached out)" if entry.initiated_by == "them" else ""
        text = f"{how}{them}{HELP_TEXT.get(entry.help or '', '')}"
        return f"{entry.date:%a %d}  {who}{text}: {entry.summary}" if entry.summary \
            else f"{entry.date:%a %d}  {who}{text}"
    label = ENTRY_LABELS.get(entry.kind, entry.kind)
    return f"{entry.date:%a %d}  {who}{label}: {entry.summary}"


class TimelineModel(QAbstractListModel):
    """Rows are month headers (a string) and entries (an Entry)."""

    EntryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch: Callable[[set[str] | None, int, int], list[Entry]],
                 with_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._with_names = with_names
        self._rows: list[str | Entry] = []
        self._kinds: set[str] | None = None
        self._offset = 0
        self._more = False  # nothing is read until reload(): a hidden view costs nothing

    def reload(self, kinds: set[str] | None = None) -> None:
        self.beginResetModel()
        self._kinds, self._rows, self._offset, self._more = kinds, [], 0, True
        self.endResetModel()
        self.fetchMore()

    def set_fetch(self, fetch: Callable[[set[str] | None, int, int], list[Entry]]) -> None:
        self._fetch = fetch
        self.reload(self._kinds)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(self._kinds, PAGE, self._offset)
        self._offset += len(page)
        self._more = len(page) == PAGE
        rows: list[str | Entry] = []
        last = self._last_month()
        for entry in page:
            month = f"{entry.date:%B %Y}"
            if month != last:
                rows.append(month)
                last = month
            rows.append(entry)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _last_month(self) -> str | None:
        for row in reversed(self._rows):
            if isinstance(row, str):
                return row
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role == Qt.ItemDataRole.DisplayRole:
                return row
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(row, self._with_names)
        if role == self.EntryRole:
            return row
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def entries(self) -> list[Entry]:
        return [r for r in self._rows if isinstance(r, Entry)]


class TimelineView(QWidget):
    """Filter, list and act on timeline entries.

    Signals:
        logRequested(): the "Log interaction" button.
        noteRequested(): the "Add note" button.
        editRequested(object): an interaction Entry was activated (Enter / double-click).
        deleteRequested(object): Delete on an Entry.
    """

    logRequested = Signal()
    noteRequested = Signal()
    editRequested = Signal(object)
    deleteRequested = Signal(object)

    def __init__(self, with_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._everyone = with_names
        self.model = TimelineModel(self._fetch, with_names, self)
        self.filter = QComboBox()
        self.filter.addItem("Everything", None)
        for key, text in timeline.KINDS.items():
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.reload)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.activated.connect(self._activated)
        self.log_button = QPushButton("Log interaction…")
        self.log_button.setToolTip("Ctrl+L")
        self.log_button.clicked.connect(self.logRequested)
        self.note_button = QPushButton("Add note…")
        self.note_button.clicked.connect(self.noteRequested)
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.note_button)
        bar.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.empty_text = "Nothing here yet. Log a call, a coffee or an e-mail with Ctrl+L."
        self.list.installEventFilter(self)

    def _fetch(self, kinds: set[str] | None, limit: int, offset: int) -> list[Entry]:
        if self._contact_id is not None:
            return timeline.for_contact(self._contact_id, kinds, limit, offset)
        if self._everyone:  # the Recent view
            return timeline.recent(limit, offset, kinds)
        return []

    def show_contact(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        kind = self.filter.currentData()
        self.model.reload({kind} if kind else None)

    def current_entry(self) -> Entry | None:
        value = self.list.currentIndex().data(TimelineModel.EntryRole)
        return value if isinstance(value, Entry) else None

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(TimelineModel.EntryRole)
        if isinstance(entry, Entry) and entry.kind == "interaction":
            self.editRequested.emit(entry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            entry = self.current_entry()
            if entry is not None:
                self.deleteRequested.emit(entry)
                return True
        return super().eventFilter(watched, event)
