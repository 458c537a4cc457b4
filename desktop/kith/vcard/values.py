"""Property values: escapes, structured parts, control characters, dates, addresses."""

from __future__ import annotations

import datetime as _dt
import re

_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\", ":": ":"}
_ESCAPE = re.compile(r"\\(.)", re.S)
# C0 controls except tab and newline, DEL and the C1 range.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

ADDRESS_PARTS = ("box", "extended", "street", "city", "region", "code", "country")


def _unescape_one(match: re.Match[str]) -> str:
    char = match.group(1)
    known = _ESCAPES.get(char)
    if known is not None:
        return known
    # Exporters also escape quotes (\" \'): drop the backslash before punctuation,
    # keep it before letters, digits and spaces (C:\Users, a lone \ at the end).
    if char.isalnum() or char.isspace():
        return match.group(0)
    return char


def unescape(value: str) -> str:
    r"""Undo vCard text escapes: ``\\ \, \; \: \n \N`` and \ before punctuation."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(_unescape_one, value)


def escape(value: str) -> str:
    """Escape text for a vCard value: backslash, comma, semicolon and newline."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def split_unescaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped; the parts keep their escapes."""
    if "\\" not in value:
        return value.split(sep)
    parts: list[str] = []
    start = 0
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if ch == "\\":
            i += 2
            continue
        if ch == sep:
            parts.append(value[start:i])
            start = i + 1
        i += 1
    parts.append(value[start:])
    return parts


def clean(value: str) -> str:
    """Strip control characters (newlines survive, as LF) and surrounding space."""
    if value.isprintable():  # the common case; isprintable() is False for any control
        return value.strip()
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value) is not None:
        value = _CONTROL.sub("", value)
    return value.strip()


def text_value(value: str) -> str:
    """A plain text property: unescaped and cleaned."""
    if "\\" in value:
        value = _ESCAPE.sub(_unescape_one, value)
    if value.isprintable():
        return value.strip()
    return clean(value)


def structured(value: str, size: int) -> list[str]:
    """The ``;``-separated parts of N, ADR or ORG, unescaped, padded to ``size``."""
    parts = [text_value(p) for p in split_unescaped(value, ";")]
    if len(parts) < size:
        parts.extend([""] * (size - len(parts)))
    return parts


def text_list(value: str) -> list[str]:
    """The ``,``-separated items of CATEGORIES or NICKNAME, without empty ones."""
    items = (text_value(p) for p in split_unescaped(value, ","))
    return [item for item in items if item]


# --- dates ------------------------------------------------------------------

_FULL_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?")
_NO_YEAR = re.compile(r"--(\d{2})-?(\d{2})(?:[T ].*)?")
# Apple and CardBook write year 1604 for "no year"; some clients write 0000.
_NO_YEAR_MARKERS = ("1604", "0000")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_birthday(text: str) -> tuple[str | None, str | None]:
    """``(birthday, birthday_raw)``: "YYYY-MM-DD" or "--MM-DD", else None and the text."""
    text = text.strip()
    if not text:
        return None, None
    match = _NO_YEAR.fullmatch(text)
    if match is not None:
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(2000, month, day):
            return f"--{month:02d}-{day:02d}", None
        return None, text
    match = _FULL_DATE.fullmatch(text)
    if match is not None:
        year_text, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        if year_text in _NO_YEAR_MARKERS:
            if _valid(2000, month, day):
                return f"--{month:02d}-{day:02d}", None
            return None, text
        year = int(year_text)
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}", None
    return None, text


# --- addresses, e-mails, phones ---------------------------------------------


def address_text(extra: dict[str, str]) -> str:
    """A readable address from the seven ADR parts, one non-empty part per line."""
    return "\n".join(extra[key] for key in ADDRESS_PARTS if extra.get(key))


def email_value(text: str) -> str:
    """``mailto:a@b``, ``"Name" <a@b>`` and plain ``a@b`` all give ``a@b``."""
    if text[:7].lower() == "mailto:":
        text = text[7:].strip()
    if "<" in text and text.endswith(">"):
        inner = text[text.rfind("<") + 1 : -1].strip()
        if "@" in inner:
            return inner
    return text


def phone_value(text: str) -> str:
    """A phone number as written, without a ``tel:`` URI scheme."""
    if text[:4].lower() == "tel:":
        return text[4:].strip()
    return text
