"""The per-person prompt rules, each one set-based query over all contacts.

Every rule takes a ``Context`` (the day, optionally one contact, names, a
check for prompts the user dismissed or snoozed) and returns ``Prompt``s.
The matching rules (introduce, help) are in ``prompts_match``; the API, the
ranking and dismiss/snooze in ``prompts``; ``Prompt`` and ``Context`` in ``context``.
The queries are Peewee's; the rules that read a row per contact take their rows
plain (``context.select`` and ``context.rows``).

Thresholds (days unless said otherwise):

- check_in: no live interaction for longer than twice the person's cadence
  (at least ``CHECK_IN_MIN``), or ``CHECK_IN_NO_CADENCE`` when they have no
  cadence; and none of their last ``RECENT`` live interactions (fewer if
  there are fewer) was a gift (help 'gave') or a personal touch (a summary or
  note that reads as checking in, catching up, coffee, birthday wishes,
  congratulations...): they were all asks or business.
- vary_channel: the last ``STREAK`` live interactions used the same channel,
  and the person is due (next follow-up within ``DUE_SOON`` days, or
  overdue): the nudge is about the next contact.
- give_first: more live interactions where you asked than where you gave.
- check_in is also left out for a person whose follow-up was marked done or
  skipped within that silence, or is snoozed: Today has dealt with them.
- post_event: one prompt per event dated within the last ``AFTER_EVENT`` days
  (today included), listing the people met there not contacted yet: no live
  interaction on or after the event's day, and no follow-up marked done or
  skipped since the event, or snoozed past today.

The life events (news, birthdays, expiring needs) are in ``life``; the words in
``wording``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from peewee import JOIN, SQL, Case, fn

from kith.services.ideas import wording
from kith.services.ideas.context import (
    ACT_DISMISS,
    ACT_DRAFT,
    ACT_LOG,
    ACT_OPEN_PEOPLE,
    ACT_SNOOZE,
    Context,
    Prompt,
    day,
    quote,
    rows,
    select,
    show_date,
    times,
)
from kith.store.models import (
    Circle,
    Contact,
    ContactEvent,
    Event,
    FollowUp,
    Interaction,
)

RECENT = 3
CHECK_IN_MIN = 30
CHECK_IN_NO_CADENCE = 90
STREAK = 3
DUE_SOON = 7
AFTER_EVENT = 7

_PERSONAL = re.compile(
    r"check(ed|ing)?[ -]?in|catch(ing)?[ -]?up|caught up|coffee|lunch|dinner|drinks|beers?\b"
    r"|birthday|congrat|how (are|is|was|were) (you|things|she|he|they)|how'?s it going"
    r"|just (to )?say(ing)? hi|said hi|hello|thank|holiday|wedding|baby|vacation|personal"
    r"|no agenda|hang(ing)? out|condolence|get well|happy new year|christmas|thinking of",
    re.IGNORECASE,
)


# ------------------------------------------------------------------- recent history
# Both rules start from the dates ``schedule.refresh`` keeps on each contact
# (last_contact_on, next_follow_up_on: indexed, no scan of the interactions),
# then read the last few interactions of the few contacts that qualify.

_RECORD, _UNIT = "\x1e", "\x1f"  # between packed interactions, between their fields


def _unpack(packed: str | None) -> list[list[str]]:
    """Interactions packed by ``_last``, newest first: [day, id, channel, help, text]."""
    if not packed:
        return []
    return sorted((r.split(_UNIT) for r in packed.split(_RECORD)), reverse=True)


def _last(limit: int) -> Any:
    """A correlated subquery packing the last ``limit`` live interactions of the
    outer query's contact into one text (one row per contact, no second query)."""
    i = Interaction.alias("i")
    unit, record = fn.char(31), fn.char(30)
    text = fn.replace(fn.replace(i.summary.concat(" ").concat(i.note), record, " "), unit, " ")
    packed = (i.occurred_on.concat(unit).concat(fn.printf("%012d", i.id)).concat(unit)
              .concat(i.channel).concat(unit).concat(i.help).concat(unit).concat(text))
    newest = (i.select(packed.alias("x"))
              .where((i.contact == Contact.id) & i.deleted_at.is_null())
              .order_by(i.occurred_on.desc(), i.id.desc())
              .limit(limit))
    return newest.select_from(fn.group_concat(newest.c.x, record))


