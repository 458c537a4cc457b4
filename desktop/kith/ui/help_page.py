"""How can I help? The ranked prompts, each with its actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the prompts engine is imported when first used, not at start-up
    from kith.services.ideas.prompts import Prompt
from kith import clock
from kith.services.contacts.rows import read_record
from kith.ui.safety import mail_link, plain_label

KIND_LABELS = {
    "introduce": "Introduce", "help": "Help", "check_in": "Check in",
    "vary_channel": "Vary the channel", "give_first": "Give first",
    "post_event": "After the event", "life_event": "News",
}
PromptRole = Qt.ItemDataRole.UserRole + 1


class HelpPage(QWidget):
    """Shows what ``show_prompts`` is given; asks for fresh ones with ``refreshRequested``.

    Signals:
    openRequested(int): show this person.
    logRequested(int, str): log an interaction with this person.
    introduceRequested(int, int, str): make this introduction (a, b, why).
    changed(int): the number of prompts showing.
    refreshRequested(): a prompt was dismissed or snoozed: the list needs recomputing.
    """

    openRequested = Signal(int)
    logRequested = Signal(int, str)
    introduceRequested = Signal(int, int, str)
    changed = Signal(int)
    refreshRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Kind", "What you could do"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().resizeSection(0, 140)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self._primary())
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addStretch(1)
        for key, text in (("introduce", "Make &introduction…"), ("email", "Draft &e-mail"),
                          ("log", "&Log it…"), ("open", "&Open"), ("snooze", "S&nooze a week"),
                          ("dismiss", "&Dismiss")):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            bar.addWidget(button)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.detail = plain_label()
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        layout.addLayout(bar)
        self.items: list[Prompt] = []

    def today(self) -> dt.date:
        return clock.today()

    def show_prompts(self, found: list[Prompt]) -> None:
        current = self.current()
        self.items = list(found)
        self.tree.clear()
        for prompt in self.items:
            node = QTreeWidgetItem([KIND_LABELS.get(prompt.kind, prompt.kind), prompt.text])
            node.setData(0, PromptRole, prompt)
            self.tree.addTopLevelItem(node)
        if self.items:
            keys = [p.key for p in self.items]
            row = keys.index(current.key) if current is not None and current.key in keys else 0
            top = self.tree.topLevelItem(row)
            assert top is not None  # row indexes self.items, one top-level item each
            self.tree.setCurrentItem(top)
            self.summary.setText("Ways to help the people you know, best first. Dismissed "
                                 "ideas come back when something new happens.")
        else:
            self.summary.setText("No ideas right now. Add needs and offers to people (and to "
                                 "yourself, Edit > My needs and offers) and Kith will match "
                                 "them.")
        self._update_buttons()
        self.changed.emit(len(self.items))

    def current(self) -> Prompt | None:
        node = self.tree.currentItem()
        value = node.data(0, PromptRole) if node is not None else None
        return value if value is not None and hasattr(value, "key") else None

    def _update_buttons(self) -> None:
        prompt = self.current()
        self.detail.setText(prompt.text if prompt is not None else "")
        for button in self.buttons.values():
            button.setEnabled(prompt is not None)
        self.buttons["introduce"].setVisible(prompt is not None and prompt.kind == "introduce")
        self.buttons["email"].setEnabled(prompt is not None and bool(self._email_of(prompt)))

    def _primary(self) -> None:
        prompt = self.current()
        if prompt is not None:
            self.act("introduce" if prompt.kind == "introduce" else "log")

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
        if action == "introduce" and len(prompt.contact_ids) >= 2:
            why = str(prompt.details.get("reason") or prompt.details.get("why") or prompt.text)
            self.introduceRequested.emit(prompt.contact_ids[0], prompt.contact_ids[1], why)
        elif action == "email":
            address = self._email_of(prompt)
            url = mail_link(address, str(prompt.details.get("subject", "Checking in")),
                            str(prompt.details.get("message", ""))) if address else None
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
                done, _ = attempt(self, "Not snoozed", lambda: prompts.snooze(
                    prompt.key, today + dt.timedelta(days=7), today))
            else:
                done, _ = attempt(self, "Not dismissed", lambda: prompts.dismiss(
                    prompt.key, prompt.signature, today))
            if not done:
                return
            self.show_prompts([p for p in self.items if p.key != prompt.key])
            self.refreshRequested.emit()
