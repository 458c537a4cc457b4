""""How can I help?": ranked prompts, and dismissing or snoozing them.

``prompts(today)`` returns every prompt that applies today, best first:

- ``introduce``: A needs what B offers (see ``prompts_match``).
- ``help``: a contact needs what you offer.
- ``check_in``: a long silence after only asks or business.
- ``vary_channel``: the same channel again and again.
- ``give_first``: you asked more often than you gave.
- ``post_event``: one per recent event: the people met there not contacted yet.
- ``life_event``: news on re-import, a birthday this week, a need about to expire.
- ``thank_introducer``, ``ask_introduction``: who knows whom (see ``network``).

The thresholds are in ``prompts_rules``. Each prompt has a ``key`` (stable:
"introduce:12:34", "check_in:12") and a ``signature`` (what it was based
on). ``dismiss(key, signature)`` hides it until the signature changes (a new
interaction, a new need, another ask...); ``snooze(key, until)`` hides it
until that day, when it comes back. Contacts in the trash never appear.

Scores (higher first): post_event 69-90, help 77.5-90, introduce 72.5-95
(a mutual match +5), birthday 59-80, expiring need 61-75, news 45-60,
give_first 50-65, check_in 35-60, vary_channel 36-41, thank_introducer 57-65,
ask_introduction 62-82.

``ideas(today)`` is the short list (at most 50, ``ranking``) the window and ``kith
prompts`` show; ``seen``/``mark_seen`` remember which ideas the user has looked at.

``top_prompt_for(contact_id)`` (the detail pane) computes one person's share
only; ``top_prompts()`` gives the best prompt of everyone at once (a list of
people, the Today view) from a single ``prompts()``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable

from kith import clock, errors
from kith.services.ideas import life, network, ranking
from kith.services.ideas import matches as prompts_match
from kith.services.ideas import rules as prompts_rules
from kith.services.ideas.context import Context, Prompt, State, day, live_names, rows, select
from kith.services.ideas.introductions import introduction_draft, record_introduction
from kith.store.database import database
from kith.store.models import PromptState

KINDS = ("introduce", "help", "check_in", "vary_channel", "give_first", "post_event",
         "life_event", "thank_introducer", "ask_introduction")
_ORDER = {kind: i for i, kind in enumerate(KINDS)}

__all__ = [
    "KINDS", "Prompt", "dismiss", "forget", "ideas", "introduction_draft", "mark_seen",
    "prompts", "prompts_for", "seen",
    "record_introduction", "snooze", "top_prompt_for", "top_prompts",
]


def _states() -> dict[str, State]:
    p = PromptState
    query = select(p, p.key, p.status, p.until, p.signature)
    return {key: State(status, day(until) if until else None, signature)
            for key, status, until, signature in rows(query)}


def _collect(today: dt.date, only: int | None,
             cancelled: Callable[[], bool] | None = None) -> list[Prompt]:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise errors.Cancelled()

    if only is None:
        ctx = Context(today, only, live_names(), _states())
    else:
        ctx = Context(today, only, {}, _states(), all_names=False)
        if not ctx.live(only):
            return []
    ctx.pause = check
    items = prompts_match.open_items(ctx)
    newest_need: dict[int, tuple[int, str]] = {}
    for item in items:  # newest first
        if item.kind == "need" and item.contact_id is not None:
            newest_need.setdefault(item.contact_id, (item.id, item.text))
    rules: list[Callable[[], list[Prompt]]] = [
        lambda: prompts_match.introduce(ctx, items),
        lambda: prompts_match.help_with_needs(ctx, items),
        lambda: prompts_rules.check_in_and_vary_channel(ctx),
        lambda: prompts_rules.give_first(ctx, newest_need),
        lambda: prompts_rules.post_event(ctx),
        lambda: life.life_events(ctx),
        lambda: network.thank_introducer(ctx),
        lambda: network.ask_introduction(ctx, items),
    ]
    found: list[Prompt] = []
    for rule in rules:  # between rules, a worker can be told to stop
        check()
        found += rule()
    found.sort(key=_rank)
    return found


def _rank(p: Prompt) -> tuple[float, int, str]:
    return -p.score, _ORDER[p.kind], p.key


def prompts(today: dt.date, cancelled: Callable[[], bool] | None = None) -> list[Prompt]:
    """Every prompt for today that is not dismissed or snoozed, best first."""
    # Tens of thousands of short-lived objects and no reference cycles: the
    # cyclic collector would only rescan the matcher's caches (~20% of the time).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _collect(today, None, cancelled)
    finally:
        if enabled:
            gc.enable()


def ideas(today: dt.date, limit: int | None = ranking.LIMIT,
          cancelled: Callable[[], bool] | None = None) -> list[Prompt]:
    """The ideas worth acting on this week: at most ``limit`` (``ranking.best``), best first;
    every candidate, ranked, when ``limit`` is None."""
    return ranking.best(prompts(today, cancelled), limit)


def prompts_for(contact_id: int, today: dt.date) -> list[Prompt]:
    """The prompts involving one contact (the same ones ``prompts`` lists), best first."""
    return _collect(today, contact_id)


def top_prompt_for(contact_id: int, today: dt.date) -> Prompt | None:
    """The best prompt involving ``contact_id`` today, or None."""
    found = prompts_for(contact_id, today)
    return found[0] if found else None


def top_prompts(today: dt.date) -> dict[int, Prompt]:
    """Contact id -> the best prompt involving them, for everyone who has one."""
    best: dict[int, Prompt] = {}
    for prompt in prompts(today):  # best first
        for contact_id in prompt.contact_ids:
            best.setdefault(contact_id, prompt)
    return best


def _save(key: str, status: str, until: dt.date | None, signature: str,
          today: dt.date) -> None:
    if not key:
        raise errors.Invalid("A prompt key is needed.")
    stamp = dt.datetime.combine(today, clock.now().time())
    p = PromptState
    with database.atomic():
        (p.insert(key=key, status=status, until=until, signature=signature, updated_at=stamp)
         .on_conflict(conflict_target=[p.key],
                      preserve=[p.status, p.until, p.signature, p.updated_at])
         .execute())


def dismiss(key: str, signature: str, today: dt.date) -> None:
    """Hide the prompt ``key`` until its signature is no longer ``signature``."""
    _save(key, "dismissed", None, signature, today)


def snooze(key: str, until: dt.date, today: dt.date) -> None:
    """Hide the prompt ``key`` until the day ``until`` (it shows again that day)."""
    if until <= today:
        raise errors.Invalid(f"Snooze until a day after today ({today}), not {until}.")
    _save(key, "snoozed", until, "", today)


def forget(key: str) -> None:
    """Undo a dismiss or a snooze."""
    PromptState.delete().where(PromptState.key == key).execute()


def seen() -> set[str]:
    """The keys of the ideas the user has seen on the Ideas page."""
    p = PromptState
    return {key for (key,) in rows(select(p, p.key).where(p.status == "seen"))}


def mark_seen(keys: list[str], today: dt.date) -> None:
    """Remember that these ideas were shown (a dismissed or snoozed one keeps its state)."""
    if not keys:
        return
    stamp = dt.datetime.combine(today, clock.now().time())
    p = PromptState
    with database.atomic():
        (p.insert_many([(key, "seen", None, "", stamp) for key in keys],
                       fields=[p.key, p.status, p.until, p.signature, p.updated_at])
         .on_conflict_ignore().execute())
