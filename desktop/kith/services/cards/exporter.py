"""Contacts out as vCards that other address books read."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kith.services.contacts import rows, search
from kith.services.contacts.records import ContactRecord
from kith.vcard.model import Card, CardPoint


def card_from_record(record: ContactRecord) -> Card:
    card = Card(
        uid=record.uid,
        formatted_name=record.display_name,
        given_name=record.given_name,
        family_name=record.family_name,
        additional_names=record.additional_names,
        prefix=record.prefix,
        suffix=record.suffix,
        nickname=record.nickname,
        organization=record.organization,
        department=record.department,
        title=record.title,
        birthday=record.birthday,
        birthday_raw=record.birthday_raw,
        notes=record.notes,
        categories=list(record.tags),
        photo=record.photo,
        photo_mime=record.photo_mime,
    )
    lists = {"email": card.emails, "phone": card.phones, "url": card.urls,
             "address": card.addresses, "im": card.ims}
    for p in record.points:
        lists[p.kind].append(CardPoint(p.kind, p.value, p.label, p.preferred, p.extra))
    return card


def export(
    contact_ids: Sequence[int] | None = None,
    version: str = "3.0",
    progress: Callable[[int, int], None] | None = None,
) -> tuple[str, int]:
    """vCard text for the given contacts (all live ones if None) and how many were written."""
    from kith.vcard import write_cards

    ids = list(contact_ids) if contact_ids is not None else search.ids()
    cards = []
    for i, cid in enumerate(ids):
        record = rows.read_record(cid)
        if record is not None:
            if not record.uid:
                record.uid = f"kith-{cid}"
            cards.append(card_from_record(record))
        if progress is not None and i % 200 == 0:
            progress(i, len(ids))
    return write_cards(cards, version=version), len(cards)
