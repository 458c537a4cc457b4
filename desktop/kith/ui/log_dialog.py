"""Log an interaction (Ctrl+L): who, when, how, who reached out, help given or asked, a note."""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
from kith.services.contacts import lookup
from kith.services.followups.interactions import Interaction
from kith.ui.dates import from_qdate, to_qdate
from kith.ui.safety import plain_label
from kith.ui.theme import locale_date_edit, style_error
from kith.ui.timeline_view import channel_labels


class LogDialog(QDialog):
    """Fill in an Interaction; ``interaction()`` gives it back once accepted.

    Type-ahead on the person field: the completer offers the contacts whose
    names match what is typed (from the search index, 15 at a time).
    """

    def __init__(self, contact: tuple[int, str] | None = None,
                 existing: Interaction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LogDialog", "Edit interaction") if existing
                            else translate("LogDialog", "Log an interaction"))
        self._existing = existing
        self._choices: dict[str, int] = {}
        self._contact_id: int | None = contact[0] if contact else None

        self.person = QLineEdit()
        self.person.setPlaceholderText(translate("LogDialog", "Start typing a name or e-mail"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._picked)
        self.person.setCompleter(completer)
        self.person.textEdited.connect(self._typed)
        if contact:
            self.person.setText(contact[1])
            self._choices[contact[1]] = contact[0]

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
            (translate("LogDialog", "&Who"), self.person),
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

    def _typed(self, text: str) -> None:
        self._contact_id = self._choices.get(text)
        found = lookup.candidates(text)[:15] if len(text.strip()) >= 1 else []
        labels = []
        for cid, name in found:
            label, n = name, 1
            while label in self._choices and self._choices[label] != cid:
                n += 1  # two people of one name: "Ana Silva (2)", never an internal id
                label = translate("LogDialog", "{name} ({n})").format(name=name, n=n)
            self._choices[label] = cid
            labels.append(label)
        self._names.setStringList(labels)

    def _picked(self, text: str) -> None:
        self._contact_id = self._choices.get(text)

    def contact_id(self) -> int | None:
        if self._contact_id is None:
            self._contact_id = self._choices.get(self.person.text())
        if self._contact_id is None and self.person.text().strip():
            found = lookup.candidates(self.person.text())
            if len(found) == 1:
                self._contact_id = found[0][0]
        return self._contact_id

    def interaction(self) -> Interaction:
        cid = self.contact_id()
        assert cid is not None
        return Interaction(
            contact_id=cid,
            occurred_on=from_qdate(self.date.date()),
            channel=str(self.channel.currentData()),
            initiated_by=str(self.who.currentData()),
            help=str(self.help.currentData()),
            note=self.note.toPlainText(),
            id=self._existing.id if self._existing else None,
        )

    def accept(self) -> None:
        if self.contact_id() is None:
            self.error.setText(translate("LogDialog", "Choose who this was with: type part of "
                                         "their name and pick them from the list."))
            self.error.show()
            self.person.setFocus()
            return
        super().accept()
