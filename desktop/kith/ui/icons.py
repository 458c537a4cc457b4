"""Icons: the desktop theme's when it has one, else Kith's own symbolic SVGs.

The bundled icons (``resources/icons/ui/*.svg``) are single-colour line art
drawn in ``currentColor``; they are painted from the SVG at whatever size and
device pixel ratio the view asks for (sharp on 2x screens) and in the palette's
text colour at that moment, so they follow a dark palette and turn into the
highlighted-text colour on a selected row.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kith.ui.theme import resource_path

# Kith's name -> a freedesktop icon name the desktop theme may have ("" = always ours).
THEME_NAMES = {
    "today": "appointment-soon",
    "contacts": "x-office-address-book",
    "events": "x-office-calendar",
    "ideas": "help-hint",
    "recent": "document-open-recent",
    "channel-email": "mail-send",
    "channel-call": "call-start",
    "channel-video": "camera-video",
    "channel-meeting": "",
    "channel-message": "",
    "channel-social": "",
    "channel-letter": "",
    "channel-other": "",
    "note": "",
    "change": "",
    "follow-up": "",
    "introduction": "",
    "photo": "camera-photo",
}
# A timeline entry's kind (or, for interactions, its channel) -> its icon.
ENTRY_ICONS = {"met": "events", "note": "note", "change": "change", "follow_up": "follow-up",
               "introduction": "introduction"}


@cache
def _svg(name: str) -> str:
    return Path(resource_path("icons", "ui", f"{name}.svg")).read_text(encoding="utf-8")


class SymbolicEngine(QIconEngine):
    """Paints one bundled SVG in the palette's colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._renderers: dict[str, QSvgRenderer] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText)
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        return palette.color(QPalette.ColorRole.WindowText)

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name()
        renderer = self._renderers.get(key)
        if renderer is None:
            data = _svg(self._name).replace("currentColor", key)
            renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(rect.x() + (rect.width() - side) / 2,
                        rect.y() + (rect.height() - side) / 2, side, side)
        self._renderer(self._colour(mode)).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode,  # noqa: N802
                     state: QIcon.State, scale: float) -> QPixmap:
        out = QPixmap(size * scale)
        out.fill(Qt.GlobalColor.transparent)
        painter = QPainter(out)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, out.width(), out.height()), mode, state)
        painter.end()
        out.setDevicePixelRatio(scale)
        return out

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return SymbolicEngine(self._name)

    def key(self) -> str:
        return "KithSymbolic"

    def isNull(self) -> bool:  # noqa: N802
        return False


def icon(name: str) -> QIcon:
    """The icon called ``name`` (a key of THEME_NAMES): the theme's, else Kith's own."""
    theme_name = THEME_NAMES.get(name, "")
    if theme_name and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    return QIcon(SymbolicEngine(name))


def entry_icon(kind: str, channel: str | None) -> QIcon:
    """The icon for a timeline entry: its channel for an interaction, else its kind."""
    if kind == "interaction":
        name = f"channel-{channel}" if f"channel-{channel}" in THEME_NAMES else "channel-other"
        if channel == "event":
            name = "events"
        return icon(name)
    return icon(ENTRY_ICONS.get(kind, "note"))
