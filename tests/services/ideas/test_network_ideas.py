"""The ideas that read who knows whom (issue #15): thank the introducer when it went
well; for your own need, who in your network knows someone who offers it (one hop)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kith.services.contacts import links
from kith.services.followups import timeline
from kith.services.ideas import pipeline, prompts
from tests.services.ideas.test_prompts import TODAY, interact, need, of_kind, offer, person


def at(days_ago: int) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(9))


def test_thank_the_introducer_once_it_went_well(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    links.link(bob, ana, "introduced-by", at(60))
    links.link(cara, ana, "introduced-by", at(60))
    interact(bob, 300)  # more than 180 days ago: does not count
    interact(bob, 50)
    interact(bob, 40)
    assert of_kind("thank_introducer") == []  # two conversations since: not yet
    interact(bob, 30, summary="Coffee")
    found = of_kind("thank_introducer")
    assert [(p.contact_ids, p.text) for p in found] == [(
        [ana, bob], "Thank Ana Silva for introducing you to Bob Ng: it went well "
        f"(since {(TODAY - dt.timedelta(days=30)).isoformat()}). Tell Ana how it is going.")]
    assert found[0].details["subject"] == "Thank you for the introduction"
    # one person's share is the same idea, for the introducer and the introduced
    assert prompts.prompts_for(ana, TODAY)[0].key == found[0].key
    assert [p.key for p in prompts.prompts_for(bob, TODAY)
            if p.kind == "thank_introducer"] == [found[0].key]
    assert [p.kind for p in prompts.prompts_for(cara, TODAY)] == []

    # Cara's introduction ends "helped": still one idea for Ana, naming both
    intro = pipeline.start(cara, bob, "", TODAY - dt.timedelta(days=20), step="introduced")
    pipeline.take(intro, "helped", TODAY - dt.timedelta(days=10))
    found = of_kind("thank_introducer")
    assert len(found) == 1 and found[0].contact_ids == [ana, bob, cara]
    assert "introducing you to Bob Ng and Cara Diaz" in found[0].text

    # logging the thanks with Ana is "done"; nothing comes back
    interact(ana, 1, summary="Thanked her")
    assert of_kind("thank_introducer") == []


def test_what_happened_before_the_link_was_written_down_counts(db: Path) -> None:
    """The link is often recorded a week after the introduction: the conversations of
    the 180 days up to today count, whenever the link was made."""
    ana, bob, cara, dan = (person(n) for n in ("Ana Silva", "Bob Ng", "Cara Diaz", "Dan Ito"))
    for days in (20, 15, 10):
        interact(bob, days)
    links.link(bob, ana, "introduced-by", at(7))
    found = of_kind("thank_introducer")
    assert [(p.contact_ids, p.details["since"]) for p in found] == [
        ([ana, bob], (TODAY - dt.timedelta(days=10)).isoformat())]
    # long ago, or in the future, is not "went well"
    links.link(cara, dan, "introduced", at(500))
    for days in (400, 390, 380, -5):
        interact(dan, days)
    assert [p.contact_ids for p in of_kind("thank_introducer")] == [[ana, bob]]
    # a relationship still going: the day it first went well stays, as the window moves
    for days in (170, 160, 150):
        interact(cara, days)
    links.unlink(cara, dan)
    links.link(cara, ana, "introduced-by", at(200))
    found = of_kind("thank_introducer")
    assert [(p.contact_ids, p.details["since"]) for p in found] == [
        ([ana, cara, bob], (TODAY - dt.timedelta(days=10)).isoformat())]  # by when it went well
    interact(ana, 5, summary="Thanked her")
    assert of_kind("thank_introducer") == []
    later = TODAY + dt.timedelta(days=60)  # 150 days ago is then out of the window
    for days in (-20, -30, -40):
        interact(cara, days)
    assert of_kind("thank_introducer", later) == []


def test_only_a_one_to_one_with_the_introducer_is_a_thanks(db: Path) -> None:
    """A group lunch where the introducer happened to be is not a thanks."""
    from kith.services.followups import interactions

    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    links.link(bob, ana, "introduced-by", at(90))
    interact(ana, 60, summary="Before it went well")  # one-to-one, but too early
    for days in (50, 40, 30):
        interact(bob, days)
    assert [p.contact_ids for p in of_kind("thank_introducer")] == [[ana, bob]]
    interactions.log(interactions.Interaction(
        contact_id=cara, occurred_on=TODAY - dt.timedelta(days=10), channel="meeting",
        summary="Team lunch", with_ids=(ana, bob)))
    assert [p.contact_ids for p in of_kind("thank_introducer")] == [[ana, bob]]
    interactions.log(interactions.Interaction(
        contact_id=ana, occurred_on=TODAY - dt.timedelta(days=2), channel="call",
        summary="Thanked her for Bob"))
    assert of_kind("thank_introducer") == []


def test_a_dismissed_thanks_does_not_come_back(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    links.link(ana, bob, "introduced", at(100))
    for days in (90, 80, 70):
        interact(bob, days)
    found = of_kind("thank_introducer")
    assert [p.contact_ids for p in found] == [[ana, bob]]
    prompts.dismiss(found[0].key, found[0].signature, TODAY)
    for days in (20, 10):
        interact(bob, days, help_="gave")
    assert of_kind("thank_introducer") == []


def test_no_thanks_for_other_links_or_people_in_the_trash(db: Path) -> None:
    from kith.services.contacts import people

    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    links.link(bob, ana, "works-with", at(60))
    links.link(cara, ana, "introduced-by", at(60))
    for days in (50, 40, 30):
        interact(bob, days)
        interact(cara, days)
    assert [p.contact_ids for p in of_kind("thank_introducer")] == [[ana, cara]]
    people.delete([ana])
    assert of_kind("thank_introducer") == []


def test_one_hop_names_who_knows_someone_who_offers_what_you_need(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    mine = need(None, "looking for a bookkeeper for my small business")
    offer(bob, "bookkeeping and tax returns for freelancers")
    assert of_kind("ask_introduction") == []  # Bob is linked to no one
    links.link(bob, ana, "works-with")
    links.link(cara, bob, "friend-of")
    found = of_kind("ask_introduction")
    assert [(p.contact_ids, p.key) for p in found] == [([ana, bob], f"ask_introduction:{mine}")]
    assert found[0].text == (
        "You need “looking for a bookkeeper for my small business”: Ana Silva knows Bob Ng, "
        "who offers “bookkeeping and tax returns for freelancers” (Bob: works with Ana "
        "Silva). Ask Ana to introduce you.")
    assert [p.kind for p in prompts.prompts_for(cara, TODAY)] == []
    assert [p.kind for p in prompts.prompts_for(ana, TODAY)] == ["ask_introduction"]
    # someone else's need is the introduce idea, not this one
    need(cara, "a piano teacher")
    offer(ana, "piano lessons")
    assert len(of_kind("ask_introduction")) == 1


def test_an_introduction_made_in_kith_links_the_two(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    intro = pipeline.start(ana, bob, "Ana needs an accountant", TODAY)
    assert links.for_contact(ana) == []  # only asked so far
    pipeline.take(intro, "agreed-a", TODAY)
    pipeline.take(intro, "agreed-b", TODAY)
    pipeline.take(intro, "introduced", TODAY + dt.timedelta(days=1))
    assert [s.text for s in links.for_contact(ana)] == ["met Bob Ng through you"]
    assert [s.as_json() for s in links.for_contact(bob)] == [
        {"contact_id": ana, "relation": "met-through-you"}]
    assert links.for_contact(bob)[0].link.created_at.date() == TODAY + dt.timedelta(days=1)
    assert timeline.for_contact(ana)  # the pipeline's own entries are unchanged
    # a pair linked already keeps its link
    cara, dan = person("Cara Diaz"), person("Dan Ito")
    links.link(cara, dan, "reports-to")
    pipeline.start(cara, dan, "", TODAY, step="introduced")
    assert [s.text for s in links.for_contact(cara)] == ["reports to Dan Ito"]
