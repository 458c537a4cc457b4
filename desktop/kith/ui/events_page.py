"""Events: where you met people, and who was there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kith.i18n import translate
from kith.services.cards import events
from kith.ui import formats
from kith.ui.avatar import avatar_icon
from kith.ui.icons import icon
from kith.ui.safety import plain_label
from kith.ui.theme import LIST_AVATAR

IdRole = Qt.ItemDataRole.UserRole + 1


class EventsPage(QWidget):
    """Signals:
    openRequested(int): show this contact.
    """

    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("EventsPage", "Events"))
        self.tree.setHeaderLabels([translate("EventsPage", "Event / person"),
                                   translate("EventsPage", "People")])
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(QSize(LIST_AVATAR, LIST_AVATAR))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().resizeSection(1, 90)
        self._event_icon = icon("events")
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemExpanded.connect(self._expanded)
        self.empty = plain_label(translate(
            "EventsPage", "No events yet. Import the cards from an event (Ctrl+I) and name "
            "it: everyone you met there is listed here."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)

    def refresh(self, _contact_id: int | None = None) -> None:
        self.tree.clear()
        found = events.list_events()
        for info in found:
            label = " · ".join(x for x in (info.name, formats.date(info.date), info.place) if x)
            top = QTreeWidgetItem([label, formats.number(info.people)])
            top.setIcon(0, self._event_icon)
            top.setData(0, IdRole, -info.id)
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            self.tree.addTopLevelItem(top)
        self.empty.setVisible(not found)

    def _expanded(self, top: QTreeWidgetItem) -> None:
        if top.childCount():
            return
        event_id = -int(top.data(0, IdRole))
        for cid, name in events.people_at(event_id):
            child = QTreeWidgetItem([name])
            child.setIcon(0, avatar_icon(cid, name))
            child.setData(0, IdRole, cid)
            top.addChild(child)

    def _activated(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, IdRole)
        if isinstance(value, int) and value > 0:
            self.openRequested.emit(value)
