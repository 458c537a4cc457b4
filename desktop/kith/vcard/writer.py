"""Card records -> vCard 3.0 or 4.0 text.

Written by hand rather than through vobject: vobject cannot serialise an ORG
whose parts hold commas and has no real vCard 4.0 support (``data:`` photo
URIs), and building the text directly is simple. The output is checked in the
tests to read back through both vobject and :mod:`kith.vcard.reader`.

Rules: CRLF line endings; lines folded at 75 octets without splitting a UTF-8
character; ``\\ , ;`` and newlines escaped; FN always present (derived with
``Card.display_name()``) and N always present; what the person offers and
needs in Kith's own ``X-KITH-OFFER`` and ``X-KITH-NEED`` (one text each, which
other clients ignore and keep); labels that TYPE cannot express
go into an ``itemN.`` group with ``X-ABLabel``.
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Iterable, Iterator

from kith.vcard.decode import no_surrogates
from kith.vcard.labels import types_for_label
from kith.vcard.model import Card, CardPoint
from kith.vcard.photo import media_type, sniff_mime
from kith.vcard.values import ADDRESS_PARTS, clean, escape, parse_birthday

VERSIONS = ("3.0", "4.0")
PRODID = "-//Kith//Kith personal CRM//EN"
_LIMIT = 75


def write_cards(cards: Iterable[Card], version: str = "3.0") -> str:
    """The vCard text of ``cards``, in ``version`` "3.0" or "4.0"."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}, not {version!r}")
    out: list[str] = []
    for card in cards:
        for line in _card_lines(card, version):
            out.append(fold(line))
            out.append("\r\n")
    return "".join(out)


def _text(value: str) -> str:
    """Any stored text as a safe value: no controls, no lone surrogates, escaped."""
    return escape(clean(no_surrogates(value)))


def _card_lines(card: Card, version: str) -> Iterator[str]:
    v4 = version == "4.0"
    groups = itertools.count(1)
    yield "BEGIN:VCARD"
    yield f"VERSION:{version}"
    yield f"PRODID:{PRODID}"
    if card.uid:
        yield "UID:" + _text(card.uid)
    yield "FN:" + _text(card.display_name())
    names = (card.family_name, card.given_name, card.additional_names, card.prefix, card.suffix)
    yield "N:" + ";".join(_text(part) for part in names)
    if card.nickname.strip():
        yield "NICKNAME:" + _text(card.nickname)
    if card.organization.strip() or card.department.strip():
        org = _text(card.organization)
        yield "ORG:" + (org + ";" + _text(card.department) if card.department.strip() else org)
    if card.title.strip():
        yield "TITLE:" + _text(card.title)
    bday = _birthday(card, v4)
    if bday:
        yield bday
    for point in card.emails:
        yield from _point("EMAIL", point, _text(point.value), v4, groups)
    for point in card.phones:
        yield from _point("TEL", point, _text(point.value), v4, groups)
    for point in card.addresses:
        yield from _point("ADR", point, _address(point), v4, groups)
    for point in card.urls:
        yield from _point("URL", point, _text(point.value), v4, groups)
    for point in card.ims:
        yield from _point("IMPP", point, _text(point.value), v4, groups)
    categories = [_text(c) for c in card.categories if c.strip()]
    if categories:
        yield "CATEGORIES:" + ",".join(categories)
    if card.notes.strip():
        yield "NOTE:" + _text(card.notes)
    for name, items in (("X-KITH-OFFER", card.offers), ("X-KITH-NEED", card.needs)):
        for item in items:
            if item.strip():
                yield f"{name}:" + _text(item)
    if card.photo:
        yield _photo(card.photo, card.photo_mime, v4)
    yield "END:VCARD"


def _birthday(card: Card, v4: bool) -> str:
    birthday, raw = parse_birthday(card.birthday or "")
    if birthday is None and card.birthday_raw:
        birthday, raw = parse_birthday(card.birthday_raw)
    if birthday is not None:
        if birthday.startswith("--"):
            month, day = birthday[2:4], birthday[5:7]
            return f"BDAY:--{month}{day}" if v4 else f"BDAY:--{month}-{day}"
        return "BDAY:" + (birthday.replace("-", "") if v4 else birthday)
    if raw:
        return ("BDAY;VALUE=text:" if v4 else "BDAY:") + _text(raw)
    return ""


def _address(point: CardPoint) -> str:
    if point.extra:
        return ";".join(_text(point.extra.get(key, "")) for key in ADDRESS_PARTS)
    return ";;" + _text(point.value) + ";;;;"


def _point(name: str, point: CardPoint, value: str, v4: bool,
           groups: Iterator[int]) -> Iterator[str]:
    label = clean(point.label)
    types = types_for_label(label)
    group = ""
    if types is None:
        group = f"item{next(groups)}."
        types = []
    if not v4:
        if name == "EMAIL":
            types = ["internet", *types]
        if point.preferred:
            types.append("pref")
        types = [t.upper() for t in types]
    params = ";TYPE=" + ",".join(types) if types else ""
    if v4 and point.preferred:
        params += ";PREF=1"
    yield f"{group}{name}{params}:{value}"
    if group:
        yield f"{group}X-ABLabel:{_text(label)}"


def _photo(data: bytes, mime: str | None, v4: bool) -> str:
    # Only a well-formed type/subtype is written: a stored media type with a CR
    # or a ";" in it would add lines (or whole cards) to the export.
    mime = media_type(mime) or sniff_mime(data) or ""
    encoded = base64.b64encode(data).decode("ascii")
    if v4:
        return f"PHOTO:data:{mime};base64,{encoded}"
    if not mime:
        return f"PHOTO;ENCODING=b:{encoded}"
    kind, _, subtype = mime.partition("/")
    type_param = subtype.upper() if kind == "image" and subtype else mime
    return f"PHOTO;ENCODING=b;TYPE={type_param}:{encoded}"


def _octets(ch: str) -> int:
    code = ord(ch)
    if code < 0x80:
        return 1
    if code < 0x800:
        return 2
    if code < 0x10000:
        return 3
    return 4


def fold(line: str) -> str:
    """Fold a content line so that no physical line exceeds 75 octets of UTF-8."""
    if line.isascii():
        if len(line) <= _LIMIT:
            return line
        chunks = [line[:_LIMIT]]
        chunks.extend(" " + line[i : i + _LIMIT - 1] for i in range(_LIMIT, len(line), _LIMIT - 1))
        return "\r\n".join(chunks)
    if len(line.encode("utf-8")) <= _LIMIT:
        return line
    out: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        octets = _octets(ch)
        if size + octets > _LIMIT:
            out.append("".join(current))
            current = [" "]
            size = 1
        current.append(ch)
        size += octets
    out.append("".join(current))
    return "\r\n".join(out)
