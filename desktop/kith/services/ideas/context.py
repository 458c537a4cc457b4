"""What every prompt rule shares: the ``Prompt`` it returns, the ``Context`` it reads
(the day, one contact or everyone, names, what the user dismissed or snoozed), the
action names and the small phrases the texts are made of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from peewee import Expression, Model, Select

from kith.i18n import plural, translate
from kith.store.database import database, fetch
from kith.store.models import Contact

ACT_LOG = "log it"
ACT_DRAFT = "draft e-mail"
ACT_INTRODUCE = "make introduction"
ACT_SNOOZE = "snooze"
ACT_DISMISS = "dismiss"
ACT_OPEN_PEOPLE = "open people"


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
    # Called every few hundred candidates: a worker's cancellation check, which also lets
    # the window have the GIL (the rules are seconds of Python at 50,000 people).
    pause: Callable[[], None] | None = None
    _seen: int = 0

    def hidden(self, key: str, signature: str) -> bool:
        """Dismissed with nothing new since (same signature), or snoozed until after today."""
        self._seen += 1
        if self.pause is not None and self._seen % 256 == 0:
            self.pause()
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
        row = (Contact.select(Contact.display_name, Contact.given_name)
               .where((Contact.id == contact_id) & Contact.deleted_at.is_null())
               .tuples().first())
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

    def limit(self, column: Any, where: Expression) -> Expression:
        """``where``, and ``column`` is the one contact when there is one."""
        return where if self.only is None else where & (column == self.only)


def select(model: type[Model], *columns: Any) -> Select:
    """``model.select(*columns)`` for the reads that grow with everyone (read with ``rows``,
    that is ``store.database.fetch``: rows as SQLite returns them, dates as ISO text)."""
    return Select((model,), columns).bind(database)


rows = fetch  # the rows of a query made by ``select``, straight from the cursor


def live_names() -> dict[int, tuple[str, str]]:
    """Live contact id -> (display name, given name, maybe empty)."""
    query = (select(Contact, Contact.id, Contact.display_name, Contact.given_name)
             .where(Contact.deleted_at.is_null()))
    return {cid: (display, given) for cid, display, given in rows(query)}


def names_of(contact_ids: list[int]) -> list[tuple[int, str]]:
    """(id, display name) of these live contacts, in the list's order (sort name)."""
    from kith.store.database import one_of

    query = (select(Contact, Contact.id, Contact.display_name)
             .where(one_of(Contact.id, contact_ids) & Contact.deleted_at.is_null())
             .order_by(Contact.sort_name, Contact.id))
    return [(cid, name) for cid, name in rows(query)]


def _iso(on: dt.date) -> str:
    return on.isoformat()


_date_text: Callable[[dt.date], str] = _iso


def set_date_format(show: Callable[[dt.date], str] | None) -> None:
    """How the texts write a date: ISO on the command line; the window installs its
    locale's short date (``ui.formats.date``)."""
    global _date_text
    _date_text = show or _iso


def show_date(on: dt.date) -> str:
    return _date_text(on)


def day(value: object) -> dt.date:
    """A date read from the database (a date, or text that starts with one)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    # Quotation marks are the language's own: “…” in English, „…“ in German.
    return translate("Ideas", "“{text}”").format(
        text=text if len(text) <= limit else text[: limit - 1] + "…")


def times(n: int) -> str:
    if n == 0:
        return translate("Ideas", "never")
    if n == 1:
        return translate("Ideas", "once")
    if n == 2:
        return translate("Ideas", "twice")
    return plural("Ideas", "%Ln time", "%Ln times", n)


def when(days: int) -> str:
    if days == 0:
        return translate("Ideas", "today")
    if days == 1:
        return translate("Ideas", "yesterday")
    return plural("Ideas", "%Ln day ago", "%Ln days ago", days)


def ahead(days: int) -> str:
    if days == 0:
        return translate("Ideas", "today")
    if days == 1:
        return translate("Ideas", "tomorrow")
    return plural("Ideas", "in %Ln day", "in %Ln days", days)
