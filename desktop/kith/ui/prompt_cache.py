"""The prompts, computed off the GUI thread (a pass over everyone) and shared by the views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from kith import clock
from kith.errors import Cancelled
from kith.ui.worker import Task

if TYPE_CHECKING:  # the prompts engine is imported when first used, not at start-up
    from kith.services.ideas.prompts import Prompt


class PromptCache(QObject):
    """Signals:
    ready(list): the prompts for today, best first, after each refresh.
    """

    ready = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: list[Prompt] = []
        self._generation = 0
        self._tasks: dict[int, Task] = {}
        self._computed = False

    def refresh(self) -> None:
        """Recompute in the background; a newer refresh supersedes an older one."""
        from kith.services.ideas import prompts

        self.cancel()  # what they were computing is out of date
        self._generation += 1
        generation = self._generation
        today = clock.today()
        task = Task(lambda progress, cancelled: prompts.prompts(today, cancelled),
                    Cancelled)
        task.signals.succeeded.connect(lambda found: self._done(generation, found))
        task.signals.failed.connect(lambda _m: self._tasks.pop(generation, None))
        task.signals.cancelled.connect(lambda: self._tasks.pop(generation, None))
        self._tasks[generation] = task
        task.start()

    def _done(self, generation: int, found: list[Prompt]) -> None:
        if not isValid(self):  # the window closed while the worker was computing
            return
        self._tasks.pop(generation, None)
        if generation != self._generation:
            return
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

    def top_for(self, contact_id: int) -> str:
        for prompt in self.latest:
            if contact_id in prompt.contact_ids:
                return str(prompt.text)
        return ""
