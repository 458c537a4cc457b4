"""The plain record a contact is edited and exchanged as (Qt-free, database-free)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kith.vcard.model import CardPoint, derive_name

POINT_KINDS = ("email", "phone", "url", "address", "im")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


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


@dataclass
class ContactRecord:
    """Everything about one contact that a person edits or an import brings."""

    id: int | None = None
    uid: str | None = None
    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: str | None = None
    birthday_raw: str | None = None
    notes: str = ""
    how_met: str = ""
    circle: str | None = None  # circle name
    cadence_days: int | None = None  # None: the circle's; 0: none
    points: list[CardPoint] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str | None = None

    def of_kind(self, kind: str) -> list[CardPoint]:
        return [p for p in self.points if p.kind == kind]

    def derived_name(self) -> str:
        return derive_name(self.display_name, [self.prefix, self.given_name,
                           self.additional_names, self.family_name, self.suffix],
                           self.nickname, self.organization, self.points)

    def cleaned(self) -> ContactRecord:
        """A copy with control characters stripped and a display name filled in."""
        single = (
            "display_name given_name family_name additional_names prefix suffix nickname "
            "organization department title how_met"
        ).split()
        out = ContactRecord(**{k: getattr(self, k) for k in self.__dataclass_fields__})
        for name in single:
            setattr(out, name, clean_text(getattr(self, name)))
        out.notes = clean_text(self.notes, multiline=True)
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
