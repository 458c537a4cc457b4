"""The sidebar: one row per page with its icon, its name and a right-aligned badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kith.i18n import translate
from kith.ui import formats
from kith.ui.icons import icon

BadgeRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole
ICON_SIZE = 18
_Index = QModelIndex | QPersistentModelIndex


class BadgeDelegate(QStyledItemDelegate):
    """The row as the style draws it, then the badge as a pill at the right edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), option.fontMetrics.height() + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = index.data(BadgeRole)
        if not badge:
            super().paint(painter, option, index)
            return
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(str(badge)) + 12)
        rect = option.rect
        pill = QRect(rect.right() - 8 - width, rect.center().y() - height // 2 + 1,
                     width, height)
        shrunk = QStyleOptionViewItem(option)
        shrunk.rect = rect.adjusted(0, 0, -(width + 12), 0)
        # The row's background across its whole width, then the text beside the badge.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        background.icon = QIcon()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, background,
                                painter, option.widget)
        super().paint(painter, shrunk, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        fill = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.Highlight if selected
                             else QPalette.ColorRole.HighlightedText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(text)
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, str(badge))
        painter.restore()


class Sidebar(QListWidget):
    """Pages by key, each with an icon; ``set_badge`` puts a count beside one."""

    def __init__(self, pages: tuple[tuple[str, str], ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.setAccessibleName(translate("Sidebar", "Pages"))
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(BadgeDelegate(self))
        self.setUniformItemSizes(True)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._keys = [key for key, _ in pages]
        for key, text in pages:
            item = QListWidgetItem(icon(key if key != "help" else "ideas"), text)
            item.setData(KeyRole, key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.addItem(item)
        self.setMinimumWidth(150)

    def item_for(self, key: str) -> QListWidgetItem:
        return self.item(self._keys.index(key))

    def badge(self, key: str) -> str:
        return str(self.item_for(key).data(BadgeRole) or "")

    def set_badge(self, key: str, count: int | str) -> None:
        """``count`` beside the page (an int in the locale's digits; 0 or "" hides it)."""
        item = self.item_for(key)
        shown = formats.number(count) if isinstance(count, int) and count else \
            (count if isinstance(count, str) else "")
        item.setData(BadgeRole, shown)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     translate("Sidebar", "{page}, {count}").format(page=item.text(), count=shown)
                     if shown else item.text())
        item.setToolTip(translate("Sidebar", "{page}: {count}").format(
            page=item.text(), count=shown) if shown else "")
