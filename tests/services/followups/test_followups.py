import datetime as dt
from pathlib import Path

import pytest

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.followups import interactions, timeline
from kith.services.followups.interactions import Interaction
from kith.store.database import connection as conn

D = dt.date
ADDED = dt.datetime(2026, 1, 1, 9, 0)


def person(name: str, **kw) -> int:  # type: ignore[no-untyped-def]
    return contacts.create(ContactRecord(display_name=name, **kw), when=ADDED)


def due_names(today: dt.date, days: int = 0) -> list[tuple[str, str, int]]:
    return [(i.display_name, i.kind, i.overdue_days) for i in followups.due(today, days)]


def test_cadence_comes_due_and_logging_resets_the_clock(db: Path) -> None:
    ana = person("Ana", cadence_days=30)
    assert due_names(D(2026, 1, 30)) == []
    assert due_names(D(2026, 1, 31)) == [("Ana", "cadence", 0)]
    assert due_names(D(2026, 2, 10)) == [("Ana", "cadence", 10)]
    interactions.log(Interaction(ana, D(2026, 2, 10), "call", note="moving to Austin"))
    assert due_names(D(2026, 2, 10)) == []
    assert due_names(D(2026, 3, 12)) == [("Ana", "cadence", 0)]
    (item,) = followups.due(D(2026, 3, 12))
    assert item.reason == "Keep in touch (every 30 days); last contact 30 days ago"


def test_circle_cadence_and_none(db: Path) -> None:
    person("Close friend", circle="Close")
    person("No cadence", cadence_days=0)
    assert due_names(D(2026, 1, 15)) == [("Close friend", "cadence", 0)]
    assert due_names(D(2030, 1, 1))[-1][0] == "Close friend"
    assert "No cadence" not in [n for n, _, _ in due_names(D(2030, 1, 1))]


def test_explicit_follow_up_wins_over_the_cadence(db: Path) -> None:
    ana = person("Ana", cadence_days=30)
    followups.set_explicit(ana, D(2026, 2, 20), "send her the article", D(2026, 1, 5))
    assert due_names(D(2026, 2, 10)) == []  # the cadence round (31 Jan) waits
    (item,) = followups.due(D(2026, 2, 20))
    assert (item.kind, item.reason, item.overdue_days) == ("explicit", "send her the article", 0)
    interactions.log(Interaction(ana, D(2026, 2, 21), "email"))
    assert [i.kind for i in followups.due(D(2026, 2, 21))] == ["explicit"]  # stays until done
    followups.done(item, D(2026, 2, 21))
    assert due_names(D(2026, 3, 22)) == []
    assert due_names(D(2026, 3, 23)) == [("Ana", "cadence", 0)]
    with pytest.raises(ValueError, match="reason"):
        followups.set_explicit(ana, D(2026, 3, 1), "  ", D(2026, 1, 5))


def test_snooze_done_and_skip(db: Path) -> None:
    person("Ana", cadence_days=30)
    (item,) = followups.due(D(2026, 2, 1))
    followups.snooze(item, D(2026, 2, 8), D(2026, 2, 1))
    assert due_names(D(2026, 2, 7)) == []
    (again,) = followups.due(D(2026, 2, 8))
    assert again.overdue_days == 0 and again.kind == "cadence"
    followups.skip(again, D(2026, 2, 8))
    assert due_names(D(2026, 3, 9)) == []
    (third,) = followups.due(D(2026, 3, 10))
    followups.done(third, D(2026, 3, 10))
    assert due_names(D(2026, 4, 8)) == []
    summaries = [e.summary for e in timeline.for_contact(third.contact_id)]
    assert summaries[0].startswith("Followed up: Keep in touch")
    assert summaries[1].startswith("Skipped this round")
    with pytest.raises(ValueError):
        followups.snooze(third, D(2026, 3, 10), D(2026, 3, 10))


def test_birthdays_with_and_without_year_and_catch_up(db: Path) -> None:
    person("Ana", birthday="1987-04-15", cadence_days=0)
    person("Bea", birthday="--04-16", cadence_days=0)
    person("Leap", birthday="2000-02-29", cadence_days=0)
    assert due_names(D(2026, 4, 14)) == []
    assert due_names(D(2026, 4, 14), days=7) == [("Ana", "birthday", -1), ("Bea", "birthday", -2)]
    (ana,) = followups.due(D(2026, 4, 15))
    assert ana.reason == "Birthday (turns 39, 15 April)"
    # Kith was not running on the 15th and 16th: caught up on the 18th, once.
    assert due_names(D(2026, 4, 18)) == [("Ana", "birthday", 3), ("Bea", "birthday", 2)]
    first = followups.due(D(2026, 4, 18))[0]
    followups.done(first, D(2026, 4, 18))
    assert due_names(D(2026, 4, 18)) == [("Bea", "birthday", 2)]
    assert due_names(D(2026, 4, 23)) == [("Bea", "birthday", 7)]
    assert due_names(D(2026, 4, 24)) == []  # past the catch-up week
    assert due_names(D(2027, 2, 28)) == [("Leap", "birthday", 0)]
    assert due_names(D(2028, 2, 29)) == [("Leap", "birthday", 0)]


