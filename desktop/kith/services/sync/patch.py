"""Patching a card's server text with what Kith changed, and nothing else.

A synced card keeps the text the server last gave (``sync_card.server_text``).
An upload is that text with only the properties Kith changed replaced: a name
edit rewrites FN and N, a new e-mail adds one EMAIL line, a removed phone takes
out its TEL line (and its ``itemN.X-ABLabel``); every other line (X-SOCIALPROFILE,
IMPP variants, custom X- fields, a photo Kith did not change, properties Kith
does not model at all) stays byte for byte as the server had it. New lines are
written by Kith's own vCard writer, in the card's version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kith.services.cards.mapping import card_from_record
from kith.services.contacts.records import ContactRecord
from kith.services.contacts.rows import point_norm
from kith.vcard.model import Card, CardPoint

# Record fields -> the properties that carry them.
_SCALAR_PROPERTIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("display_name", "given_name", "family_name", "additional_names", "prefix", "suffix"),
     ("FN", "N")),
    (("nickname",), ("NICKNAME",)),
    (("organization", "department"), ("ORG",)),
    (("title",), ("TITLE",)),
    (("birthday", "birthday_raw"), ("BDAY",)),
    (("notes",), ("NOTE",)),
)
POINT_PROPERTIES = {
    "email": ("EMAIL",), "phone": ("TEL",), "url": ("URL",), "address": ("ADR",),
    "im": ("IMPP", "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE",
           "X-SKYPE-USERNAME", "X-GOOGLE-TALK", "X-GADUGADU", "X-QQ"),
}
_POINT_NAMES = {name: kind for kind, names in POINT_PROPERTIES.items() for name in names}
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")


@dataclass
class _Line:
    text: str  # the logical line as the server wrote it, folding included, no line end
    group: str  # "item1" or ""
    name: str  # upper case


def split(text: str) -> list[_Line]:
    """The logical lines of one card's text, each kept as written (folds included)."""
    physical = re.split(r"\r\n|\n|\r", text)
    out: list[_Line] = []
    for raw in physical:
        if raw[:1] in (" ", "\t") and out:
            out[-1].text += "\r\n" + raw
            continue
        if not raw.strip():
            continue
        m = _NAME.match(raw)
        group, name = (m.group(1) or "", m.group(2).upper()) if m else ("", "")
        out.append(_Line(raw, group, name))
    return out


def version_of(text: str) -> str:
    for line in split(text):
        if line.name == "VERSION":
            value = line.text.partition(":")[2].strip()
            return "4.0" if value.startswith("4") else "3.0"
    return "3.0"


def point_key(point: CardPoint) -> tuple[str, str, str]:
    """Two points are the same when kind, value (as matching compares it) and label agree."""
    return (point.kind, point_norm(point.kind, point.value) or point.value.strip(),
            point.label.strip().casefold())


def _parse_point(line: _Line, labels: list[_Line]) -> CardPoint | None:
    """The point one server line stands for, read by Kith's own reader."""
    from kith.vcard import read_bytes

    body = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "FN:x", line.text,
                        *(label.text for label in labels), "END:VCARD", ""])
    cards = read_bytes(body.encode("utf-8"), "server").cards
    points = cards[0].points() if cards else []
    return points[0] if points else None


def _generated(card: Card, version: str) -> list[_Line]:
    from kith.vcard import write_cards

    return split(write_cards([card], version=version))


def patch(server_text: str, base: ContactRecord, new: ContactRecord) -> str:
    """``server_text`` with the change ``base`` -> ``new`` applied to the properties Kith
    models; all other lines are kept as they are."""
    lines = split(server_text)
    version = version_of(server_text)
    fresh = _generated(card_from_record(new), version)
    drop: set[int] = set()
    add: list[_Line] = []
    for fields, names in _SCALAR_PROPERTIES:
        if any(getattr(base, f) != getattr(new, f) for f in fields):
            drop.update(i for i, line in enumerate(lines) if line.name in names)
            add.extend(line for line in fresh if line.name in names)
    if [t.casefold() for t in base.tags] != [t.casefold() for t in new.tags]:
        drop.update(i for i, line in enumerate(lines) if line.name == "CATEGORIES")
        add.extend(line for line in fresh if line.name == "CATEGORIES")
    if (base.photo, base.photo_mime) != (new.photo, new.photo_mime):
        drop.update(i for i, line in enumerate(lines) if line.name == "PHOTO")
        add.extend(line for line in fresh if line.name == "PHOTO")
    drop.update(_drop_points(lines, base, new))
    add.extend(_added_points(fresh, lines, base, new))
    # A group whose property went loses its label lines too.
    kept_groups = {line.group for i, line in enumerate(lines)
                   if i not in drop and line.group and line.name not in ("X-ABLABEL",)}
    drop.update(i for i, line in enumerate(lines)
                if line.group and line.name == "X-ABLABEL" and line.group not in kept_groups)
    out = [line.text for i, line in enumerate(lines) if i not in drop and line.name != "END"]
    out.extend(line.text for line in add)
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def _drop_points(lines: list[_Line], base: ContactRecord, new: ContactRecord) -> set[int]:
    remaining = [point_key(p) for p in new.points]
    gone = [point_key(p) for p in base.points if point_key(p) not in remaining]
    if not gone:
        return set()
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if line.name not in _POINT_NAMES:
            continue
        labels = [x for x in lines if line.group and x.group == line.group
                  and x.name == "X-ABLABEL"]
        point = _parse_point(line, labels)
        if point is not None and point_key(point) in gone:
            gone.remove(point_key(point))
            drop.add(i)
    return drop


def _added_points(fresh: list[_Line], lines: list[_Line], base: ContactRecord,
                  new: ContactRecord) -> list[_Line]:
    had = [point_key(p) for p in base.points]
    wanted = [point_key(p) for p in new.points]
    added = [k for k in wanted if k not in had]
    if not added:
        return []
    used = {line.group.casefold() for line in lines if line.group}
    counter = 0
    out: list[_Line] = []
    for line in fresh:
        if line.name not in _POINT_NAMES:
            continue
        labels = [x for x in fresh if line.group and x.group == line.group
                  and x.name == "X-ABLABEL"]
        point = _parse_point(line, labels)
        if point is None or point_key(point) not in added:
            continue
        added.remove(point_key(point))
        group = ""
        if line.group:
            counter += 1
            while f"item{counter}" in used:
                counter += 1
            group = f"item{counter}"
            used.add(group)
        for item in (line, *labels):
            text = item.text
            if group:
                text = group + text[len(item.group):]
            out.append(_Line(text, group, item.name))
    return out
