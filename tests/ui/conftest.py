from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def window(db: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from kith.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.undo_stack.clear()


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Make ``widget`` the active window, as a window manager does (offscreen has none)."""
    from PySide6.QtWidgets import QApplication

    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
