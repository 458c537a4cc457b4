"""Needs and offers of one person (or of the user): add, mark met, remove."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith import clock
from kith.i18n import translate
from kith.services.ideas import needs
from kith.ui import formats
from kith.ui.dates import from_qdate
from kith.ui.failures import attempt
from kith.ui.safety import plain_label
from kith.ui.theme import locale_date_edit, style_secondary

IdRole = 0x0100 + 1


class NeedsEditor(QWidget):
    """Signals:
    changed(): a need or offer was added, met or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        # As the other tabs: the list at the top taking the room, its actions under it,
        # then the line that adds one.
        self.list = QListWidget()
        self.list.setAccessibleName(translate("NeedsEditor", "Needs and offers"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("NeedsEditor", "Need or offer"))
        self.kind.addItem(translate("NeedsEditor", "Needs"), "need")
        self.kind.addItem(translate("NeedsEditor", "Offers"), "offer")
        self.text = QLineEdit()
        self.text.setAccessibleName(translate("NeedsEditor", "What"))
        self.text.setPlaceholderText(
            translate("NeedsEditor", "e.g. looking for an accountant in Nashville"))
        self.text.returnPressed.connect(self.add)
        self.has_expiry = QCheckBox(translate("NeedsEditor", "until"))
        self.has_expiry.setAccessibleName(translate("NeedsEditor", "Has an end date"))
        self.expiry = QDateEdit(QDate.currentDate().addMonths(3))
        self.expiry.setAccessibleName(translate("NeedsEditor", "End date"))
        self.expiry.setCalendarPopup(True)
        locale_date_edit(self.expiry)
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        add = QPushButton(translate("NeedsEditor", "Add"))
        add.setAccessibleName(translate("NeedsEditor", "Add"))
        add.clicked.connect(self.add)
        self.met_button = QPushButton(translate("NeedsEditor", "Mark met"))
        self.met_button.setAccessibleName(translate("NeedsEditor", "Mark met"))
        self.met_button.clicked.connect(self._close)
        self.remove_button = QPushButton(translate("NeedsEditor", "Remove"))
        self.remove_button.setAccessibleName(translate("NeedsEditor", "Remove"))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        for w in (self.kind, self.text, self.has_expiry, self.expiry, add):
            row.addWidget(w)
        row.setStretch(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.met_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        self.empty = style_secondary(plain_label(translate(
            "NeedsEditor", "Nothing yet. Add what they are looking for, or what they can "
            "offer: Kith looks for matches and proposes introductions.")))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.met_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def show_for(self, contact_id: int | None) -> None:
        """The needs and offers of ``contact_id`` (None: the user's own)."""
        self._contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        items = needs.for_me() if self._contact_id is None else needs.for_contact(self._contact_id)
        today = clock.today()
        for item in items:
            text = translate("NeedsEditor", "Needs: {text}") if item.kind == "need" \
                else translate("NeedsEditor", "Offers: {text}")
            text = text.format(text=item.text)
            if item.expires_on:
                text = translate("NeedsEditor", "{text} (until {date})").format(
                    text=text, date=formats.date(item.expires_on))
            if not item.is_open(today):
                text = translate("NeedsEditor", "{text} (met or expired)").format(text=text)
            if item.from_card:
                text = translate("NeedsEditor", "{text} · from their card").format(text=text)
            entry = QListWidgetItem(text)
            if item.from_card:
                entry.setToolTip(translate(
                    "NeedsEditor", "Read from the card they handed over, not typed in Kith."))
            entry.setData(IdRole, item.id)
            self.list.addItem(entry)
        self.empty.setVisible(not items)
        self._update_buttons()

    def add(self) -> None:
        if not self.text.text().strip():
            return
        expiry = from_qdate(self.expiry.date()) if self.has_expiry.isChecked() else None
        kind, text = str(self.kind.currentData()), self.text.text()
        added, _ = attempt(self, translate("NeedsEditor", "Not added"), lambda: needs.add(
            self._contact_id, kind, text, clock.today(), expiry))
        if not added:
            return
        self.text.clear()
        self.reload()
        self.changed.emit()

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(IdRole)) if item is not None else None

    def _close(self) -> None:
        item_id = self._selected()
        if item_id is not None and attempt(self, translate("NeedsEditor", "Not marked"),
                                           lambda: needs.close(item_id))[0]:
            self.reload()
            self.changed.emit()

    def _remove(self) -> None:
        item_id = self._selected()
        if item_id is not None and attempt(self, translate("NeedsEditor", "Not removed"),
                                           lambda: needs.delete(item_id))[0]:
            self.reload()
            self.changed.emit()


class MyNeedsDialog(QDialog):
    """Edit > My needs and offers: what you can give, and what you are looking for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MyNeedsDialog", "My needs and offers"))
        self.editor = NeedsEditor()
        self.editor.text.setPlaceholderText(
            translate("MyNeedsDialog", "e.g. tax advice, knows the Denver startup scene"))
        self.editor.kind.setCurrentIndex(1)
        self.editor.show_for(None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(600, 380)
