"""Reading and writing contacts and their children, one or ten thousand at a time.

``people`` (one person edited in the window) and the importer (a whole event's
cards) both go through here, so a contact is stored the same way whichever
door it came in by. Reads of many people take a few queries per 900 of them,
not a few per person. Callers own the transaction.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from kith.errors import Invalid
from kith.services.contacts.keys import normalize_email, normalize_phone
from kith.services.contacts.records import STORED, ContactRecord
from kith.store.collation import family_key, given_key
from kith.store.database import fetch, insert_rows, one_of
from kith.store.models import Circle, Contact, ContactPhoto, ContactPoint, ContactTag, Tag
from kith.vcard.model import CardPoint

# The contact columns written from a record, in one order for insert_many.
_CONTACT_FIELDS = [*(getattr(Contact, n) for n in STORED), Contact.sort_name,
                   Contact.sort_key_given, Contact.sort_key_family, Contact.circle,
                   Contact.created_at, Contact.updated_at]
_POINT_FIELDS = [ContactPoint.contact, ContactPoint.kind, ContactPoint.value, ContactPoint.norm,
                 ContactPoint.label, ContactPoint.preferred, ContactPoint.position,
                 ContactPoint.extra]
_ROWS_PER_INSERT = 500


def point_norm(kind: str, value: str) -> str:
    """The key two points are compared by when matching people."""
    if kind == "email":
        return normalize_email(value)
    if kind == "phone":
        return normalize_phone(value)
    return value.strip().casefold()


def circle_id(name: str | None) -> int | None:
    if not name:
        return None
    found = Circle.select(Circle.id).where(Circle.name == name).scalar()
    if found is None:
        raise Invalid(f"There is no circle called {name!r}.")
    return int(found)


def default_circle_id() -> int | None:
    """The circle new people join unless told otherwise (Network), if it still exists."""
    from kith.services.followups.schedule import DEFAULT_CIRCLE

    found = Circle.select(Circle.id).where(Circle.name == DEFAULT_CIRCLE).scalar()
    return int(found) if found is not None else None


def contact_row(record: ContactRecord, stamp: dt.datetime, circle: int | None,
                contact_id: int | None = None) -> tuple[Any, ...]:
    """The contact columns of a cleaned record (``_CONTACT_FIELDS`` order, then the id)."""
    values = [getattr(record, n) for n in STORED]
    names = (record.given_name, record.family_name, record.display_name)
    values += [record.display_name.casefold(), given_key(*names), family_key(*names), circle,
               str(stamp), str(stamp)]
    return (*values, contact_id)


def insert_contacts(rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert contact rows made by ``contact_row`` with their ids given."""
    insert_rows(Contact, [*_CONTACT_FIELDS, Contact.id], rows)


def insert_contact(record: ContactRecord, stamp: dt.datetime, circle: int | None) -> int:
    """Insert the contact row of a cleaned record; returns its id (children not written)."""
    values = dict(zip(_CONTACT_FIELDS, contact_row(record, stamp, circle)[:-1], strict=True))
    return int(Contact.insert(values).execute())


def update_contact(contact_id: int, record: ContactRecord, stamp: dt.datetime,
                   circle: int | None, edited: bool = False) -> bool:
    """Write a cleaned record over the contact's row; ``edited``: a person's edit (not an
    import or its undo), remembered in ``edited_at``."""
    values = dict(zip(_CONTACT_FIELDS, contact_row(record, stamp, circle)[:-1], strict=True))
    del values[Contact.created_at]
    if edited:
        values[Contact.edited_at] = str(stamp)
    return bool(Contact.update(values).where(Contact.id == contact_id).execute())


def point_rows(
    contact_id: int, points: Sequence[CardPoint], start: int = 0
) -> list[tuple[Any, ...]]:
    return [
        (contact_id, p.kind, p.value, point_norm(p.kind, p.value), p.label, int(p.preferred),
         start + i, json.dumps(p.extra, ensure_ascii=False) if p.extra else None)
        for i, p in enumerate(points)
    ]


def insert_points(rows: Sequence[tuple[Any, ...]]) -> None:
    insert_rows(ContactPoint, _POINT_FIELDS, rows)


