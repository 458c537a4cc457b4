"""A dismissable line of text above the pages (reminders when there is no tray)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from kith.i18n import translate
from kith.ui.safety import plain_label


class Banner(QFrame):
    """Signals:
        todayRequested(): the "Show Today" button.
    """

    todayRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = plain_label()
        self.label.setWordWrap(True)
        today = QPushButton(translate("Banner", "Show Today"))
        today.clicked.connect(self.todayRequested)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(translate("Banner", "Dismiss"))
        close.setToolTip(translate("Banner", "Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(today)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
