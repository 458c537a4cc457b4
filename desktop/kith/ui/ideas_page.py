"""Ideas: the short, ranked list of what is worth doing this week, each with its actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the prompts engine is imported when first used, not at start-up
    from kith.services.ideas.prompts import Prompt
from kith import clock
from kith.i18n import plural, translate
from kith.services.contacts.rows import read_record
from kith.ui.safety import mail_link, plain_label
from kith.ui.theme import list_rows

PromptRole = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    if kind == "introduce":
        return translate("IdeasPage", "Introduce")
    if kind == "help":
        return translate("IdeasPage", "Help")
    if kind == "check_in":
        return translate("IdeasPage", "Check in")
    if kind == "vary_channel":
        return translate("IdeasPage", "Vary the channel")
    if kind == "give_first":
        return translate("IdeasPage", "Give first")
    if kind == "post_event":
        return translate("IdeasPage", "After the event")
    if kind == "thank_introducer":
        return translate("IdeasPage", "Say thanks")
    if kind == "ask_introduction":
        return translate("IdeasPage", "Ask for an introduction")
    return translate("IdeasPage", "News")


class EventPeople(QDialog):
    """The people met at an event and not contacted yet; activating one opens them.

    Signals:
    openRequested(int): show this person.
    """

    openRequested = Signal(int)

    def __init__(self, title: str, contact_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        from kith.services.ideas.context import names_of

        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("EventPeople", "People not contacted yet"))
        self.list.setUniformItemSizes(True)
        for cid, name in names_of(contact_ids):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("EventPeople", "Close"))
        close.setAccessibleName(translate("EventPeople", "Close"))
        info = plain_label(translate("EventPeople", "Open a person to log how you followed up, "
                                     "or mark their follow-up done on Today."))
        info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(420, 480)

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()


class IdeasPage(QWidget):
    """Shows the short list ``show_prompts`` is given; asks for fresh ones with
    ``refreshRequested``.

    Signals:
    openRequested(int): show this person.
    logRequested(int, str): log an interaction with this person.
    introduceRequested(int, int, str): make this introduction (a, b, reason).
    changed(int): how many ideas are new (not seen yet), after each change.
    seenRequested(list): these idea keys were shown to the user.
    refreshRequested(): an idea was dismissed or snoozed: the list needs recomputing.
    """

    openRequested = Signal(int)
    logRequested = Signal(int, str)
    introduceRequested = Signal(int, int, str)
    changed = Signal(int)
    seenRequested = Signal(list)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(translate("IdeasPage", "Ideas"))
        self.table.setHorizontalHeaderLabels([translate("IdeasPage", "Kind"),
                                              translate("IdeasPage", "What you could do")])
        list_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(0, 140)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.itemActivated.connect(lambda *_: self._primary())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addStretch(1)
        for key, text, name in (
            ("people", translate("IdeasPage", "Show the &people…"),
             translate("IdeasPage", "Show the people")),
            ("introduce", translate("IdeasPage", "Make &introduction…"),
             translate("IdeasPage", "Make introduction")),
            ("email", translate("IdeasPage", "Draft &e-mail"),
             translate("IdeasPage", "Draft e-mail")),
            ("log", translate("IdeasPage", "&Log it…"), translate("IdeasPage", "Log it")),
            ("open", translate("IdeasPage", "&Open"), translate("IdeasPage", "Open")),
            ("snooze", translate("IdeasPage", "S&nooze a week"),
             translate("IdeasPage", "Snooze a week")),
            ("dismiss", translate("IdeasPage", "&Dismiss"), translate("IdeasPage", "Dismiss")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            bar.addWidget(button)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addLayout(bar)
        self.items: list[Prompt] = []
        self.seen: set[str] = set()

    def today(self) -> dt.date:
        return clock.today()

    def show_prompts(self, found: list[Prompt]) -> None:
        """Show ``found`` (the short list, best first)."""
        current = self.current()
        self.items = list(found)
        self.table.setRowCount(len(self.items))
        for row, prompt in enumerate(self.items):
            kind = QTableWidgetItem(kind_label(prompt.kind))
            kind.setData(PromptRole, prompt)
            text = QTableWidgetItem(prompt.text)
            text.setToolTip(prompt.text)
            self.table.setItem(row, 0, kind)
            self.table.setItem(row, 1, text)
        if self.items:
            keys = [p.key for p in self.items]
            row = keys.index(current.key) if current is not None and current.key in keys else 0
            self.table.setCurrentCell(row, 1)
            self.summary.setText(plural(
                "IdeasPage", "The idea worth acting on this week. Ideas about people due "
                "today are shown beside them on Today.", "The %Ln ideas worth acting on this "
                "week, best first. Ideas about people due today are shown beside them on Today.",
                len(self.items)))
        else:
            self.summary.setText(translate(
                "IdeasPage", "No ideas right now. Add needs and offers to people (and to "
                "yourself, Edit > My needs and offers) and Kith will match them."))
        self._update_buttons()
        if self.isVisible():
            self._mark_seen()
        self.changed.emit(self.new_count())

    def new_count(self) -> int:
        return sum(1 for p in self.items if p.key not in self.seen)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._mark_seen()
        self.changed.emit(self.new_count())

    def _mark_seen(self) -> None:
        fresh = [p.key for p in self.items if p.key not in self.seen]
        if fresh:
            self.seen.update(fresh)
            self.seenRequested.emit(fresh)

    def current(self) -> Prompt | None:
        node = self.table.item(self.table.currentRow(), 0)
        value = node.data(PromptRole) if node is not None else None
        return value if value is not None and hasattr(value, "key") else None

    def _update_buttons(self) -> None:
        prompt = self.current()
        self.detail.setText(prompt.text if prompt is not None else "")
        for button in self.buttons.values():
            button.setEnabled(prompt is not None)
        group = prompt is not None and prompt.kind == "post_event"
        self.buttons["people"].setVisible(group)
        self.buttons["introduce"].setVisible(prompt is not None and prompt.kind == "introduce")
        for key in ("log", "open"):
            self.buttons[key].setVisible(not group)
        self.buttons["email"].setVisible(not group)
        self.buttons["email"].setEnabled(prompt is not None and not group
                                         and bool(self._email_of(prompt)))

    def _primary(self) -> None:
        prompt = self.current()
        if prompt is not None:
            self.act({"introduce": "introduce", "post_event": "people"}.get(prompt.kind, "log"))

    @staticmethod
    def _email_of(prompt: Prompt | None) -> str:
        if prompt is None or not prompt.contact_ids:
            return ""
        record = read_record(prompt.contact_ids[0])
        for point in record.points if record else []:
            if point.kind == "email":
                return point.value
        return ""

    def act(self, action: str) -> None:
        prompt = self.current()
        if prompt is None:
            return
        first = prompt.contact_ids[0] if prompt.contact_ids else None
        if action == "people" and prompt.kind == "post_event":
            title = translate("EventPeople", "Not contacted yet: {event}").format(
                event=str(prompt.details.get("event", "")))
            self.people_dialog = EventPeople(title, list(prompt.contact_ids), self)
            self.people_dialog.openRequested.connect(self.openRequested)
            self.people_dialog.open()
        elif action == "introduce" and len(prompt.contact_ids) >= 2:
            why = str(prompt.details.get("reason") or "")
            self.introduceRequested.emit(prompt.contact_ids[0], prompt.contact_ids[1], why)
        elif action == "email":
            address = self._email_of(prompt)
            subject = str(prompt.details.get("subject") or translate("IdeasPage", "Checking in"))
            url = mail_link(address, subject, str(prompt.details.get("message", ""))) \
                if address else None
            if url is not None:
                QDesktopServices.openUrl(url)
        elif action == "log" and first is not None:
            record = read_record(first)
            self.logRequested.emit(first, record.display_name if record else "")
        elif action == "open" and first is not None:
            self.openRequested.emit(first)
        elif action in ("snooze", "dismiss"):
            from kith.services.ideas import prompts
            from kith.ui.failures import attempt

            today = self.today()
            if action == "snooze":
                done, _ = attempt(self, translate("IdeasPage", "Not snoozed"),
                                  lambda: prompts.snooze(prompt.key,
                                                         today + dt.timedelta(days=7), today))
            else:
                done, _ = attempt(self, translate("IdeasPage", "Not dismissed"),
                                  lambda: prompts.dismiss(prompt.key, prompt.signature, today))
            if not done:
                return
            self.show_prompts([p for p in self.items if p.key != prompt.key])
            self.refreshRequested.emit()
