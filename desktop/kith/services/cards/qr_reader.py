"""Reading the QR codes in a picture (a badge, a phone's screen) into cards.

Every QR code in the picture is read (zxing-cpp finds several at once). A code
holding a vCard (``BEGIN:VCARD``, also inside a ``data:text/vcard,`` URL) goes
through Kith's vCard reader; a MECARD (``MECARD:N:Doe,John;TEL:...;;``) is read
here. A picture without a readable code, or a code that holds something else
(a web link Kith will not fetch, plain text), is a Problem, never an error.
"""

from __future__ import annotations

import base64
import io
import urllib.parse
import warnings
from collections.abc import Iterator
from typing import BinaryIO

from kith.vcard.model import Card, CardPoint, Problem

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
# The MECARD keys Kith reads, to the card field each fills.
_MECARD_POINTS = {"TEL": "phone", "TEL-AV": "phone", "EMAIL": "email", "URL": "url",
                  "ADR": "address"}


def looks_like_image(head: bytes) -> bool:
    """Whether ``head`` (a file's first bytes) starts like a picture."""
    return head.startswith(_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def iter_image(stream: BinaryIO, filename: str) -> Iterator[Card | Problem]:
    """The cards held by every QR code in the picture, and a Problem for what is not one."""
    payloads = _read_codes(stream.read(), filename)
    if isinstance(payloads, Problem):
        yield payloads
        return
    for number, text in enumerate(payloads, 1):
        yield from cards_from_payload(text, filename, number)


def _read_codes(data: bytes, filename: str) -> list[str] | Problem:
    try:
        import zxingcpp
        from PIL import Image
    except ImportError as exc:  # a broken install: say what is missing
        return Problem(filename, 0, "", f"skipped: reading QR codes needs {exc.name}, which "
                       "is not installed; reinstall Kith")
    try:
        with warnings.catch_warnings():
            # A picture of more than ~89 million pixels is refused, not decoded: a
            # small file can unpack to gigabytes (a "decompression bomb").
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                picture = opened.convert("L")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        millions = (Image.MAX_IMAGE_PIXELS or 0) // 1_000_000
        return Problem(filename, 0, "", f"skipped: the picture is too large to read (over "
                       f"{millions} million pixels); crop it to the QR code or save it "
                       "smaller, and import it again")
    except Image.UnidentifiedImageError:
        return Problem(filename, 0, "", "skipped: the picture could not be opened: its "
                       "format is unknown or its header damaged; save it as PNG or JPEG and "
                       "import it again")
    except Exception:  # Pillow raises OSError, SyntaxError... for a damaged picture
        return Problem(filename, 0, "", "skipped: the picture could not be opened: it is "
                       "damaged or cut off; save it again as PNG or JPEG and import it again")
    try:
        codes = zxingcpp.read_barcodes(
            picture, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    except Exception as exc:
        return Problem(filename, 0, "", f"skipped: the picture could not be scanned ({exc})")
    texts = [code.text for code in codes if code.text]
    if not texts:
        return Problem(filename, 0, "", "no QR code could be read in this picture; take a "
                       "sharper photo, closer to the code, and import it again")
    return list(dict.fromkeys(texts))  # the same code twice in one picture is one card


def cards_from_payload(text: str, filename: str, number: int) -> Iterator[Card | Problem]:
    """The card(s) one code's text holds, or a Problem saying what it holds instead."""
    from kith.vcard import iter_cards

    body = text.strip()
    if body[:5].lower() == "data:":
        body = _data_url(body) or body
    upper = body[:12].upper()
    if upper.startswith("BEGIN:VCARD"):
        for item in iter_cards(body.encode("utf-8"), filename):
            item.line = number  # the code's place in the picture stands for a line
            yield item
    elif upper.startswith("MECARD:"):
        card = mecard(body, filename, number)
        if card.is_usable():
            yield card
        else:
            yield Problem(filename, number, "", "skipped a QR code: its MECARD has no name, "
                          "e-mail or phone")
    elif body.lower().startswith(("http://", "https://")):
        yield Problem(filename, number, "", "skipped a QR code: it holds a web link, not a "
                      "contact card; Kith does not open links while importing")
    else:
        yield Problem(filename, number, "", "skipped a QR code: it holds text that is not a "
                      "contact card (vCard or MECARD)")


def _data_url(text: str) -> str | None:
    """The text of a ``data:text/vcard[;base64],...`` URL; None for another kind."""
    head, sep, payload = text.partition(",")
    if not sep or "vcard" not in head.lower():
        return None
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(payload).decode("utf-8", errors="replace")
        except ValueError:
            return None
    return urllib.parse.unquote(payload)


def _fields(body: str) -> list[tuple[str, str]]:
    """MECARD's ``KEY:value;`` pairs, with ``\\;``, ``\\:``, ``\\,`` and ``\\\\`` unescaped."""
    pairs: list[tuple[str, str]] = []
    key, value, in_value, escaped = "", "", False, False
    for ch in body:
        if escaped:
            value += ch if in_value else ""
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ":" and not in_value:
            in_value = True
        elif ch == ";":
            if key.strip():
                pairs.append((key.strip().upper(), value))
            key, value, in_value = "", "", False
        elif in_value:
            value += ch
        else:
            key += ch
    if key.strip() and in_value:
        pairs.append((key.strip().upper(), value))
    return pairs


def mecard(text: str, filename: str = "", number: int = 0) -> Card:
    """A card from ``MECARD:N:Doe,John;TEL:...;EMAIL:...;;`` (NTT DoCoMo's format)."""
    card = Card(source_file=filename, line=number)
    for key, value in _fields(text.strip()[len("MECARD:"):]):
        value = value.strip()
        if not value:
            continue
        if key == "N":
            family, comma, given = value.partition(",")
            if comma:
                card.family_name, card.given_name = family.strip(), given.strip()
            else:  # "John Doe": a whole name, not split by guessing
                card.formatted_name = value
        elif key in _MECARD_POINTS:
            kind = _MECARD_POINTS[key]
            target = {"phone": card.phones, "email": card.emails, "url": card.urls,
                      "address": card.addresses}[kind]
            target.append(CardPoint(kind, value, "", False,
                                    {"street": value} if kind == "address" else None))
        elif key == "NOTE":
            card.notes = "\n".join(p for p in (card.notes, value) if p)
        elif key == "BDAY":
            from kith.vcard.values import parse_birthday

            card.birthday, card.birthday_raw = parse_birthday(value)
        elif key == "NICKNAME":
            card.nickname = value
        elif key == "ORG":
            card.organization = value
        elif key == "TITLE":
            card.title = value
    return card
