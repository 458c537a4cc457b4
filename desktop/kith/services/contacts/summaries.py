"""Contacts as the plain dictionaries the command line prints (``kith contacts --json``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from peewee import fn

from kith import clock
from kith.store.database import chunks
from kith.store.models import (
    Contact,
    ContactEvent,
    ContactPhoto,
    ContactPoint,
    ContactTag,
    Event,
    NeedOffer,
    Tag,
)


def _grouped(query: Any, ids: Sequence[int], key: Any) -> dict[int, list[Any]]:
    """(contact id, value) rows of ``query`` for ``ids``, grouped by contact, in order."""
    out: dict[int, list[Any]] = defaultdict(list)
    for piece in chunks(list(ids)):
        for cid, *value in query.where(key.in_(piece)).tuples():
            out[cid].append(value if len(value) > 1 else value[0])
    return out


def summaries(contact_ids: Sequence[int]) -> list[dict[str, Any]]:
    """One dictionary per id, in the order given (the command-line contract)."""
    has_photo = fn.EXISTS(ContactPhoto.select().where(ContactPhoto.contact == Contact.id))
    base = {row[0]: row for row in _rows(
        Contact.select(Contact.id, Contact.display_name, Contact.given_name,
                       Contact.family_name, Contact.nickname, Contact.organization,
                       Contact.title, Contact.birthday, Contact.next_follow_up_on,
                       Contact.last_contact_on, Contact.how_met, has_photo),
        contact_ids)}
    points = _grouped(
        ContactPoint.select(ContactPoint.contact, ContactPoint.kind, ContactPoint.value)
        .order_by(ContactPoint.contact, ContactPoint.position, ContactPoint.id),
        contact_ids, ContactPoint.contact)
    tags = _grouped(ContactTag.select(ContactTag.contact, Tag.name).join(Tag).order_by(Tag.name),
                    contact_ids, ContactTag.contact)
    events = _grouped(
        ContactEvent.select(ContactEvent.contact, Event.name).join(Event)
        .order_by(Event.date, Event.id),
        contact_ids, ContactEvent.contact)
    today = clock.today()
    n = NeedOffer
    items = _grouped(
        n.select(n.contact, n.kind, n.text)
        .where(n.closed_at.is_null(), n.created_on <= today,
               n.expires_on.is_null() | (n.expires_on >= today))
        .order_by(n.contact, n.created_on, n.id),
        contact_ids, n.contact)
    out = []
    for cid in contact_ids:
        row = base.get(cid)
        if row is None:
            continue
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, value in points.get(cid, []):
            by_kind[kind].append(value)
        open_items: dict[str, list[str]] = defaultdict(list)
        for kind, text in items.get(cid, []):
            open_items[kind].append(text)
        out.append(
            {
                "id": cid,
                "display_name": row[1],
                "given_name": row[2],
                "family_name": row[3],
                "nickname": row[4],
                "organization": row[5],
                "title": row[6],
                "emails": by_kind["email"],
                "phones": by_kind["phone"],
                "urls": by_kind["url"],
                "addresses": by_kind["address"],
                "birthday": row[7],
                "tags": tags.get(cid, []),
                "events": events.get(cid, []),
                "has_photo": bool(row[11]),
                "next_follow_up": str(row[8]) if row[8] else None,
                "last_contact": str(row[9]) if row[9] else None,
                "how_met": row[10],
                # What they need and offer, open today, oldest first.
                "needs": open_items["need"],
                "offers": open_items["offer"],
            }
        )
    return out


def _rows(query: Any, ids: Sequence[int]) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    for piece in chunks(list(ids)):
        found.extend(query.where(Contact.id.in_(piece)).tuples())
    return found
