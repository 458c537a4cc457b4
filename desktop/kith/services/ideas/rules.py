"""The per-person prompt rules, each one set-based SQL over all contacts.

Every rule takes a ``Context`` (the day, optionally one contact, names, a
check for prompts the user dismissed or snoozed) and returns ``Prompt``s.
The matching rules (introduce, help) are in ``prompts_match``; the API, the
ranking and dismiss/snooze in ``prompts``.

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
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from kith.store.database import connection

RECENT = 3
CHECK_IN_MIN = 30
CHECK_IN_NO_CADENCE = 90
STREAK = 3
DUE_SOON = 7
AFTER_EVENT = 7
CHANGE_WINDOW = 30
BIRTHDAY_AHEAD = 7
EXPIRING_AHEAD = 7

ACT_LOG = "log it"
ACT_DRAFT = "draft e-mail"
ACT_INTRODUCE = "make introduction"
ACT_SNOOZE = "snooze"
ACT_DISMISS = "dismiss"

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


@dataclass(slots=True)
class Prompt:
    """Something worth doing for or with someone, best first by ``score``.

    ``key`` identifies the prompt across days (dismiss and snooze by it);
    ``signature`` changes when something new happens, which brings back a
    dismissed prompt. ``details`` holds what the actions need (need and offer
    ids, a suggested message or channel...). Read-only by convention (not
    frozen: tens of thousands are built at a time and frozen ones build slower).
    """

    kind: str
    contact_ids: list[int]
    text: str
    actions: list[str]
    key: str
    signature: str
    score: float
    details: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        """The ``kith prompts --json`` object."""
        return {"kind": self.kind, "contact_ids": list(self.contact_ids), "text": self.text,
                "actions": list(self.actions)}


@dataclass(frozen=True)
class State:
    """What the user said about a prompt: dismissed (for one signature) or snoozed."""

    status: str  # dismissed | snoozed
    until: dt.date | None
    signature: str


@dataclass
class Context:
    today: dt.date
    only: int | None  # one contact, or everyone
    names: dict[int, tuple[str, str]]  # live contact id -> (display name, given name)
    states: dict[str, State]
    all_names: bool = True  # ``names`` holds every live contact

    def hidden(self, key: str, signature: str) -> bool:
        """Dismissed with nothing new since (same signature), or snoozed until after today."""
        state = self.states.get(key)
        if state is None:
            return False
        if state.status == "snoozed":
            return state.until is not None and self.today < state.until
        return state.status == "dismissed" and state.signature == signature

    def hidden_part(self, key: str, part: str) -> bool:
        """Like ``hidden`` for one part of a signature made of parts joined by commas."""
        state = self.states.get(key)
        if state is not None and state.status == "dismissed":
            return part in state.signature.split(",")
        return self.hidden(key, part)

    def live(self, contact_id: int) -> bool:
        """Whether the contact exists and is not in the trash (names looked up as needed
        when ``names`` was not loaded for everyone)."""
        if contact_id in self.names:
            return True
        if self.all_names:
            return False
        row = conn().execute(
            "SELECT display_name, given_name FROM contact WHERE id = ? AND deleted_at IS NULL",
            (contact_id,),
        ).fetchone()
        if row is not None:
            self.names[contact_id] = (row[0], row[1])
        return row is not None

    def _names_of(self, contact_id: int) -> tuple[str, str]:
        found = self.names.get(contact_id)
        if found is None:
            self.live(contact_id)
            found = self.names[contact_id]
        return found

    def name(self, contact_id: int) -> str:
        return self._names_of(contact_id)[0]

    def first(self, contact_id: int) -> str:
        display, given = self._names_of(contact_id)
        return given or (display.split() or [display])[0]

    def add(self, out: list[Prompt], prompt: Prompt) -> None:
        if not self.hidden(prompt.key, prompt.signature):
            out.append(prompt)

    def where(self, column: str) -> tuple[str, tuple[Any, ...]]:
        """An extra SQL condition limiting ``column`` to the one contact, if any."""
        return (f" AND {column} = ?", (self.only,)) if self.only is not None else ("", ())


def conn() -> sqlite3.Connection:
    return connection()


def day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def when(days: int) -> str:
    return {0: "today", 1: "yesterday"}.get(days, f"{days} days ago")


def ahead(days: int) -> str:
    return {0: "today", 1: "tomorrow"}.get(days, f"in {days} days")


def live_names() -> dict[int, tuple[str, str]]:
    """Live contact id -> (display name, given name, maybe empty)."""
    return {cid: (display, given) for cid, display, given in conn().execute(
        "SELECT id, display_name, given_name FROM contact WHERE deleted_at IS NULL")}


# ------------------------------------------------------------------- recent history
# Both rules start from the dates ``schedule.refresh`` keeps on each contact
# (last_contact_on, next_follow_up_on: indexed, no scan of the interactions),
# then read the last few interactions of the few contacts that qualify.

def _unpack(packed: str | None) -> list[list[str]]:
    """Rows packed by ``_LAST``, newest first."""
    if not packed:
        return []
    return sorted((r.split("\x1f") for r in packed.split("\x1e")), reverse=True)


def _last(columns: str, limit: int) -> str:
    """A correlated subquery packing the last ``limit`` live interactions of ``c.id``."""
    return (
        "(SELECT group_concat(x, char(30)) FROM ("
        "SELECT i.occurred_on || char(31) || printf('%012d', i.id) || char(31) || "
        f"{columns} AS x FROM interaction i WHERE i.contact_id = c.id AND i.deleted_at IS NULL "
        f"ORDER BY i.occurred_on DESC, i.id DESC LIMIT {limit}))"
    )


def recent_rows(ctx: Context) -> list[tuple[Any, ...]]:
    """Contacts due soon or silent for long, with their last ``RECENT`` interactions."""
    extra, params = ctx.where("c.id")
    today = ctx.today.isoformat()
    columns = ("i.channel || char(31) || i.help || char(31) || "
               "replace(replace(i.summary || ' ' || i.note, char(30), ' '), char(31), ' ')")
    return conn().execute(
        f"""
        SELECT c.id, c.last_contact_on, c.next_follow_up_on,
               COALESCE(c.cadence_days, ci.cadence_days), {_last(columns, RECENT)}
        FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id
        WHERE c.deleted_at IS NULL AND (
              c.next_follow_up_on <= ?
           OR (c.last_contact_on < ? AND julianday(?) - julianday(c.last_contact_on) >
                CASE WHEN COALESCE(c.cadence_days, ci.cadence_days) > 0
                     THEN MAX(?, 2 * COALESCE(c.cadence_days, ci.cadence_days)) ELSE ? END))
          {extra}
        """,
        ((ctx.today + dt.timedelta(days=DUE_SOON)).isoformat(),
         (ctx.today - dt.timedelta(days=CHECK_IN_MIN)).isoformat(), today, CHECK_IN_MIN,
         CHECK_IN_NO_CADENCE, *params),
    ).fetchall()


def check_in_and_vary_channel(ctx: Context,
                              rows: list[tuple[Any, ...]] | None = None) -> list[Prompt]:
    """Both rules over one read of the last interactions (``recent_rows``)."""
    out: list[Prompt] = []
    due_by = (ctx.today + dt.timedelta(days=DUE_SOON)).isoformat()
    today = ctx.today.isoformat()
    silent_before: dict[int, str] = {}  # threshold in days -> the day one must be silent since
    for cid, last_on, next_on, cadence, packed in recent_rows(ctx) if rows is None else rows:
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
    extra, params = ctx.where("contact_id")
    # The partial index on (contact_id, help) holds exactly these rows (schema 5).
    return conn().execute(
        f"""
        SELECT contact_id, SUM(help = 'asked'), SUM(help = 'gave') FROM interaction
        WHERE deleted_at IS NULL AND help != 'none' {extra}
        GROUP BY contact_id HAVING SUM(help = 'asked') > SUM(help = 'gave')
        """,
        params,
    ).fetchall()


def give_first(ctx: Context, newest_need: dict[int, tuple[int, str]],
               rows: list[tuple[int, int, int]] | None = None) -> list[Prompt]:
    """``newest_need``: contact id -> (need id, text) of their newest open need."""
    out: list[Prompt] = []
    for cid, asked, gave in ask_counts(ctx) if rows is None else rows:
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


def post_event(ctx: Context) -> list[Prompt]:
    extra, params = ctx.where("ce.contact_id")
    out: list[Prompt] = []
    for cid, eid, name, date in conn().execute(
        f"""
        SELECT ce.contact_id, e.id, e.name, e.date
        FROM event e JOIN contact_event ce ON ce.event_id = e.id
        JOIN contact c ON c.id = ce.contact_id AND c.deleted_at IS NULL
        WHERE e.date IS NOT NULL AND e.date BETWEEN ? AND ? {extra}
          AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = ce.contact_id
                          AND i.deleted_at IS NULL AND i.occurred_on >= e.date)
        """,
        ((ctx.today - dt.timedelta(days=AFTER_EVENT)).isoformat(), ctx.today.isoformat(),
         *params),
    ):
        if not ctx.live(cid):
            continue
        days = (ctx.today - day(date)).days
        ctx.add(out, Prompt(
            "post_event", [cid],
            f"Follow up with {ctx.name(cid)}: you met at {name} {when(days)} and have not been "
            "in touch since.",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"post_event:{cid}:{eid}", str(date)[:10], 90 - 3 * days,
            {"event_id": eid, "subject": f"Great to meet you at {name}",
             "message": f"Hi {ctx.first(cid)},\n\nit was great to meet you at {name}. "
                        "Let's stay in touch!\n"},
        ))
    return out


def life_events(ctx: Context) -> list[Prompt]:
    return _changes(ctx) + _birthdays(ctx) + _expiring(ctx)


def _changes(ctx: Context) -> list[Prompt]:
    extra, params = ctx.where("t.contact_id")
    found: dict[int, list[tuple[int, str, str]]] = {}
    for cid, tid, date, summary in conn().execute(
        f"""
        SELECT t.contact_id, t.id, t.occurred_on, t.summary FROM timeline_entry t
        WHERE t.kind = 'change' AND t.occurred_on BETWEEN ? AND ? {extra}
          AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = t.contact_id
                          AND i.deleted_at IS NULL AND i.occurred_on >= t.occurred_on)
        ORDER BY t.occurred_on DESC, t.id DESC
        """,
        ((ctx.today - dt.timedelta(days=CHANGE_WINDOW)).isoformat(), ctx.today.isoformat(),
         *params),
    ):
        if ctx.live(cid):
            found.setdefault(cid, []).append((tid, str(date), summary))
    out: list[Prompt] = []
    for cid, entries in found.items():
        days = (ctx.today - day(entries[0][1])).days
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
    extra, params = ctx.where("id")
    out: list[Prompt] = []
    for cid, birthday in conn().execute(
        f"SELECT id, birthday FROM contact WHERE deleted_at IS NULL AND birthday IS NOT NULL "
        f"AND substr(birthday, -5) IN ({','.join('?' * len(days))}) {extra}",
        (*days, *params),
    ):
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
    extra, params = ctx.where("n.contact_id")
    out: list[Prompt] = []
    for nid, cid, text, expires in conn().execute(
        f"""
        SELECT n.id, n.contact_id, n.text, n.expires_on FROM need_offer n
        WHERE n.kind = 'need' AND n.contact_id IS NOT NULL AND n.closed_at IS NULL
          AND n.created_on <= ? AND n.expires_on BETWEEN ? AND ? {extra}
        """,
        (ctx.today.isoformat(), ctx.today.isoformat(),
         (ctx.today + dt.timedelta(days=EXPIRING_AHEAD)).isoformat(), *params),
    ):
        if not ctx.live(cid):
            continue
        n = (day(expires) - ctx.today).days
        ctx.add(out, Prompt(
            "life_event", [cid],
            f"{ctx.name(cid)}'s {quote(text)} ends {ahead(n)} ({day(expires):%a %d %b}): "
            "help before then?",
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"life_event:expiring:{nid}", str(expires)[:10], 75 - 2 * n,
            {"event": "expiring", "need_id": nid, "subject": "Can I help?",
             "message": f"Hi {ctx.first(cid)},\n\nyou mentioned {text}. Is there anything "
                        "I can do to help before then?\n"},
        ))
    return out
