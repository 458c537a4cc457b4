"""Editing a contact's e-mails, phones, URLs, addresses and handles, each with a label."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.ui import safety
from kith.vcard.model import CardPoint

KINDS = (
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("url", "Web"),
    ("address", "Address"),
    ("im", "Messaging"),
)


class PointRow(QWidget):
    """One point: kind, label, value, preferred, open, remove.

    Signals:
        removeRequested(): the row's remove button was pressed.
        changed(): anything in the row was edited.
    """

    removeRequested = Signal()
    changed = Signal()

    def __init__(self, point: CardPoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for key, text in KINDS:
            self.kind.addItem(text, key)
        found = self.kind.findData(point.kind)
        self.kind.setCurrentIndex(found if found >= 0 else 0)
        self.label = QLineEdit(point.label)
        self.label.setPlaceholderText("label")
        self.label.setMinimumWidth(64)
        self.label.setMaximumWidth(90)
        self.value = QLineEdit(point.value.replace("\n", ", "))
        self.value.setPlaceholderText("value")
        self.value.setMinimumWidth(150)
        self._original = point
        self._original_value = self.value.text()
        self.preferred = QCheckBox("pref.")
        self.preferred.setToolTip("Preferred: the one to use first")
        self.preferred.setChecked(point.preferred)
        self.open_button = QToolButton()
        self.open_button.setText("↗")
        self.open_button.setAccessibleName("Open")
        self.open_button.setToolTip("Open with the default application")
        self.open_button.clicked.connect(self._open)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip("Remove")
        remove.setAccessibleName("Remove")
        remove.clicked.connect(self.removeRequested)
        for w in (self.kind, self.label, self.value, self.preferred, self.open_button, remove):
            layout.addWidget(w)
        layout.setStretch(2, 1)
        self.kind.currentIndexChanged.connect(self._update_open)
        self.value.textChanged.connect(self._update_open)
        for signal in (self.kind.currentIndexChanged, self.label.textChanged,
                       self.value.textChanged, self.preferred.toggled):
            signal.connect(self.changed)
        self._update_open()

    def point(self) -> CardPoint:
        kind = str(self.kind.currentData())
        value = self.value.text().strip()
        if value == self._original_value.strip() and kind == self._original.kind:
            # Unchanged: keep the stored form (multi-line address, its parts).
            value, extra = self._original.value, self._original.extra
        else:
            extra = None
        return CardPoint(kind=kind, value=value, label=self.label.text().strip(),
                         preferred=self.preferred.isChecked(), extra=extra)

    def _update_open(self) -> None:
        url = safety.link_for(str(self.kind.currentData()), self.value.text())
        self.open_button.setEnabled(url is not None)

    def _open(self) -> None:
        safety.open_link(str(self.kind.currentData()), self.value.text())


class PointsEditor(QWidget):
    """A growing list of PointRow.

    Signals:
        changed(): a point was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PointRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._list = QVBoxLayout()
        outer.addLayout(self._list)
        buttons = QHBoxLayout()
        for key, text in KINDS[:3]:
            button = QPushButton(f"Add {text.lower()}")
            button.clicked.connect(lambda _=False, k=key: self.add(CardPoint(kind=k, value="")))
            buttons.addWidget(button)
        more = QPushButton("Add other")
        more.clicked.connect(lambda: self.add(CardPoint(kind="address", value="")))
        buttons.addWidget(more)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def set_points(self, points: list[CardPoint]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for point in points:
            self.add(point, focus=False)

    def add(self, point: CardPoint, focus: bool = True) -> PointRow:
        row = PointRow(point, self)
        row.removeRequested.connect(lambda r=row: self._remove(r))
        row.changed.connect(self.changed)
        self._rows.append(row)
        self._list.addWidget(row)
        if focus:
            row.value.setFocus()
            self.changed.emit()
        return row

    def rows(self) -> list[PointRow]:
        return list(self._rows)

    def points(self) -> list[CardPoint]:
        return [p for p in (r.point() for r in self._rows) if p.value]

    def _remove(self, row: PointRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self.changed.emit()