def test_event_follow_up_is_closed_by_contact_after_the_event_only(db: Path) -> None:
    ana = person("Ana", cadence_days=90)
    conn().execute(
        "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
        "VALUES (?, '2026-03-07', 'Follow up after Mixer', 'event', '2026-03-05 10:00:00')",
        (ana,))
    from kith.services.followups import schedule

    schedule.refresh([ana])
    assert due_names(D(2026, 3, 7)) == [("Ana", "event", 0)]
    interactions.log(Interaction(ana, D(2026, 2, 1), "call"))  # back-filled, before the event
    assert due_names(D(2026, 3, 7)) == [("Ana", "event", 0)]
    interactions.log(Interaction(ana, D(2026, 3, 6), "email"))
    assert due_names(D(2026, 3, 7)) == []
    assert due_names(D(2026, 6, 4)) == [("Ana", "cadence", 0)]


def test_most_urgent_first_and_deleted_people_are_not_due(db: Path) -> None:
    person("Late", cadence_days=10)
    person("Later", cadence_days=20)
    gone = person("Gone", cadence_days=5)
    contacts.delete([gone])
    assert due_names(D(2026, 2, 1)) == [("Late", "cadence", 21), ("Later", "cadence", 11)]
    counts = followups.counts(D(2026, 1, 21))
    assert counts == {"overdue": 1, "today": 1, "soon": 0, "birthdays": 0}


def test_limited_due_and_counts_agree_with_the_full_list(db: Path) -> None:
    for i in range(6):
        person(f"P{i}", cadence_days=10 + i)  # due 11..16 January
    person("Bday", birthday="--01-14", cadence_days=0)
    ana = person("Ana", cadence_days=0)
    followups.set_explicit(ana, D(2026, 1, 20), "send the article", D(2026, 1, 2))
    today = D(2026, 1, 13)
    full = followups.due(today, 7)
    limited = followups.due(today, 7, limit=2)
    # Each band (overdue, today, coming) gets its own two: the soonest of each.
    assert [(i.display_name, i.kind) for i in limited] == [
        ("P0", "cadence"), ("P1", "cadence"),  # the two most overdue
        ("P2", "cadence"), ("Bday", "birthday"), ("P3", "cadence"), ("P4", "cadence"),
        ("Ana", "explicit")]
    assert len(full) == 8
    counts = followups.counts(today)
    assert counts == {"overdue": 2, "today": 1, "soon": 5, "birthdays": 0}
    assert sum(counts.values()) == len(full)
    assert followups.agenda(today, 7, limit=2) == (limited, counts)


def test_counts_take_off_people_whose_follow_up_stands_in(db: Path) -> None:
    """Someone with an open follow-up is counted once, by it, not also by their cadence."""
    today = D(2026, 1, 13)
    people = [person(f"P{i}", cadence_days=5 + i) for i in range(12)]  # due 6..17 January
    followups.set_explicit(people[0], D(2026, 1, 13), "call back", D(2026, 1, 2))
    followups.set_explicit(people[0], D(2026, 1, 30), "later", D(2026, 1, 2))
    followups.set_explicit(people[3], D(2026, 1, 16), "send notes", D(2026, 1, 2))
    followups.set_explicit(people[9], D(2026, 2, 20), "far off", D(2026, 1, 2))
    (late,) = [i for i in followups.due(today, 0) if i.contact_id == people[5]]
    followups.snooze(late, D(2026, 1, 15), today)
    followups.set_explicit(people[7], D(2026, 1, 12), "gone", D(2026, 1, 2))
    contacts.delete([people[7]])  # their follow-up goes with them
    for days in (0, 7, 30):
        full = followups.due(today, days)
        expected = {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}
        for item in full:
            band = "overdue" if item.overdue_days > 0 else "today" if item.overdue_days == 0 \
                else "soon"
            expected[band] += 1
        assert followups.counts(today, days) == expected, days
        assert sum(expected.values()) == len(full) > 0


def test_interaction_edit_delete_undelete(db: Path) -> None:
    ana = person("Ana", cadence_days=30)
    iid = interactions.log(Interaction(ana, D(2026, 2, 1), "call", help="gave", note="intro"))
    item = interactions.get(iid)
    assert (item.channel, item.help, item.summary) == ("call", "gave", "intro")
    item.channel, item.occurred_on = "video", D(2026, 2, 3)
    interactions.update(item)
    assert contacts.load(ana) and due_names(D(2026, 3, 5)) == [("Ana", "cadence", 0)]
    interactions.delete(iid)
    assert due_names(D(2026, 1, 31)) == [("Ana", "cadence", 0)]
    assert timeline.for_contact(ana) == []
    interactions.undelete(iid)
    assert [e.channel for e in timeline.for_contact(ana)] == ["video"]
    with pytest.raises(ValueError, match="Unknown channel"):
        interactions.log(Interaction(ana, D(2026, 2, 1), "pigeon"))
    with pytest.raises(LookupError):
        interactions.log(Interaction(99999, D(2026, 2, 1), "call"))


