"""Sort keys that order names as people expect (Qt-free), stored beside each contact.

SQLite compares text byte by byte: "Ñúñez" would sort after "Zhang" and "Ægir"
after everything. The list sorts 50,000 people through an index, so instead of
asking Qt's QCollator at run time, each contact carries a key (``sort_key_given``
and ``sort_key_family``, schema 9) that orders by plain bytes the way the Unicode
collation does for Latin scripts (QCollator's order in English and most
European locales):

- the first level is the letters without accents and case (``Ñ`` with ``N``,
  ``Ł`` with ``L``, ``Æ`` as ``ae``, ``ß`` as ``ss``), so accents never move a
  name out of its letter;
- ties are broken by the full lower-case text (``Eva`` before ``Éva``), then
  by the contact's id in the query.

Name parts are separated by a byte that sorts before any letter, so "Ana Silva"
comes before "Anabel Cruz". A change to these rules needs a schema step that
computes the keys again.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = {
    "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss",
    "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "ĸ": "k", "ŋ": "n", "ſ": "s", "ƒ": "f",
}
PART = "\x02"  # between name parts: before every printable character
LEVEL = "\x01"  # between the base letters and the tie-break


def _base(text: str) -> str:
    """``text`` reduced to base letters in lower case, accents and case folded away."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        if unicodedata.combining(ch):
            continue
        if ch < " ":  # control characters never reach the key
            continue
        out.append(_LETTERS.get(ch, ch))
    return "".join(out)


def _clean(text: str) -> str:
    return " ".join(text.split())


def key(*parts: str) -> str:
    """A byte-ordered sort key for a name given as parts (family, given...); empty parts
    are left out."""
    words = [_clean(p) for p in parts if _clean(p)]
    primary = PART.join(_base(w) for w in words)
    secondary = PART.join(w.casefold() for w in words)
    return primary + LEVEL + secondary


def given_key(given: str, family: str, display: str) -> str:
    """Sorted by given name ("Ana Silva"): given, then family; no name parts: the display
    name (an organisation, an e-mail)."""
    return key(given, family) if (given.strip() or family.strip()) else key(display)


def family_key(given: str, family: str, display: str) -> str:
    """Sorted by family name ("Silva, Ana"): family, then given; without a family name the
    given name (or the display name) takes its place, as Apple Contacts does."""
    return key(family, given) if (given.strip() or family.strip()) else key(display)
