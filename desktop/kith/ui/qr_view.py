"""Your card's QR code, full screen, to show across a table: a phone camera imports it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kith.i18n import translate

MARGIN = 0.06  # of the shorter side, around the code and its caption


def qr_image(text: str) -> QImage:
    """The QR code of ``text`` at one pixel per module (with its quiet zone), from segno's
    PNG made in memory. Raises ``Invalid`` when the text is too long for a QR code."""
    from kith.services.cards import my_card

    image = QImage.fromData(my_card.qr_bytes(text, "png", scale=1))
    return image.convertToFormat(QImage.Format.Format_RGB32)


class QrView(QWidget):
    """A frameless full-screen window: the code as large as fits in whole pixels per
    module, black on white whatever the theme, the name under it; Esc (or a click) closes."""

    def __init__(self, text: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("QrView", "Your card as a QR code"))
        self.setAccessibleName(translate("QrView", "QR code of your card"))
        self.setAccessibleDescription(translate(
            "QrView", "Point a phone camera at it to add you as a contact. Esc closes."))
        self.caption = caption
        self.hint = translate("QrView", "Point a phone camera at the code. Esc closes.")
        self.code = qr_image(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def module_size(self) -> int:
        """Pixels per module: the most that fits, leaving room for the caption."""
        side = min(self.width(), int(self.height() * 0.82))
        room = side - 2 * int(min(self.width(), self.height()) * MARGIN)
        return max(1, room // max(1, self.code.width()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        size = self.module_size() * self.code.width()
        top = int(min(self.width(), self.height()) * MARGIN)
        target = QRect((self.width() - size) // 2, top, size, size)
        # Whole pixels per module, no smoothing: every module a crisp square.
        painter.drawImage(target, self.code)
        painter.setPen(QColor("black"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        painter.setFont(font)
        below = QRect(0, target.bottom() + top // 2, self.width(), self.height())
        painter.drawText(below, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         self.caption)
        font.setPointSizeF(font.pointSizeF() / 2)
        painter.setFont(font)
        painter.setPen(QColor(90, 90, 90))
        hint = QRect(0, self.height() - 3 * painter.fontMetrics().height(), self.width(),
                     2 * painter.fontMetrics().height())
        painter.drawText(hint, int(Qt.AlignmentFlag.AlignHCenter), self.hint)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q, Qt.Key.Key_Return):
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.close()


def show_qr(text: str, caption: str, parent: QWidget | None = None) -> QrView:
    """Open the code full screen on the screen of ``parent``; returns the window."""
    view = QrView(text, caption, parent)
    if parent is not None and parent.screen() is not None:
        view.setScreen(parent.screen())
    view.showFullScreen()
    view.activateWindow()
    view.setFocus()
    return view
