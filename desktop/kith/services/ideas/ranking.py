"""The ideas worth acting on this week: a short list out of every candidate.

``best(found, limit)`` takes the candidates (``prompts.prompts``) and keeps at
most ``limit``:

- best first by tier, then by score: introductions and time-bound ideas (after an
  event, a birthday, news, a need about to expire) before helping with a need, then
  check-ins and channel nudges, and "give before you ask" last;
- never two about the same person (an idea about an event's people claims no one:
  it is about the event);
- spread over kinds: no kind takes more than ``SHARE`` of the places while other
  kinds still have ideas to show; leftover places go to the best of the rest.

``exclude``: people whose idea is shown elsewhere (beside their row on Today); an
idea about one of them alone is left out (an introduction of two stays here).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable

from kith.services.ideas.context import Prompt

LIMIT = 50
SHARE = 0.4
TIER = {"introduce": 0, "post_event": 0, "life_event": 0, "help": 1, "check_in": 2,
        "vary_channel": 2, "give_first": 3, "thank_introducer": 1, "ask_introduction": 1}


def rank_key(prompt: Prompt) -> tuple[int, float, str]:
    return TIER.get(prompt.kind, 9), -prompt.score, prompt.key


def is_group(prompt: Prompt) -> bool:
    """An idea about a group (an event's people) rather than about one or two people."""
    return prompt.kind == "post_event"


def best(found: Iterable[Prompt], limit: int | None = LIMIT,
         exclude: Collection[int] = (), ranked: bool = False) -> list[Prompt]:
    """At most ``limit`` ideas (all of them, ranked, when ``limit`` is None).

    ``ranked``: ``found`` is already in ``rank_key`` order (a list ``best`` returned), so
    the short list is read off its head instead of sorting tens of thousands again."""
    ordered = list(found) if ranked else sorted(found, key=rank_key)
    if limit is None:
        return ordered
    cap = max(1, math.ceil(limit * SHARE))
    taken: list[Prompt] = []
    people: set[int] = set()
    per_kind: dict[str, int] = {}
    skipped: list[Prompt] = []
    for prompt in ordered:
        if len(taken) >= limit:
            break
        group = is_group(prompt)
        if not group and any(c in people for c in prompt.contact_ids):
            continue
        if len(prompt.contact_ids) == 1 and prompt.contact_ids[0] in exclude:
            continue
        if per_kind.get(prompt.kind, 0) >= cap:
            skipped.append(prompt)
            continue
        taken.append(prompt)
        per_kind[prompt.kind] = per_kind.get(prompt.kind, 0) + 1
        if not group:
            people.update(prompt.contact_ids)
    for prompt in skipped:  # places left: the best of the kinds that hit their share
        if len(taken) >= limit:
            break
        if is_group(prompt) or not any(c in people for c in prompt.contact_ids):
            taken.append(prompt)
            if not is_group(prompt):
                people.update(prompt.contact_ids)
    taken.sort(key=rank_key)
    return taken
