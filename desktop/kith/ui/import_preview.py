"""The import preview as a table model: one row per card, with a choice per person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kith.i18n import translate
from kith.services.cards.importer import ImportPlan, PlannedCard
from kith.ui import formats
from kith.ui.import_changes import change_text
from kith.ui.import_words import Outcome
from kith.ui.safety import tooltip

_Index = QModelIndex | QPersistentModelIndex
COLUMN_COUNT = 5
ACTION_COLUMN = 4


def action_text(action: str) -> str:
    return {
        "create": translate("ImportPreview", "Add as new"),
        "merge": translate("ImportPreview", "Update"),
        "separate": translate("ImportPreview", "Keep separate"),
        "skip": translate("ImportPreview", "Skip"),
        "fold": translate("ImportPreview", "Combine with the earlier card"),
    }[action]


def column_title(column: int) -> str:
    return (translate("ImportPreview", "Name"), translate("ImportPreview", "Organization"),
            translate("ImportPreview", "In Kith"), translate("ImportPreview", "What changes"),
            translate("ImportPreview", "Action"))[column]


def choices(card: PlannedCard) -> list[str]:
    if card.action == "fold":
        return ["fold"]
    if card.match is None or card.match.contact_id < 0:
        return ["create", "skip"]
    return ["merge", "separate", "skip"]


_REASONS = (  # the matcher's reasons (kith.services.cards.matching), in the window's words
    ("same e-mail ", lambda v: translate("ImportPreview", "same e-mail {value}").format(value=v)),
    ("same phone ", lambda v: translate("ImportPreview", "same phone {value}").format(value=v)),
    ("same name at ", lambda v: translate("ImportPreview", "same name at {organization}")
     .format(organization=v)),
    ("similar name at ", lambda v: translate("ImportPreview", "similar name at {organization}")
     .format(organization=v)),
)


def reason_text(reason: str) -> str:
    """Why a card is taken for someone, without internal words ("UID")."""
    if reason == "same UID":
        return translate("ImportPreview", "same card identifier")
    if reason == "same name":
        return translate("ImportPreview", "same name")
    for prefix, words in _REASONS:
        if reason.startswith(prefix):
            return words(reason[len(prefix):])
    return reason


def earlier_card(plan: ImportPlan, card: PlannedCard) -> str:
    """Which card a duplicate joins: its name and where it is ("Ana Silva, line 12")."""
    if card.fold_into is None or not 0 <= card.fold_into < len(plan.cards):
        return card.match_name
    earlier = plan.cards[card.fold_into]
    if len(plan.files) > 1:
        return translate("ImportPreview", "{name}, {file} line {line}").format(
            name=earlier.record.display_name, file=Path(earlier.source_file).name,
            line=formats.number(earlier.line))
    return translate("ImportPreview", "{name}, line {line}").format(
        name=earlier.record.display_name, line=formats.number(earlier.line))


def status(plan: ImportPlan, card: PlannedCard) -> str:
    if card.action == "fold":
        return translate("ImportPreview", "Duplicate of {card}").format(
            card=earlier_card(plan, card))
    if card.match is None:
        return translate("ImportPreview", "New")
    return translate("ImportPreview", "{name} ({reason})").format(
        name=card.match_name, reason=reason_text(card.match.reason))


def changes(card: PlannedCard) -> str:
    if card.match is None:
        return translate("ImportPreview", "new person")
    parts = [change_text(c) for c in (*card.changes, *card.differences)]
    return "; ".join(parts) if parts else translate("ImportPreview", "nothing new")


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
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == ACTION_COLUMN and len(choices(self.plan.cards[index.row()])) > 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        card = self.plan.cards[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() == ACTION_COLUMN:
            return card.action
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = (card.record.display_name, card.record.organization, status(self.plan, card),
                changes(card), action_text(card.action))[index.column()]
        # The whole text one hover away (escaped: tooltips render markup, cards are untrusted).
        return tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != ACTION_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        card = self.plan.cards[index.row()]
        if value not in choices(card):
            return False
        card.action = str(value)
        self.dataChanged.emit(index, index)
        return True

    def outcome(self, links_event: bool) -> Outcome:
        """What importing would do, in the words the result uses (``import_words``).
        ``links_event``: the import ties people to an event, which updates everyone it
        finds in Kith (as the commit counts them)."""
        out = Outcome(failed=self.plan.failed)
        for card in self.plan.cards:
            if card.action == "fold":
                out.duplicates += 1
            elif card.action == "skip":
                out.skipped += 1
            elif card.action in ("create", "separate") or card.match is None:
                out.new += 1
            elif card.changes or links_event:
                out.updated += 1
            else:
                out.unchanged += 1
        return out


class ActionDelegate(QStyledItemDelegate):
    """A combo box of the choices a card allows, in the Action column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        assert isinstance(model, ImportPreviewModel)
        for key in choices(model.plan.cards[index.row()]):
            combo.addItem(action_text(key), key)
        combo.setAccessibleName(translate("ImportPreview", "Action"))
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
