"""A progress bar with Cancel in the status bar, for work running on a worker.

Long work (undoing an import, deleting thousands of people, exporting) runs on a
``Task``; ``BusyBar.track`` shows what it is doing, a determinate bar once the
total is known, and a Cancel button when the work can stop cleanly. It hides
itself when the task ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from kith.i18n import translate
from kith.ui.worker import Task


class BusyBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # may name a file or an event
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("BusyBar", "Progress"))
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(translate("BusyBar", "Cancel"))
        self.cancel_button.setAccessibleName(translate("BusyBar", "Cancel the work under way"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._task: Task | None = None
        self.hide()

    def track(self, task: Task, text: str, cancellable: bool = True) -> None:
        """Show ``text`` and the task's progress until it ends."""
        self._task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda: self._ended(task))
        self.show()

    def busy(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("BusyBar", "Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _ended(self, task: Task) -> None:
        if self._task is task:
            self._task = None
            self.hide()
