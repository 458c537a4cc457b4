"""Icons and the stylesheet, loaded from the packaged resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def resource_path(*parts: str) -> str:
    return str(resources.files("kith.resources").joinpath(*parts))


def app_icon() -> QIcon:
    return QIcon(resource_path("icons", "kith.svg"))


def tray_icon() -> QIcon:
    """The tray variant when there is one (readable at 16-22 px), else the app icon."""
    path = resources.files("kith.resources").joinpath("icons", "kith-tray.svg")
    return QIcon(str(path)) if path.is_file() else app_icon()


def apply_theme(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
    style = resources.files("kith.resources").joinpath("styles", "kith.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
