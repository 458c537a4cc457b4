"""Ctrl+Z or Ctrl+Shift+Z pressed while a worker is still finishing is carried out when it
ends, never dropped (the action is enabled as soon as the stack moves, a moment before the
worker says it has ended: a press in that moment used to vanish)."""

from __future__ import annotations

import threading

from kith.ui.undo_stack import Command, UndoStack


class Slow(Command):
    """A change written on a worker that waits for ``gate`` (the redo only)."""

    def __init__(self, log: list[str], gate: threading.Event) -> None:
        super().__init__("slow change", lambda _cid: None)
        self.log, self.gate = log, gate

    def work(self, undoing: bool):  # type: ignore[no-untyped-def]
        def run(_progress, _cancelled) -> str:  # type: ignore[no-untyped-def]
            if not undoing:
                self.gate.wait(10)
            return "undone" if undoing else "done"
        return run

    def finish(self, undoing: bool, result: object) -> None:
        self.log.append(str(result))


def test_an_undo_pressed_while_the_worker_runs_happens_when_it_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    stack = UndoStack()
    log: list[str] = []
    gate = threading.Event()
    stack.push(Slow(log, gate))
    assert stack.busy()
    stack.undo()  # pressed while the change is still being written
    assert log == []
    gate.set()
    qtbot.waitUntil(lambda: log == ["done", "undone"] and not stack.busy())
    assert stack.index() == 0 and stack.canRedo()


def test_a_redo_pressed_while_an_undo_runs_happens_when_it_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    stack = UndoStack()
    log: list[str] = []
    gate = threading.Event()
    gate.set()
    stack.push(Slow(log, gate))
    qtbot.waitUntil(lambda: not stack.busy())
    stack.undo()
    assert stack.busy()
    stack.redo()  # pressed before the undo's worker said it had ended
    qtbot.waitUntil(lambda: log == ["done", "undone", "done"] and not stack.busy())
    assert stack.index() == 1
