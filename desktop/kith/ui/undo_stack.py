"""The window's undo stack, and the base of its commands (``kith.ui.commands``).

Every command is a ``Command``: its ``apply`` and ``revert`` write, and a
failure there never escapes into Qt (where it would only reach stderr). A
change that could not be made is taken off the stack (``setObsolete``) and
the person is told why; an undo that could not be made leaves the change on
the stack as done, since it still is, and says so. ``UndoStack`` carries the
messages to the window.

A command whose write can take seconds (undoing a 20,000-card import) gives it
to a worker thread; the stack moves only when the worker is done, so the event
loop keeps turning and the stack always matches the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kith.errors import Cancelled
from kith.i18n import translate
from kith.ui.failures import message_for
from kith.ui.worker import Task, Work

Refresh = Callable[[int | None], None]


class UndoStack(QUndoStack):
    """The window's undo stack; it tells the window what went wrong.

    A command whose write can take long (undoing an import, deleting thousands)
    hands it to a worker (``Command.work``): the stack moves only once the worker
    is done, and meanwhile undo and redo do nothing and other changes wait their
    turn (they are pushed, in order, when it ends), so the stack always matches
    the database.

    Signals:
        failed(str, str): a title and a plain-text message: a change (or its undo)
            could not be made.
        started(object, str, bool): a worker began (the Task, what it does, whether
            it can be cancelled): for a progress bar.
        busyChanged(bool): a worker began (True) or ended (False).
        status(str): a line for the status bar (say, work that was cancelled).
        report(str, str, str): a title, a summary and details for a dialog (what an
            undo of an import kept).

    ``take_note`` hands over a line for the status bar that the last undo or redo
    left (say, people it could not bring back); the window shows it instead of
    the usual "Undo with Ctrl+Z".
    """

    failed = Signal(str, str)
    started = Signal(object, str, bool)
    busyChanged = Signal(bool)
    status = Signal(str)
    report = Signal(str, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._note = ""
        self._push_failed = False
        self._undo_failed = False
        self._task: Task | None = None
        self._deferred: list[QUndoCommand] = []
        # Ctrl+Z / Ctrl+Shift+Z pressed while a worker was still finishing: the stack has
        # already moved (so the action was enabled), the worker has not yet said it ended.
        # The press is kept and carried out then, never dropped.
        self._asked: list[bool] = []  # True: undo, False: redo

    def busy(self) -> bool:
        """A worker is writing for a command: undo and redo wait for it."""
        return self._task is not None

    def push(self, cmd: QUndoCommand) -> None:
        if self._task is not None:  # after the running work, in order
            self._deferred.append(cmd)
            return
        if isinstance(cmd, Command):
            cmd.stack = self
            work = cmd.work(undoing=False)
            if work is not None:
                self._in_background(cmd, work, False, lambda: self._push_now(cmd))
                return
        self._push_now(cmd)

    def _push_now(self, cmd: QUndoCommand) -> None:
        self._push_failed = False
        super().push(cmd)

    def do(self, cmd: QUndoCommand) -> bool:
        """Push ``cmd``; returns whether its change was made or is under way (else the
        person was told)."""
        self.push(cmd)
        return not self._push_failed

    def undo(self) -> None:
        """Ctrl+Z. If the undo fails the change is still in place: the stack says so too."""
        if self._task is not None:
            self._asked.append(True)
            return
        cmd = self.command(self.index() - 1)
        if isinstance(cmd, Command) and (work := cmd.work(undoing=True)) is not None:
            self._in_background(cmd, work, True, self._undo_now)
            return
        self._undo_now()

    def _undo_now(self) -> None:
        self._undo_failed = False
        super().undo()
        if self._undo_failed:
            self._undo_failed = False
            super().redo()  # the command knows its change is still there: nothing is written

    def redo(self) -> None:
        if self._task is not None:
            self._asked.append(False)
            return
        cmd = self.command(self.index())
        if isinstance(cmd, Command) and (work := cmd.work(undoing=False)) is not None:
            self._in_background(cmd, work, False, super().redo)
            return
        super().redo()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _in_background(self, cmd: Command, work: Work, undoing: bool,
                       then: Callable[[], None]) -> None:
        """Run ``work`` on a worker; when it succeeds, ``cmd`` keeps its result and
        ``then`` moves the stack (the command then only shows the result)."""
        task = Task(work, Cancelled, writes=True)
        self._task = task

        def succeeded(result: object) -> None:
            cmd.ready(undoing, result)
            then()

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(lambda message: cmd.failed_in_background(undoing, message))
        task.signals.cancelled.connect(lambda: self.status.emit(cmd.cancelled_text(undoing)))
        # A press kept for after this work means nothing once the work failed or was
        # cancelled: the person sees what happened and decides again.
        task.signals.failed.connect(lambda _message: self._asked.clear())
        task.signals.cancelled.connect(self._asked.clear)
        task.signals.finished.connect(self._idle)
        self.busyChanged.emit(True)
        self.started.emit(task, cmd.progress_text(undoing), True)
        task.start()

    def _idle(self) -> None:
        self._task = None
        self.busyChanged.emit(False)
        deferred, self._deferred = self._deferred, []
        for cmd in deferred:
            self.push(cmd)
        self._carry_out_asked()

    def _carry_out_asked(self) -> None:
        """The presses kept while busy, in order, until one starts a worker again (its end
        comes back here)."""
        while self._asked and self._task is None:
            if self._asked.pop(0):
                if self.canUndo():
                    self.undo()
            elif self.canRedo():
                self.redo()

    def note(self, text: str) -> None:
        self._note = text

    def take_note(self) -> str:
        note, self._note = self._note, ""
        return note

    def fail(self, title: str, text: str, *, undoing: bool) -> None:
        if undoing:
            self._undo_failed = True
        else:
            self._push_failed = True
        self.failed.emit(title, text)


class Command(QUndoCommand):
    """An undoable change whose failures reach the person, not stderr.

    Subclasses write in ``apply`` (redo) and ``revert`` (undo), and show the
    result with ``refresh``. One whose write can take long returns it from
    ``work`` (a function for a worker thread) and shows its result in ``finish``,
    which runs on the GUI thread once the worker is done.
    """

    def __init__(self, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._refresh = refresh
        self.stack: UndoStack | None = None
        self._still_done = False  # an undo failed: the change is still in the database
        self._ready: tuple[bool, object] | None = None  # written on a worker, to show

    # --- for subclasses ---------------------------------------------------------
    def apply(self) -> None:
        """Write the change here; by default ``work``'s write, run on this thread."""
        self._run_here(undoing=False)

    def revert(self) -> None:
        """Take the change back here; by default ``work``'s undo, run on this thread."""
        self._run_here(undoing=True)

    def _run_here(self, undoing: bool) -> None:
        work = self.work(undoing)
        if work is None:
            raise NotImplementedError
        self.finish(undoing, work(lambda _done, _total: None, lambda: False))

    def work(self, undoing: bool) -> Work | None:
        """The write (the undo's if ``undoing``) for a worker thread, or None to write
        here in ``apply`` / ``revert`` (quick changes)."""
        return None

    def finish(self, undoing: bool, result: object) -> None:
        """Show what ``work`` wrote (on the GUI thread)."""
        raise NotImplementedError

    def progress_text(self, undoing: bool) -> str:
        if undoing:
            return translate("UndoStack", "Undoing “{change}”…").format(change=self.text())
        return translate("UndoStack", "{change}…").format(change=self.text())

    def cancelled_text(self, undoing: bool) -> str:
        if undoing:
            return translate("UndoStack", "Cancelled: “{change}” is still in place.").format(
                change=self.text())
        return translate("UndoStack", "Cancelled: “{change}” was not done.").format(
            change=self.text())

    def refresh(self, contact_id: int | None) -> None:
        """Show the result; a failure here is a failure to show, not to write."""
        try:
            self._refresh(contact_id)
        except Exception as exc:  # noqa: BLE001 - told to the person
            self._tell(translate("UndoStack", "Not shown"),
                       translate("UndoStack", "“{change}” was done, but the window could not "
                                 "show the result. {reason}").format(change=self.text(),
                                                                     reason=message_for(exc)),
                       undoing=False, failed=False)

    def note(self, text: str) -> None:
        """A line for the status bar after this undo or redo."""
        if self.stack is not None:
            self.stack.note(text)

    # --- from the stack -----------------------------------------------------------
    def ready(self, undoing: bool, result: object) -> None:
        """A worker wrote this change (or its undo); the stack's next move only shows it."""
        self._ready = (undoing, result)

    def failed_in_background(self, undoing: bool, message: str) -> None:
        """The worker's write failed and was rolled back; the stack has not moved."""
        if self.stack is None:
            return
        if undoing:
            title = translate("UndoStack", "Undo failed")
            text = translate("UndoStack", "Could not undo “{change}”; it is still in place. "
                             "{reason}")
        else:
            title = translate("UndoStack", "Change not made")
            text = translate("UndoStack", "“{change}” was not done. {reason}")
        self.stack.failed.emit(title, text.format(change=self.text(), reason=message))

    def _finish_ready(self, undoing: bool) -> bool:
        if self._ready is None or self._ready[0] != undoing:
            return False
        result = self._ready[1]
        self._ready = None
        self.finish(undoing, result)
        return True

    # --- QUndoCommand -------------------------------------------------------------
    def redo(self) -> None:
        if self._still_done:  # the undo before failed, so there is nothing to write again
            self._still_done = False
            return
        if self._finish_ready(False):
            return
        try:
            self.apply()
        except Exception as exc:  # noqa: BLE001 - told to the person
            self.setObsolete(True)  # the stack drops it: it never claims a change not made
            self._tell(translate("UndoStack", "Change not made"),
                       translate("UndoStack", "“{change}” was not done. {reason}").format(
                           change=self.text(), reason=message_for(exc)), undoing=False)

    def undo(self) -> None:
        if self._finish_ready(True):
            return
        try:
            self.revert()
        except Exception as exc:  # noqa: BLE001 - told to the person
            self._still_done = True
            self._tell(translate("UndoStack", "Undo failed"),
                       translate("UndoStack", "Could not undo “{change}”; it is still in "
                                 "place. {reason}").format(change=self.text(),
                                                           reason=message_for(exc)),
                       undoing=True)

    def _tell(self, title: str, text: str, *, undoing: bool, failed: bool = True) -> None:
        if self.stack is not None:
            if failed:
                self.stack.fail(title, text, undoing=undoing)
            else:
                self.stack.failed.emit(title, text)
        else:  # not on the window's stack (never in the app): at least not silent
            import logging

            logging.getLogger(__name__).error("%s: %s", title, text)


