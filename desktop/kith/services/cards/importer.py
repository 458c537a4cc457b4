"""Importing vCards as one batch tied to an event, and undoing a batch: the API the
command line and the window use.

Two steps, so a person can look before anything is written:

- ``plan(paths)`` (``cards.plan``) reads the files and decides, card by card,
  who is new and who is already in Kith (and what a merge would add). It
  writes nothing.
- ``commit(plan, event)`` (``cards.commit``) writes the whole batch in one
  transaction: it lands whole or not at all. ``undo(batch_id)``
  (``cards.undo``) takes it back, keeping what was changed since.

Both take ``progress`` and ``cancelled`` callables so a worker thread can
report and stop; cancelling raises ``kith.errors.Cancelled`` and rolls
everything back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kith.services.cards.commit import (
    FOLLOW_UP_AFTER_EVENT,
    EventSpec,
    ImportResult,
    batches,
    commit,
    status,
)
from kith.services.cards.plan import MAX_CARDS, ImportPlan, PlannedCard, plan, replan
from kith.services.cards.sources import VCARD_SUFFIXES, collect_files

if TYPE_CHECKING:
    from kith.services.cards.undo import UndoResult

__all__ = ["FOLLOW_UP_AFTER_EVENT", "MAX_CARDS", "VCARD_SUFFIXES", "EventSpec", "ImportPlan",
           "ImportResult", "PlannedCard", "batches", "collect_files", "commit", "plan",
           "replan", "status", "undo"]


def undo(batch_id: int) -> UndoResult:
    """Take a committed batch back, keeping what was changed since (``cards.undo``)."""
    from kith.services.cards import undo as batch_undo

    return batch_undo.undo(batch_id)
