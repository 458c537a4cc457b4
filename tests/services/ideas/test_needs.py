"""Needs and offers of contacts and of the user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kith import clock
from kith.errors import Invalid, NotFound
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.ideas import needs

DAY = dt.date(2026, 6, 15)


def person(name: str) -> int:
    return contacts.create(ContactRecord(display_name=name))


def test_add_and_list_for_a_contact_and_for_the_user(db: Path) -> None:
    ana = person("Ana Silva")
    need = needs.add(ana, "need", "looking for an accountant", DAY)
    offer = needs.add(ana, "offer", "knows the Austin scene", DAY, DAY + dt.timedelta(days=30))
    mine = needs.add(None, "offer", "tax advice", DAY)
    items = needs.for_contact(ana)
    assert [(i.id, i.kind, i.text) for i in items] == [
        (need, "need", "looking for an accountant"), (offer, "offer", "knows the Austin scene")]
    assert items[1].expires_on == DAY + dt.timedelta(days=30)
    assert items[0].contact_id == ana and items[0].created_on == DAY
    assert [(i.id, i.contact_id) for i in needs.for_me()] == [(mine, None)]


def test_text_is_cleaned_and_empty_text_refused(db: Path) -> None:
    ana = person("Ana")
    item = needs.get(needs.add(ana, "need", "  moving\x00 to\nAustin\x1b  in   March ", DAY))
    assert item.text == "moving to Austin in March"
    for bad in ("", "   ", "\x00\x01\n"):
        with pytest.raises(ValueError, match="empty"):
            needs.add(ana, "need", bad, DAY)
    with pytest.raises(ValueError, match="under"):
        needs.add(ana, "need", "x" * (needs.MAX_TEXT + 1), DAY)


def test_wrong_kind_expiry_or_contact_is_refused(db: Path) -> None:
    ana = person("Ana")
    with pytest.raises(Invalid, match="kind"):  # kith.errors.Invalid is a ValueError
        needs.add(ana, "wish", "a pony", DAY)
    with pytest.raises(Invalid, match="expire"):
        needs.add(ana, "need", "a pony", DAY, DAY - dt.timedelta(days=1))
    with pytest.raises(NotFound):
        needs.add(9999, "need", "a pony", DAY)
    contacts.delete([ana])
    with pytest.raises(NotFound):
        needs.add(ana, "need", "a pony", DAY)
    assert needs.open_items(DAY) == []


def test_close_reopen_update_delete(db: Path) -> None:
    ana = person("Ana")
    item_id = needs.add(ana, "need", "a CPA", DAY)
    needs.close(item_id, dt.datetime(2026, 6, 16, 10, 0))
    assert needs.get(item_id).closed_at == dt.datetime(2026, 6, 16, 10, 0)
    assert needs.for_contact(ana) == []
    assert [i.id for i in needs.for_contact(ana, include_closed=True)] == [item_id]
    needs.close(item_id)  # closing twice keeps the first date
    assert needs.get(item_id).closed_at == dt.datetime(2026, 6, 16, 10, 0)
    needs.reopen(item_id)
    assert needs.get(item_id).closed_at is None
    needs.update(item_id, " an accountant ", DAY + dt.timedelta(days=3))
    assert (needs.get(item_id).text, needs.get(item_id).expires_on) == (
        "an accountant", DAY + dt.timedelta(days=3))
    with pytest.raises(ValueError):
        needs.update(item_id, "an accountant", DAY - dt.timedelta(days=1))
    needs.delete(item_id)
    with pytest.raises(NotFound):
        needs.get(item_id)
    for call in (needs.close, needs.reopen, needs.delete):
        with pytest.raises(NotFound):
            call(item_id)


def test_closing_without_a_time_takes_the_clocks(db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    item_id = needs.add(None, "offer", "tax advice", DAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 6, 20, 9, 30, 15))
    needs.close(item_id)
    assert needs.get(item_id).closed_at == dt.datetime(2026, 6, 20, 9, 30, 15)
    assert needs.for_me() == []


def test_open_items_on_a_day(db: Path) -> None:
    ana, bob = person("Ana"), person("Bob")
    week = dt.timedelta(days=7)
    always = needs.add(ana, "need", "always", DAY)
    expiring = needs.add(ana, "need", "until a week", DAY, DAY + week)
    later = needs.add(ana, "offer", "from next week", DAY + week)
    closed = needs.add(ana, "need", "closed", DAY)
    needs.close(closed)
    gone = needs.add(bob, "need", "Bob's", DAY)
    mine = needs.add(None, "offer", "mine", DAY)
    contacts.delete([bob])
    assert gone not in [i.id for i in needs.open_items(DAY)]
    assert [i.id for i in needs.open_items(DAY)] == [always, expiring, mine]
    assert [i.id for i in needs.open_items(DAY + week)] == [always, expiring, later, mine]
    assert [i.id for i in needs.open_items(DAY + week + dt.timedelta(days=1))] == [
        always, later, mine]
    assert [i.id for i in needs.open_items(DAY, kind="offer")] == [mine]
    assert needs.get(expiring).is_open(DAY + week)
    assert not needs.get(expiring).is_open(DAY + week + dt.timedelta(days=1))
    assert not needs.get(later).is_open(DAY)
