"""Keys that e-mail addresses and phone numbers are compared by when matching people."""

from __future__ import annotations

import functools
import locale
import os
import re

_NOT_DIGIT = re.compile(r"[^\d]")


def normalize_email(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.casefold()


@functools.lru_cache(maxsize=1)
def default_region() -> str | None:
    """The user's country from the locale (en_US.UTF-8 -> "US"), for numbers without +."""
    for name in ("LC_ALL", "LC_TELEPHONE", "LANG"):
        value = os.environ.get(name, "")
        if "_" in value:
            region = value.split("_", 1)[1][:2].upper()
            if region.isalpha() and len(region) == 2:
                return region
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    if "_" in loc:
        return loc.split("_", 1)[1][:2].upper()
    return None


def normalize_phone(value: str, region: str | None = None) -> str:
    """E.164 (+15125550199) when the number parses, else its digits (with a leading +)."""
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    digits = _NOT_DIGIT.sub("", text)
    if not digits:
        return ""
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        import phonenumbers

        parsed = phonenumbers.parse(text, region or default_region())
        if phonenumbers.is_possible_number(parsed):
            return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
    except Exception:  # noqa: BLE001 - phonenumbers raises NumberParseException and others
        pass
    return ("+" if text.startswith("+") else "") + digits


def phone_tail(norm: str, length: int = 9) -> str:
    """The last ``length`` digits: the same number written with or without a country code."""
    digits = _NOT_DIGIT.sub("", norm)
    return digits[-length:] if len(digits) >= 7 else digits