def recent_rows(ctx: Context) -> list[tuple[Any, ...]]:
    """(id, last contact, next follow-up, cadence, packed last ``RECENT`` interactions)
    of the contacts due soon or silent for long; the dates as ISO text."""
    cadence = fn.COALESCE(Contact.cadence_days, Circle.cadence_days)
    silent_for = fn.julianday(ctx.today.isoformat()) - fn.julianday(Contact.last_contact_on)
    threshold = Case(None, [(cadence > 0, fn.MAX(CHECK_IN_MIN, 2 * cadence))],
                     CHECK_IN_NO_CADENCE)
    query = (select(Contact, Contact.id, Contact.last_contact_on, Contact.next_follow_up_on,
                    cadence, _last(RECENT))
             .join(Circle, JOIN.LEFT_OUTER, on=(Circle.id == Contact.circle))
             .where(ctx.limit(Contact.id, Contact.deleted_at.is_null() & (
                 (Contact.next_follow_up_on <= ctx.today + dt.timedelta(days=DUE_SOON))
                 | ((Contact.last_contact_on < ctx.today - dt.timedelta(days=CHECK_IN_MIN))
                    & (silent_for > threshold))))))
    return list(rows(query))


def dealt_with(ctx: Context) -> dict[int, str]:
    """Contact id -> the last day one of their follow-ups was marked done or skipped (ISO
    text), or "9999-12-31" while one is snoozed past today: Today has dealt with them."""
    f = FollowUp
    latest = fn.MAX(Case(None, [(f.status == "open", "9999-12-31")], fn.date(f.resolved_at)))
    query = (select(f, f.contact, latest)
             .where(ctx.limit(f.contact, f.status.in_(["done", "skipped"])
                              | ((f.status == "open") & (f.snoozed_until > ctx.today))))
             .group_by(f.contact))
    return dict(rows(query))


def check_in_and_vary_channel(ctx: Context,
                              found: list[tuple[Any, ...]] | None = None) -> list[Prompt]:
    """Both rules over one read of the last interactions (``recent_rows``)."""
    out: list[Prompt] = []
    # The dates come as SQLite holds them (ISO text): compared as text, parsed only for
    # the few prompts made.
    due_by = (ctx.today + dt.timedelta(days=DUE_SOON)).isoformat()
    today = ctx.today.isoformat()
    silent_before: dict[int, str] = {}  # threshold in days -> the day one must be silent since
    acted = dealt_with(ctx)
    for cid, last_on, next_on, cadence, packed in recent_rows(ctx) if found is None else found:
        last = _unpack(packed)
        if not last or not ctx.live(cid):
            continue
        last_id = str(int(last[0][1]))
        limit = max(CHECK_IN_MIN, 2 * cadence) if cadence and cadence > 0 else (
            CHECK_IN_NO_CADENCE)
        since = silent_before.get(limit)
        if since is None:
            since = silent_before[limit] = (ctx.today - dt.timedelta(days=limit)).isoformat()
        if last_on and last_on < since and acted.get(cid, "") < since and not any(
            help_ == "gave" or _PERSONAL.search(note) for _, _, _, help_, note in last
        ):
            out += _check_in(ctx, cid, last, last_id, (ctx.today - day(last_on)).days, limit)
        channel = last[0][2]
        if (next_on is not None and next_on <= due_by and len(last) >= STREAK
                and all(r[2] == channel for r in last[:STREAK])):
            other = wording.SWITCH_TO.get(channel, "call")
            ctx.add(out, Prompt(
                "vary_channel", [cid],
                wording.vary_channel(ctx.name(cid), channel, STREAK, other),
                [ACT_LOG, ACT_SNOOZE, ACT_DISMISS],
                f"vary_channel:{cid}", last_id,
                36 + (5 if next_on <= today else 0),
                {"channel": other, "instead_of": channel},
            ))
    return out


