"""Merging people into one loses nothing, moves everything, and undoes exactly (#15)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kith.errors import Conflict, NotFound
from kith.services.contacts import duplicates, links, merging
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions, interactions
from kith.services.ideas import needs, pipeline, prompts
from kith.store.models import (
    Contact,
    ContactEvent,
    ContactLink,
    Event,
    FollowUp,
    Interaction,
    Introduction,
    NeedOffer,
    NotDuplicate,
    PromptState,
    TimelineEntry,
)
from kith.vcard.model import CardPoint

DAY = dt.date(2026, 11, 2)


def _make(**fields: object) -> int:
    return contacts.create(ContactRecord(**fields))  # type: ignore[arg-type]


def _story(cid: int, event_id: int) -> dict[str, int]:
    """Give ``cid`` one of everything that belongs to a person; returns the row ids."""
    return {
        "interaction": interactions.log(interactions.Interaction(cid, DAY, "call",
                                                                 summary=f"call {cid}")),
        "follow_up": actions.set_explicit(cid, DAY + dt.timedelta(days=5), "ask again", DAY),
        "need": needs.add(cid, "need", f"an accountant for {cid}", DAY),
        "timeline": TimelineEntry.insert(contact=cid, occurred_on=DAY, kind="note",
                                         summary=f"note {cid}",
                                         created_at="2026-11-02 10:00:00").execute(),
        "event": ContactEvent.insert(contact=cid, event=event_id).execute() or event_id,
    }


def _state() -> dict[str, object]:
    """Everything a merge may touch, to compare before and after an undo."""
    def rows(model, *fields):  # type: ignore[no-untyped-def]
        return sorted(model.select(*fields).tuples())

    return {
        "contacts": rows(Contact, Contact.id, Contact.display_name, Contact.organization,
                         Contact.title, Contact.notes, Contact.nickname, Contact.deleted_at),
        "points": {cid: [(p.kind, p.value) for p in contacts.load(cid, True).points]
                   for (cid,) in Contact.select(Contact.id).tuples()},
        "tags": {cid: contacts.load(cid, True).tags
                 for (cid,) in Contact.select(Contact.id).tuples()},
        "interaction": rows(Interaction, Interaction.id, Interaction.contact),
        "timeline": rows(TimelineEntry, TimelineEntry.id, TimelineEntry.contact),
        "follow_up": rows(FollowUp, FollowUp.id, FollowUp.contact),
        "need": rows(NeedOffer, NeedOffer.id, NeedOffer.contact),
        "events": rows(ContactEvent, ContactEvent.contact, ContactEvent.event),
        "intros": rows(Introduction, Introduction.id, Introduction.a, Introduction.b),
        "prompts": rows(PromptState, PromptState.key, PromptState.status),
        "not_same": rows(NotDuplicate, NotDuplicate.a, NotDuplicate.b),
    }


@pytest.fixture
def pair(db: Path) -> tuple[int, int, int, int]:
    ana = _make(given_name="Ana", family_name="Silva", organization="Acme", title="CTO",
                notes="Likes jazz.", tags=["investor"],
                points=[CardPoint("email", "ana@acme.com")])
    other = _make(given_name="Ana", family_name="Silva", organization="Initech",
                  nickname="Annie", birthday="1987-04-15", notes="Moving to Austin.",
                  tags=["Austin"], photo=b"\x89PNG other", photo_mime="image/png",
                  points=[CardPoint("email", "ANA@acme.com"),
                          CardPoint("phone", "+1 512 555 0199")])
    bob = _make(given_name="Bob", family_name="Ng")
    event = Event.create(name="Gallatin Mixer", date=DAY, created_at="2026-11-01 09:00:00").id
    other_event = Event.create(name="Panel", date=DAY, created_at="2026-11-01 09:00:00").id
    _story(ana, event)
    _story(other, event)  # both met at the same event: it stays on each
    ContactEvent.insert(contact=other, event=other_event).execute()
    pipeline.start(other, bob, "accountants", DAY)
    prompts.dismiss(f"check_in:{other}", "sig", DAY)
    prompts.snooze(f"introduce:{min(other, bob)}:{max(other, bob)}", DAY + dt.timedelta(days=9),
                   DAY)
    duplicates.mark_not_same([other, bob])
    return ana, other, bob, other_event


def test_merge_moves_everything_and_keeps_every_field(pair: tuple[int, int, int, int]) -> None:
    ana, other, bob, other_event = pair
    result = merging.merge([ana, other])
    assert (result.kept, result.merged) == (ana, [other])
    kept = contacts.load(ana)
    assert kept.organization == "Acme" and kept.title == "CTO"  # kept's own values
    assert kept.nickname == "Annie" and kept.birthday == "1987-04-15"  # filled from other
    assert kept.notes == "Likes jazz.\n\nMoving to Austin."
    assert sorted(kept.tags) == ["Austin", "investor"]
    assert [(p.kind, p.value) for p in kept.points] == [
        ("email", "ana@acme.com"), ("phone", "+1 512 555 0199")]  # the same e-mail once
    assert kept.photo == b"\x89PNG other"
    # the whole story moved
    for model in (Interaction, FollowUp, NeedOffer):
        assert not model.select().where(model.contact == other).exists()
        assert model.select().where(model.contact == ana).count() >= 2
    assert TimelineEntry.select().where(TimelineEntry.contact == other).count() == 0
    summaries = [s for (s,) in TimelineEntry.select(TimelineEntry.summary)
                 .where(TimelineEntry.contact == ana).tuples()]
    assert "note 1" in summaries and "note 2" in summaries
    assert "Merged Ana Silva into this person" in summaries
    assert "Merged: organisation Initech (Kith keeps Acme)" in summaries
    assert (ana, other_event) in ContactEvent.select(ContactEvent.contact, ContactEvent.event
                                                     ).tuples()
    intro = Introduction.get()
    assert {intro.a_id, intro.b_id} == {ana, bob}
    keys = {k for (k,) in PromptState.select(PromptState.key).tuples()}
    assert keys == {f"check_in:{ana}", f"introduce:{min(ana, bob)}:{max(ana, bob)}"}
    assert (min(ana, bob), max(ana, bob)) in NotDuplicate.select(NotDuplicate.a, NotDuplicate.b
                                                                 ).tuples()
    # the merged person is in the trash, not gone
    with pytest.raises(NotFound):
        contacts.load(other)
    assert contacts.load(other, include_deleted=True).organization == "Initech"


def test_choices_pick_a_value_per_field(pair: tuple[int, int, int, int]) -> None:
    ana, other, _, _ = pair
    merging.merge([ana, other], choices={"organization": other, "photo": ana})
    kept = contacts.load(ana)
    assert kept.organization == "Initech" and kept.photo is None
    summaries = [s for (s,) in TimelineEntry.select(TimelineEntry.summary).tuples()]
    assert "Merged: organisation Acme (Kith keeps Initech)" in summaries


def test_keep_another_than_the_first(pair: tuple[int, int, int, int]) -> None:
    ana, other, _, _ = pair
    result = merging.merge([ana, other], keep=other)
    assert (result.kept, result.merged) == (other, [ana])
    assert contacts.load(other).organization == "Initech"


def test_undo_restores_exactly_what_the_merge_changed(pair: tuple[int, int, int, int]) -> None:
    ana, other, _, _ = pair
    before = _state()
    result = merging.merge([ana, other])
    assert _state() != before
    undone = merging.unmerge(result.merge_id)
    assert undone.restored == [other] and undone.conflicts == [] and undone.lost == []
    assert _state() == before
    assert merging.status(result.merge_id) == "undone"
    with pytest.raises(Conflict):
        merging.unmerge(result.merge_id)


def test_undo_keeps_an_edit_made_since(pair: tuple[int, int, int, int]) -> None:
    ana, other, _, _ = pair
    result = merging.merge([ana, other])
    edited = contacts.load(ana)
    edited.nickname = "Ani"
    contacts.update(ana, edited)
    undone = merging.unmerge(result.merge_id)
    assert undone.conflicts == ["nickname"]
    kept = contacts.load(ana)
    assert kept.nickname == "Ani"  # the edit since stays
    assert kept.birthday is None  # what the merge alone filled goes back
    assert contacts.load(other).nickname == "Annie"


def test_a_failure_half_way_changes_nothing(pair: tuple[int, int, int, int],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    ana, other, _, _ = pair
    before = _state()

    def broken(*args: object) -> list[list[str]]:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(merging, "_move_prompts", broken)
    with pytest.raises(sqlite3.OperationalError):
        merging.merge([ana, other])
    assert _state() == before
    assert merging.status(1) is None


def test_merging_someone_gone_or_alone_is_refused(pair: tuple[int, int, int, int]) -> None:
    ana, other, bob, _ = pair
    contacts.delete([bob])
    with pytest.raises(NotFound):
        merging.merge([ana, bob])
    with pytest.raises(ValueError):
        merging.merge([ana, ana])


def test_sides_count_each_story(pair: tuple[int, int, int, int]) -> None:
    ana, other, _, _ = pair
    sides = merging.sides([ana, other])
    assert [s.record.organization for s in sides] == ["Acme", "Initech"]
    assert sides[0].counts == {"interactions": 1, "timeline": 1, "follow_ups": 1,
                               "needs_offers": 1, "events": 1}
    assert sides[1].counts["events"] == 2


def _links() -> list[tuple[object, ...]]:
    return sorted(ContactLink.select(ContactLink.id, ContactLink.from_contact,
                                     ContactLink.to_contact, ContactLink.relation,
                                     ContactLink.label, ContactLink.created_at).tuples())


def test_links_move_one_per_pair_and_unmerge_puts_them_back(
        pair: tuple[int, int, int, int]) -> None:
    ana, other, bob, _ = pair
    cara = _make(given_name="Cara", family_name="Diaz")
    dan = _make(given_name="Dan", family_name="Roe")
    links.link(ana, other, "works-with")  # between the two merged: dropped
    links.link(ana, cara, "friend-of")  # the kept person's own: stays
    links.link(other, cara, "introduced-by")  # clashes with ana-cara: ana's stays
    links.link(other, dan, "reports-to")  # moves to ana, direction kept
    links.link(bob, other, "partner-of")  # moves to ana (other on the "to" side)
    before = _links()

    result = merging.merge([ana, other])

    assert result.moved["links"] == 2
    assert sorted((s.name, s.relation) for s in links.for_contact(ana)) == [
        ("Bob Ng", "partner-of"), ("Cara Diaz", "friend-of"), ("Dan Roe", "reports-to")]
    assert [(s.name, s.relation) for s in links.for_contact(cara)] == [
        ("Ana Silva", "friend-of")]
    assert [(s.name, s.relation) for s in links.for_contact(dan)] == [("Ana Silva", "manages")]
    assert ContactLink.select().count() == 3  # one per pair, none with the merged person
    assert not ContactLink.select().where((ContactLink.from_contact == other)
                                          | (ContactLink.to_contact == other)).exists()

    merging.unmerge(result.merge_id)

    assert _links() == before
    assert sorted((s.name, s.relation) for s in links.for_contact(other)) == [
        ("Ana Silva", "works-with"), ("Bob Ng", "partner-of"),
        ("Cara Diaz", "introduced-by"), ("Dan Roe", "reports-to")]


def test_two_merged_people_linked_to_one_person_keep_one_link(db: Path) -> None:
    ana = _make(given_name="Ana", family_name="Silva")
    ana2 = _make(given_name="Ana", family_name="Silva")
    ana3 = _make(given_name="Ana", family_name="Silva")
    bob = _make(given_name="Bob", family_name="Ng")
    links.link(ana2, bob, "works-with")
    links.link(bob, ana3, "introduced")
    links.link(ana2, ana3, "friend-of")
    before = _links()
    result = merging.merge([ana, ana2, ana3])
    assert [(s.name, s.relation) for s in links.for_contact(ana)] == [("Bob Ng", "works-with")]
    assert ContactLink.select().count() == 1
    merging.unmerge(result.merge_id)
    assert _links() == before


def _moment_rows() -> list[tuple[object, ...]]:
    return sorted(Interaction.select(Interaction.id, Interaction.contact, Interaction.moment_id,
                                     Interaction.summary, Interaction.occurred_on,
                                     Interaction.created_at, Interaction.deleted_at).tuples())


def test_a_moment_both_were_in_counts_once_and_unmerge_brings_the_row_back(
        pair: tuple[int, int, int, int]) -> None:
    ana, other, bob, _ = pair
    lunch = interactions.log(interactions.Interaction(
        bob, DAY, "meeting", summary="lunch with both Anas", with_ids=(ana, other)))
    call = interactions.log(interactions.Interaction(other, DAY, "call", summary="call",
                                                     with_ids=(bob,)))
    before = _moment_rows()
    ana_before = Interaction.select().where(Interaction.contact == ana).count()

    result = merging.merge([ana, other])

    moment = Interaction.select().where(Interaction.moment_id == lunch)
    assert sorted(r.contact_id for r in moment) == [ana, bob]  # Ana once, Bob once
    # the merged person's own call (with Bob) moved to Ana, whole
    assert sorted(r.contact_id for r in Interaction.select().where(
        Interaction.moment_id == call)) == [ana, bob]
    assert Interaction.select().where(Interaction.contact == ana).count() == ana_before + 2
    assert [n for _, n in interactions.with_whom([lunch])[lunch]] == ["Ana Silva"]
    assert merging.sides([ana])[0].counts["interactions"] == ana_before + 2

    merging.unmerge(result.merge_id)

    assert _moment_rows() == before
    assert sorted(r.contact_id for r in Interaction.select().where(
        Interaction.moment_id == lunch)) == sorted([ana, other, bob])


def test_unmerge_gives_a_restored_moment_row_the_moment_as_edited_since(
        pair: tuple[int, int, int, int]) -> None:
    ana, other, bob, _ = pair
    lunch = interactions.log(interactions.Interaction(
        bob, DAY, "meeting", summary="lunch", with_ids=(ana, other)))
    result = merging.merge([ana, other])
    edited = interactions.get(lunch)
    interactions.update(dataclasses.replace(edited, summary="lunch at Noma"))
    merging.unmerge(result.merge_id)
    rows = Interaction.select().where(Interaction.moment_id == lunch)
    assert sorted((r.contact_id, r.summary) for r in rows) == sorted(
        [(bob, "lunch at Noma"), (ana, "lunch at Noma"), (other, "lunch at Noma")])


def test_a_name_from_the_card_alone_survives_the_merge(db: Path) -> None:
    # Cards with only FN (no N): the name is the shown name, with no parts behind it.
    first = _make(display_name="Ana Silva", points=[CardPoint("email", "ana@a.com")])
    second = _make(display_name="Ana Silva", points=[CardPoint("email", "ana@b.com")])
    assert merging.planned([contacts.load(first), contacts.load(second)])[0].display_name \
        == "Ana Silva"
    result = merging.merge([first, second])
    assert result.name == "Ana Silva"
    assert contacts.load(first).display_name == "Ana Silva"
    assert [p.value for p in contacts.load(first).points] == ["ana@a.com", "ana@b.com"]


def test_an_e_mail_standing_in_for_a_name_gives_way_to_the_other_persons_name(
        db: Path) -> None:
    nameless = _make(points=[CardPoint("email", "ana@a.com")])
    named = _make(display_name="Ana Silva", points=[CardPoint("email", "ana@b.com")])
    assert contacts.load(nameless).display_name == "ana@a.com"
    assert merging.merge([nameless, named]).name == "Ana Silva"
    assert contacts.load(nameless).display_name == "Ana Silva"


def test_a_chosen_shown_name_or_chosen_name_parts_decide_the_name(db: Path) -> None:
    bob = _make(given_name="Bob", family_name="Ng")
    robert = _make(given_name="Robert", family_name="Ng")
    records = [contacts.load(bob), contacts.load(robert)]
    assert merging.planned(records)[0].display_name == "Bob Ng"
    assert merging.planned(records, {"given_name": robert})[0].display_name == "Robert Ng"
    fn_only = _make(display_name="Dr. Bobby")
    records.append(contacts.load(fn_only))
    assert merging.planned(records, {"display_name": fn_only})[0].display_name == "Dr. Bobby"
