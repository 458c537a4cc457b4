"""Round avatars: the person's photo when there is one, else their initials on a colour.

The colour comes from a stable hash of the person's id (the same person always
has the same colour, across runs and machines), picked from ten hues dark
enough for white text in light and dark themes. Pixmaps are painted at the
screen's device pixel ratio (sharp on 2x screens) and kept in a small cache by
(key, name, size, ratio), so a list of 50,000 rows paints only what it shows.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QPainter,
    QPainterPath,
    QPixmap,
)
from PySide6.QtWidgets import QToolButton, QWidget

from kith.i18n import translate

# Ten hues, each with white text at a contrast of at least 4.5:1 (WCAG AA).
PALETTE = (
    "#b5475b",  # raspberry
    "#c0392b",  # red
    "#a35200",  # burnt orange
    "#7a6a00",  # olive
    "#2e7d32",  # green
    "#00796b",  # teal
    "#0277bd",  # blue
    "#3f51b5",  # indigo
    "#7b1fa2",  # purple
    "#6d4c41",  # brown
)
LIST_SIZE = 20  # theme.LIST_AVATAR: fits the one list row height
HEADER_SIZE = 72
_CACHE_LIMIT = 2000
_cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()


def colour_for(key: object) -> QColor:
    """The avatar colour of ``key`` (a contact id or uid): the same on every run."""
    digest = hashlib.blake2s(str(key).encode("utf-8"), digest_size=4).digest()
    return QColor(PALETTE[int.from_bytes(digest, "big") % len(PALETTE)])


def initials(name: str) -> str:
    """Up to two letters: the first of the first and of the last word ("Ana Silva" -> "AS");
    a single word gives its first letter; nothing readable gives "?"."""
    words = [w for w in name.replace(",", " ").split() if any(ch.isalnum() for ch in w)]
    letters = [next(ch for ch in w if ch.isalnum()) for w in words]
    if not letters:
        return "?"
    picked = letters[0] + (letters[-1] if len(letters) > 1 else "")
    return picked.upper()


def _ratio() -> float:
    app = QGuiApplication.instance()
    return float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0


def _round(pixmap: QPixmap, size: int, ratio: float) -> QPixmap:
    """``pixmap`` cropped to a circle of ``size`` logical pixels."""
    side = round(size * ratio)
    scaled = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                           Qt.TransformationMode.SmoothTransformation)
    out = QPixmap(side, side)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(path)
    painter.drawPixmap((side - scaled.width()) // 2, (side - scaled.height()) // 2, scaled)
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def _initials_pixmap(key: object, name: str, size: int, ratio: float) -> QPixmap:
    side = round(size * ratio)
    out = QPixmap(side, side)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour_for(key)))
    painter.drawEllipse(QRectF(0, 0, side, side))
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(6, round(side * 0.4)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def avatar_pixmap(key: object, name: str, photo: bytes | None, size: int,
                  ratio: float | None = None) -> QPixmap:
    """A round avatar of ``size`` logical pixels: the photo if it is a readable image,
    else the initials of ``name`` on ``key``'s colour. Cached."""
    ratio = ratio or _ratio()
    digest = hashlib.blake2s(photo, digest_size=8).hexdigest() if photo else ""
    cache_key = (key, name, digest, size, ratio)
    found = _cache.get(cache_key)
    if found is not None:
        _cache.move_to_end(cache_key)
        return found
    pixmap = QPixmap()
    if photo:
        image = QImage.fromData(QByteArray(photo))
        if not image.isNull():
            pixmap = _round(QPixmap.fromImage(image), size, ratio)
    if pixmap.isNull():
        pixmap = _initials_pixmap(key, name, size, ratio)
    _cache[cache_key] = pixmap
    if len(_cache) > _CACHE_LIMIT:
        _cache.popitem(last=False)
    return pixmap


def avatar_icon(contact_id: object, name: str, photo: bytes | None = None,
                size: int = LIST_SIZE) -> QIcon:
    """For a model's DecorationRole: the avatar as an icon (painted once, then cached).
    The same pixmap when selected: a person's colour is not tinted by the selection."""
    pixmap = avatar_pixmap(contact_id, name, photo, size)
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def has_readable_photo(photo: bytes | None) -> bool:
    return photo is not None and bool(photo) and not QImage.fromData(QByteArray(photo)).isNull()


class AvatarButton(QToolButton):
    """The person's avatar in the header; clicking it chooses a photo.

    Signals:
        photoRequested(): clicked (or Space/Enter while focused).
    """

    photoRequested = Signal()

    def __init__(self, size: int = HEADER_SIZE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setAutoRaise(True)
        self.setIconSize(QSize(size, size))
        self.setFixedSize(size + 8, size + 8)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("AvatarButton", "Photo"))
        self.clicked.connect(self.photoRequested)
        self.show_person(None, "", None)

    def show_person(self, key: object, name: str, photo: bytes | None) -> None:
        self.setIcon(avatar_icon(key if key is not None else name, name, photo, self._size))
        has_photo = has_readable_photo(photo)
        self.setToolTip(translate("AvatarButton", "Change the photo…") if has_photo
                        else translate("AvatarButton", "Choose a photo…"))
        self.setAccessibleDescription(
            translate("AvatarButton", "Photo of this person; click to change it") if has_photo
            else translate("AvatarButton", "No photo, initials shown; click to choose a photo"))
        self.setProperty("hasPhoto", has_photo)
