"""Keys for duplicate matching: one form for the many ways people write a phone or e-mail."""

from __future__ import annotations

import unicodedata


def normalize_email(value: str) -> str:
    """``" Ana@Example.COM "`` -> ``"ana@example.com"``."""
    return value.strip().casefold()


def normalize_phone(value: str, default_region: str | None = None) -> str:
    """E.164 (``+15550102030``) when the number parses, else its digits (a leading + kept).

    ``default_region`` (ISO 3166 code, e.g. "US") is used for numbers written
    without a country code; without it such numbers fall back to their digits.
    """
    text = value.strip()
    if text[:4].lower() == "tel:":
        text = text[4:]
    import phonenumbers  # heavy metadata: imported only when a number is normalised

    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    digits = "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
    if text.lstrip().startswith("+") and digits:
        return "+" + digits
    return digits
