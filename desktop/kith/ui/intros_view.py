"""The Introductions dialog: every introduction, where it is, and its next step.

A table of introductions (under way first, then those that ended, newest first) and,
for the selected one, a button per step that may come next
(``kith.services.ideas.pipeline.NEXT``); when the first person has agreed, "Ask NAME"
opens the e-mail to the second one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kith import clock
from kith.i18n import translate
from kith.services.ideas import pipeline
from kith.ui import formats
from kith.ui.safety import plain_label


def state_label(state: str, a: str, b: str) -> str:
    """What a state says in the window, with the two people's names."""
    labels = {
        "asked": translate("IntroductionsView", "Asked {a}"),
        "agreed-a": translate("IntroductionsView", "{a} agreed; asked {b}"),
        "agreed-b": translate("IntroductionsView", "Both agreed"),
        "introduced": translate("IntroductionsView", "Introduced"),
        "helped": translate("IntroductionsView", "It helped"),
        "no-fit": translate("IntroductionsView", "Not a fit"),
        "no-answer": translate("IntroductionsView", "No answer"),
    }
    return labels.get(state, state).format(a=a, b=b)


def step_label(step: str, a: str, b: str) -> str:
    """The button that takes ``step``, with the two people's names."""
    if step == "agreed-a":
        text = translate("IntroductionsView", "{a} agreed")
    elif step == "agreed-b":
        text = translate("IntroductionsView", "{b} agreed")
    elif step == "introduced":
        text = translate("IntroductionsView", "Introduced them")
    elif step == "helped":
        text = translate("IntroductionsView", "It helped")
    elif step == "no-fit":
        text = translate("IntroductionsView", "Not a fit")
    else:
        text = translate("IntroductionsView", "No answer")
    return text.format(a=a, b=b)


class IntroductionsDialog(QDialog):
    """Signals:
    changed(int): a step was taken (one of the two people's id, to refresh).
    """

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("IntroductionsView", "Introductions"))
        self.intros: list[pipeline.Intro] = []
        self.names: dict[int, str] = {}
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(translate("IntroductionsView", "Introductions"))
        self.table.setHorizontalHeaderLabels([
            translate("IntroductionsView", "People"), translate("IntroductionsView", "Step"),
            translate("IntroductionsView", "Since"),
            translate("IntroductionsView", "Next follow-up")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty = plain_label(translate(
            "IntroductionsView", "No introductions yet. Start one from an idea on the Ideas "
            "page: Make introduction, then Ask first."))
        self.empty.setWordWrap(True)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.step_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for step in pipeline.STEPS[1:]:
            button = QPushButton()
            button.clicked.connect(lambda _=False, s=step: self.take(s))
            self.step_buttons[step] = button
            row.addWidget(button)
        self.ask_button = QPushButton()
        self.ask_button.clicked.connect(self.ask_second)
        row.addWidget(self.ask_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(translate("IntroductionsView", "Close"))
        close_button.setAccessibleName(translate("IntroductionsView", "Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(760, 440)
        self.reload()

    # --- reading ---------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        from kith.services.ideas.context import names_of

        found = pipeline.introductions()
        # Under way first (the next follow-up soonest), then those that ended, newest first.
        under_way = sorted((x for x in found if not x.ended),
                           key=lambda x: (x.next_follow_up or x.since, x.id))
        ended = sorted((x for x in found if x.ended), key=lambda x: (x.since, x.id),
                       reverse=True)
        self.intros = under_way + ended
        self.names = dict(names_of(sorted(pipeline.people_of(self.intros))))
        self.table.setRowCount(len(self.intros))
        for row, intro in enumerate(self.intros):
            people = translate("IntroductionsView", "{a} and {b}").format(
                a=self.name(intro.a), b=self.name(intro.b))
            cells = [people, state_label(intro.state, self.name(intro.a), self.name(intro.b)),
                     formats.date(intro.since),
                     formats.date(intro.next_follow_up) if intro.next_follow_up else "—"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, intro.id)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.intros)
        self.table.setVisible(bool(self.intros))
        rows = [i for i, x in enumerate(self.intros) if x.id == keep]
        if rows or self.intros:
            self.table.selectRow(rows[0] if rows else 0)
        self._selected()

    def name(self, contact_id: int) -> str:
        return self.names.get(contact_id) or translate("IntroductionsView", "someone in the "
                                                       "trash")

    def current(self) -> pipeline.Intro | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.intros[row] if selected and 0 <= row < len(self.intros) else None

    def _selected(self) -> None:
        intro = self.current()
        allowed = intro.next_steps if intro is not None else ()
        a = self.name(intro.a) if intro is not None else ""
        b = self.name(intro.b) if intro is not None else ""
        for step, button in self.step_buttons.items():
            text = step_label(step, a, b)
            button.setText(text)
            button.setAccessibleName(text)
            button.setVisible(step in allowed)
        ask = translate("IntroductionsView", "E-mail {b} to ask").format(b=b)
        self.ask_button.setText(ask)
        self.ask_button.setAccessibleName(ask)
        self.ask_button.setVisible(intro is not None and intro.state == "agreed-a")

    # --- acting --------------------------------------------------------------------------

    def take(self, step: str) -> None:
        from kith.ui.failures import attempt

        intro = self.current()
        if intro is None:
            return
        done, moved = attempt(self, translate("IntroductionsView", "Step not recorded"),
                              lambda: pipeline.take(intro.id, step, clock.today()))
        if not done or moved is None:
            return
        self.status.setText(translate("IntroductionsView", "Recorded for {a} and {b}: {step}.")
                            .format(a=self.name(intro.a), b=self.name(intro.b),
                                    step=state_label(moved.state, self.name(intro.a),
                                                     self.name(intro.b))))
        self.reload(keep=intro.id)
        self.changed.emit(intro.a)

    def ask_second(self) -> None:
        """Open the double opt-in e-mail to the second person (the first one agreed)."""
        from kith.services.ideas.introductions import introduction_draft
        from kith.ui.failures import attempt
        from kith.ui.intro_dialog import split_mailto
        from kith.ui.safety import mail_link

        intro = self.current()
        if intro is None:
            return
        done, drafts = attempt(self, translate("IntroductionsView", "E-mail not opened"),
                               lambda: introduction_draft(intro.a, intro.b, intro.reason))
        if not done or drafts is None:
            return
        url = mail_link(*split_mailto(drafts[intro.b]))
        opened = url is not None and QDesktopServices.openUrl(url)
        self.status.setText(
            translate("IntroductionsView", "Opened the e-mail to {b}.").format(
                b=self.name(intro.b)) if opened else
            translate("IntroductionsView", "Could not open an e-mail to {b}: add their "
                      "address, or ask them another way.").format(b=self.name(intro.b)))
