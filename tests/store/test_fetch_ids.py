"""fetch_ids reads a query's ids in one step and keeps the query's order exactly."""

from __future__ import annotations

import random
from pathlib import Path

from kith.services.contacts import people as contacts
from kith.services.contacts import search
from kith.services.contacts.records import ContactRecord
from kith.services.contacts.search import SortKey
from kith.store.database import fetch, fetch_ids
from kith.store.models import Contact


def test_the_order_of_every_sort_is_kept(db: Path) -> None:
    rng = random.Random(7)
    names = ["Ana", "Ñico", "Æsa", "Łukasz", "Zoë", "bob", "Émile", "Ørjan", "Cy", "dana"]
    for n in range(400):
        contacts.create(ContactRecord(
            display_name=f"{rng.choice(names)} {rng.choice(names)}son {n}",
            organization=rng.choice(["Acme", "", "Initech", "Globex"])))
    for sort in SortKey:
        for descending in (False, True):
            for by in (search.BY_GIVEN, search.BY_FAMILY):
                query = (Contact.select(Contact.id).where(Contact.deleted_at.is_null())
                         .order_by(*search._order(sort, descending, by)))
                expected = [cid for (cid,) in fetch(query)]
                assert fetch_ids(query) == expected
                assert search.ids("", sort, descending, by) == expected
    assert search.ids("no such person anywhere") == []
