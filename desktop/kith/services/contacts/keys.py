"""Keys that names, organisations, e-mail addresses and phone numbers are compared by
when matching people.

The formats themselves are ``kith.vcard.normalize``'s; this adds the user's
region (for numbers written without a country code) and the tail used to
match a number written with and without one.
"""

from __future__ import annotations

import functools
import locale
import os
import re
import unicodedata

_NOT_DIGIT = re.compile(r"[^\d]")
_PUNCT = re.compile(r"[^\w\s]")


def normalize_email(value: str) -> str:
    value = value.strip()
    if value[:7].lower() == "mailto:":
        value = value[7:]
    from kith.vcard import normalize as formats

    return formats.normalize_email(value)


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


@functools.lru_cache(maxsize=65536)
def normalize_phone(value: str, region: str | None = None) -> str:
    """E.164 (+15125550199) when the number parses, else its digits (with a leading +).

    Cached: an import compares each number several times (plan, merge, commit)."""
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    from kith.vcard import normalize as formats  # the vCard package loads on first use

    return formats.normalize_phone(text, region or default_region())


_DIAL_SUFFIX = re.compile(r"[pPwW;,xX#]|ext", re.IGNORECASE)


def phone_number(norm: str) -> str:
    """The number itself, without what is dialled after it: pauses and waits (``p``,
    ``w``, ``,``, ``;``) and extensions (``x``, ``ext``) are tones for a menu, not part
    of whose phone it is."""
    return _DIAL_SUFFIX.split(norm, maxsplit=1)[0]


def phone_tail(norm: str, length: int = 9) -> str:
    """The last ``length`` digits: the same number written with or without a country code."""
    digits = _NOT_DIGIT.sub("", phone_number(norm))
    return digits[-length:] if len(digits) >= 7 else digits


def phone_country(norm: str) -> str | None:
    """All the digits when the number is written with its country code (``+49 ...``),
    else None: two numbers that both say their country are the same only if these agree."""
    number = phone_number(norm).strip()
    if number.startswith("+"):
        return _NOT_DIGIT.sub("", number)
    if number.startswith("00"):  # the international prefix written out: 0049 is +49
        return _NOT_DIGIT.sub("", number)[2:]
    return None


def name_key(name: str) -> str:
    """Accents, case, punctuation and word order removed: "Silva, Ána" -> "ana silva"."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _PUNCT.sub(" ", bare).casefold().split()
    return " ".join(sorted(words))


def org_key(org: str) -> str:
    key = name_key(org)
    for suffix in (" inc", " llc", " ltd", " gmbh", " corp", " corporation", " co"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key
