"""People the user said are not the same person: the duplicate finder never proposes
them together (``store.models.NotDuplicate``, one row per pair, smaller id first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kith import clock
from kith.store.database import database, fetch, one_of
from kith.store.models import Contact, NotDuplicate


def not_same_pairs() -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in
            fetch(NotDuplicate.select(NotDuplicate.a, NotDuplicate.b))}


def remember_not_same(contact_ids: Iterable[int], when: dt.datetime | None = None
                      ) -> list[tuple[int, int]]:
    """Remember that these people are not one person (every pair of them, smaller id
    first); returns the pairs that were new (what ``forget_pairs`` takes back)."""
    ids = sorted({int(i) for i in contact_ids})
    stamp = str(when or clock.now())
    with database.atomic():
        live = {cid for (cid,) in fetch(Contact.select(Contact.id)
                                        .where(one_of(Contact.id, ids)))}
        known = {(int(a), int(b)) for a, b in fetch(
            NotDuplicate.select(NotDuplicate.a, NotDuplicate.b)
            .where(one_of(NotDuplicate.a, ids), one_of(NotDuplicate.b, ids)))}
        new = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]
               if a in live and b in live and (a, b) not in known]
        if new:
            NotDuplicate.insert_many([(a, b, stamp) for a, b in new],
                                     fields=[NotDuplicate.a, NotDuplicate.b,
                                             NotDuplicate.created_at]).execute()
    return new


def mark_not_same(contact_ids: Iterable[int], when: dt.datetime | None = None) -> int:
    """Remember that these people are not one person (every pair of them); returns how many
    pairs were new."""
    return len(remember_not_same(contact_ids, when))


def forget_pairs(pairs: Iterable[tuple[int, int]]) -> None:
    """Take back the pairs ``remember_not_same`` returned (its undo)."""
    with database.atomic():
        for a, b in pairs:
            NotDuplicate.delete().where(NotDuplicate.a == min(a, b),
                                        NotDuplicate.b == max(a, b)).execute()


def forget_not_same(contact_ids: Iterable[int]) -> None:
    """Take back ``mark_not_same`` for these people (every pair of them)."""
    ids = sorted({int(i) for i in contact_ids})
    forget_pairs([(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]])
