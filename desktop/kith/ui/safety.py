"""Showing untrusted text safely and opening only harmless links.

Text from vCards is untrusted: QLabel guesses rich text, and tooltips and tray
messages interpret markup. Every label that shows contact data is built with
``plain_label`` (or set to plain text by ``make_plain``); rich-text places
escape with ``html.escape``.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QWidget

SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def make_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    return make_plain(QLabel(text, parent))


def _without(scheme: str, value: str) -> str:
    return value[len(scheme):] if value[:len(scheme)].lower() == scheme else value


def _mailto(address: str) -> str:
    """``mailto:`` and the address percent-encoded: a stored ``a@b.c?bcc=x`` stays one
    address (``a@b.c%3Fbcc=x``) and cannot add recipients, headers or a body."""
    return "mailto:" + quote(_without("mailto:", address).strip(), safe="@+")


def _tel(number: str) -> str:
    return "tel:" + quote("".join(_without("tel:", number).split()), safe="+-.()*;=,")


def link_for(kind: str, value: str) -> QUrl | None:
    """The URL to open for a contact point, or None if it is not a safe one.

    The value is parsed and re-serialised by QUrl, and only http, https,
    mailto and tel survive. The address of a mailto: and the number of a tel:
    are percent-encoded whole: whatever they hold stays the address or number.
    """
    value = value.strip()
    if not value:
        return None
    lowered = value.lower()
    if kind == "email" or (kind == "url" and lowered.startswith("mailto:")):
        candidate = _mailto(value)
    elif kind == "phone" or (kind == "url" and lowered.startswith("tel:")):
        candidate = _tel(value)
    elif kind == "url":
        candidate = value if "://" in value else "https://" + value
    else:
        return None
    url = QUrl(candidate, QUrl.ParsingMode.TolerantMode)
    if not url.isValid() or url.scheme().lower() not in SAFE_SCHEMES:
        return None
    if url.scheme().lower() in ("http", "https") and not url.host():
        return None
    return QUrl(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def mail_link(address: str, subject: str = "", body: str = "") -> QUrl | None:
    """A ``mailto:`` URL to ``address`` (which may be empty) with a subject and a body, or
    None if the address cannot be one. Line breaks in the body are sent as CRLF (RFC 6068)."""
    url = link_for("email", address) if address.strip() else QUrl("mailto:")
    if url is None:
        return None
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = "&".join(f"{name}={quote(text, safe='')}"
                     for name, text in (("subject", subject), ("body", body)) if text)
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    return QUrl(text + ("?" + query if query else ""), QUrl.ParsingMode.StrictMode)


def open_link(kind: str, value: str) -> bool:
    url = link_for(kind, value)
    if url is None:
        return False
    return bool(QDesktopServices.openUrl(url))


def tooltip(text: str) -> str | None:
    """The whole text of a cell a view may elide, for its ToolTipRole: escaped, since
    tooltips render markup and the text may come from a card; None for an empty cell."""
    from html import escape

    return escape(text) if text else None
