"""Log an interaction (Ctrl+L): who (one person or several), when, how, who reached out,
help given or asked, a note."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import translate
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from kith.ui.dates import from_qdate, to_qdate
from kith.ui.people_picker import PeoplePicker
from kith.ui.safety import plain_label
from kith.ui.theme import locale_date_edit, style_error
from kith.ui.timeline_view import channel_labels


class LogDialog(QDialog):
    """Fill in an Interaction; ``interaction()`` gives it back once accepted.

    Who: a PeoplePicker (``people``); ``person`` is its name field. Several people make
    one moment, on each one's timeline; the need and offer rows are the first person's.
    """

    def __init__(self, contact: tuple[int, str] | None = None,
                 existing: Interaction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LogDialog", "Edit interaction") if existing
                            else translate("LogDialog", "Log an interaction"))
        self._existing = existing
        self.people = PeoplePicker()
        self.person = self.people.field
        if contact:
            self.people.add(*contact)
        if existing is not None and existing.id is not None:
            for cid, name in interactions.with_whom([existing.id]).get(existing.id, []):
                self.people.add(cid, name)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        locale_date_edit(self.date)
        self.date.setMaximumDate(QDate.currentDate().addYears(1))
        self.channel = QComboBox()
        for key, text in channel_labels().items():
            self.channel.addItem(text, key)
        self.who = QComboBox()
        self.who.addItem(translate("LogDialog", "I reached out"), "me")
        self.who.addItem(translate("LogDialog", "They reached out"), "them")
        self.help = QComboBox()
        self.help.addItem(translate("LogDialog", "Neither"), "none")
        self.help.addItem(translate("LogDialog", "I helped them"), "gave")
        self.help.addItem(translate("LogDialog", "I asked for help"), "asked")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            translate("LogDialog", "What happened? e.g. Called Ana, she's moving to Austin"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.need = QLineEdit()
        self.need.setPlaceholderText(
            translate("LogDialog", "Optional: something they need (Kith looks for a match)"))
        self.offer = QLineEdit()
        self.offer.setPlaceholderText(translate("LogDialog", "Optional: something they offered"))
        self.error = plain_label()
        style_error(self.error)
        self.error.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows = [
            (translate("LogDialog", "&Who"), self.people),
            (translate("LogDialog", "&When"), self.date),
            (translate("LogDialog", "&How"), self.channel),
            (translate("LogDialog", "Reached &out"), self.who),
            (translate("LogDialog", "&Help"), self.help),
            (translate("LogDialog", "&Note"), self.note),
        ]
        if existing is None:
            rows += [(translate("LogDialog", "They n&eed"), self.need),
                     (translate("LogDialog", "They o&ffer"), self.offer)]
        for text, field in rows:
            if field is not self.people:  # the picker names its own parts
                field.setAccessibleName(text.replace("&", ""))
            form.addRow(text, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(
            translate("LogDialog", "Save (Enter, or Ctrl+Enter from the note)"))
        self.save_button.setAccessibleName(translate("LogDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("LogDialog", "Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        if existing is not None:
            self.date.setDate(to_qdate(existing.occurred_on))
            self.channel.setCurrentIndex(self.channel.findData(existing.channel))
            self.who.setCurrentIndex(self.who.findData(existing.initiated_by))
            self.help.setCurrentIndex(self.help.findData(existing.help))
            self.note.setPlainText(existing.note or existing.summary)
        self._first_focus = self.channel if contact else self.person

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._first_focus.setFocus()

    def contact_id(self) -> int | None:
        """The first person chosen (a name still in the field counts if it finds one)."""
        self.people.take_typed()
        ids = self.people.ids()
        return ids[0] if ids else None

    def interaction(self) -> Interaction:
        cid, *others = self.people.ids()
        return Interaction(
            contact_id=cid,
            with_ids=tuple(others),
            occurred_on=from_qdate(self.date.date()),
            channel=str(self.channel.currentData()),
            initiated_by=str(self.who.currentData()),
            help=str(self.help.currentData()),
            note=self.note.toPlainText(),
            id=self._existing.id if self._existing else None,
        )

    def accept(self) -> None:
        if self.people.take_typed() is False or not self.people.ids():
            self.error.setText(translate("LogDialog", "Choose who this was with: type part of "
                                         "their name and pick them from the list."))
            self.error.show()
            self.person.setFocus()
            return
        super().accept()
