"""Icons, and Kith's few touches on the native style.

No application-wide stylesheet: one makes Qt polish every widget through its
stylesheet engine, which doubles the cost of building a window. The touches
below use the palette and fonts, so light and dark themes both work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableView


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


def apply_theme(app: QApplication) -> None:
    app.setWindowIcon(app_icon())


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
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view
