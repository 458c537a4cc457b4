"""The "how can I help?" prompts: each rule, when it must fire and when it must not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from kith import errors
from kith.errors import NotFound
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import schedule
from kith.services.ideas import needs, prompts
from kith.services.ideas.prompts import Prompt
from kith.store.database import connection as conn
from kith.vcard.model import CardPoint

TODAY = dt.date(2026, 6, 15)
LONG_AGO = dt.datetime(2024, 1, 1, 9, 0)


def person(name: str, **fields: object) -> int:
    given, _, family = name.partition(" ")
    record = ContactRecord(given_name=given, family_name=family, **fields)  # type: ignore[arg-type]
    return contacts.create(record, when=LONG_AGO)


def interact(cid: int, days_ago: int, channel: str = "email", help_: str = "none",
             summary: str = "Project update", deleted: bool = False) -> int:
    day = TODAY - dt.timedelta(days=days_ago)
    cursor = conn().execute(
        "INSERT INTO interaction (contact_id, occurred_on, channel, initiated_by, help, summary, "
        "created_at, deleted_at) VALUES (?, ?, ?, 'me', ?, ?, ?, ?)",
        (cid, day.isoformat(), channel, help_, summary, f"{day} 10:00:00",
         f"{TODAY} 08:00:00" if deleted else None),
    )
    schedule.refresh([cid])  # as the interactions service does after logging
    return int(cursor.lastrowid or 0)


def need(cid: int | None, text: str, days_ago: int = 10, expires_in: int | None = None) -> int:
    expires = None if expires_in is None else TODAY + dt.timedelta(days=expires_in)
    return needs.add(cid, "need", text, TODAY - dt.timedelta(days=days_ago), expires)


def offer(cid: int | None, text: str, days_ago: int = 10) -> int:
    return needs.add(cid, "offer", text, TODAY - dt.timedelta(days=days_ago))


def of_kind(kind: str, today: dt.date = TODAY) -> list[Prompt]:
    return [p for p in prompts.prompts(today) if p.kind == kind]


def only(kind: str, today: dt.date = TODAY) -> Prompt:
    found = of_kind(kind, today)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ introduce

def test_introduce_when_one_needs_what_the_other_offers(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need_id = need(ana, "looking for an accountant in Nashville")
    offer_id = offer(bob, "tax advice")
    prompt = only("introduce")
    assert prompt.contact_ids == [ana, bob]
    assert prompt.key == f"introduce:{min(ana, bob)}:{max(ana, bob)}"
    assert prompt.signature == f"{need_id}-{offer_id}"
    assert "Ana Silva" in prompt.text and "Bob Ng" in prompt.text
    # The matcher's reason is a hint for the dialog, never in the text the user reads.
    assert "accountant ~ tax advice" not in prompt.text and "(" not in prompt.text
    assert prompt.actions == ["make introduction", "snooze", "dismiss"]
    assert prompt.details["need_id"] == need_id and prompt.details["offer_id"] == offer_id
    # Issue #13: the reason is who seeks and who provides in their own plain words,
    # no longer the matched keywords ("accountant ~ tax advice").
    assert prompt.details["why"] == "looking for an accountant in Nashville; tax advice"
    assert prompt.as_json() == {"kind": "introduce", "contact_ids": [ana, bob],
                                "text": prompt.text, "actions": prompt.actions}


def test_no_introduction_to_oneself(db: Path) -> None:
    ana = person("Ana Silva")
    need(ana, "looking for an accountant")
    offer(ana, "tax advice")
    assert of_kind("introduce") == []


def test_no_introduction_for_an_expired_closed_or_future_need_or_offer(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    expired = need(ana, "looking for an accountant", days_ago=30, expires_in=-1)
    offer_id = offer(bob, "tax advice")
    assert of_kind("introduce") == []
    assert len(of_kind("introduce", TODAY - dt.timedelta(days=2))) == 1  # it was open then
    needs.delete(expired)
    closed = need(ana, "looking for a CPA")
    needs.close(closed)
    assert of_kind("introduce") == []
    needs.reopen(closed)
    needs.close(offer_id)
    assert of_kind("introduce") == []
    needs.reopen(offer_id)
    assert len(of_kind("introduce")) == 1
    assert of_kind("introduce", TODAY - dt.timedelta(days=11)) == []  # not written yet


def test_no_introduction_with_someone_in_the_trash(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need(ana, "hiring a frontend developer")
    offer(bob, "React engineer looking for work")
    assert len(of_kind("introduce")) == 1
    trashed = contacts.delete([bob])
    assert of_kind("introduce") == []
    contacts.undelete(trashed)
    contacts.delete([ana])
    assert of_kind("introduce") == []


def test_a_pair_already_introduced_either_way_is_never_proposed(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    conn().execute("INSERT INTO introduction (a_id, b_id, made_on) VALUES (?, ?, ?)",
                   (bob, ana, "2025-01-01"))
    assert of_kind("introduce") == []
    offer(cara, "CPA, does small businesses")
    assert [p.contact_ids for p in of_kind("introduce")] == [[ana, cara]]


def test_the_best_offer_is_proposed_and_the_next_after_a_dismissal(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    need(ana, "hiring a React developer")
    offer(bob, "developer looking for work")  # generic: weaker
    offer(cara, "React engineer, open to work")
    first = only("introduce")
    assert first.contact_ids == [ana, cara]
    prompts.dismiss(first.key, first.signature, TODAY)
    assert only("introduce").contact_ids == [ana, bob]


def test_a_dismissed_introduction_stays_away_until_something_new(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    prompt = only("introduce")
    prompts.dismiss(prompt.key, prompt.signature, TODAY)
    assert of_kind("introduce") == []
    assert of_kind("introduce", TODAY + dt.timedelta(days=30)) == []  # time alone is nothing new
    offer(bob, "bookkeeping for startups", days_ago=0)  # a new match for the same pair
    back = only("introduce")
    assert back.key == prompt.key and back.signature != prompt.signature


def test_a_snoozed_introduction_comes_back_on_the_day(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    prompt = only("introduce")
    prompts.snooze(prompt.key, TODAY + dt.timedelta(days=3), TODAY)
    assert of_kind("introduce") == []
    assert of_kind("introduce", TODAY + dt.timedelta(days=2)) == []
    assert len(of_kind("introduce", TODAY + dt.timedelta(days=3))) == 1
    assert len(of_kind("introduce", TODAY + dt.timedelta(days=9))) == 1
    with pytest.raises(ValueError):
        prompts.snooze(prompt.key, TODAY, TODAY)
    prompts.forget(prompt.key)
    assert len(of_kind("introduce")) == 1


def test_a_mutual_match_is_one_prompt_that_ranks_higher(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    cara, dan = person("Cara Diaz"), person("Dan Okafor")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    need(bob, "moving to Austin in March")
    offer(ana, "lives in Austin")
    need(cara, "need a lawyer")
    offer(dan, "attorney")
    found = of_kind("introduce")
    assert len(found) == 2
    assert found[0].contact_ids in ([ana, bob], [bob, ana]) and found[0].details["mutual"]
    assert "other way round" in found[0].text
    assert found[0].score > found[1].score


def test_record_introduction_then_the_pair_is_gone(db: Path) -> None:
    ana = person("Ana Silva")
    bob = person("Bob Ng")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    intro = prompts.record_introduction(ana, bob, "Ana needs an accountant\x00", TODAY)
    assert of_kind("introduce") == []
    c = conn()
    assert c.execute("SELECT a_id, b_id, made_on, reason FROM introduction WHERE id = ?",
                     (intro,)).fetchone() == (ana, bob, TODAY.isoformat(),
                                              "Ana needs an accountant")
    logged = c.execute("SELECT contact_id, occurred_on, channel, help, summary FROM interaction "
                       "ORDER BY contact_id").fetchall()
    assert logged == [(ana, TODAY.isoformat(), "email", "gave", "Introduced to Bob Ng"),
                      (bob, TODAY.isoformat(), "email", "gave", "Introduced to Ana Silva")]
    timeline = c.execute("SELECT contact_id, kind, summary, ref_id FROM timeline_entry "
                         "WHERE kind = 'introduction' ORDER BY contact_id").fetchall()
    assert timeline == [
        (ana, "introduction", "Introduced to Bob Ng: Ana needs an accountant", intro),
        (bob, "introduction", "Introduced to Ana Silva: Ana needs an accountant", intro)]
    follow_ups = c.execute("SELECT contact_id, due_on, reason, kind, status FROM follow_up "
                           "ORDER BY contact_id").fetchall()
    due = (TODAY + dt.timedelta(days=7)).isoformat()
    assert follow_ups == [
        (ana, due, "Ask how the introduction to Bob Ng went", "explicit", "open"),
        (bob, due, "Ask how the introduction to Ana Silva went", "explicit", "open")]
    row = c.execute("SELECT last_contact_on, next_follow_up_on FROM contact WHERE id = ?",
                    (ana,)).fetchone()
    assert row == (TODAY.isoformat(), due)  # the schedule was refreshed


def test_record_introduction_refuses_one_person_or_the_trash_and_writes_nothing(
        db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    with pytest.raises(ValueError):
        prompts.record_introduction(ana, ana, "", TODAY)
    contacts.delete([bob])
    with pytest.raises(NotFound):
        prompts.record_introduction(ana, bob, "", TODAY)
    c = conn()
    for table in ("introduction", "interaction", "timeline_entry", "follow_up"):
        assert c.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,), table


def test_introduction_draft_is_a_double_opt_in_mailto_for_each(db: Path) -> None:
    ana = person("Ana Silva", title="CTO", organization="Acme",
                 points=[CardPoint("email", "ana@acme.com")])
    bob = person("Bob Ng", organization="Initech & Sons")
    drafts = prompts.introduction_draft(ana, bob, "Ana needs an accountant; Bob does taxes")
    assert list(drafts) == [ana, bob]
    to_ana = urlsplit(drafts[ana])
    assert to_ana.scheme == "mailto" and unquote(to_ana.path) == "ana@acme.com"
    assert " " not in drafts[ana] and "\n" not in drafts[ana]
    query = parse_qs(to_ana.query)
    assert query["subject"] == ["Would you like an introduction to Bob Ng?"]
    body = query["body"][0]
    assert body.startswith("Hi Ana,")
    assert "Bob Ng at Initech & Sons" in body
    assert "Ana needs an accountant; Bob does taxes." in body
    assert "Would you like me to introduce you?" in body
    assert "\r\n" in body
    to_bob = urlsplit(drafts[bob])
    assert to_bob.path == ""  # no address known: the user fills it in
    bob_body = parse_qs(to_bob.query)["body"][0]
    assert bob_body.startswith("Hi Bob,") and "Ana Silva, a CTO at Acme" in bob_body
    with pytest.raises(ValueError):
        prompts.introduction_draft(ana, ana, "")


# ------------------------------------------------------------------------ help

def test_help_when_your_offer_meets_their_need(db: Path) -> None:
    ana = person("Ana Silva")
    need_id = need(ana, "need help with our H-1B visa")
    mine = offer(None, "immigration lawyer, happy to advise")
    prompt = only("help")
    assert prompt.contact_ids == [ana] and prompt.key == f"help:{need_id}"
    assert prompt.signature == str(mine)
    assert "Ana Silva" in prompt.text and "you offer" in prompt.text
    assert prompt.actions == ["log it", "draft e-mail", "snooze", "dismiss"]
    assert prompt.details["message"].startswith("Hi Ana,")


def test_no_help_prompt_for_your_own_need_or_a_contacts_offer(db: Path) -> None:
    ana = person("Ana Silva")
    need(None, "looking for an accountant")
    offer(None, "tax advice")
    offer(ana, "tax advice")
    assert of_kind("help") == []
    assert of_kind("introduce") == []  # the user's own need is no introduction either


# -------------------------------------------------------------------- check in

def test_check_in_after_a_long_silence_of_only_asks_and_business(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=0)  # no cadence: 90 days is long
    interact(ana, 200, help_="asked", summary="Asked for a reference")
    interact(ana, 150, summary="Contract questions")
    last = interact(ana, 100, help_="asked", summary="Asked about the job")
    prompt = only("check_in")
    assert prompt.contact_ids == [ana] and prompt.key == f"check_in:{ana}"
    assert prompt.signature == str(last)
    assert "no agenda" in prompt.text and "100 days" in prompt.text
    assert "asks or business" in prompt.text
    assert "How are you doing?" in prompt.details["message"]


@pytest.mark.parametrize(("help_", "summary"), [
    ("gave", "Sent her a lead"),
    ("none", "Coffee catch-up"),
    ("none", "Just checking in"),
    ("none", "Birthday wishes"),
])
def test_no_check_in_when_a_recent_one_was_a_gift_or_personal(
        db: Path, help_: str, summary: str) -> None:
    ana = person("Ana Silva", cadence_days=0)
    interact(ana, 150, help_="asked")
    interact(ana, 100, help_=help_, summary=summary)
    assert of_kind("check_in") == []


def test_check_in_waits_for_twice_the_cadence(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=20)  # 40 days
    bob = person("Bob Ng")  # the Network circle: every 90 days, so 180
    interact(ana, 39)
    interact(bob, 170)
    assert of_kind("check_in") == []
    assert of_kind("check_in", TODAY + dt.timedelta(days=1)) == []  # 40 days: not more than 40
    assert [p.contact_ids for p in of_kind("check_in", TODAY + dt.timedelta(days=2))] == [[ana]]
    assert {p.contact_ids[0] for p in of_kind("check_in", TODAY + dt.timedelta(days=11))} == {
        ana, bob}


def test_check_in_ignores_deleted_interactions_and_people(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=0)
    interact(ana, 120)
    interact(ana, 5, help_="gave", deleted=True)  # undone: still silent for 120 days
    assert len(of_kind("check_in")) == 1
    contacts.delete([ana])
    assert of_kind("check_in") == []


def test_a_dismissed_check_in_returns_after_a_new_interaction(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=0)
    interact(ana, 120)
    prompt = only("check_in")
    prompts.dismiss(prompt.key, prompt.signature, TODAY)
    assert of_kind("check_in") == []
    assert of_kind("check_in", TODAY + dt.timedelta(days=20)) == []
    interact(ana, 95, summary="Asked about a contract")  # logged late, still long ago
    back = only("check_in")
    assert back.key == prompt.key and back.signature != prompt.signature


# ---------------------------------------------------------------- vary channel

def test_vary_the_channel_after_three_of_the_same(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=14)
    interact(ana, 40, channel="call")
    interact(ana, 30)
    interact(ana, 20)
    last = interact(ana, 10)  # due in 4 days
    prompt = only("vary_channel")
    assert prompt.contact_ids == [ana] and prompt.signature == str(last)
    assert "last 3 were e-mails" in prompt.text and "try a call" in prompt.text
    assert prompt.details == {"channel": "call", "instead_of": "email"}
    assert prompt.actions == ["log it", "snooze", "dismiss"]


def test_no_channel_nudge_for_mixed_channels_two_or_not_due(db: Path) -> None:
    mixed, two, later = (person(n, cadence_days=14) for n in ("Ana A", "Bob B", "Cara C"))
    for cid, channels in ((mixed, ["email", "call", "email"]), (two, ["call", "call"])):
        for n, channel in enumerate(channels):
            interact(cid, 30 - 10 * n, channel=channel)
    for n in range(3):
        interact(later, 3 - n, channel="meeting")  # due in 13 days: not yet
    assert of_kind("vary_channel") == []
    prompt = only("vary_channel", TODAY + dt.timedelta(days=7))
    assert prompt.contact_ids == [later] and prompt.details["channel"] == "call"


# ------------------------------------------------------------------ give first

def test_give_first_when_you_asked_more_than_you_gave(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    interact(ana, 30, help_="asked")
    interact(ana, 20, help_="asked")
    interact(ana, 10, help_="gave")
    interact(ana, 5, help_="asked", deleted=True)
    need(ana, "looking for a designer", days_ago=40)
    newest = need(ana, "moving to Austin in March", days_ago=2)
    interact(bob, 10, help_="asked")
    interact(bob, 9, help_="gave")
    prompt = only("give_first")
    assert prompt.contact_ids == [ana] and prompt.signature == "2:1"
    assert "asked Ana Silva for help twice and gave once" in prompt.text
    assert "moving to Austin in March" in prompt.text
    assert prompt.details["need_id"] == newest


def test_give_first_without_needs_suggests_asking_what_they_need(db: Path) -> None:
    ana = person("Ana Silva")
    interact(ana, 10, help_="asked")
    assert "Ask what Ana needs" in only("give_first").text


# ------------------------------------------------------------------ post event

def _event(name: str, days_ago: int, *people: int) -> int:
    c = conn()
    eid = int(c.execute("INSERT INTO event (name, date, created_at) VALUES (?, ?, ?)",
                        (name, (TODAY - dt.timedelta(days=days_ago)).isoformat(),
                         "2026-01-01 00:00:00")).lastrowid or 0)
    c.executemany("INSERT INTO contact_event (contact_id, event_id) VALUES (?, ?)",
                  [(p, eid) for p in people])
    return eid


def test_follow_up_after_meeting_at_an_event(db: Path) -> None:
    ana, bob, cara = person("Ana Silva"), person("Bob Ng"), person("Cara Diaz")
    eid = _event("Gallatin Mixer", 3, ana, bob)
    _event("Old Mixer", 10, cara)
    interact(bob, 1)  # already in touch since
    prompt = only("post_event")
    assert prompt.contact_ids == [ana] and prompt.key == f"post_event:event:{eid}"
    day = (TODAY - dt.timedelta(days=3)).isoformat()
    assert prompt.text == f"You met 2 people at Gallatin Mixer on {day}; 1 not contacted yet."
    assert of_kind("post_event", TODAY + dt.timedelta(days=5)) == []  # 8 days on: too late


# ------------------------------------------------------------------ life events

def test_news_on_reimport_birthdays_and_expiring_needs(db: Path) -> None:
    soon = TODAY + dt.timedelta(days=3)
    ana = person("Ana Silva")
    bob = person("Bob Ng", birthday=f"1990-{soon:%m-%d}")
    cara = person("Cara Diaz", birthday=f"--{TODAY + dt.timedelta(days=10):%m-%d}")
    dan = person("Dan Okafor")
    conn().execute(
        "INSERT INTO timeline_entry (contact_id, occurred_on, kind, summary, created_at) "
        "VALUES (?, ?, 'change', 'organisation on the card: Initech (Kith keeps Acme)', ?)",
        (ana, (TODAY - dt.timedelta(days=5)).isoformat(), "2026-06-10 09:00:00"))
    moving = need(dan, "moving to Austin next week", expires_in=5)
    need(dan, "looking for a flat", expires_in=10)
    found = {p.key: p for p in of_kind("life_event")}
    assert set(found) == {f"life_event:change:{ana}", f"life_event:birthday:{bob}",
                          f"life_event:expiring:{moving}"}
    assert "Initech" in found[f"life_event:change:{ana}"].text
    birthday = found[f"life_event:birthday:{bob}"]
    assert f"birthday is in 3 days ({soon.isoformat()}, turning 36)" in birthday.text
    assert birthday.signature == soon.isoformat()
    assert "ends in 5 days" in found[f"life_event:expiring:{moving}"].text
    assert cara not in {p.contact_ids[0] for p in found.values()}


def test_a_birth_year_not_yet_reached_gives_no_age(db: Path) -> None:
    soon = TODAY + dt.timedelta(days=3)
    person("Ida Neun", birthday=f"9999-{soon:%m-%d}")
    prompt = only("life_event")
    assert prompt.text.endswith(f"birthday is in 3 days ({soon.isoformat()}).")
    assert "turning" not in prompt.text


def test_life_events_that_must_not_fire(db: Path) -> None:
    ana, bob = person("Ana Silva"), person("Bob Ng")
    for cid, days in ((ana, 40), (bob, 5)):
        conn().execute(
            "INSERT INTO timeline_entry (contact_id, occurred_on, kind, summary, created_at) "
            "VALUES (?, ?, 'change', 'title on the card: CEO (Kith keeps CTO)', ?)",
            (cid, (TODAY - dt.timedelta(days=days)).isoformat(), "2026-06-10 09:00:00"))
    interact(bob, 2)  # talked since the news
    assert of_kind("life_event") == []


def test_a_dismissed_birthday_comes_back_next_year(db: Path) -> None:
    ana = person("Ana Silva", birthday=f"--{TODAY + dt.timedelta(days=2):%m-%d}")
    prompt = only("life_event")
    prompts.dismiss(prompt.key, prompt.signature, TODAY)
    assert of_kind("life_event") == []
    assert only("life_event", TODAY.replace(year=TODAY.year + 1)).contact_ids == [ana]


def test_a_29_february_birthday_is_remembered_on_the_28th(db: Path) -> None:
    person("Ana Silva", birthday="--02-29")
    assert len(of_kind("life_event", dt.date(2027, 2, 25))) == 1  # 2027: no 29 February
    assert of_kind("life_event", dt.date(2027, 3, 1)) == []


# ------------------------------------------------------------------- together

def test_prompts_are_ranked_and_a_person_gets_their_share(db: Path) -> None:
    ana, bob, cara = person("Ana Silva", cadence_days=0), person("Bob Ng"), person("Cara Diaz")
    need(ana, "looking for an accountant")
    offer(bob, "tax advice")
    interact(ana, 120, help_="asked")
    _event("Mixer", 1, cara)
    found = prompts.prompts(TODAY)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    assert [p.kind for p in found] == ["post_event", "introduce", "give_first", "check_in"]
    for cid in (ana, bob, cara):
        mine = prompts.prompts_for(cid, TODAY)
        assert mine == [p for p in found if cid in p.contact_ids]
        assert prompts.top_prompt_for(cid, TODAY) == mine[0]
    best = prompts.top_prompts(TODAY)
    assert set(best) == {ana, bob, cara}
    assert all(best[cid] == prompts.top_prompt_for(cid, TODAY) for cid in best)
    assert prompts.top_prompt_for(9999, TODAY) is None
    contacts.delete([cara])
    assert prompts.top_prompt_for(cara, TODAY) is None


def test_every_prompt_keeps_the_contract(db: Path) -> None:
    ana, bob = person("Ana Silva", cadence_days=0), person("Bob Ng", cadence_days=7)
    need(ana, "looking for an accountant", expires_in=3)
    offer(bob, "tax advice")
    offer(None, "bookkeeping")
    interact(ana, 120, help_="asked")
    for n in range(3):
        interact(bob, 5 - n, channel="call")
    found = prompts.prompts(TODAY + dt.timedelta(days=2))
    assert {p.kind for p in found} == {"introduce", "help", "check_in", "vary_channel",
                                       "give_first", "life_event"}
    for p in found:
        assert p.kind in prompts.KINDS
        assert p.contact_ids and all(isinstance(i, int) for i in p.contact_ids)
        assert p.text and "\n" not in p.text
        assert p.actions[-2:] == ["snooze", "dismiss"]
        assert p.key.startswith(p.kind + ":") and p.signature
        if "draft e-mail" in p.actions:
            assert p.details["subject"] and p.details["message"]


def test_prompts_stop_when_cancelled(db: Path) -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    # The one cancellation exception, kith.errors.Cancelled: no alias of it here.
    assert not hasattr(prompts, "Cancelled")
    with pytest.raises(errors.Cancelled):
        prompts.prompts(dt.date(2026, 11, 25), cancelled)
    assert len(calls) == 3
    assert prompts.prompts(dt.date(2026, 11, 25), lambda: False) == []
