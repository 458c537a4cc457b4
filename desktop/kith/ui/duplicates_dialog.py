"""People > Find duplicates: review the people who are likely one person, group by group.

The search runs on a worker (``kith.services.contacts.duplicates.find``) with progress
and Cancel. Each group is shown side by side: one column per person (their fields,
and how much of their story each has: interactions, timeline, follow-ups, needs and
offers, events) and a last column with what the merge keeps. Where the people differ
in a field that holds one value, a list there picks which value to keep (by default
the kept person's, or the first one given); e-mails, phones, addresses, tags and notes
are all kept; the name after the merge follows the first and last name chosen. Reasons
and birthdays are shown in the window's language and format. Merge and Not the same
person (remembered) are each one undo step (Ctrl+Z in the window); Skip. Everything is
reachable from the keyboard: Tab through the table and the buttons, Alt plus the
underlined letter, Esc closes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import plural, show_day_month, translate
from kith.ui import formats
from kith.ui.duplicate_reasons import reasons_text
from kith.ui.safety import plain_label
from kith.ui.worker import IsCancelled, Progress, Task

if TYPE_CHECKING:
    from kith.ui.undo_stack import Refresh, UndoStack

# The one-value fields a person picks between where the people differ, in order.
CHOSEN = ("given_name", "family_name", "nickname", "organization", "department", "title",
          "birthday", "how_met")


def field_labels() -> dict[str, str]:
    return {
        "given_name": translate("DuplicatesDialog", "First name"),
        "family_name": translate("DuplicatesDialog", "Last name"),
        "nickname": translate("DuplicatesDialog", "Nickname"),
        "organization": translate("DuplicatesDialog", "Organisation"),
        "department": translate("DuplicatesDialog", "Department"),
        "title": translate("DuplicatesDialog", "Title"),
        "birthday": translate("DuplicatesDialog", "Birthday"),
        "how_met": translate("DuplicatesDialog", "How you met"),
    }


def count_labels() -> dict[str, str]:
    return {
        "interactions": translate("DuplicatesDialog", "Interactions"),
        "timeline": translate("DuplicatesDialog", "Timeline entries"),
        "follow_ups": translate("DuplicatesDialog", "Open follow-ups"),
        "needs_offers": translate("DuplicatesDialog", "Needs and offers"),
        "events": translate("DuplicatesDialog", "Events"),
    }


class DuplicatesDialog(QDialog):
    """Signals:
    merged(int): people were merged into this one (the window shows them).
    """

    merged = Signal(int)

    def __init__(self, undo_stack: UndoStack, refresh: Refresh,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from kith.services.contacts.duplicates import Group
        from kith.services.contacts.merging import Side

        self.setWindowTitle(translate("DuplicatesDialog", "Find duplicates"))
        self._stack, self._refresh = undo_stack, refresh
        self.groups: list[Group] | None = None
        self.index = 0
        self.sides: list[Side] = []
        self.task: Task | None = None
        self.pickers: dict[str, QComboBox] = {}
        self._ended = ""  # why the search ended without groups (cancelled, failed)

        self.status = plain_label()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("DuplicatesDialog", "Search progress"))
        self.cancel_button = QPushButton(translate("DuplicatesDialog", "&Cancel search"))
        self.cancel_button.setAccessibleName(translate("DuplicatesDialog", "Cancel search"))
        self.cancel_button.clicked.connect(self.cancel)
        self.reason = plain_label()
        self.reason.setWordWrap(True)
        font = self.reason.font()
        font.setBold(True)
        self.reason.setFont(font)
        self.keep = QComboBox()
        self.keep.setAccessibleName(translate("DuplicatesDialog", "Person to keep"))
        self.keep.currentIndexChanged.connect(lambda _i: self._fill_table())
        keep_label = QLabel(translate("DuplicatesDialog", "&Keep:"))
        keep_label.setBuddy(self.keep)
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(translate("DuplicatesDialog", "The people side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merge_button = QPushButton(translate("DuplicatesDialog", "&Merge"))
        self.merge_button.setAccessibleName(translate("DuplicatesDialog", "Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.not_same_button = QPushButton(translate("DuplicatesDialog", "&Not the same person"))
        self.not_same_button.setAccessibleName(translate("DuplicatesDialog",
                                                         "Not the same person"))
        self.not_same_button.clicked.connect(self.not_same)
        self.skip_button = QPushButton(translate("DuplicatesDialog", "&Skip"))
        self.skip_button.setAccessibleName(translate("DuplicatesDialog", "Skip"))
        self.skip_button.clicked.connect(self.skip)
        self.close_button = QPushButton(translate("DuplicatesDialog", "C&lose"))
        self.close_button.setAccessibleName(translate("DuplicatesDialog", "Close"))
        self.close_button.clicked.connect(self.reject)

        searching = QHBoxLayout()
        searching.addWidget(self.progress, 1)
        searching.addWidget(self.cancel_button)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep, 1)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.not_same_button, self.skip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(self.status)
        layout.addLayout(searching)
        layout.addWidget(self.reason)
        layout.addLayout(keep_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 560)
        self._show_group()

    # --- searching ---------------------------------------------------------------------

    def search(self) -> None:
        """Look for duplicates on a worker; the groups show when it is done."""
        from kith.errors import Cancelled
        from kith.services.contacts import duplicates

        def work(progress: Progress, cancelled: IsCancelled) -> Any:
            found = duplicates.find(progress, cancelled)
            if cancelled():
                raise Cancelled("cancelled")
            return found

        self.groups, self.index, self._ended = None, 0, ""
        self.status.setText(translate("DuplicatesDialog",
                                      "Looking for people who may be the same person…"))
        self.progress.setRange(0, 0)
        task = Task(work, Cancelled)
        self.task = task
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._found)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        self._show_group()
        task.start()

    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _found(self, groups: object) -> None:
        assert isinstance(groups, list)
        self.groups = groups
        self.index = 0
        self._show_group()

    def _failed(self, message: str) -> None:
        self.groups = []
        self._ended = translate("DuplicatesDialog", "The search failed: {why}").format(
            why=message)

    def _cancelled(self) -> None:
        self.groups = []
        self._ended = translate("DuplicatesDialog", "The search was cancelled; nothing was "
                                "changed.")

    def _finished(self) -> None:
        self.task = None
        self._show_group()

    # --- showing a group ---------------------------------------------------------------

    def _show_group(self) -> None:
        from kith.services.contacts import merging

        searching = self.task is not None
        self.progress.setVisible(searching)
        self.cancel_button.setVisible(searching)
        self.sides = []
        while self.groups and self.index < len(self.groups):
            group = self.groups[self.index]
            self.sides = merging.sides(group.contact_ids)
            if len(self.sides) >= 2:  # still two live people (none merged meanwhile)
                break
            self.index += 1
        has = len(self.sides) >= 2
        for widget in (self.reason, self.keep, self.table, self.merge_button,
                       self.not_same_button, self.skip_button):
            widget.setEnabled(has)
        if not has:
            self.reason.setText("")
            self.keep.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            if not searching and self.groups is not None:
                self.status.setText(self._ended or translate(
                    "DuplicatesDialog", "No more likely duplicates. People > Find duplicates "
                    "looks again whenever you like."))
            return
        assert self.groups is not None
        group = self.groups[self.index]
        self.status.setText(translate("DuplicatesDialog", "Group {n} of {total}").format(
            n=self.index + 1, total=len(self.groups)))
        self.reason.setText(translate("DuplicatesDialog", "{reason} (score {score}%)").format(
            reason=reasons_text(group.why), score=round(group.score * 100)))
        self.keep.blockSignals(True)
        self.keep.clear()
        for side in self.sides:
            self.keep.addItem(side.record.display_name, side.record.id)
        self.keep.setCurrentIndex(0)
        self.keep.blockSignals(False)
        self._fill_table()
        self.merge_button.setDefault(True)
        self.merge_button.setFocus()

    def kept_id(self) -> int:
        return int(self.keep.currentData())

    def _fill_table(self) -> None:
        if len(self.sides) < 2:
            return
        kept = self.kept_id()
        order = sorted(self.sides, key=lambda s: s.record.id != kept)
        labels = field_labels()
        counts = count_labels()
        rows: list[tuple[str, list[str], str | None]] = [
            (translate("DuplicatesDialog", "Name"), [s.record.display_name for s in order],
             None)]
        for name, label in labels.items():
            values = [str(getattr(s.record, name) or "") for s in order]
            if name == "birthday":
                values = [birthday_text(v) for v in values]
            rows.append((label, values, name))
        for point, title in (("email", translate("DuplicatesDialog", "E-mails")),
                             ("phone", translate("DuplicatesDialog", "Phones")),
                             ("address", translate("DuplicatesDialog", "Addresses"))):
            rows.append((title, ["\n".join(p.value.splitlines()[0]
                                           for p in s.record.of_kind(point)) for s in order],
                         "all"))
        rows.append((translate("DuplicatesDialog", "Tags"),
                     [", ".join(s.record.tags) for s in order], "all"))
        rows.append((translate("DuplicatesDialog", "Notes"),
                     [s.record.notes.splitlines()[0] if s.record.notes else "" for s in order],
                     "all"))
        for key, title in counts.items():
            rows.append((title, [str(s.counts.get(key, 0)) for s in order], "moves"))
        rows = [r for r in rows if any(r[1])]
        self.table.clear()
        self.table.setColumnCount(len(order) + 1)
        self.table.setRowCount(len(rows))
        headers = [s.record.display_name for s in order]
        headers[0] = translate("DuplicatesDialog", "{name} (kept)").format(name=headers[0])
        self.table.setHorizontalHeaderLabels(
            [*headers, translate("DuplicatesDialog", "After the merge")])
        self.table.setVerticalHeaderLabels([r[0] for r in rows])
        self.pickers = {}
        for row, (label, values, kind) in enumerate(rows):
            shown = ""
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
            if kind in CHOSEN and len({v.casefold() for v in values if v}) > 1:
                picker = QComboBox()
                picker.setAccessibleName(translate("DuplicatesDialog", "Keep which {field}")
                                         .format(field=label))
                seen: set[str] = set()
                for side, value in zip(order, values, strict=True):
                    if value and value.casefold() not in seen:
                        seen.add(value.casefold())
                        picker.addItem(value, side.record.id)
                self.table.setCellWidget(row, len(order), picker)
                self.pickers[kind] = picker
                picker.currentIndexChanged.connect(lambda _i: self._show_name_after())
            else:
                shown = next((v for v in values if v), "")
                if kind == "all":
                    shown = translate("DuplicatesDialog", "all kept")
                elif kind == "moves":
                    shown = translate("DuplicatesDialog", "all move to the kept person")
                elif kind is None:
                    shown = self.name_after()
                self.table.setItem(row, len(order), QTableWidgetItem(shown))
        self.table.resizeRowsToContents()

    def name_after(self) -> str:
        """The kept person's name after the merge, with the values chosen so far."""
        from kith.services.contacts import merging

        kept = self.kept_id()
        records = [s.record for s in sorted(self.sides, key=lambda s: s.record.id != kept)]
        return merging.planned(records, self.choices())[0].display_name

    def _show_name_after(self) -> None:
        item = self.table.item(0, self.table.columnCount() - 1)
        if item is not None and len(self.sides) >= 2:
            item.setText(self.name_after())

    # --- acting ------------------------------------------------------------------------

    def choices(self) -> dict[str, int]:
        """Field -> the person whose value the merge keeps, for the fields that differ."""
        return {name: int(picker.currentData()) for name, picker in self.pickers.items()}

    def merge(self) -> None:
        from kith.ui.commands import MergeContacts

        if len(self.sides) < 2:
            return
        kept = self.kept_id()
        ids = [s.record.id for s in self.sides if s.record.id is not None]
        name = self.keep.currentText()
        command = MergeContacts(ids, kept, self.choices(), name, self._refresh)
        if self._stack.do(command):
            self.merged.emit(kept)
            self._next(plural("DuplicatesDialog", "Merged %Ln person into {name}; Ctrl+Z "
                              "takes it back.", "Merged %Ln people into {name}; Ctrl+Z takes "
                              "it back.", len(ids) - 1).format(name=name))

    def not_same(self) -> None:
        from kith.ui.commands import MarkNotSame

        if len(self.sides) < 2:
            return
        ids = [s.record.id for s in self.sides if s.record.id is not None]
        names = [s.record.display_name for s in self.sides]
        if self._stack.do(MarkNotSame(ids, names, self._refresh)):
            self._next(translate("DuplicatesDialog", "Remembered: they are not the same "
                                 "person; Ctrl+Z takes it back."))

    def skip(self) -> None:
        self._next("")

    def _next(self, said: str) -> None:
        self.index += 1
        self._show_group()
        if said:
            self.status.setText(f"{said} {self.status.text()}".strip())


def birthday_text(value: str) -> str:
    """A stored birthday ("1987-04-15", "--04-15") in the window's date format."""
    if value.startswith("--"):
        try:
            return show_day_month(dt.date(2000, int(value[2:4]), int(value[5:7])))
        except ValueError:
            return value
    day = formats.parse_day(value)
    return formats.date(day) if day is not None else value
