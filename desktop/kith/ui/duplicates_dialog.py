"""People > Find duplicates: review the people who are likely one person, group by group.

The search runs on a worker (``kith.services.contacts.duplicates.find``) with progress
and Cancel. Each group is shown side by side: one column per person (their fields,
and how much of their story each has: interactions, timeline, follow-ups, needs and
offers, events) and a last column with what the merge keeps. Where the people differ
in a field that holds one value, a list there picks which value to keep (by default
the kept person's, or the first one given); e-mails, phones, addresses, tags and notes
are all kept; the name after the merge follows the first and last name chosen
(``kith.ui.duplicates_table``). A person's Leave out box takes them out of the merge
(with one person left, Merge skips the group); Not the same person then remembers the
people left out as different from the others, who stay on show. Reasons and birthdays
are shown in the window's language and format. Merge and Not the same
person (remembered) are each one undo step (Ctrl+Z in the window); Skip. Everything is
reachable from the keyboard: Tab through the table and the buttons, Alt plus the
underlined letter, Esc closes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import plural, translate
from kith.ui.duplicate_reasons import group_text, reason_text
from kith.ui.duplicates_table import SideBySide, birthday_text
from kith.ui.safety import plain_label
from kith.ui.undo_stack import Command
from kith.ui.worker import IsCancelled, Progress, Task

if TYPE_CHECKING:
    from kith.ui.undo_stack import Refresh, UndoStack

__all__ = ["DuplicatesDialog", "MarkLeftOut", "birthday_text"]


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
        self.left_out: set[int] = set()  # people of this group the merge leaves out
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
        self.table = SideBySide()
        self.table.leave_out.connect(self._leave_out)
        self.table.picked.connect(self._show_name_after)
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
        self.resize(1040, 640)
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
        self.sides, self.left_out = [], set()
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
        names = {int(s.record.id or 0): s.record.display_name for s in self.sides}
        self.status.setText(translate("DuplicatesDialog", "Group {n} of {total}").format(
            n=self.index + 1, total=len(self.groups)))
        self.reason.setText(translate("DuplicatesDialog", "{reason} (score {score}%)").format(
            reason=group_text(group, names), score=round(group.score * 100)))
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

    def _staying(self) -> list[int]:
        """The people the merge takes: those not left out."""
        return [int(s.record.id or 0) for s in self.sides
                if s.record.id is not None and s.record.id not in self.left_out]

    def _fill_table(self) -> None:
        if len(self.sides) < 2 or self.groups is None:
            return
        kept = self.kept_id()
        self.left_out.discard(kept)  # the person kept is never left out
        order = sorted(self.sides, key=lambda s: s.record.id != kept)
        group = self.groups[self.index]
        shares: dict[int, str] = {}
        if len(self.sides) > 2 and group.anchor in {s.record.id for s in self.sides}:
            shares = {cid: reason_text(why[0]) for cid, why in group.shares.items() if why}
            shares[group.anchor] = translate("DuplicatesDialog", "the others match this person")
        self.table.pickers = {}  # the values chosen start over: the name by the kept one
        self.table.show_people(order, self.left_out, shares, self.name_after())

    def _leave_out(self, cid: int, on: bool) -> None:
        """A Leave out box: the merge takes the others (the kept person moves to the next
        one still in)."""
        if on:
            self.left_out.add(cid)
        else:
            self.left_out.discard(cid)
        staying = self._staying()
        if on and cid == self.kept_id() and staying:
            self.keep.blockSignals(True)
            self.keep.setCurrentIndex(self.keep.findData(staying[0]))
            self.keep.blockSignals(False)
        self._fill_table()
        box = self.table.boxes.get(cid)
        if box is not None:
            box.setFocus()

    def name_after(self) -> str:
        """The kept person's name after the merge, with the values chosen so far."""
        from kith.services.contacts import merging

        kept = self.kept_id()
        staying = self._staying()
        records = [s.record for s in sorted(self.sides, key=lambda s: s.record.id != kept)
                   if s.record.id in staying]
        return merging.planned(records, self.choices())[0].display_name

    def _show_name_after(self) -> None:
        if len(self.sides) >= 2:
            self.table.show_name_after(self.name_after())

    # --- acting ------------------------------------------------------------------------

    def choices(self) -> dict[str, int]:
        """Field -> the person whose value the merge keeps, for the fields that differ."""
        return {name: int(picker.currentData())
                for name, picker in self.table.pickers.items()}

    @property
    def pickers(self) -> dict[str, QComboBox]:
        return self.table.pickers

    def merge(self) -> None:
        from kith.ui.commands import MergeContacts

        if len(self.sides) < 2:
            return
        ids = self._staying()
        if len(ids) < 2:
            self._next(translate("DuplicatesDialog", "Skipped the group: only one person was "
                                 "left in it."))
            return
        kept = self.kept_id()
        name = self.keep.currentText()
        command = MergeContacts(ids, kept, self.choices(), name, self._refresh)
        if self._stack.do(command):
            self.merged.emit(kept)
            self._next(plural("DuplicatesDialog", "Merged %Ln person into {name}; Ctrl+Z "
                              "takes it back.", "Merged %Ln people into {name}; Ctrl+Z takes "
                              "it back.", len(ids) - 1).format(name=name))

    def not_same(self) -> None:
        """Not the same person: all of them; with people left out, those against the
        others (who stay on show, to merge)."""
        from kith.ui.commands import MarkNotSame

        if len(self.sides) < 2 or self.groups is None:
            return
        if self.left_out:
            self._left_out_not_same()
            return
        ids = [s.record.id for s in self.sides if s.record.id is not None]
        names = [s.record.display_name for s in self.sides]
        if self._stack.do(MarkNotSame(ids, names, self._refresh)):
            self._next(translate("DuplicatesDialog", "Remembered: they are not the same "
                                 "person; Ctrl+Z takes it back."))

    def _left_out_not_same(self) -> None:
        assert self.groups is not None
        apart = [int(s.record.id or 0) for s in self.sides if s.record.id in self.left_out]
        names = [s.record.display_name for s in self.sides if s.record.id in self.left_out]
        staying = self._staying()
        if not self._stack.do(MarkLeftOut(apart, staying, names, self._refresh)):
            return
        group = self.groups[self.index]
        shares = {} if group.anchor in apart else {
            cid: why for cid, why in group.shares.items() if cid not in apart}
        self.groups[self.index] = replace(group, contact_ids=staying, shares=shares)
        said = plural("DuplicatesDialog", "Remembered: {names} is not the same person as the "
                      "others; Ctrl+Z takes it back.", "Remembered: {names} are not the same "
                      "person as the others; Ctrl+Z takes it back.", len(names)).format(
            names=", ".join(names))
        if len(staying) < 2:
            self._next(said)
            return
        self._show_group()
        self.status.setText(f"{said} {self.status.text()}")

    def skip(self) -> None:
        self._next("")

    def _next(self, said: str) -> None:
        self.index += 1
        self._show_group()
        if said:
            self.status.setText(f"{said} {self.status.text()}".strip())


class MarkLeftOut(Command):
    """Remember that the people left out of a group are not the same person as the others
    in it (not the others among themselves); undo forgets exactly those pairs."""

    def __init__(self, left_out: list[int], others: list[int], names: list[str],
                 refresh: Refresh) -> None:
        super().__init__(translate("UndoStack", "Not the same person: {names}").format(
            names=", ".join(names)), refresh)
        self._left_out, self._others = list(left_out), list(others)
        self._pairs: list[tuple[int, int]] = []

    def apply(self) -> None:
        from kith.services.contacts import duplicates

        self._pairs = duplicates.remember_apart(self._left_out, self._others)

    def revert(self) -> None:
        from kith.services.contacts import duplicates

        duplicates.forget_pairs(self._pairs)
