"""The prompts, computed off the GUI thread (a pass over everyone) and shared by the views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from kith import clock
from kith.errors import Cancelled
from kith.ui.worker import Task

if TYPE_CHECKING:  # the prompts engine is imported when first used, not at start-up
    from kith.services.ideas.prompts import Prompt


def _compute(today: dt.date, cancelled: Callable[[], bool]) -> tuple[list[Prompt], set[str]]:
    """On the worker: every candidate, ranked, and the keys of the ideas already seen."""
    from kith.services.ideas import prompts, ranking
    from kith.services.ideas.context import set_date_format
    from kith.ui import formats

    set_date_format(formats.date)  # the texts show dates as the window does
    try:
        found = ranking.best(prompts.prompts(today, cancelled), None)
    finally:
        set_date_format(None)
    return found, prompts.seen()


class PromptCache(QObject):
    """Signals:
    ready(list): every candidate for today, ranked (``ranking.rank_key``), after each refresh.

    ``shortlist()`` is what the Ideas page shows (at most 50, without the people on
    Today: ``on_today`` says who they are); ``for_today()`` the ideas about one
    person, for the "An idea" column beside Today's rows; ``new_count()`` the ideas not
    seen yet (the sidebar badge).
    """

    ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: list[Prompt] = []
        self._generation = 0
        self._tasks: dict[int, Task] = {}
        self._computed = False
        self.seen: set[str] = set()
        self.on_today: Callable[[], Collection[int]] = lambda: ()
        self._shortlist: tuple[object, list[Prompt]] | None = None
        self._best_for: tuple[object, dict[int, str]] | None = None

    def refresh(self) -> None:
        """Recompute in the background; a newer refresh supersedes an older one."""
        self.cancel()  # what they were computing is out of date
        self._generation += 1
        generation = self._generation
        today = clock.today()
        task = Task(lambda progress, cancelled: _compute(today, cancelled), Cancelled)
        task.signals.succeeded.connect(lambda found: self._done(generation, found))
        task.signals.failed.connect(lambda _m: self._tasks.pop(generation, None))
        task.signals.cancelled.connect(lambda: self._tasks.pop(generation, None))
        self._tasks[generation] = task
        task.start()

    def _done(self, generation: int, result: tuple[list[Prompt], set[str]]) -> None:
        if not isValid(self):  # the window closed while the worker was computing
            return
        self._tasks.pop(generation, None)
        if generation != self._generation:
            return
        found, seen = result
        self.seen |= seen
        self.latest = found
        self._computed = True
        self.ready.emit(found)

    def cancel(self) -> None:
        """Ask every running computation to stop (at its next check)."""
        for task in self._tasks.values():
            task.cancel()

    @property
    def computed(self) -> bool:
        """Whether ``latest`` holds a result yet (before the first, it is just empty)."""
        return self._computed

    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, seconds: float = 10) -> None:
        """Block until the running computations end (for tests and shutdown)."""
        for task in list(self._tasks.values()):
            task.done.wait(seconds)

    def shortlist(self) -> list[Prompt]:
        """The Ideas page: at most 50, spread over kinds, none about a person on Today."""
        from kith.services.ideas import ranking

        exclude = frozenset(self.on_today())
        key = (id(self.latest), len(self.latest), exclude)
        if self._shortlist is None or self._shortlist[0] != key:
            # ``latest`` is ranked already (``_compute``, and ``forget`` keeps the order).
            self._shortlist = (key, ranking.best(self.latest, ranking.LIMIT, exclude=exclude,
                                                 ranked=True))
        return list(self._shortlist[1])

    def for_today(self, found: list[Prompt] | None = None) -> list[Prompt]:
        """The ideas about one person (introductions and events stay on the Ideas page),
        best first."""
        return [p for p in (self.latest if found is None else found) if len(p.contact_ids) == 1]

    def new_count(self) -> int:
        return sum(1 for p in self.shortlist() if p.key not in self.seen)

    def mark_seen(self, keys: list[str]) -> None:
        """The user saw these ideas: remember it (in the database, for the next start)."""
        from kith.services.ideas import prompts

        self.seen.update(keys)
        try:
            prompts.mark_seen(keys, clock.today())
        except Exception:  # a badge count is not worth an error dialog: say nothing
            pass

    def forget(self, contact_ids: Collection[int], logged: bool = False) -> None:
        """These people were just dealt with (Done, Snooze or Skip on their follow-up, or an
        interaction logged): the views drop what no longer holds at once, without waiting
        for the background refresh, which then confirms it.

        Nobody stays in an event's "not contacted yet"; a check-in (the idea that says it
        is time to be in touch) goes; after a logged interaction every idea about that one
        person goes until the refresh says which still apply. Ideas about two people
        (introductions) stay."""
        from dataclasses import replace

        from kith.services.ideas import ranking, wording
        from kith.ui import formats

        gone = set(contact_ids)
        kept: list[Prompt] = []
        for prompt in self.latest:
            about = gone.intersection(prompt.contact_ids)
            if not about:
                kept.append(prompt)
            elif ranking.is_group(prompt):
                pending = [c for c in prompt.contact_ids if c not in gone]
                if pending:
                    details = dict(prompt.details, pending=len(pending))
                    on = formats.parse_day(str(details.get("date", "")))
                    text = wording.event_idea(str(details.get("event", "")),
                                              formats.date(on), int(details.get("met", 0)),
                                              len(pending))
                    kept.append(replace(prompt, contact_ids=pending, text=text,
                                        details=details))
            elif len(prompt.contact_ids) > 1 or not (logged or prompt.kind == "check_in"):
                kept.append(prompt)
        changed = len(kept) != len(self.latest) \
            or any(a is not b for a, b in zip(kept, self.latest, strict=True))
        if changed:
            self.latest = kept
            self.ready.emit(kept)

    def top_for(self, contact_id: int) -> str:
        """The best idea about this person (an event's crowd aside), for their page."""
        from kith.services.ideas import ranking

        key = (id(self.latest), len(self.latest))
        if self._best_for is None or self._best_for[0] != key:
            best: dict[int, str] = {}
            for prompt in self.latest:  # ranked: the first about someone is their best
                if not ranking.is_group(prompt):
                    for cid in prompt.contact_ids:
                        best.setdefault(cid, str(prompt.text))
            self._best_for = (key, best)
        return self._best_for[1].get(contact_id, "")
