"""Moments with several people (issue #15): one lunch with three is on each timeline,
resets each clock, counts once per person for give/ask, and is edited or deleted for all."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kith import errors
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.followups import interactions, timeline
from kith.services.followups.interactions import Interaction
from kith.services.ideas import prompts
from kith.store import schema
from kith.store.database import connection as conn
from kith.store.db import close_database, migrate, open_database
from tests.store.test_db import _make_v1

D = dt.date
ADDED = dt.datetime(2026, 1, 1, 9, 0)
LUNCH = D(2026, 2, 10)


def person(name: str, cadence: int = 30) -> int:
    given, _, family = name.partition(" ")
    return contacts.create(ContactRecord(given_name=given, family_name=family,
                                         cadence_days=cadence), when=ADDED)


def due_names(today: dt.date) -> list[str]:
    """Who is due on ``today`` (or overdue), by name."""
    return sorted(i.display_name for i in followups.due(today))


def lines(cid: int) -> list[tuple[str, str, list[str]]]:
    """A timeline as a person reads it: what, the summary, and with whom."""
    return [(e.kind, e.summary, [name for _, name in e.with_people])
            for e in timeline.for_contact(cid)]


def lunch(people: list[int], on: dt.date = LUNCH, help_: str = "none") -> int:
    first, *others = people
    return interactions.log(Interaction(first, on, "meeting", note="Lunch at Luigi's",
                                        help=help_, with_ids=tuple(others)))


def test_a_lunch_with_three_resets_each_clock_and_names_the_others(db: Path) -> None:
    ana, bob, cara, dan = (person(n) for n in ("Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"))
    assert due_names(D(2026, 2, 10)) == ["Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"]
    iid = lunch([ana, bob, cara])
    assert due_names(D(2026, 2, 10)) == ["Dan Wu"]
    assert due_names(D(2026, 3, 12)) == ["Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"]
    assert lines(ana) == [("interaction", "Lunch at Luigi's", ["Bob Ng", "Cara Diaz"])]
    assert lines(bob) == [("interaction", "Lunch at Luigi's", ["Ana Silva", "Cara Diaz"])]
    assert lines(cara) == [("interaction", "Lunch at Luigi's", ["Ana Silva", "Bob Ng"])]
    assert lines(dan) == []
    assert timeline.count_for_contact(bob) == 1
    assert interactions.get(iid).with_ids == (bob, cara)
    # everyone's timeline (Recent) shows the moment once
    assert [(e.display_name, [n for _, n in e.with_people]) for e in timeline.recent()] == [
        ("Ana Silva", ["Bob Ng", "Cara Diaz"])]
    assert timeline.for_contact(cara)[0].as_json()["with"] == [ana, bob]


def test_one_person_stays_as_before(db: Path) -> None:
    ana = person("Ana Silva")
    iid = interactions.log(Interaction(ana, D(2026, 2, 10), "call", note="hello",
                                       with_ids=(ana,)))  # naming her twice is once
    assert conn().execute("SELECT COUNT(*), MAX(moment_id) FROM interaction").fetchone() \
        == (1, None)
    assert interactions.get(iid).with_ids == ()
    assert timeline.for_contact(ana)[0].as_json() == {
        "date": "2026-02-10", "kind": "interaction", "channel": "call", "summary": "hello",
        "with": []}


def test_a_person_in_the_trash_cannot_be_logged_and_nothing_is_half_written(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    contacts.delete([bob])
    with pytest.raises(errors.NotFound):
        lunch([ana, bob])
    assert conn().execute("SELECT COUNT(*) FROM interaction").fetchone()[0] == 0
    assert due_names(D(2026, 2, 10)) == ["Ana Silva"]


def test_give_and_ask_count_once_per_person(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    lunch([ana, bob, cara], D(2026, 6, 1), help_="asked")
    found = {p.contact_ids[0]: p.signature for p in prompts.prompts(D(2026, 6, 15))
             if p.kind == "give_first"}
    assert found == {ana: "1:0", bob: "1:0", cara: "1:0"}  # asked once each, never 3 times


def test_editing_from_one_timeline_changes_it_for_everyone_and_undo_restores(db: Path) -> None:
    ana, bob, cara, dan = (person(n) for n in ("Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"))
    lunch([ana, bob, cara])
    bobs = int(timeline.for_contact(bob)[0].ref.split(":")[1])
    before = interactions.get(bobs)
    assert before.contact_id == bob and before.with_ids == (ana, cara)
    # From Bob's timeline: a dinner on another day, Cara out, Dan in.
    interactions.update(Interaction(bob, D(2026, 2, 12), "meeting", note="Dinner instead",
                                    id=bobs, with_ids=(ana, dan)))
    assert lines(ana) == [("interaction", "Dinner instead", ["Bob Ng", "Dan Wu"])]
    assert lines(dan) == [("interaction", "Dinner instead", ["Ana Silva", "Bob Ng"])]
    assert lines(cara) == []
    assert due_names(D(2026, 3, 12)) == ["Cara Diaz"]  # her clock runs from 1 January again
    assert due_names(D(2026, 3, 14)) == ["Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"]
    interactions.update(before)  # undo
    assert lines(ana) == [("interaction", "Lunch at Luigi's", ["Bob Ng", "Cara Diaz"])]
    assert lines(cara) == [("interaction", "Lunch at Luigi's", ["Ana Silva", "Bob Ng"])]
    assert lines(dan) == []
    assert due_names(D(2026, 3, 12)) == ["Ana Silva", "Bob Ng", "Cara Diaz", "Dan Wu"]


def test_deleting_from_one_timeline_deletes_for_everyone_and_undo_brings_all_back(
        db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    lunch([ana, bob, cara])
    other = interactions.log(Interaction(ana, D(2026, 2, 1), "call", note="before lunch"))
    cara_row = int(timeline.for_contact(cara)[0].ref.split(":")[1])
    interactions.delete(cara_row)
    assert lines(ana) == [("interaction", "before lunch", [])]
    assert lines(bob) == [] and lines(cara) == []
    assert due_names(D(2026, 2, 10)) == ["Bob Ng", "Cara Diaz"]
    interactions.undelete(cara_row)
    assert lines(bob) == [("interaction", "Lunch at Luigi's", ["Ana Silva", "Cara Diaz"])]
    assert due_names(D(2026, 2, 10)) == []
    assert interactions.get(other).with_ids == ()


def test_a_person_gone_to_the_trash_leaves_the_moment_on_the_others(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    iid = lunch([ana, bob, cara])
    trashed = contacts.delete([ana])
    assert lines(bob) == [("interaction", "Lunch at Luigi's", ["Cara Diaz"])]
    assert lines(cara) == [("interaction", "Lunch at Luigi's", ["Bob Ng"])]
    assert [e.display_name for e in timeline.recent()] == ["Bob Ng"]  # still once
    # editing it without her keeps her row: restored, she is in the moment again
    cara_row = int(timeline.for_contact(cara)[0].ref.split(":")[1])
    interactions.update(Interaction(cara, D(2026, 2, 10), "meeting", note="Long lunch",
                                    id=cara_row, with_ids=(bob,)))
    contacts.undelete(trashed)
    assert lines(ana) == [("interaction", "Long lunch", ["Bob Ng", "Cara Diaz"])]
    assert interactions.get(iid).with_ids == (bob, cara)


def test_version_13_keeps_every_interaction_as_it_was(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = data_dir / "kith.sqlite3"
    _make_v1(path)
    with monkeypatch.context() as version_12:
        version_12.setattr(schema, "STEPS", tuple(s for s in schema.STEPS if s.version <= 12))
        version_12.setattr(schema, "LATEST", 12)
        db = sqlite3.connect(path)
        migrate(db, path)
    rows = [(1, "2026-01-02", "call", "gave", "hi", "2026-01-02 10:00:00", None),
            (2, "2026-01-03", "email", "none", "yo", "2026-01-03 10:00:00",
             "2026-01-04 10:00:00")]
    db.executemany("INSERT INTO interaction (contact_id, occurred_on, channel, help, summary, "
                   "created_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    before = db.execute("SELECT * FROM interaction ORDER BY id").fetchall()
    db.close()
    open_database(path)
    try:
        assert conn().execute("PRAGMA user_version").fetchone()[0] == schema.LATEST >= 13
        after = conn().execute("SELECT * FROM interaction ORDER BY id").fetchall()
        assert len(before) > 50 and [r[:-1] for r in after] == before
        assert {r[-1] for r in after} == {None}  # moment_id: each stays one person's
        assert [e.with_people for e in timeline.for_contact(2)][:1] == [()]
    finally:
        close_database()
