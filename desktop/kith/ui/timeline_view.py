"""A timeline (one person's, or everyone's for the Recent view), newest first, by month.

The model reads 200 entries at a time as the view scrolls (canFetchMore /
fetchMore), so 5,000 entries on one person cost one page to open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
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

from kith.errors import NotFound
from kith.i18n import translate
from kith.services.followups import interactions, timeline
from kith.services.followups.channels import CHANNELS
from kith.services.followups.timeline import Entry
from kith.ui import formats
from kith.ui.people_picker import and_list
from kith.ui.timeline_delegate import TimelineDelegate

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


def _locale_month(day: dt.date) -> str:
    """"November 2026" in the locale's words."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def channel_labels() -> dict[str, str]:
    """The channels (services.followups.channels) in the window's language."""
    words = {
        "email": translate("Channels", "E-mail"),
        "call": translate("Channels", "Call"),
        "video": translate("Channels", "Video call"),
        "meeting": translate("Channels", "Meeting / coffee"),
        "message": translate("Channels", "Message"),
        "social": translate("Channels", "Social media"),
        "event": translate("Channels", "Event"),
        "letter": translate("Channels", "Letter / gift"),
        "other": translate("Channels", "Other"),
    }
    return {key: words.get(key, text) for key, text in CHANNELS.items()}


def entry_label(kind: str) -> str:
    return {
        "met": translate("TimelineView", "Event"),
        "note": translate("TimelineView", "Note"),
        "change": translate("TimelineView", "Change"),
        "follow_up": translate("TimelineView", "Follow-up"),
        "introduction": translate("TimelineView", "Introduction"),
    }.get(kind, kind)


def help_chip(help_kind: str | None) -> str:
    return {"gave": translate("TimelineView", "you helped"),
            "asked": translate("TimelineView", "you asked for help")}.get(help_kind or "", "")


def title(entry: Entry, with_name: bool) -> str:
    """The entry's first line: what it was (and with whom, in everyone's timeline)."""
    if entry.kind == "interaction":
        what = channel_labels().get(entry.channel or "", entry.channel or "")
        if entry.with_people:  # a moment with several people: "Lunch with Ana and Bob"
            what = translate("TimelineView", "{what} with {people}").format(
                what=what, people=and_list([name for _, name in entry.with_people]))
        if entry.initiated_by == "them":
            what = translate("TimelineView", "{what} (they reached out)").format(what=what)
    else:
        what = entry_label(entry.kind)
    return translate("TimelineView", "{name} — {what}").format(name=entry.display_name,
                                                               what=what) if with_name else what


def describe(entry: Entry, with_name: bool) -> str:
    """The whole entry on one line (what screen readers and tests read)."""
    chip = help_chip(entry.help)
    head = f"{title(entry, with_name)} · {chip}" if chip else title(entry, with_name)
    text = f"{head}: {entry.summary}" if entry.summary else head
    return f"{formats.date(entry.date)}  {text}"


