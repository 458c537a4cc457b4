"""A contact's fields are declared once, on ContactRecord; the rest follows from that."""

from dataclasses import fields

from kith.services.cards.mapping import card_from_record, record_from_card
from kith.services.contacts.records import CARD_FIELDS, SCALARS, STORED, ContactRecord
from kith.store.models import Contact
from kith.vcard.model import Card, CardPoint


def test_every_stored_field_is_a_column_and_every_card_field_is_on_the_card() -> None:
    columns = set(Contact._meta.columns)
    assert set(STORED) <= columns
    assert "circle_id" in columns and "circle" in SCALARS
    card_names = {f.name for f in fields(Card)}
    assert {on_card for _, on_card in CARD_FIELDS} <= card_names


def test_a_record_travels_to_a_card_and_back_unchanged() -> None:
    record = ContactRecord(
        uid="u-1", display_name="Dr. Ana María Silva Jr.", given_name="Ana",
        family_name="Silva", additional_names="María", prefix="Dr.", suffix="Jr.",
        nickname="Ani", organization="Acme", department="R&D", title="CTO",
        birthday="1980-04-15", notes="line one\nline two",
        points=[CardPoint("email", "ana@acme.example", "work", True)],
        tags=["investor"], photo=b"\x89PNG", photo_mime="image/png")
    assert record_from_card(card_from_record(record)) == record
