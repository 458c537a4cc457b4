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
- post_event: met at an event dated within the last ``AFTER_EVENT`` days
  (today included) and no live interaction on or after the event's day.
- life_event: a 'change' timeline entry (a new organisation or title on
  re-import) dated within the last ``CHANGE_WINDOW`` days with no interaction
  since; a birthday within the next ``BIRTHDAY_AHEAD`` days; an open need that
  expires within the next ``EXPIRING_AHEAD`` days.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from peewee import JOIN, SQL, Case, fn

from kith.services.ideas.context import (
    ACT_DISMISS,
    ACT_DRAFT,
    ACT_LOG,
    ACT_SNOOZE,
    Context,
    Prompt,
    ahead,
    day,
    quote,
    rows,
    select,
    times,
    when,
)
from kith.store.models import (
    Circle,
    Contact,
    ContactEvent,
    Event,
    Interaction,
    NeedOffer,
    TimelineEntry,
)

RECENT = 3
CHECK_IN_MIN = 30
CHECK_IN_NO_CADENCE = 90
STREAK = 3
DUE_SOON = 7
AFTER_EVENT = 7
CHANGE_WINDOW = 30
BIRTHDAY_AHEAD = 7
EXPIRING_AHEAD = 7

_PERSONAL = re.compile(
    r"check(ed|ing)?[ -]?in|catch(ing)?[ -]?up|caught up|coffee|lunch|dinner|drinks|beers?\b"
    r"|birthday|congrat|how (are|is|was|were) (you|things|she|he|they)|how'?s it going"
    r"|just (to )?say(ing)? hi|said hi|hello|thank|holiday|wedding|baby|vacation|personal"
    r"|no agenda|hang(ing)? out|condolence|get well|happy new year|christmas|thinking of",
    re.IGNORECASE,
)

CHANNEL_PLURAL = {
    "email": "e-mails", "call": "calls", "video": "video calls", "meeting": "meetings",
    "message": "messages", "social": "social media messages", "event": "events",
    "letter": "letters", "other": "the same channel",
}
# What to suggest after a run of one channel.
SWITCH_TO = {
    "email": "call", "message": "call", "social": "call", "letter": "call", "other": "call",
    "event": "call", "call": "meeting", "video": "meeting", "meeting": "call",
}
SUGGESTION = {
    "call": "a call", "meeting": "meeting in person", "email": "an e-mail",
    "message": "a quick message",
}


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


def check_in_and_vary_channel(ctx: Context,
                              found: list[tuple[Any, ...]] | None = None) -> list[Prompt]:
    """Both rules over one read of the last interactions (``recent_rows``)."""
    out: list[Prompt] = []
    # The dates come as SQLite holds them (ISO text): compared as text, parsed only for
    # the few prompts made.
    due_by = (ctx.today + dt.timedelta(days=DUE_SOON)).isoformat()
    today = ctx.today.isoformat()
    silent_before: dict[int, str] = {}  # threshold in days -> the day one must be silent since
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
        if last_on and last_on < since and not any(
            help_ == "gave" or _PERSONAL.search(note) for _, _, _, help_, note in last
        ):
            out += _check_in(ctx, cid, last, last_id, (ctx.today - day(last_on)).days, limit)
        channel = last[0][2]
        if (next_on is not None and next_on <= due_by and len(last) >= STREAK
                and all(r[2] == channel for r in last[:STREAK])):
            other = SWITCH_TO.get(channel, "call")
            ctx.add(out, Prompt(
                "vary_channel", [cid],
                f"Vary the channel with {ctx.name(cid)}: the last {STREAK} were "
                f"{CHANNEL_PLURAL.get(channel, channel)}; try {SUGGESTION.get(other, other)}.",
                [ACT_LOG, ACT_SNOOZE, ACT_DISMISS],
                f"vary_channel:{cid}", last_id,
                36 + (5 if next_on <= today else 0),
                {"channel": other, "instead_of": channel},
            ))
    return out