def test_timeline_newest_first_filters_and_pages(db: Path) -> None:
    ana = person("Ana")
    bob = person("Bob")
    for day in range(1, 29):
        interactions.log(Interaction(ana, D(2026, 2, day), "email", note=f"mail {day}"))
    timeline.add_note(ana, "Likes jazz", D(2026, 2, 15))
    interactions.log(Interaction(bob, D(2026, 3, 1), "call", note="bob call"))
    page = timeline.for_contact(ana, limit=5)
    assert [e.summary for e in page] == ["mail 28", "mail 27", "mail 26", "mail 25", "mail 24"]
    assert [e.summary for e in timeline.for_contact(ana, limit=3, offset=13)] == [
        "mail 15", "Likes jazz", "mail 14"]
    assert [e.summary for e in timeline.for_contact(ana, {"note"})] == ["Likes jazz"]
    assert timeline.count_for_contact(ana) == 29
    assert [e.display_name for e in timeline.recent(limit=2)] == ["Bob", "Ana"]


def test_actions_can_be_reverted_exactly(db: Path) -> None:
    person("Ana", cadence_days=30, birthday="--02-01")
    today = D(2026, 2, 1)
    before = due_names(today)
    assert before == [("Ana", "cadence", 1), ("Ana", "birthday", 0)]
    for item in followups.due(today):
        applied = followups.done(item, today)
        assert due_names(today) != before
        followups.revert(applied)
        assert due_names(today) == before
        applied = followups.snooze(item, D(2026, 2, 3), today)
        followups.revert(applied)
        assert due_names(today) == before
    assert timeline.for_contact(followups.due(today)[0].contact_id) == []
    applied_all = followups.snooze_all(D(2026, 2, 2), today)
    assert len(applied_all) == 2 and due_names(today) == []
    assert [n for n, _, _ in due_names(D(2026, 2, 2))] == ["Ana", "Ana"]


def test_a_limit_keeps_what_the_view_shows_first(db: Path) -> None:
    """Explicit follow-ups sort before post-event ones on the same day: a limit keeps them."""
    today = D(2026, 3, 10)
    zed = person("Zed", cadence_days=0)
    followups.set_explicit(zed, today, "send the contract", D(2026, 3, 1))
    from kith.store import database as connection

    for i in range(5):
        cid = person(f"A{i}", cadence_days=0)
        connection.connection().execute(
            "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
            "VALUES (?, ?, 'Follow up after Mixer', 'event', '2026-03-01 10:00:00')",
            (cid, today.isoformat()))
    from kith.services.followups import schedule

    schedule.refresh()
    limited = followups.due(today, 0, limit=2)
    assert [(i.display_name, i.kind) for i in limited] == [("Zed", "explicit"), ("A0", "event")]


def test_the_most_urgent_of_each_band_and_the_totals_match_the_full_list(db: Path) -> None:
    """``agenda`` with a limit reads each band's first few with LIMIT and counts in SQL: the
    result is what cutting the full list (``due`` without a limit) per band gives."""
    from kith.services.followups import schedule
    from kith.store import database as connection

    today = D(2026, 3, 10)
    ids = [person(f"{chr(90 - i % 26)}{i}", cadence_days=3 + i % 14) for i in range(40)]
    for n, cid in enumerate(ids[:18]):  # event and explicit follow-ups over the three bands
        connection.connection().execute(
            "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at) "
            "VALUES (?, ?, 'Follow up after Mixer', ?, '2026-03-01 10:00:00')",
            (cid, (today + dt.timedelta(days=n % 7 - 3)).isoformat(),
             "event" if n % 3 else "explicit"))
    schedule.refresh()
    (late,) = [i for i in followups.due(today, 0) if i.contact_id == ids[1]]
    followups.snooze(late, D(2026, 3, 12), today)
    person("Bday", birthday="--03-11", cadence_days=0)
    contacts.delete([ids[5], ids[30]])

    def band(item: followups.DueItem) -> str:
        if item.kind == "birthday" and item.overdue_days >= 0:
            return "birthdays"
        return "overdue" if item.overdue_days > 0 else "today" if item.overdue_days == 0 \
            else "soon"

    for days in (0, 7, 30):
        full = followups.due(today, days)
        totals = {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}
        for item in full:
            totals[band(item)] += 1
        for limit in (1, 2, 5, 100):
            kept: dict[tuple[str, bool], int] = {}
            expected = []
            for item in full:  # per band, the first ``limit`` stored and cadence rounds
                key = ("birthdays" if item.kind == "birthday" else band(item),
                       item.kind == "cadence")
                kept[key] = kept.get(key, 0) + 1
                if item.kind == "birthday" or kept[key] <= limit:
                    expected.append(item)
            assert followups.agenda(today, days, limit=limit) == (expected, totals), (days, limit)
            assert followups.due(today, days, limit=limit) == expected
        assert followups.counts(today, days) == totals
