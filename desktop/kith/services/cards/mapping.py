"""Card <-> record: a vCard's person as Kith's contact record, and back.

Which record field goes to which card field is declared once, on
``ContactRecord`` (``CARD_FIELDS``); e-mails, phones, links, addresses and
handles travel as points, CATEGORIES as tags. The needs and offers a person's own
card carries (``X-KITH-NEED``, ``X-KITH-OFFER``) come in with the record; an
export of contacts never writes them (what you noted someone needs stays yours).
"""

from __future__ import annotations

from kith.services.contacts.records import CARD_FIELDS, ContactRecord
from kith.vcard.model import Card, CardPoint


def record_from_card(card: Card) -> ContactRecord:
    """The record a card describes, cleaned (its display name derived when FN is missing)."""
    record = ContactRecord(**{name: getattr(card, on_card) for name, on_card in CARD_FIELDS})
    record.display_name = card.display_name()
    record.points = [CardPoint(p.kind, p.value, p.label, p.preferred, p.extra)
                     for p in card.points()]
    record.tags = list(card.categories)
    record.photo, record.photo_mime = card.photo, card.photo_mime
    record.offers, record.needs = list(card.offers), list(card.needs)
    return record.cleaned()


def card_from_record(record: ContactRecord) -> Card:
    card = Card(**{on_card: getattr(record, name) for name, on_card in CARD_FIELDS})
    card.categories = list(record.tags)
    card.photo, card.photo_mime = record.photo, record.photo_mime
    lists = {"email": card.emails, "phone": card.phones, "url": card.urls,
             "address": card.addresses, "im": card.ims}
    for p in record.points:
        lists[p.kind].append(CardPoint(p.kind, p.value, p.label, p.preferred, p.extra))
    return card
