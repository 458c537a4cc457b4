"""Create, read, update, delete (and undelete) contacts."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

from kith.services import schedule, search
from kith.services.records import ContactRecord
from kith.store.models import (
    Circle,
    Contact,
    ContactPhoto,
    ContactPoint,
    ContactTag,
    Tag,
    database,
)
from kith.vcard.model import CardPoint

SCALAR_FIELDS = (
    "uid display_name given_name family_name additional_names prefix suffix nickname "
    "organization department title birthday birthday_raw notes how_met cadence_days"
).split()


class NotFound(LookupError):
    pass


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def sort_key(name: str) -> str:
    return name.casefold()


def point_norm(kind: str, value: str) -> str:
    """The key two points are compared by when matching people."""
    from kith.services.normalize import normalize_email, normalize_phone

    if kind == "email":
        return normalize_email(value)
    if kind == "phone":
        return normalize_phone(value)
    return value.strip().casefold()


def _circle_id(name: str | None, default: bool = False) -> int | None:
    if not name:
        if default:
            circle = Circle.get_or_none(Circle.name == schedule.DEFAULT_CIRCLE)
            return int(circle.id) if circle is not None else None
        return None
    circle = Circle.get_or_none(Circle.name == name)
    if circle is None:
        raise ValueError(f"There is no circle called {name!r}.")
    return int(circle.id)


def _write_children(contact_id: int, record: ContactRecord) -> None:
    ContactPoint.delete().where(ContactPoint.contact == contact_id).execute()
    rows = [
        {
            "contact": contact_id,
            "kind": p.kind,
            "value": p.value,
            "norm": point_norm(p.kind, p.value),
            "label": p.label,
            "preferred": bool(p.preferred),
            "position": i,
            "extra": json.dumps(p.extra, ensure_ascii=False) if p.extra else None,
        }
        for i, p in enumerate(record.points)
    ]
    if rows:
        ContactPoint.insert_many(rows).execute()
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    for name in record.tags:
        tag = Tag.get_or_none(Tag.name == name) or Tag.create(name=name)
        ContactTag.insert(contact=contact_id, tag=tag.id).on_conflict_ignore().execute()
    ContactPhoto.delete().where(ContactPhoto.contact == contact_id).execute()
    if record.photo:
        ContactPhoto.insert(
            contact=contact_id, data=record.photo, mime=record.photo_mime or "image/jpeg"
        ).execute()


def create(record: ContactRecord, when: dt.datetime | None = None) -> int:
    record = record.cleaned()
    if not record.display_name:
        raise ValueError("A contact needs a name, an organisation, an e-mail or a phone number.")
    stamp = when or now()
    with database.atomic():
        values = {name: getattr(record, name) for name in SCALAR_FIELDS}
        contact = Contact.create(
            **values,
            sort_name=sort_key(record.display_name),
            circle=_circle_id(record.circle, default=True),
            created_at=stamp,
            updated_at=stamp,
        )
        contact_id = int(contact.id)
        _write_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])
    return contact_id


def update(contact_id: int, record: ContactRecord) -> None:
    record = record.cleaned()
    if not record.display_name:
        raise ValueError("A contact needs a name, an organisation, an e-mail or a phone number.")
    with database.atomic():
        values = {name: getattr(record, name) for name in SCALAR_FIELDS}
        count = (
            Contact.update(
                **values,
                sort_name=sort_key(record.display_name),
                circle=_circle_id(record.circle),
                updated_at=now(),
            )
            .where(Contact.id == contact_id)
            .execute()
        )
        if not count:
            raise NotFound(f"No contact with id {contact_id}.")
        _write_children(contact_id, record)
        search.reindex([contact_id])
        schedule.refresh([contact_id])


def load(contact_id: int, include_deleted: bool = False) -> ContactRecord:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None or (contact.deleted_at is not None and not include_deleted):
        raise NotFound(f"No contact with id {contact_id}.")
    record = ContactRecord(id=int(contact.id))
    for name in SCALAR_FIELDS:
        setattr(record, name, getattr(contact, name))
    circle = contact.circle if contact.circle_id else None
    record.circle = circle.name if circle is not None else None
    record.points = [
        CardPoint(
            kind=p.kind,
            value=p.value,
            label=p.label,
            preferred=bool(p.preferred),
            extra=json.loads(p.extra) if p.extra else None,
        )
        for p in ContactPoint.select()
        .where(ContactPoint.contact == contact_id)
        .order_by(ContactPoint.position, ContactPoint.id)
    ]
    record.tags = [
        t.name
        for t in Tag.select()
        .join(ContactTag)
        .where(ContactTag.contact == contact_id)
        .order_by(Tag.name)
    ]
    photo = ContactPhoto.get_or_none(ContactPhoto.contact == contact_id)
    if photo is not None:
        record.photo = bytes(photo.data)
        record.photo_mime = photo.mime
    return record


def delete(contact_ids: Sequence[int]) -> list[int]:
    """Move contacts to the trash (undoable); returns the ids actually deleted."""
    ids = [int(i) for i in contact_ids]
    with database.atomic():
        live = [
            c.id
            for c in Contact.select(Contact.id).where(
                Contact.id.in_(ids), Contact.deleted_at.is_null()
            )
        ]
        if live:
            Contact.update(deleted_at=now()).where(Contact.id.in_(live)).execute()
    return live


def undelete(contact_ids: Iterable[int]) -> None:
    ids = [int(i) for i in contact_ids]
    with database.atomic():
        Contact.update(deleted_at=None).where(Contact.id.in_(ids)).execute()


def purge_deleted(older_than: dt.datetime) -> int:
    """Remove for good what has been in the trash since before ``older_than``."""
    with database.atomic():
        ids = [
            c.id
            for c in Contact.select(Contact.id).where(Contact.deleted_at < older_than)
        ]
        if ids:
            search.drop(ids)
            Contact.delete().where(Contact.id.in_(ids)).execute()
    return len(ids)


def count() -> int:
    return int(Contact.select().where(Contact.deleted_at.is_null()).count())


def circles() -> list[tuple[str, int | None]]:
    return [(c.name, c.cadence_days) for c in Circle.select().order_by(Circle.position)]
