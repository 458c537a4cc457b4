"""The plain record a contact is edited and exchanged as (Qt-free, database-free)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import Field, dataclass, field, fields, replace
from typing import Any

from kith.vcard.model import CardPoint, derive_name

POINT_KINDS = ("email", "phone", "url", "address", "im")
# Control characters, and the bidirectional embeddings and overrides (U+202A-U+202E): an
# override in a card's text makes what follows display backwards (U+202E before
# "gpj.exe" shows "exe.jpg"). Marks and isolates, which right-to-left writing uses, stay.
# Invisible characters that never mean anything in a name go too: a byte-order mark
# (U+FEFF) left inside a file by joining two, the zero-width space (U+200B) and the word
# joiner (U+2060): kept, they make "Bom\ufeffMid" unfindable as "BomMid". The zero-width
# non-joiner and joiner (U+200C, U+200D) stay: Persian, Indic scripts and emoji need them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\u202a-\u202e\u2060\ufeff]")


def clean_text(value: str | None, multiline: bool = False) -> str:
    """Strip control characters (and newlines unless ``multiline``) and outer blanks."""
    if not value:
        return ""
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    else:
        value = value.replace("\r", " ").replace("\n", " ")
    return _CONTROL.sub("", value).strip()


_BDAY_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_BDAY_NOYEAR = re.compile(r"^--(\d{2})-(\d{2})$")


def valid_birthday(value: str | None) -> bool:
    """``YYYY-MM-DD`` (a real date) or ``--MM-DD`` (29 February allowed)."""
    if not value:
        return False
    if m := _BDAY_FULL.match(value):
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
        return True
    if m := _BDAY_NOYEAR.match(value):
        try:
            dt.date(2000, int(m[1]), int(m[2]))
        except ValueError:
            return False
        return True
    return False


# What a field of a contact is, beyond its type: how a person calls it, where it
# sits on a vCard, and how an import treats it. ``ContactRecord`` declares each
# field once with ``info``; the database columns (``kith.store.models.Contact``),
# the vCard mapping (``kith.services.cards.mapping``), the merge, undo and the
# summaries read these declarations instead of keeping lists of their own.
def info(label: str, default: object = "", *, card: str | None = None, fill: bool = False,
         multiline: bool = False, differs: bool = False, clean: bool = True) -> Any:
    """A declared contact field.

    ``label``: what a person calls it; ``card``: the ``kith.vcard.model.Card``
    attribute it maps to (None: not on a card); ``fill``: an import fills it
    when it is empty; ``differs``: a different value on a card is worth
    reporting (an organisation, a title); ``multiline``: may hold line breaks;
    ``clean``: control characters are stripped when the record is cleaned.
    """
    return field(default=default, metadata={
        "label": label, "card": card, "fill": fill, "multiline": multiline,
        "differs": differs, "clean": clean})


@dataclass
class ContactRecord:
    """Everything about one contact that a person edits or an import brings."""

    id: int | None = None
    uid: str | None = info("card identity", None, card="uid", fill=True, clean=False)
    display_name: str = info("name", card="formatted_name")
    given_name: str = info("first name", card="given_name", fill=True)
    family_name: str = info("last name", card="family_name", fill=True)
    additional_names: str = info("middle name", card="additional_names", fill=True)
    prefix: str = info("prefix", card="prefix", fill=True)
    suffix: str = info("suffix", card="suffix", fill=True)
    nickname: str = info("nickname", card="nickname", fill=True)
    organization: str = info("organisation", card="organization", fill=True, differs=True)
    department: str = info("department", card="department", fill=True)
    title: str = info("title", card="title", fill=True, differs=True)
    # "YYYY-MM-DD" or "--MM-DD"; the text as written when it could not be read as a date.
    birthday: str | None = info("birthday", None, card="birthday", fill=True, clean=False)
    birthday_raw: str | None = info("birthday", None, card="birthday_raw", clean=False)
    notes: str = info("notes", card="notes", multiline=True)
    how_met: str = info("how you met")
    circle: str | None = info("circle", None, clean=False)  # the circle's name
    # None: the circle's cadence; 0: none; N: every N days.
    cadence_days: int | None = info("keep-in-touch cadence", None, clean=False)
    points: list[CardPoint] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str | None = None
    # What the person's own card says they offer and need (X-KITH-OFFER / X-KITH-NEED):
    # an import adds them to their needs and offers; the contact row does not hold them.
    offers: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[CardPoint]:
        return [p for p in self.points if p.kind == kind]

    def derived_name(self) -> str:
        return derive_name(self.display_name, [self.prefix, self.given_name,
                           self.additional_names, self.family_name, self.suffix],
                           self.nickname, self.organization, self.points)

    def cleaned(self) -> ContactRecord:
        """A copy with control characters stripped and a display name filled in."""
        out = replace(self)
        for f in SCALAR_FIELDS:
            if f.metadata["clean"]:
                setattr(out, f.name, clean_text(getattr(self, f.name), f.metadata["multiline"]))
        out.points = [
            CardPoint(
                kind=p.kind,
                value=clean_text(p.value, multiline=p.kind == "address"),
                label=clean_text(p.label),
                preferred=p.preferred,
                extra=p.extra,
            )
            for p in self.points
            if p.kind in POINT_KINDS and clean_text(p.value)
        ]
        seen: set[str] = set()
        out.tags = []
        for tag in self.tags:
            t = clean_text(tag)
            if t and t.casefold() not in seen:
                seen.add(t.casefold())
                out.tags.append(t)
        out.display_name = out.derived_name()
        if out.birthday and not valid_birthday(out.birthday):
            out.birthday_raw = out.birthday_raw or out.birthday
            out.birthday = None
        return out


SCALAR_FIELDS: tuple[Field[Any], ...] = tuple(f for f in fields(ContactRecord) if f.metadata)
"""The declared one-value fields, in declaration order."""
SCALARS: tuple[str, ...] = tuple(f.name for f in SCALAR_FIELDS)
STORED: tuple[str, ...] = tuple(n for n in SCALARS if n != "circle")
"""The fields stored as columns of ``contact`` under their own name (the circle is by id)."""
CARD_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (f.name, f.metadata["card"]) for f in SCALAR_FIELDS if f.metadata["card"])
"""(record field, vCard field) for every field a card carries."""
FILLABLE: tuple[str, ...] = tuple(f.name for f in SCALAR_FIELDS if f.metadata["fill"])
DIFFERS: tuple[str, ...] = tuple(f.name for f in SCALAR_FIELDS if f.metadata["differs"])
LABELS: dict[str, str] = {f.name: f.metadata["label"] for f in SCALAR_FIELDS}
