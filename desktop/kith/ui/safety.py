"""Showing untrusted text safely and opening only harmless links.

Text from vCards is untrusted: QLabel guesses rich text, and tooltips and tray
messages interpret markup. Every label that shows contact data is built with
``plain_label`` (or set to plain text by ``make_plain``); rich-text places
escape with ``escape``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def escape(text: str) -> str:
    """``html.escape(text, quote=True)``, without importing ``html`` (and its table of
    2,000 entities) at start-up: ``&`` first, then the rest."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def make_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    return make_plain(QLabel(text, parent))


def link_for(kind: str, value: str) -> QUrl | None:
    """The URL to open for a contact point, or None if it is not a safe one.

    The value is parsed and re-serialised by QUrl, and only http, https,
    mailto and tel survive.
    """
    value = value.strip()
    if not value:
        return None
    if kind == "email":
        candidate = value if value.lower().startswith("mailto:") else "mailto:" + value
    elif kind == "phone":
        candidate = value if value.lower().startswith("tel:") else "tel:" + "".join(value.split())
    elif kind == "url":
        candidate = value if "://" in value or value.lower().startswith(("mailto:", "tel:")) \
            else "https://" + value
    else:
        return None
    url = QUrl(candidate, QUrl.ParsingMode.TolerantMode)
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES:
        return None
    if url.scheme().lower() in ("http", "https") and not url.host():
        return None
    return QUrl(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def open_link(kind: str, value: str) -> bool:
    url = link_for(kind, value)
    if url is None:
        return False
    return bool(QDesktopServices.openUrl(url))