class TimelineModel(QAbstractListModel):
    """Rows are month headers (a string) and entries (an Entry)."""

    EntryRole = Qt.ItemDataRole.UserRole + 1
    TitleRole = Qt.ItemDataRole.UserRole + 2
    NoteRole = Qt.ItemDataRole.UserRole + 3
    ExpandedRole = Qt.ItemDataRole.UserRole + 4
    HelpRole = Qt.ItemDataRole.UserRole + 5
    HelpKindRole = Qt.ItemDataRole.UserRole + 6
    DateRole = Qt.ItemDataRole.UserRole + 7
    IconRole = Qt.ItemDataRole.UserRole + 8
    LoadNoteRole = Qt.ItemDataRole.UserRole + 9

    def __init__(self, fetch: Callable[[set[str] | None, int, int], list[Entry]],
                 with_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._with_names = with_names
        self._rows: list[str | Entry] = []
        self._kinds: set[str] | None = None
        self._offset = 0
        # An interaction's full note (its summary is the first line), read when the entry
        # is first painted: a page of 200 costs one query, not 200.
        self._notes: dict[str, str] = {}
        self._expanded: set[str] = set()
        self._more = False  # nothing is read until reload(): a hidden view costs nothing

    def reload(self, kinds: set[str] | None = None) -> None:
        self.beginResetModel()
        self._kinds, self._rows, self._offset, self._more = kinds, [], 0, True
        self._notes, self._expanded = {}, set()
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
            month = _locale_month(entry.date)
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(row, self._with_names)
        if role == self.EntryRole:
            return row
        if role == self.TitleRole:
            return title(row, self._with_names)
        if role == self.NoteRole:
            return self._notes.get(row.ref, row.summary)
        if role == self.LoadNoteRole:
            return self._load_note(row)
        if role == self.ExpandedRole:
            return row.ref in self._expanded
        if role == self.HelpRole:
            return help_chip(row.help)
        if role == self.HelpKindRole:
            return row.help
        if role == self.DateRole:
            return formats.date(row.date)
        if role == self.IconRole:
            return (row.kind, row.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            return formats.long_date(row.date)
        return None

    def _load_note(self, entry: Entry) -> bool:
        """Read an interaction's full note once; True if it says more than its summary."""
        if entry.kind != "interaction" or entry.ref in self._notes:
            return False
        try:
            note = interactions.get(int(entry.ref.split(":")[1])).note
        except NotFound:
            note = ""
        self._notes[entry.ref] = note.strip() or entry.summary
        return self._notes[entry.ref] != entry.summary

    def toggle(self, index: _Index) -> None:
        """Show the whole note of the entry at ``index``, or its first lines again."""
        entry = self.data(index, self.EntryRole)
        if not isinstance(entry, Entry):
            return
        self._load_note(entry)
        self._expanded ^= {entry.ref}
        self.dataChanged.emit(index, index, [self.ExpandedRole])

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
        self.filter.setAccessibleName(translate("TimelineView", "Show"))
        self.filter.addItem(translate("TimelineView", "Everything"), None)
        kinds = {"interaction": translate("TimelineView", "Interactions"),
                 "met": translate("TimelineView", "Meetings"),
                 "note": translate("TimelineView", "Notes"),
                 "change": translate("TimelineView", "Changes"),
                 "follow_up": translate("TimelineView", "Follow-ups"),
                 "introduction": translate("TimelineView", "Introductions")}
        for key, core_text in timeline.KINDS.items():
            text = kinds.get(key, core_text)
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(self.reload)
        self.list = QListView()
        self.list.setAccessibleName(translate("TimelineView", "Timeline"))
        self.list.setModel(self.model)
        self.delegate = TimelineDelegate({
            "entry": TimelineModel.EntryRole, "title": TimelineModel.TitleRole,
            "note": TimelineModel.NoteRole, "expanded": TimelineModel.ExpandedRole,
            "help": TimelineModel.HelpRole, "help_kind": TimelineModel.HelpKindRole,
            "date": TimelineModel.DateRole, "icon": TimelineModel.IconRole,
            "load_note": TimelineModel.LoadNoteRole}, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)  # entries are as tall as their notes
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setTabKeyNavigation(False)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self.model.toggle)
        self.log_button = QPushButton(translate("TimelineView", "Log interaction…"))
        self.log_button.setAccessibleName(translate("TimelineView", "Log interaction"))
        self.log_button.setToolTip(translate("TimelineView", "Log an interaction (Ctrl+L)"))
        self.log_button.clicked.connect(self.logRequested)
        self.note_button = QPushButton(translate("TimelineView", "Add note…"))
        self.note_button.setAccessibleName(translate("TimelineView", "Add note"))
        self.note_button.clicked.connect(self.noteRequested)
        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.note_button)
        bar.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.empty_text = translate("TimelineView",
                                    "Nothing here yet. Log a call, a coffee or an e-mail with "
                                    "Ctrl+L.")
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
                and event.type() == QEvent.Type.KeyPress:
            entry = self.current_entry()
            if entry is not None and event.key() == Qt.Key.Key_Delete:
                self.deleteRequested.emit(entry)
                return True
            if entry is not None and event.key() == Qt.Key.Key_Space:
                self.model.toggle(self.list.currentIndex())
                return True
        return super().eventFilter(watched, event)
