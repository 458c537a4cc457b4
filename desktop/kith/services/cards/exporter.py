"""Contacts out as vCards that other address books read."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kith.services.cards.mapping import card_from_record
from kith.services.contacts import rows, search


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