class TagIds:
    """Tag ids by name (case-insensitive), creating the missing tags; remembers them."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def __call__(self, names: Iterable[str]) -> dict[str, int]:
        wanted = {n.casefold(): n for n in names}
        missing = [n for key, n in wanted.items() if key not in self._ids]
        if missing:
            for tag_id, name in fetch(Tag.select(Tag.id, Tag.name)
                                      .where(one_of(Tag.name, missing))):
                self._ids.setdefault(name.casefold(), tag_id)
        for key, name in wanted.items():
            if key not in self._ids:
                self._ids[key] = int(Tag.insert(name=name).execute())
        return {key: self._ids[key] for key in wanted}


def tag_ids(names: Sequence[str]) -> dict[str, int]:
    """Ids of the named tags (case-insensitive), creating the missing ones."""
    return TagIds()(names)


def link_tags(links: Sequence[tuple[int, int]]) -> None:
    """(contact id, tag id) pairs; those already there are left alone."""
    insert_rows(ContactTag, [ContactTag.contact, ContactTag.tag], links, ignore_existing=True)


def add_tags(contact_id: int, names: Sequence[str]) -> None:
    link_tags([(contact_id, i) for i in tag_ids(names).values()])


def set_photo(contact_id: int, data: bytes | None, mime: str | None) -> None:
    ContactPhoto.delete().where(ContactPhoto.contact == contact_id).execute()
    if data:
        ContactPhoto.insert(contact=contact_id, data=data, mime=mime or "image/jpeg").execute()


def insert_photos(rows: Sequence[tuple[int, bytes, str]]) -> None:
    """(contact id, data, media type) of contacts that have no photo yet."""
    insert_rows(ContactPhoto, [ContactPhoto.contact, ContactPhoto.data, ContactPhoto.mime], rows)


def replace_children(contact_id: int, record: ContactRecord) -> None:
    """Points, tags and photo of ``contact_id`` become exactly those of ``record``."""
    ContactPoint.delete().where(ContactPoint.contact == contact_id).execute()
    insert_points(point_rows(contact_id, record.points))
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    add_tags(contact_id, record.tags)
    set_photo(contact_id, record.photo, record.photo_mime)


def read_record(contact_id: int) -> ContactRecord | None:
    """Everything stored about one contact (deleted or not), or None."""
    return read_records([contact_id]).get(contact_id)


def read_records(contact_ids: Iterable[int]) -> dict[int, ContactRecord]:
    """Everything stored about each of ``contact_ids`` (deleted or not) that exists.

    Four queries however many people: a re-import reads all 10,000 it merges into.
    """
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        return {}
    out: dict[int, ContactRecord] = {}
    circles = dict(Circle.select(Circle.id, Circle.name).tuples())
    columns = [getattr(Contact, n) for n in STORED]
    for row in fetch(Contact.select(Contact.id, Contact.circle, *columns)
                     .where(one_of(Contact.id, ids))):
        record = ContactRecord(id=row[0], circle=circles.get(row[1]))
        for name, value in zip(STORED, row[2:], strict=True):
            setattr(record, name, value)
        out[row[0]] = record
    for cid, kind, value, label, preferred, extra in fetch(
            ContactPoint.select(ContactPoint.contact, ContactPoint.kind, ContactPoint.value,
                                ContactPoint.label, ContactPoint.preferred, ContactPoint.extra)
            .where(one_of(ContactPoint.contact, ids))
            .order_by(ContactPoint.contact, ContactPoint.position, ContactPoint.id)):
        out[cid].points.append(CardPoint(kind=kind, value=value, label=label,
                                         preferred=bool(preferred),
                                         extra=json.loads(extra) if extra else None))
    for cid, name in fetch(ContactTag.select(ContactTag.contact, Tag.name).join(Tag)
                           .where(one_of(ContactTag.contact, ids))
                           .order_by(Tag.name.collate("NOCASE"))):
        out[cid].tags.append(name)
    for cid, data, mime in fetch(
            ContactPhoto.select(ContactPhoto.contact, ContactPhoto.data, ContactPhoto.mime)
            .where(one_of(ContactPhoto.contact, ids))):
        out[cid].photo, out[cid].photo_mime = bytes(data), mime
    return out


def snapshot(record: ContactRecord) -> str:
    """A JSON image of a record, to put it back exactly as it was (undo an import)."""
    data = {name: getattr(record, name) for name in (*STORED, "circle", "tags")}
    data["points"] = [
        {"kind": p.kind, "value": p.value, "label": p.label, "preferred": p.preferred,
         "extra": p.extra}
        for p in record.points
    ]
    data["photo"] = base64.b64encode(record.photo).decode() if record.photo else None
    data["photo_mime"] = record.photo_mime
    return json.dumps(data, ensure_ascii=False)


def from_snapshot(text: str) -> ContactRecord:
    data = json.loads(text)
    points = [CardPoint(**p) for p in data.pop("points")]
    photo = data.pop("photo")
    record = ContactRecord(**data)
    record.points = points
    record.photo = base64.b64decode(photo) if photo else None
    return record
