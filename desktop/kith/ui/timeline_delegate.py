"""Paints timeline entries as multi-line items (Monica's activity feed, in a list view).

An entry: its channel or kind icon, a title line (what, with whom, who reached
out, a "you helped" / "you asked" chip) with the date at the right, then the
note wrapped; notes longer than COLLAPSED_LINES lines show their first lines
and a "Show more" line until the entry is expanded (click, or Space).
Month headings are a line of semi-bold text. Only rows in view are painted;
heights come from the text alone (no widget per row).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kith.i18n import translate
from kith.ui.icons import entry_icon
from kith.ui.theme import secondary_colour

COLLAPSED_LINES = 3
PAD = 8
ICON = 20
GAP = 10
_Index = QModelIndex | QPersistentModelIndex


def wrap(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels (its own newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
            continue
        layout = QTextLayout(paragraph, font)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 20))
            lines.append(paragraph[line.textStart(): line.textStart() + line.textLength()])
        layout.endLayout()
    return lines


class TimelineDelegate(QStyledItemDelegate):
    """Roles read: Display (headings), TimelineModel.EntryRole/TitleRole/NoteRole/
    ExpandedRole/HelpRole (entries)."""

    def __init__(self, roles: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    # --- geometry ---------------------------------------------------------------
    def _text_width(self, option: QStyleOptionViewItem) -> int:
        return option.rect.width() - 2 * PAD - ICON - GAP

    def note_lines(self, option: QStyleOptionViewItem, index: _Index) -> tuple[list[str], bool]:
        """The lines to show and whether more are hidden."""
        note = str(index.data(self.roles["note"]) or "")
        if not note:
            return [], False
        lines = wrap(note, option.font, self._text_width(option))
        if index.data(self.roles["expanded"]) or len(lines) <= COLLAPSED_LINES:
            return lines, False
        return lines[:COLLAPSED_LINES], True

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        width = option.rect.width() if option.rect.width() > 0 else 400
        if index.data(self.roles["entry"]) is None:  # a month heading
            return QSize(width, metrics.height() + 2 * PAD + 4)
        lines, more = self.note_lines(option, index)
        rows = 1 + len(lines) + (1 if more else 0)
        return QSize(width, 2 * PAD + max(ICON, rows * metrics.lineSpacing() + 2))

    # --- painting ----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if index.data(self.roles["entry"]) is None:
            self._paint_heading(painter, option, index)
            painter.restore()
            return
        if index.data(self.roles["load_note"]):  # the full note was read: taller now
            persistent = QPersistentModelIndex(index)
            QTimer.singleShot(0, lambda: self._resized(persistent))
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, background,
                                painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        muted = text_colour if selected else secondary_colour(widget) if widget else text_colour
        rect = option.rect
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        left = rect.x() + PAD + ICON + GAP
        right = rect.right() - PAD
        top = rect.y() + PAD

        icon = entry_icon(*index.data(self.roles["icon"]))
        icon.paint(painter, QRect(rect.x() + PAD, top + (line - ICON) // 2 + 1, ICON, ICON),
                   Qt.AlignmentFlag.AlignCenter,
                   QIcon.Mode.Selected if selected else QIcon.Mode.Normal)

        # The title line: what happened, bold; the date at the right in the secondary colour.
        date_text = str(index.data(self.roles["date"]) or "")
        painter.setPen(muted)
        painter.setFont(option.font)
        date_width = metrics.horizontalAdvance(date_text)
        painter.drawText(QRect(right - date_width, top, date_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_metrics = QFontMetrics(title_font)
        chip = str(index.data(self.roles["help"]) or "")
        chip_font = QFont(option.font)
        chip_font.setPointSizeF(chip_font.pointSizeF() * 0.85)
        chip_metrics = QFontMetrics(chip_font)
        chip_width = chip_metrics.horizontalAdvance(chip) + 12 if chip else 0
        room = right - date_width - 12 - left - (chip_width + 8 if chip else 0)
        title = title_metrics.elidedText(str(index.data(self.roles["title"]) or ""),
                                         Qt.TextElideMode.ElideRight, max(room, 20))
        painter.setPen(text_colour)
        painter.setFont(title_font)
        painter.drawText(QRect(left, top, max(room, 20), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        if chip:
            x = left + title_metrics.horizontalAdvance(title) + 8
            height = chip_metrics.height() + 2
            chip_rect = QRectF(x, top + (line - height) / 2, chip_width, height)
            gave = index.data(self.roles["help_kind"]) == "gave"
            fill = QColor("#2e7d32" if gave else "#a35200")
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip_rect, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.setFont(chip_font)
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip)

        # The note, wrapped; a "Show more" line when lines are hidden.
        lines, more = self.note_lines(option, index)
        painter.setFont(option.font)
        painter.setPen(text_colour)
        y = top + line
        for text in lines:
            painter.drawText(QPointF(left, y + metrics.ascent()), text)
            y += line
        if more:
            painter.setPen(text_colour if selected else palette.color(QPalette.ColorRole.Link))
            painter.drawText(QPointF(left, y + metrics.ascent()),
                             translate("TimelineView", "Show more (click or Space)"))
        painter.restore()

    def _resized(self, persistent: QPersistentModelIndex) -> None:
        if persistent.isValid():
            model = persistent.model()
            self.sizeHintChanged.emit(model.index(persistent.row(), persistent.column()))

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem,
                       index: _Index) -> None:
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        rect = option.rect.adjusted(PAD, PAD + 2, -PAD, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
