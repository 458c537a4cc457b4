"""Today: what needs you now, most urgent first, with an action on every row."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kith import clock
from kith.i18n import plural, translate
from kith.services.followups import actions as followups
from kith.services.followups.actions import DueItem
from kith.ui.dates import from_qdate
from kith.ui.due_model import DueModel, ItemRole
from kith.ui.safety import plain_label
from kith.ui.theme import list_rows

if TYPE_CHECKING:  # the prompts engine is imported when first used, not at start-up
    from kith.services.ideas.prompts import Prompt
    from kith.ui.worker import Task

ROWS_PER_SECTION = 100  # the most urgent of each section; "and N more" says the rest


class DatePicker(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox

        super().__init__(parent)
        self.setWindowTitle(translate("DatePicker", "Snooze until"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(translate("DatePicker", "Snooze until"))
        self.calendar.setMinimumDate(QDate.currentDate().addDays(1))
        self.calendar.setSelectedDate(QDate.currentDate().addDays(1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def date(self) -> dt.date:
        return from_qdate(self.calendar.selectedDate())


class TodayPage(QWidget):
    """Signals:
    openRequested(int): show this contact.
    logRequested(int, str): log an interaction with this contact.
    actionRequested(str, object): an undoable follow-up action: label, and a callable
        that performs it and returns what ``followups.revert`` needs.
    countsChanged(int): how many need attention today (overdue, due, birthdays).
    """

    openRequested = Signal(int)
    logRequested = Signal(int, str)
    actionRequested = Signal(str, object)
    countsChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._follow: DueItem | None = None  # whom to select after the next refresh
        self.model = DueModel(self)
        self.tree = QTableView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        list_rows(self.tree)
        self.tree.setAccessibleName(translate("TodayPage", "Who is due"))
        header = self.tree.horizontalHeader()
        header.setHighlightSections(False)
        header.resizeSection(0, 220)
        header.resizeSection(2, 130)
        # Why and the idea share what is left: neither is cut while the other sits empty.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._open)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.log_button = QPushButton(translate("TodayPage", "&Log…"))
        self.log_button.setToolTip(
            translate("TodayPage", "Log an interaction with this person (Ctrl+L)"))
        self.log_button.clicked.connect(self._log)
        self.open_button = QPushButton(translate("TodayPage", "&Open"))
        self.open_button.clicked.connect(lambda: self._open())
        self.snooze_button = QToolButton()
        self.snooze_button.setText(translate("TodayPage", "S&nooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_day = menu.addAction(translate("TodayPage", "Until tomorrow"),
                                         lambda: self._snooze(1))
        self.snooze_week = menu.addAction(translate("TodayPage", "For a week"),
                                          lambda: self._snooze(7))
        menu.addAction(translate("TodayPage", "Pick a date…"), self._snooze_pick)
        self.snooze_button.setMenu(menu)
        self.done_button = QPushButton(translate("TodayPage", "&Done"))
        self.done_button.setToolTip(
            translate("TodayPage", "Mark as done (the cadence starts again today)"))
        self.done_button.clicked.connect(lambda: self._resolve("done"))
        self.skip_button = QPushButton(translate("TodayPage", "S&kip"))
        self.skip_button.setToolTip(translate("TodayPage", "Skip this round"))
        self.skip_button.clicked.connect(lambda: self._resolve("skip"))
        done_key = QAction(self.tree)
        done_key.setShortcut(QKeySequence("Ctrl+D"))
        done_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        done_key.triggered.connect(lambda: self._resolve("done"))
        self.addAction(done_key)

        for w, name in ((self.log_button, translate("TodayPage", "Log an interaction")),
                        (self.open_button, translate("TodayPage", "Open the person")),
                        (self.snooze_button, translate("TodayPage", "Snooze")),
                        (self.done_button, translate("TodayPage", "Done")),
                        (self.skip_button, translate("TodayPage", "Skip"))):
            w.setAccessibleName(name)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for w in (self.log_button, self.open_button, self.snooze_button, self.done_button,
                  self.skip_button):
            bar.addWidget(w)
        self.summary = plain_label()
        self.empty = plain_label(translate(
            "TodayPage", "Nobody is due. When someone's follow-up comes due, they appear "
            "here; import the cards from an event (Ctrl+I) to get started."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self.items: list[DueItem] = []
        self._ideas: dict[int, str] = {}
        self.totals: dict[str, int] = {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}
        self._generation = 0
        self._reading: Task | None = None

    def show_ideas(self, found: list[Prompt]) -> None:
        """Put each person's best prompt (from the prompt cache) in the "An idea" column."""
        self._ideas = {}
        for prompt in found:
            for cid in prompt.contact_ids:
                self._ideas.setdefault(cid, prompt.text)
        self.model.set_ideas(self._ideas)

    def today(self) -> dt.date:
        return clock.today()

    def refresh(self, _contact_id: int | None = None) -> None:
        """Read what is due (the most urgent of each section, and the totals) and show it."""
        self._generation += 1  # a reload still reading is out of date now
        self._show(*followups.agenda(self.today(), 7, limit=ROWS_PER_SECTION))

    def reload(self) -> None:
        """``refresh``, with the reading on a worker (after a big change: 20,000 people
        due make it a tenth of a second of SQL); the page keeps what it shows until then.
        A later ``refresh`` or ``reload`` wins over an earlier one still reading."""
        from kith.errors import Cancelled
        from kith.ui.worker import Task

        self._generation += 1
        generation, today = self._generation, self.today()
        task = Task(lambda progress, cancelled: followups.agenda(today, 7,
                                                                 limit=ROWS_PER_SECTION),
                    Cancelled)
        task.signals.succeeded.connect(lambda found: self._reloaded(generation, found))
        self._reading = task
        task.start()

    def busy(self) -> bool:
        """A reload is reading."""
        return self._reading is not None and not self._reading.done.is_set()

    def _reloaded(self, generation: int, found: tuple[list[DueItem], dict[str, int]]) -> None:
        if generation == self._generation and isValid(self):
            self._show(*found)

    def _show(self, items: list[DueItem], totals: dict[str, int]) -> None:
        current = self.current_item()
        self.items, self.totals = items, totals
        self.model.set_items(self.items, self.totals, ROWS_PER_SECTION)
        self.tree.clearSpans()
        for row in self.model.text_rows():
            self.tree.setSpan(row, 0, 1, self.model.columnCount())
        attention = self.totals["overdue"] + self.totals["today"] + self.totals["birthdays"]
        self.stack.setCurrentWidget(self.tree if self.items else self.empty)
        if attention:
            text = plural("TodayPage", "%Ln person needs you today.",
                          "%Ln people need you today.", attention)
        elif self.items:
            text = translate("TodayPage", "Nothing is due today. Coming up:")
        else:
            text = translate("TodayPage", "Nothing is due today.")
        self.summary.setText(text)
        follow, self._follow = self._follow, None
        if follow is not None:  # after Done or Snooze: the next person due
            current = follow
        again = self.model.row_of(current.contact_id, current.kind) if current else None
        select = self.model.first_item_row() if again is None else again
        if select is not None:
            self.tree.setCurrentIndex(self.model.index(select, 0))
        self._update_buttons()
        self.countsChanged.emit(attention)

    def _next_item(self) -> DueItem | None:
        """The item after the current one, someone else: where Done or Snooze moves to."""
        current = self.current_item()
        if current is None:
            return None
        for row in range(self.tree.currentIndex().row() + 1, self.model.rowCount()):
            value = self.model.index(row, 0).data(ItemRole)
            if isinstance(value, DueItem) and value.contact_id != current.contact_id:
                return value
        return None

    def current_item(self) -> DueItem | None:
        value = self.tree.currentIndex().data(ItemRole)
        return value if isinstance(value, DueItem) else None

    def _update_buttons(self) -> None:
        has = self.current_item() is not None
        for w in (self.log_button, self.open_button, self.snooze_button, self.done_button,
                  self.skip_button):
            w.setEnabled(has)

    def _open(self, index: QModelIndex | None = None) -> None:
        item = (index if index is not None else self.tree.currentIndex()).data(ItemRole)
        if isinstance(item, DueItem):
            self.openRequested.emit(item.contact_id)

    def _log(self) -> None:
        item = self.current_item()
        if item is not None:
            self.logRequested.emit(item.contact_id, item.display_name)

    def _resolve(self, how: str) -> None:
        item = self.current_item()
        if item is None:
            return
        today = self.today()
        self._follow = self._next_item()
        if how == "done":
            self.actionRequested.emit(
                translate("TodayPage", "Done: {name}").format(name=item.display_name),
                lambda: followups.done(item, today))
        else:
            self.actionRequested.emit(
                translate("TodayPage", "Skip: {name}").format(name=item.display_name),
                lambda: followups.skip(item, today))

    def _snooze(self, days: int) -> None:
        self._snooze_until(self.today() + dt.timedelta(days=days))

    def _snooze_pick(self) -> None:
        picker = DatePicker(self)  # window-modal: open(), never a nested event loop
        self.date_picker = picker
        picker.accepted.connect(lambda: self._snooze_until(picker.date()))
        picker.open()

    def _snooze_until(self, until: dt.date) -> None:
        item = self.current_item()
        if item is None:
            return
        today = self.today()
        self._follow = self._next_item()
        self.actionRequested.emit(
            translate("TodayPage", "Snooze {name}").format(name=item.display_name),
            lambda: followups.snooze(item, until, today))
