"""Events: where you met people, and who was there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kith.services.cards import events
from kith.ui.safety import plain_label

IdRole = Qt.ItemDataRole.UserRole + 1


class EventsPage(QWidget):
    """Signals:
    openRequested(int): show this contact.
    """

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Event / person", "People"])
        self.tree.setUniformRowHeights(True)
        self.tree.header().resizeSection(0, 420)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._expanded)
        self.empty = plain_label("No events yet. Import the cards from an event (Ctrl+I) and "
                                 "name it: everyone you met there is listed here.")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def refresh(self, _contact_id: int | None = None) -> None:
        self.tree.clear()
        found = events.list_events()
        for info in found:
            top = QTreeWidgetItem([info.label(), str(info.people)])
            top.setData(0, IdRole, -info.id)
            top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(top)
        self.empty.setVisible(not found)

    def _expanded(self, top: QTreeWidgetItem) -> None:
        if top.childCount():
            return
        event_id = -int(top.data(0, IdRole))
        for cid, name in events.people_at(event_id):
            child = QTreeWidgetItem([name])
            child.setData(0, IdRole, cid)
            top.addChild(child)

    def _activated(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, IdRole)
        if isinstance(value, int) and value > 0:
            self.openRequested.emit(value)
