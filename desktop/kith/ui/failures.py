"""Telling the person when a change could not be made, in one plain line.

Every write the window makes goes through ``message_for`` when it fails: a
fault of the disk or the database (busy, full, read-only, damaged) gets the
sentence ``kith.store.faults.classify`` writes for it, an error meant for the
person (``KithError``, a refused value) its own message, and anything else a
short note (the traceback goes to the log). ``show_error`` puts that in a
plain-text message box; ``attempt`` does both around a write that is not on
the undo stack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kith.i18n import translate

log = logging.getLogger(__name__)
T = TypeVar("T")


def _for_the_person(exc: BaseException) -> bool:
    """Errors whose message is written for the person who caused them."""
    from kith.errors import KithError

    return isinstance(exc, KithError) or type(exc) is ValueError


def _fault(exc: BaseException) -> str | None:
    from kith.store import database, faults

    fault = faults.classify(exc, database.path())
    return None if fault is None else str(fault)


def reason_for(exc: BaseException) -> str:
    """What to say about ``exc`` after "Nothing was imported" and the like."""
    return _fault(exc) or str(exc) or exc.__class__.__name__


def message_for(exc: BaseException) -> str:
    """One line for the person about ``exc``: what happened and what to do."""
    fault = _fault(exc)
    if fault is not None:
        return fault
    if _for_the_person(exc) and str(exc):
        return str(exc)
    log.error("unexpected error", exc_info=exc)  # the traceback, for a bug report
    if str(exc):
        return translate("Failures", "An unexpected error stopped the change ({detail}); it "
                         "may not have been made. Check what you see, and try again."
                         ).format(detail=str(exc))
    return translate("Failures", "An unexpected error stopped the change; it may not have "
                     "been made. Check what you see, and try again.")


def show_error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning box (window-modal, not blocking) showing ``text`` as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names come from vCards and typing
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def attempt(parent: QWidget | None, title: str, work: Callable[[], T]) -> tuple[bool, T | None]:
    """Run a write; if it fails, tell the person (``title`` says what failed).

    Returns (True, its result) or (False, None).
    """
    try:
        return True, work()
    except Exception as exc:  # noqa: BLE001 - shown to the person, never lost on stderr
        show_error(parent, title, message_for(exc))
        return False, None
