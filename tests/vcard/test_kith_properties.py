"""X-KITH-OFFER / X-KITH-NEED: written by Kith, kept by vobject, read back by Kith (issue #13)."""

from __future__ import annotations

import vobject

from kith.vcard import iter_cards
from kith.vcard.builder import MAX_KITH_ITEMS
from kith.vcard.model import Card, CardPoint
from kith.vcard.writer import write_cards


def read(text: str) -> Card:
    (card,) = [c for c in iter_cards(text.encode("utf-8"), "t.vcf") if isinstance(c, Card)]
    return card


def test_offers_and_needs_round_trip_in_both_versions() -> None:
    card = Card(formatted_name="Ana Silva", emails=[CardPoint("email", "ana@example.com")],
                offers=["tax advice; for shops, fast", ("a long offer " * 10).strip()],
                needs=["a flat\nin Lisbon"])
    for version in ("3.0", "4.0"):
        text = write_cards([card], version)
        other = vobject.readOne(text)  # another client keeps the rest of the card
        assert other.fn.value == "Ana Silva" and other.email.value == "ana@example.com"
        assert [o.value for o in other.contents["x-kith-offer"]] == card.offers
        back = read(text)
        assert back.offers == [" ".join(o.split()) for o in card.offers]
        assert back.needs == ["a flat in Lisbon"]


def test_a_card_brings_each_text_once_and_a_bounded_number() -> None:
    lines = [f"X-KITH-OFFER:offer {i}" for i in range(MAX_KITH_ITEMS + 20)]
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:4.0", "FN:Bea", "X-KITH-NEED:a van",
                        "X-KITH-NEED:A  van", "X-KITH-NEED:", *lines, "END:VCARD", ""])
    card = read(text)
    assert card.needs == ["a van"]
    assert card.offers == [f"offer {i}" for i in range(MAX_KITH_ITEMS)]