def _check_in(ctx: Context, cid: int, last: list[list[str]], last_id: str, days: int,
              limit: int) -> list[Prompt]:
    asks = sum(1 for r in last if r[3] == "asked")
    first = ctx.first(cid)
    subject, message = wording.check_in_mail(first)
    out: list[Prompt] = []
    ctx.add(out, Prompt(
        "check_in", [cid],
        wording.check_in(ctx.name(cid), first, days, len(last), asks),
        [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
        f"check_in:{cid}", last_id,
        35 + min(25.0, (days - limit) / 10),
        {"subject": subject, "message": message, "days": days, "threshold": limit},
    ))
    return out


def ask_counts(ctx: Context) -> list[tuple[int, int, int]]:
    """(contact id, asked, gave) of the contacts asked more often than given to."""
    # The values are written inline, not bound: the partial index on (contact_id, help)
    # holds exactly these rows (schema 5) and SQLite uses it only when the query says
    # help != 'none' as the index does; and the sums in HAVING are then the same
    # expressions as those selected, which SQLite computes once (bound, they were four
    # sums: 54 ms against 38 ms at 50,000 contacts).
    asked = fn.SUM(Interaction.help == SQL("'asked'"))
    gave = fn.SUM(Interaction.help == SQL("'gave'"))
    query = (select(Interaction, Interaction.contact, asked, gave)
             .where(ctx.limit(Interaction.contact, Interaction.deleted_at.is_null()
                              & (Interaction.help != SQL("'none'"))))
             .group_by(Interaction.contact)
             .having(asked > gave))
    return list(rows(query))


def give_first(ctx: Context, newest_need: dict[int, tuple[int, str]],
               found: list[tuple[int, int, int]] | None = None) -> list[Prompt]:
    """``newest_need``: contact id -> (need id, text) of their newest open need."""
    out: list[Prompt] = []
    for cid, asked, gave in ask_counts(ctx) if found is None else found:
        if not ctx.live(cid):
            continue
        first = ctx.first(cid)
        need = newest_need.get(cid)
        subject, message = wording.give_first_mail(first, need[1] if need else None)
        ctx.add(out, Prompt(
            "give_first", [cid],
            wording.give_first(ctx.name(cid), first, times(asked), times(gave),
                               quote(need[1]) if need else None),
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"give_first:{cid}", f"{asked}:{gave}",
            45 + min(15, 5 * (asked - gave)) + (5 if need else 0),
            {"asked": asked, "gave": gave, "need_id": need[0] if need else None,
             "subject": subject, "message": message},
        ))
    return out


def silent_since(contact: Any, on: Any) -> Any:
    """No live interaction of ``contact`` on or after the day ``on``."""
    i = Interaction.alias("i")
    return ~fn.EXISTS(i.select(SQL("1")).where(
        (i.contact == contact) & i.deleted_at.is_null() & (i.occurred_on >= on)))


def _acted_on_since(contact: Any, on: Any, today: dt.date) -> Any:
    """A follow-up of ``contact`` marked done or skipped on or after the day ``on``, or one
    snoozed past ``today``: the user has dealt with them (or put them off) from Today."""
    f = FollowUp.alias("f")
    return fn.EXISTS(f.select(SQL("1")).where(
        (f.contact == contact)
        & ((f.status.in_(["done", "skipped"]) & (fn.date(f.resolved_at) >= on))
           | ((f.status == "open") & (f.snoozed_until > today)))))


def post_event(ctx: Context) -> list[Prompt]:
    """One prompt per recent event: the people met there not contacted yet (no interaction
    since, no follow-up done, skipped or snoozed since), out of everyone met there."""
    window = Event.date.between(ctx.today - dt.timedelta(days=AFTER_EVENT), ctx.today)
    events = Event.select(Event.id).where(Event.date.is_null(False) & window)
    if ctx.only is not None:  # the events of this person, counted over everyone met there
        events = events.join(ContactEvent, on=(ContactEvent.event == Event.id)).where(
            ContactEvent.contact == ctx.only)
    dealt_with = ~silent_since(ContactEvent.contact, Event.date) | _acted_on_since(
        ContactEvent.contact, Event.date, ctx.today)
    query = (select(ContactEvent, ContactEvent.contact, Event.id, Event.name, Event.date,
                    dealt_with)
             .join(Event, on=(Event.id == ContactEvent.event))
             .join(Contact, on=((Contact.id == ContactEvent.contact)
                                & Contact.deleted_at.is_null()))
             .where(Event.id.in_(events))
             .order_by(Event.id, ContactEvent.contact))
    met: dict[int, tuple[str, str, list[int], list[int]]] = {}
    for cid, eid, name, date, dealt in rows(query):
        entry = met.get(eid)
        if entry is None:
            entry = met[eid] = (name, date, [], [])
        entry[2].append(cid)
        if not dealt:
            entry[3].append(cid)
    out: list[Prompt] = []
    for eid, (name, date, everyone, pending) in met.items():
        if not pending or (ctx.only is not None and ctx.only not in pending):
            continue
        on = day(date)
        days = (ctx.today - on).days
        ctx.add(out, Prompt(
            "post_event", pending,
            wording.event_idea(name, show_date(on), len(everyone), len(pending)),
            [ACT_OPEN_PEOPLE, ACT_SNOOZE, ACT_DISMISS],
            f"post_event:event:{eid}", on.isoformat(), 90 - 3 * days,
            {"event_id": eid, "event": name, "date": on.isoformat(), "met": len(everyone),
             "pending": len(pending)},
        ))
    return out