def _check_in(ctx: Context, cid: int, last: list[list[str]], last_id: str, days: int,
              limit: int) -> list[Prompt]:
    asks = sum(1 for r in last if r[3] == "asked")
    what = "asks" if asks == len(last) else ("business" if not asks else "asks or business")
    first = ctx.first(cid)
    out: list[Prompt] = []
    ctx.add(out, Prompt(
        "check_in", [cid],
        f"Check in with {ctx.name(cid)}, no agenda: {days} days since you last talked "
        f"and the last {'one was' if len(last) == 1 else f'{len(last)} were'} {what}. "
        f"Ask how {first} is doing.",
        [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
        f"check_in:{cid}", last_id,
        35 + min(25.0, (days - limit) / 10),
        {"subject": "How are you doing?",
         "message": f"Hi {first},\n\nit's been a while! How are you doing? No agenda, I was "
                    "just thinking of you and wanted to hear how things are going.\n",
         "days": days, "threshold": limit},
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
        if need is not None:
            suggestion = f"{first} needs {quote(need[1])}: can you help?"
        else:
            suggestion = f"Ask what {first} needs right now."
        ctx.add(out, Prompt(
            "give_first", [cid],
            f"Give before you ask: you asked {ctx.name(cid)} for help {times(asked)} and gave "
            f"{times(gave)}. {suggestion}",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"give_first:{cid}", f"{asked}:{gave}",
            45 + min(15, 5 * (asked - gave)) + (5 if need else 0),
            {"asked": asked, "gave": gave, "need_id": need[0] if need else None,
             "subject": "Anything I can help with?",
             "message": (f"Hi {first},\n\nyou mentioned {need[1]}. Could I help with that?\n"
                         if need else f"Hi {first},\n\nis there anything I can help you "
                         "with at the moment?\n")},
        ))
    return out


def _silent_since(contact: Any, on: Any) -> Any:
    """No live interaction of ``contact`` on or after the day ``on``."""
    i = Interaction.alias("i")
    return ~fn.EXISTS(i.select(SQL("1")).where(
        (i.contact == contact) & i.deleted_at.is_null() & (i.occurred_on >= on)))


def post_event(ctx: Context) -> list[Prompt]:
    query = (select(ContactEvent, ContactEvent.contact, Event.id, Event.name, Event.date)
             .join(Event, on=(Event.id == ContactEvent.event))
             .join(Contact, on=((Contact.id == ContactEvent.contact)
                                & Contact.deleted_at.is_null()))
             .where(ctx.limit(ContactEvent.contact, Event.date.is_null(False)
                              & Event.date.between(ctx.today - dt.timedelta(days=AFTER_EVENT),
                                                   ctx.today)
                              & _silent_since(ContactEvent.contact, Event.date))))
    out: list[Prompt] = []
    for cid, eid, name, date in rows(query):
        if not ctx.live(cid):
            continue
        days = (ctx.today - day(date)).days
        ctx.add(out, Prompt(
            "post_event", [cid],
            f"Follow up with {ctx.name(cid)}: you met at {name} {when(days)} and have not been "
            "in touch since.",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"post_event:{cid}:{eid}", day(date).isoformat(), 90 - 3 * days,
            {"event_id": eid, "subject": f"Great to meet you at {name}",
             "message": f"Hi {ctx.first(cid)},\n\nit was great to meet you at {name}. "
                        "Let's stay in touch!\n"},
        ))
    return out


def life_events(ctx: Context) -> list[Prompt]:
    return _changes(ctx) + _birthdays(ctx) + _expiring(ctx)


def _changes(ctx: Context) -> list[Prompt]:
    t = TimelineEntry
    query = (select(t, t.contact, t.id, t.occurred_on, t.summary)
             .where(ctx.limit(t.contact, (t.kind == "change")
                              & t.occurred_on.between(
                                  ctx.today - dt.timedelta(days=CHANGE_WINDOW), ctx.today)
                              & _silent_since(t.contact, t.occurred_on)))
             .order_by(t.occurred_on.desc(), t.id.desc()))
    found: dict[int, list[tuple[int, dt.date, str]]] = {}
    for cid, tid, date, summary in rows(query):
        if ctx.live(cid):
            found.setdefault(cid, []).append((tid, day(date), summary))
    out: list[Prompt] = []
    for cid, entries in found.items():
        days = (ctx.today - entries[0][1]).days
        what = "; ".join(dict.fromkeys(s for _, _, s in entries))
        ctx.add(out, Prompt(
            "life_event", [cid],
            f"News from {ctx.name(cid)} ({when(days)}): {what}. Congratulate "
            f"{ctx.first(cid)} or ask how it's going?",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:change:{cid}", str(max(t for t, _, _ in entries)), 60 - days / 2,
            {"event": "change", "entries": [t for t, _, _ in entries],
             "subject": "Congratulations!",
             "message": f"Hi {ctx.first(cid)},\n\nI saw the news: congratulations! "
                        "How is it going?\n"},
        ))
    return out


def _birthdays(ctx: Context) -> list[Prompt]:
    days: dict[str, tuple[int, dt.date]] = {}
    for n in range(BIRTHDAY_AHEAD + 1):
        d = ctx.today + dt.timedelta(days=n)
        days.setdefault(f"{d:%m-%d}", (n, d))
        if f"{d:%m-%d}" == "02-28" and not _leap(d.year):  # 29 February, kept on the 28th
            days.setdefault("02-29", (n, d))
    # substr(birthday, -5) written as the expression index has it (schema 4), so SQLite
    # reads the index rather than every contact.
    month_day = fn.substr(Contact.birthday, SQL("-5"))
    query = (select(Contact, Contact.id, Contact.birthday)
             .where(ctx.limit(Contact.id, Contact.deleted_at.is_null()
                              & Contact.birthday.is_null(False) & month_day.in_(list(days)))))
    out: list[Prompt] = []
    for cid, birthday in rows(query):
        if not ctx.live(cid):
            continue
        n, on = days[birthday[-5:]]
        age = ""
        if len(birthday) == 10 and birthday[:4].isdigit():
            age = f", {on.year - int(birthday[:4])}"
        ctx.add(out, Prompt(
            "life_event", [cid],
            f"{ctx.name(cid)}'s birthday is {ahead(n)} ({on:%a %d %b}{age}).",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:birthday:{cid}", on.isoformat(), 80 - 3 * n,
            {"event": "birthday", "date": on.isoformat(), "subject": "Happy birthday!",
             "message": f"Happy birthday, {ctx.first(cid)}! I hope you have a great day.\n"},
        ))
    return out


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _expiring(ctx: Context) -> list[Prompt]:
    n_ = NeedOffer
    query = (select(n_, n_.id, n_.contact, n_.text, n_.expires_on)
             .where(ctx.limit(n_.contact, (n_.kind == "need") & n_.contact.is_null(False)
                              & n_.closed_at.is_null() & (n_.created_on <= ctx.today)
                              & n_.expires_on.between(
                                  ctx.today, ctx.today + dt.timedelta(days=EXPIRING_AHEAD)))))
    out: list[Prompt] = []
    for nid, cid, text, expires in rows(query):
        if not ctx.live(cid):
            continue
        ends = day(expires)
        n = (ends - ctx.today).days
        ctx.add(out, Prompt(
            "life_event", [cid],
            f"{ctx.name(cid)}'s {quote(text)} ends {ahead(n)} ({ends:%a %d %b}): "
            "help before then?",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:expiring:{nid}", ends.isoformat(), 75 - 2 * n,
            {"event": "expiring", "need_id": nid, "subject": "Can I help?",
             "message": f"Hi {ctx.first(cid)},\n\nyou mentioned {text}. Is there anything "
                        "I can do to help before then?\n"},
        ))
    return out
