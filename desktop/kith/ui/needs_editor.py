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
from kith.services.ideas import needs
from kith.ui.dates import from_qdate
from kith.ui.failures import attempt

IdRole = 0x0100 + 1


class NeedsEditor(QWidget):
    """Signals:
    changed(): a need or offer was added, met or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.kind = QComboBox()
        self.kind.addItem("Needs", "need")
        self.kind.addItem("Offers", "offer")
        self.text = QLineEdit()
        self.text.setPlaceholderText("e.g. looking for an accountant in Nashville")
        self.text.returnPressed.connect(self.add)
        self.has_expiry = QCheckBox("until")
        self.expiry = QDateEdit(QDate.currentDate().addMonths(3))
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setEnabled(False)
        self.has_expiry.toggled.connect(self.expiry.setEnabled)
        add = QPushButton("Add")
        add.clicked.connect(self.add)
        met = QPushButton("Mark met")
        met.clicked.connect(self._close)
        remove = QPushButton("Remove")
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        for w in (self.kind, self.text, self.has_expiry, self.expiry, add):
            row.addWidget(w)
        row.setStretch(1, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(met)
        actions.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(actions)

    def show_for(self, contact_id: int | None) -> None:
        """The needs and offers of ``contact_id`` (None: the user's own)."""
        self._contact_id = contact_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        items = needs.for_me() if self._contact_id is None else needs.for_contact(self._contact_id)
        today = clock.today()
        for item in items:
            label = "Needs" if item.kind == "need" else "Offers"
            until = f" (until {item.expires_on:%d %b %Y})" if item.expires_on else ""
            state = "" if item.is_open(today) else "  [met or expired]"
            entry = QListWidgetItem(f"{label}: {item.text}{until}{state}")
            entry.setData(IdRole, item.id)
            self.list.addItem(entry)

    def add(self) -> None:
        if not self.text.text().strip():
            return
        expiry = from_qdate(self.expiry.date()) if self.has_expiry.isChecked() else None
        kind, text = str(self.kind.currentData()), self.text.text()
        added, _ = attempt(self, "Not added", lambda: needs.add(
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
        if item_id is not None and attempt(self, "Not marked", lambda: needs.close(item_id))[0]:
            self.reload()
            self.changed.emit()

    def _remove(self) -> None:
        item_id = self._selected()
        if item_id is not None and attempt(self, "Not removed", lambda: needs.delete(item_id))[0]:
            self.reload()
            self.changed.emit()


class MyNeedsDialog(QDialog):
    """Edit > My needs and offers: what you can give, and what you are looking for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("My needs and offers")
        self.editor = NeedsEditor()
        self.editor.text.setPlaceholderText("e.g. tax advice, knows the Denver startup scene")
        self.editor.kind.setCurrentIndex(1)
        self.editor.show_for(None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(560, 300)
