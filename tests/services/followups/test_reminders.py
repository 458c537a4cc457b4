"""When notifications fire, with a fake clock: the daily time, catch-up after sleep, no repeats."""

import datetime as dt
from pathlib import Path

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions, reminders
from kith.services.followups.interactions import Interaction
from kith.services.followups.reminders import Reminders, summary

T = dt.datetime
NINE = dt.time(9, 0)


ADDED = T(2026, 1, 1, 8, 0)


def people(*names: str) -> list[int]:
    return [contacts.create(ContactRecord(display_name=n, cadence_days=30), when=ADDED)
            for n in names]


def test_summary_names_people() -> None:
    assert summary(["Ana"]) == "Follow up with Ana"
    assert summary(["Ana", "Bob"]) == "Follow up with Ana and Bob"
    assert summary(["Ana", "Bob", "Cy"]) == "Follow up with Ana, Bob and Cy"
    assert summary(["Ana", "Bob", "Cy", "Di", "Ed"]) == "Follow up with Ana, Bob and 3 others"
    assert summary(["Ana", "Bob", "Cy", "Di"]) == "Follow up with Ana, Bob and 2 others"
    assert summary(["Ana", "Ana"]) == "Follow up with Ana"


def test_daily_time_then_once_only(db: Path) -> None:
    people("Ana", "Bob")  # due 31 January
    r = Reminders(lambda: NINE)
    assert r.check(T(2026, 1, 31, 8, 59)) is None
    found = r.check(T(2026, 1, 31, 9, 0))
    assert found is not None
    assert found.title == "2 people are due today"
    assert found.message == "Follow up with Ana and Bob"
    assert r.check(T(2026, 1, 31, 9, 1)) is None
    assert r.check(T(2026, 1, 31, 18, 0)) is None
    # A new Kith (after a restart) does not repeat it either.
    assert Reminders(lambda: NINE).check(T(2026, 1, 31, 19, 0)) is None
    # Next day: still overdue, so announced again, once.
    again = r.check(T(2026, 2, 1, 9, 30))
    assert again is not None and again.message == "Follow up with Ana and Bob"
    assert r.check(T(2026, 2, 1, 9, 31)) is None


def test_something_that_comes_due_while_running_is_announced_at_once(db: Path) -> None:
    (ana,) = people("Ana")
    r = Reminders(lambda: NINE)
    assert r.check(T(2026, 1, 30, 10, 0)) is None
    from kith.services.followups import actions as followups

    followups.set_explicit(ana, dt.date(2026, 1, 30), "send the article", dt.date(2026, 1, 30))
    found = r.check(T(2026, 1, 30, 10, 1))
    assert found is not None and found.message == "Follow up with Ana"
    assert [i.kind for i in found.items] == ["explicit"]


def test_wake_up_after_missing_the_daily_time_sends_once(db: Path) -> None:
    people("Ana", "Bob", "Cy", "Di", "Ed")
    r = Reminders(lambda: dt.time(9, 0))
    # The machine slept from 8:00 to 14:00: the first check after waking announces.
    assert r.check(T(2026, 1, 31, 8, 0)) is None
    found = r.check(T(2026, 1, 31, 14, 0))
    assert found is not None and found.message == "Follow up with Ana, Bob and 3 others"
    assert r.check(T(2026, 1, 31, 14, 1)) is None


def test_clock_set_back_does_not_repeat(db: Path) -> None:
    people("Ana")
    r = Reminders(lambda: NINE)
    assert r.check(T(2026, 1, 31, 10, 0)) is not None
    assert r.check(T(2026, 1, 31, 9, 5)) is None  # clock moved back an hour


def test_pause_for_today(db: Path) -> None:
    people("Ana")
    paused = {"day": "2026-01-31"}
    r = Reminders(lambda: NINE, lambda: paused["day"])
    assert r.check(T(2026, 1, 31, 10, 0)) is None
    assert r.check(T(2026, 2, 1, 10, 0)) is not None


def test_logged_people_drop_out_and_prompt_is_appended(db: Path) -> None:
    ana, _bob = people("Ana", "Bob")
    interactions.log(Interaction(ana, dt.date(2026, 1, 30), "call"))
    r = Reminders(lambda: NINE, top_prompt=lambda today: "Introduce Ana to Bob (CPA)")
    found = r.check(T(2026, 1, 31, 9, 0))
    assert found is not None
    assert found.message == "Follow up with Bob\nIntroduce Ana to Bob (CPA)"
    assert reminders.item_key(found.items[0]).startswith("cadence:")


def test_many_due_are_summarised_from_the_totals(db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    people(*[f"P{i:02d}" for i in range(12)])
    monkeypatch.setattr(reminders, "CHECK_LIMIT", 3)  # as if thousands were due
    found = Reminders(lambda: NINE).check(T(2026, 1, 31, 9, 0))
    assert found is not None
    assert found.title == "12 people are due today"
    assert found.message == "Follow up with P00, P01 and 10 others"
    assert len(found.items) == 3
