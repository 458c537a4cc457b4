"""The import preview as a table model: one row per card, with a choice per person."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kith.services.cards.importer import ImportPlan, PlannedCard

_Index = QModelIndex | QPersistentModelIndex
ACTION_TEXT = {
    "create": "Add as new",
    "merge": "Merge",
    "separate": "Keep separate",
    "skip": "Skip",
    "fold": "Same as an earlier card",
}
HEADERS = ("Name", "Organization", "In Kith", "What changes", "Action")


def choices(card: PlannedCard) -> list[str]:
    if card.action == "fold":
        return ["fold"]
    if card.match is None or card.match.contact_id < 0:
        return ["create", "skip"]
    return ["merge", "separate", "skip"]


def status(card: PlannedCard) -> str:
    if card.action == "fold":
        return f"Same person as an earlier card ({card.match.reason if card.match else ''})"
    if card.match is None:
        return "New"
    return f"{card.match_name} ({card.match.reason})"


def changes(card: PlannedCard) -> str:
    if card.match is None:
        return "new contact"
    parts = list(card.changes) + list(card.differences)
    return "; ".join(parts) if parts else "nothing new"


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = ImportPlan()

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.cards)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == 4 and len(choices(self.plan.cards[index.row()])) > 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        card = self.plan.cards[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == 4:
            return card.action
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = (card.record.display_name, card.record.organization, status(card),
                changes(card), ACTION_TEXT[card.action])[index.column()]
        # Tooltips render rich text, and this text comes from the cards: escape it.
        return html.escape(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 4 or role != Qt.ItemDataRole.EditRole:
            return False
        card = self.plan.cards[index.row()]
        if value not in choices(card):
            return False
        card.action = str(value)
        self.dataChanged.emit(index, index)
        return True

    def counts(self) -> dict[str, int]:
        out = {"new": 0, "known": 0, "skip": 0, "fold": 0}
        for card in self.plan.cards:
            if card.action == "fold":
                out["fold"] += 1
            elif card.action == "skip":
                out["skip"] += 1
            elif card.action in ("create", "separate"):
                out["new"] += 1
            elif card.action == "merge":
                out["known"] += 1
        return out


class ActionDelegate(QStyledItemDelegate):
    """A combo box of the choices a card allows, in the Action column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        for key in choices(model.plan.cards[index.row()]):
            combo.addItem(ACTION_TEXT[key], key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
