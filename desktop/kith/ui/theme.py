"""Icons, and Kith's few touches on the native style.

No application-wide stylesheet: one makes Qt polish every widget through its
stylesheet engine, which doubles the cost of building a window. The touches
below use the palette and fonts, so light and dark themes both work.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)


def resource_path(*parts: str) -> str:
    """A file shipped in ``kith.resources`` (a plain folder in the wheel and the checkout;
    not importlib.resources, whose import alone costs start-up ~3 ms)."""
    import kith.resources

    return str(Path(kith.resources.__file__).parent.joinpath(*parts))


def app_icon() -> QIcon:
    return QIcon(resource_path("icons", "kith.svg"))


def tray_icon() -> QIcon:
    """The tray variant when there is one (readable at 16-22 px), else the app icon."""
    path = resource_path("icons", "kith-tray.svg")
    return QIcon(path) if Path(path).is_file() else app_icon()


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (``KITH_THEME=dark``; tests and screenshots)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2e"), (roles.WindowText, "#e8e8ea"), (roles.Base, "#1f1f22"),
        (roles.AlternateBase, "#2a2a2e"), (roles.ToolTipBase, "#3a3a3e"),
        (roles.ToolTipText, "#e8e8ea"), (roles.Text, "#e8e8ea"), (roles.Button, "#35353a"),
        (roles.ButtonText, "#e8e8ea"), (roles.BrightText, "#ff6b6b"), (roles.Link, "#6cb4ff"),
        (roles.Highlight, "#3d7bd9"), (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9aa0"), (roles.Light, "#4a4a50"), (roles.Midlight, "#3e3e44"),
        (roles.Mid, "#2f2f34"), (roles.Dark, "#18181b"), (roles.Shadow, "#0e0e10"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#75757b"))
    return palette


def apply_theme(app: QApplication) -> None:
    """The window icon; ``KITH_THEME=dark`` or ``light`` switches to Fusion with that palette
    (the desktop's own style and palette otherwise)."""
    app.setWindowIcon(app_icon())
    choice = os.environ.get("KITH_THEME", "").lower()
    if choice in ("dark", "light"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if choice == "dark" else app.style().standardPalette())


def secondary_colour(widget: QWidget) -> QColor:
    """Text of lesser weight: the palette's placeholder colour (readable in dark themes too)."""
    colour = widget.palette().color(QPalette.ColorRole.PlaceholderText)
    text = widget.palette().color(QPalette.ColorRole.WindowText)
    if abs(colour.lightness() - widget.palette().color(QPalette.ColorRole.Window).lightness()) \
            < 60:  # a theme whose placeholder is too faint: the text at 65%
        colour = QColor(text)
        colour.setAlphaF(0.65)
    return colour


def style_secondary(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_colour(label))
    label.setPalette(palette)
    return label


def style_title(label: QLabel, scale: float = 1.6) -> QLabel:
    """A heading from the system font: larger and semi-bold (never a fixed pixel size)."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def _dark(label: QLabel) -> bool:
    return label.palette().color(QPalette.ColorRole.Window).lightness() < 128


def style_error(label: QLabel) -> QLabel:
    """Red text that stays readable on a dark background."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText,
                     QColor("#ff7b6b" if _dark(label) else "#c0392b"))
    label.setPalette(palette)
    return label


def style_hint(label: QLabel) -> QLabel:
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label


def style_photo(label: QLabel) -> QLabel:
    """A rounded frame around a photo (a stylesheet on this one label only)."""
    label.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 6px; }")
    return label


def list_rows(view: QTableView) -> QTableView:
    """A table read as a list: one fixed-height line per row, no grid, no row numbers
    (fixed heights also let Qt skip measuring rows it does not paint). Tab leaves the
    list for the next pane instead of walking its cells."""
    view.setTabKeyNavigation(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height(view))
    view.setIconSize(QSize(LIST_AVATAR, LIST_AVATAR))  # the avatars in the first column
    return view


def row_height(widget: QWidget) -> int:
    """One row height for every list (contacts, Today, ideas): the text plus 8 px, and
    room for a list avatar."""
    return max(widget.fontMetrics().height() + 8, LIST_AVATAR + 4)


LIST_AVATAR = 20


def locale_date_edit(edit: QDateEdit) -> QDateEdit:
    """A date field in the locale's short format, with a four-digit year (as formats.date)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    edit.setLocale(locale)
    edit.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
    return edit
