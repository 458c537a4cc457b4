"""Introductions as a small pipeline: asked, agreed, introduced, and how it went (issue #13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kith import errors
from kith.services.contacts import people as contacts
from kith.services.followups import timeline
from kith.services.ideas import pipeline, prompts
from kith.store.database import connection as conn
from tests.services.ideas.test_prompts import TODAY, need, of_kind, offer, person


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def intro_entries(cid: int) -> list[tuple[str, str]]:
    """(date, summary) of one person's introduction entries, oldest first."""
    return [(e.date.isoformat(), e.summary)
            for e in reversed(timeline.for_contact(cid, {"introduction"}))]


def linked_follow_ups(intro_id: int) -> list[tuple[int, str, str, str]]:
    return conn().execute(
        "SELECT f.contact_id, f.due_on, f.reason, f.status FROM introduction_follow_up l "
        "JOIN follow_up f ON f.id = l.follow_up_id WHERE l.introduction_id = ? ORDER BY f.id",
        (intro_id,)).fetchall()


def test_each_step_is_dated_on_both_timelines_and_its_follow_up_waits_for_the_next(
        db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    intro = pipeline.start(ana, bob, "Ana needs an accountant", day(0))
    got = pipeline.get(intro)
    assert (got.a, got.b, got.state, got.since, got.next_follow_up) == (
        ana, bob, "asked", day(0), day(5))
    assert linked_follow_ups(intro) == [
        (ana, day(5).isoformat(), "Has Ana Silva answered about an introduction to Bob Ng?",
         "open")]

    assert pipeline.take(intro, "agreed-a", day(2)).next_follow_up == day(7)
    assert pipeline.take(intro, "agreed-b", day(4)).next_follow_up == day(6)
    got = pipeline.take(intro, "introduced", day(5))
    assert (got.state, got.since, got.next_follow_up) == ("introduced", day(5), day(12))
    assert linked_follow_ups(intro) == [
        (ana, day(5).isoformat(), "Has Ana Silva answered about an introduction to Bob Ng?",
         "done"),
        (bob, day(7).isoformat(), "Has Bob Ng answered about an introduction to Ana Silva?",
         "done"),
        (ana, day(6).isoformat(), "Both agreed: introduce Ana Silva and Bob Ng", "done"),
        (ana, day(12).isoformat(), "Ask how the introduction to Bob Ng went", "open"),
        (bob, day(12).isoformat(), "Ask how the introduction to Ana Silva went", "open")]
    # Putting them in touch is a "gave" e-mail to each, which counts as contact.
    assert conn().execute("SELECT contact_id, occurred_on, help, summary FROM interaction "
                          "ORDER BY contact_id").fetchall() == [
        (ana, day(5).isoformat(), "gave", "Introduced to Bob Ng"),
        (bob, day(5).isoformat(), "gave", "Introduced to Ana Silva")]

    got = pipeline.take(intro, "helped", day(20))
    assert (got.state, got.since, got.next_follow_up, got.next_steps) == (
        "helped", day(20), None, ())
    assert [s for *_, s in linked_follow_ups(intro)] == ["done"] * 5
    assert pipeline.steps(intro) == [("asked", day(0)), ("agreed-a", day(2)),
                                     ("agreed-b", day(4)), ("introduced", day(5)),
                                     ("helped", day(20))]
    assert intro_entries(ana) == [
        (day(0).isoformat(), "Introduction to Bob Ng: asked Ana Silva first"),
        (day(2).isoformat(), "Introduction to Bob Ng: Ana Silva agreed; asked Bob Ng"),
        (day(4).isoformat(), "Introduction to Bob Ng: Bob Ng agreed too"),
        (day(5).isoformat(), "Introduced to Bob Ng: Ana needs an accountant"),
        (day(20).isoformat(), "Introduction to Bob Ng: it helped")]
    assert intro_entries(bob) == [
        (day(0).isoformat(), "Introduction to Ana Silva: asked Ana Silva first"),
        (day(2).isoformat(), "Introduction to Ana Silva: Ana Silva agreed; asked Bob Ng"),
        (day(4).isoformat(), "Introduction to Ana Silva: Bob Ng agreed too"),
        (day(5).isoformat(), "Introduced to Ana Silva: Ana needs an accountant"),
        (day(20).isoformat(), "Introduction to Ana Silva: it helped")]


def test_a_step_out_of_order_or_too_early_is_refused_and_changes_nothing(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    intro = pipeline.start(ana, bob, "", day(3))
    rows = conn().execute("SELECT COUNT(*) FROM introduction_step").fetchone()
    for step in ("agreed-b", "introduced", "helped", "asked"):
        with pytest.raises(pipeline.StepRefused) as refused:
            pipeline.take(intro, step, day(4))
        assert refused.value.allowed == ("agreed-a", "no-fit", "no-answer")
        assert "agreed-a, no-fit, no-answer" in str(refused.value)
    with pytest.raises(errors.Invalid, match="last step"):
        pipeline.take(intro, "agreed-a", day(2))  # before it was asked
    assert conn().execute("SELECT COUNT(*) FROM introduction_step").fetchone() == rows
    assert pipeline.get(intro).state == "asked"
    with pytest.raises(errors.NotFound):
        pipeline.take(intro + 1, "agreed-a", day(4))

    pipeline.take(intro, "no-fit", day(4))  # Ana said no: it ends
    with pytest.raises(pipeline.StepRefused) as refused:
        pipeline.take(intro, "agreed-a", day(5))
    assert refused.value.allowed == ()


def test_no_answer_ends_it_kindly_and_closes_its_follow_up(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    intro = pipeline.start(ana, bob, "", day(0))
    pipeline.take(intro, "agreed-a", day(1))
    got = pipeline.take(intro, "no-answer", day(9))
    assert (got.state, got.next_follow_up, got.ended) == ("no-answer", None, True)
    assert [(cid, status) for cid, _, _, status in linked_follow_ups(intro)] == [
        (ana, "done"), (bob, "skipped")]
    assert conn().execute("SELECT COUNT(*) FROM follow_up WHERE status = 'open'").fetchone() \
        == (0,)
    assert intro_entries(bob)[-1] == (day(9).isoformat(),
                                      "Introduction to Ana Silva: no answer, closed")


def test_start_refuses_one_person_the_trash_and_a_pair_under_way(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    with pytest.raises(errors.Invalid):
        pipeline.start(ana, ana, "", day(0))
    intro = pipeline.start(ana, bob, "", day(0))
    with pytest.raises(errors.Conflict, match="already have an introduction"):
        pipeline.start(bob, ana, "", day(1))  # either way round
    contacts.delete([cara])
    with pytest.raises(errors.NotFound):
        pipeline.start(ana, cara, "", day(1))
    assert [x.id for x in pipeline.introductions()] == [intro]
    pipeline.take(intro, "no-answer", day(6))
    again = pipeline.start(bob, ana, "", day(7))  # ended: the user may try again
    assert [x.id for x in pipeline.introductions(ana)] == [intro, again]


def test_the_ideas_never_propose_a_pair_in_the_pipeline(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    assert [p.contact_ids for p in of_kind("introduce")] == [[ana, bob]]
    intro = pipeline.start(ana, bob, "", TODAY)
    for step in ("agreed-a", "agreed-b", "introduced", "helped"):
        assert of_kind("introduce") == []
        assert all(p.kind != "introduce" for p in prompts.prompts_for(ana, TODAY))
        pipeline.take(intro, step, TODAY)
    assert of_kind("introduce") == []
    assert of_kind("introduce", day(400)) == []  # helped: never again


def test_after_no_answer_the_pair_may_come_back_after_a_quiet_while(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    intro = pipeline.start(bob, ana, "", TODAY)  # asked Bob first: the same pair
    pipeline.take(intro, "no-answer", day(5))
    quiet = pipeline.QUIET_AFTER_NO_ANSWER.days
    assert of_kind("introduce", day(5 + quiet - 1)) == []
    assert [p.contact_ids for p in of_kind("introduce", day(5 + quiet))] == [[ana, bob]]


def test_no_fit_lowers_similar_proposals_for_those_two_only(db: Path) -> None:
    ana, bob, cara, dan = (person("Ana Silva"), person("Bob Ng"), person("Cara Diaz"),
                           person("Dan Roe"))
    need(ana, "looking for an accountant", days_ago=10)
    offer(bob, "tax advice", days_ago=10)
    offer(cara, "tax advice and bookkeeping", days_ago=9)
    need(ana, "needs a plumber for the kitchen", days_ago=8)
    offer(dan, "plumbing repairs", days_ago=8)
    intro = pipeline.start(ana, bob, "", TODAY)  # Ana-Bob is taken: Ana's need meets Cara
    assert pipeline.get(intro).state == "asked"

    def scores() -> dict[tuple[int, ...], float]:
        return {tuple(p.contact_ids): p.score for p in of_kind("introduce", day(1))}

    before = scores()
    assert set(before) == {(ana, cara), (ana, dan)}
    pipeline.take(intro, "no-fit", day(1))
    after = scores()
    assert set(after) == set(before)
    assert after[(ana, cara)] == before[(ana, cara)] - pipeline.NO_FIT_PENALTY
    assert after[(ana, dan)] == before[(ana, dan)]  # another need of Ana: as it was


def test_feedback_reads_the_reason_when_nothing_was_matched() -> None:
    feedback = pipeline.Feedback({1: [("Ana wants a tax accountant", "Ana wants a tax "
                                       "accountant")]})
    assert feedback.penalty(1, 3, "an accountant for taxes", "bakery") == pipeline.NO_FIT_PENALTY
    assert feedback.penalty(2, 3, "an accountant for taxes", "bakery") == 0.0
    assert feedback.penalty(3, 1, "a dog walker", "walks dogs") == 0.0
    assert pipeline.similar("Looking for accountants", "an accountant")
    assert not pipeline.similar("looking for", "need for")  # no content words: never similar


def test_record_introduction_is_one_introduced_step(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    intro = prompts.record_introduction(ana, bob, "", TODAY)
    got = pipeline.get(intro)
    assert (got.state, got.since, got.next_follow_up) == ("introduced", TODAY, day(7))
    assert pipeline.steps(intro) == [("introduced", TODAY)]
    assert got.as_json() == {"id": intro, "contact_ids": [ana, bob], "state": "introduced",
                             "since": TODAY.isoformat(), "next_follow_up": day(7).isoformat()}
