from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def window(db: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from kith.ui.main_window import MainWindow

    win = MainWindow()

    def before_close(widget) -> None:  # type: ignore[no-untyped-def]
        # pytest-qt closes and deletes the window before fixtures tear down: finish here.
        settle(qtbot, widget)
        widget.undo_stack.clear()

    qtbot.addWidget(win, before_close_func=before_close)
    win.show()
    qtbot.waitExposed(win)
    yield win


def activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Make ``widget`` the active window, as a window manager does (offscreen has none)."""
    from PySide6.QtWidgets import QApplication

    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def settle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait for the background prompt computation and let its result reach the views."""
    qtbot.waitUntil(lambda: not window.prompt_cache.busy() and not window.today_page.busy(),
                    timeout=10000)


@pytest.fixture(autouse=True)
def _no_work_left_behind() -> Iterator[None]:
    """Background tasks finish before the test's database goes away."""
    yield
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(15000)
