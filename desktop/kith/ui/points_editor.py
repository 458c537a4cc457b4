"""Editing a contact's e-mails, phones, URLs, addresses and handles, each with a label."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import translate
from kith.ui import safety
from kith.vcard.model import CardPoint


def kinds() -> tuple[tuple[str, str], ...]:
    return (
        ("email", translate("PointsEditor", "E-mail")),
        ("phone", translate("PointsEditor", "Phone")),
        ("url", translate("PointsEditor", "Web")),
        ("address", translate("PointsEditor", "Address")),
        ("im", translate("PointsEditor", "Messaging")),
    )


KINDS = tuple(key for key, _ in kinds())


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
        for key, text in kinds():
            self.kind.addItem(text, key)
        found = self.kind.findData(point.kind)
        self.kind.setCurrentIndex(found if found >= 0 else 0)
        self.kind.setAccessibleName(translate("PointsEditor", "Kind"))
        self.label = QLineEdit(point.label)
        self.label.setPlaceholderText(translate("PointsEditor", "label"))
        self.label.setAccessibleName(translate("PointsEditor", "Label"))
        self.label.setMinimumWidth(48)
        self.label.setCursorPosition(0)
        self.label.setMaximumWidth(68)
        self.value = QLineEdit(point.value.replace("\n", ", "))
        self.value.setPlaceholderText(translate("PointsEditor", "value"))
        self.value.setAccessibleName(translate("PointsEditor", "Value"))
        self.value.setMinimumWidth(110)
        self.value.setCursorPosition(0)  # the start of a long address, not its end
        self._original = point
        self._original_value = self.value.text()
        # A star, not a worded check box: the row fits a narrow pane.
        self.preferred = QToolButton()
        self.preferred.setCheckable(True)
        self.preferred.setAutoRaise(True)
        self.preferred.toggled.connect(
            lambda on: self.preferred.setText("★" if on else "☆"))
        self.preferred.setText("☆")
        self.preferred.setToolTip(translate("PointsEditor", "Preferred: the one to use first"))
        self.preferred.setAccessibleName(translate("PointsEditor", "Preferred"))
        self.preferred.setChecked(point.preferred)
        self.open_button = QToolButton()
        self.open_button.setText("↗")
        self.open_button.setAutoRaise(True)
        self.open_button.setAccessibleName(translate("PointsEditor", "Open"))
        self.open_button.setToolTip(translate("PointsEditor", "Open with the default application"))
        self.open_button.clicked.connect(self._open)
        remove = QToolButton()
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(translate("PointsEditor", "Remove"))
        remove.setAccessibleName(translate("PointsEditor", "Remove"))
        remove.clicked.connect(self.removeRequested)
        self.remove_button = remove
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
        adds = (("email", translate("PointsEditor", "Add e-mail")),
                ("phone", translate("PointsEditor", "Add phone")),
                ("url", translate("PointsEditor", "Add web")),
                ("address", translate("PointsEditor", "Add other")))
        for key, text in adds:
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, k=key: self.add(CardPoint(kind=k, value="")))
            buttons.addWidget(button)
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
