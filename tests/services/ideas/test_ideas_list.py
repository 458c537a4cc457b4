"""The short list of ideas (rank and cap), one idea per event, and introduction wording."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kith.services.followups import actions as followups
from kith.services.followups import interactions
from kith.services.ideas import prompts, ranking
from kith.services.ideas.context import Prompt
from kith.vcard.model import CardPoint
from tests.services.ideas.test_prompts import TODAY, _event, interact, need, offer, person


def _p(kind: str, ids: list[int], score: float, key: str = "") -> Prompt:
    return Prompt(kind, ids, f"{kind} {ids}", [], key or f"{kind}:{ids}", "", score)


def test_best_caps_ranks_by_tier_spreads_kinds_and_never_repeats_a_person() -> None:
    found = [_p("give_first", [i], 65) for i in range(1, 200)]
    found += [_p("introduce", [1000 + i, 2000 + i], 73) for i in range(5)]
    found += [_p("check_in", [i], 60) for i in range(1, 20)]  # the same people as give_first
    found += [_p("introduce", [1000, 3000], 95)]  # 1000 again: only the better one stays
    found += [_p("post_event", list(range(1, 200)), 80, "post_event:event:1")]
    shown = ranking.best(found, 50)
    assert len(shown) == 50
    # Introductions and time-bound ideas first (by score among them), generic ones last.
    assert [p.kind for p in shown[:6]] == ["introduce", "post_event"] + ["introduce"] * 4
    assert shown[0].contact_ids == [1000, 3000]
    people = [c for p in shown if p.kind != "post_event" for c in p.contact_ids]
    assert len(people) == len(set(people))  # never two ideas about the same person
    kinds = [p.kind for p in shown]
    assert kinds.count("check_in") == 19  # given its place before give_first filled the rest
    assert "give_first" in kinds and kinds.index("give_first") > kinds.index("check_in")
    assert len(ranking.best(found, None)) == len(found)  # --all: every candidate
    # A person shown beside their Today row is left out of the list.
    # A person shown beside their Today row: their own ideas leave the list (introductions stay).
    kept = ranking.best(found, 50, exclude={5, 1000})
    kept_ids = [p.contact_ids for p in kept]
    assert [5] not in kept_ids and [1000, 3000] in kept_ids


def _met(n: int, days_ago: int = 3) -> tuple[int, list[int]]:
    people = [person(f"Guest{i} Visitor") for i in range(n)]
    return _event("Gallatin Mixer", days_ago, *people), people


def test_one_idea_per_event_and_done_snoozed_logged_people_leave_it(db: Path) -> None:
    eid, people = _met(6)
    other, _ = _event("Other Meetup", 1, people[0]), None
    # Imported cards get an event follow-up two days after the event: make them so.
    for cid in people:
        followups.set_explicit(cid, TODAY - dt.timedelta(days=1), "Follow up after the mixer",
                               TODAY - dt.timedelta(days=3))
    found = [p for p in prompts.prompts(TODAY) if p.kind == "post_event"]
    assert sorted(p.key for p in found) == sorted([f"post_event:event:{eid}",
                                                   f"post_event:event:{other}"])
    mixer = next(p for p in found if p.details["event_id"] == eid)
    assert sorted(mixer.contact_ids) == sorted(people)
    assert "You met 6 people at Gallatin Mixer" in mixer.text
    assert "6 not contacted yet" in mixer.text
    assert "have not been in touch" not in mixer.text

    def item(cid: int) -> followups.DueItem:
        return followups.for_contact(cid, TODAY)[0]

    followups.done(item(people[1]), TODAY)
    followups.snooze(item(people[2]), TODAY + dt.timedelta(days=3), TODAY)
    followups.skip(item(people[3]), TODAY)
    interactions.log(interactions.Interaction(people[4], TODAY, "call", "me", "none",
                                              "Called", ""))
    mixer = next(p for p in prompts.prompts(TODAY) if p.key == f"post_event:event:{eid}")
    assert sorted(mixer.contact_ids) == sorted([people[0], people[5]])
    assert "You met 6 people" in mixer.text and "2 not contacted yet" in mixer.text
    assert prompts.prompts_for(people[1], TODAY) == []
    # Everyone dealt with: no idea for the event.
    for cid in (people[0], people[5]):
        followups.done(item(cid), TODAY)
    assert [p for p in prompts.prompts(TODAY) if p.key == f"post_event:event:{eid}"] == []


def test_a_check_in_leaves_once_the_follow_up_is_done_or_snoozed(db: Path) -> None:
    ana, bob = person("Ana Silva", cadence_days=0), person("Bob Ng", cadence_days=0)
    for cid in (ana, bob):
        interact(cid, 200, help_="asked")
        followups.set_explicit(cid, TODAY, "Catch up", TODAY - dt.timedelta(days=5))
    assert {p.contact_ids[0] for p in prompts.prompts(TODAY) if p.kind == "check_in"} == {ana, bob}
    followups.done(followups.for_contact(ana, TODAY)[0], TODAY)
    followups.snooze(followups.for_contact(bob, TODAY)[0], TODAY + dt.timedelta(days=2), TODAY)
    assert [p for p in prompts.prompts(TODAY) if p.kind == "check_in"] == []


def test_ideas_keep_at_most_fifty(db: Path) -> None:
    for i in range(60):
        interact(person(f"Asker{i} Person"), 5, help_="asked")
    assert len(prompts.prompts(TODAY)) == 60
    assert len(prompts.ideas(TODAY)) == 50
    assert len(prompts.ideas(TODAY, None)) == 60


def test_the_introduction_drafts_speak_to_each_reader_without_the_matchers_keyword(
        db: Path) -> None:
    ana = person("Ana Silva", points=[CardPoint("email", "ana@acme.example")])
    bob = person("Bob Ng", title="", organization="Initech")
    need(ana, "hiring a senior frontend developer")
    offer(bob, "senior React developer")
    intro = next(p for p in prompts.prompts(TODAY) if p.kind == "introduce")
    why = intro.details["why"]
    assert why and why not in intro.text and "(" not in intro.text
    drafts = prompts.introduction_draft(ana, bob, intro.details["reason"])
    to_ana = parse_qs(urlsplit(drafts[ana]).query)["body"][0].replace("\r\n", "\n")
    to_bob = parse_qs(urlsplit(drafts[bob]).query)["body"][0].replace("\r\n", "\n")
    assert ("You mentioned you are hiring a senior frontend developer. Bob Ng is a senior React "
            "developer at Initech.") in to_ana
    assert ("Ana Silva is hiring a senior frontend developer, and I thought of you: you are a "
            "senior React developer.") in to_bob
    for body in (to_ana, to_bob):
        assert why not in body and "(" not in body and "[" not in body
        assert "you" in body.lower().split("\n\n")[1]
        assert " needs “" not in body  # no third-person summary of the match
