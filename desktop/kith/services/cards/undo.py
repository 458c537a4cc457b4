"""Taking an import back without taking back what happened since.

An import creates people and merges cards into people already known. Undo
reverses exactly that, field by field:

- A merged contact gets back the value it had before the import in each field
  the import changed, unless that field has been edited since (then the edit
  stays, and the result says so). E-mails, phones, tags and the photo the
  import added go; those added or changed since stay.
- A person the import created is removed, unless the user has been in touch
  with them, edited them, given them needs or offers, or another import has
  added to them since: then they stay as they are, and the result names them.
- The needs and offers the import brought from people's own cards go.

Everything happens in one write transaction that takes its lock up front; a
``progress`` callback hears how far it got, and ``cancelled`` (asked between
steps) stops it with ``Cancelled``, which rolls everything back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from peewee import fn

from kith import clock
from kith.errors import Cancelled, Conflict, NotFound
from kith.i18n import plural, translate
from kith.services.contacts import rows, search
from kith.services.contacts.changes import apply_change
from kith.services.contacts.records import LABELS, ContactRecord
from kith.services.followups import schedule
from kith.store.database import chunks, database
from kith.store.models import (
    BatchChange,
    Circle,
    Contact,
    ContactEvent,
    Event,
    FollowUp,
    ImportBatch,
    Interaction,
    Introduction,
    NeedOffer,
    TimelineEntry,
)

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]


@dataclass
class KeptChanges:
    """One person the undo left (partly) as it found them, and why."""

    contact_id: int
    name: str
    fields: list[str] = field(default_factory=list)  # labels of fields edited since
    reason: str = ""  # for a created person kept whole


@dataclass
class UndoResult:
    batch_id: int
    restored: int = 0  # merged contacts put back (wholly or partly)
    removed: int = 0  # people the import created, now removed
    kept: list[KeptChanges] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return self.restored + self.removed + sum(1 for k in self.kept if k.reason)


def describe(result: UndoResult, with_id: bool = True) -> list[str]:
    """What the undo did, for a person: a summary line, then one line per person kept.

    ``with_id`` names the import by its number, as ``kith imports`` lists it (the
    command line); the window, which shows no numbers, says "the import".
    """
    removed = plural("Undo", "%Ln person", "%Ln people", result.removed)
    restored = plural("Undo", "%Ln contact", "%Ln contacts", result.restored)
    if with_id:
        summary = translate("Undo", "Undid import {id}: removed {removed} it created, put "
                            "back {restored} it had merged into.")
    else:
        summary = translate("Undo", "Undid the import: removed {removed} it created, put back "
                            "{restored} it had merged into.")
    lines = [summary.format(id=result.batch_id, removed=removed, restored=restored)]
    for kept in result.kept:
        if kept.reason:
            lines.append(translate("Undo", "Kept {name}, whom it created: {reason}.").format(
                name=kept.name, reason=kept.reason))
        else:
            lines.append(translate("Undo", "Kept {name}'s {fields} as changed since the "
                                   "import.").format(name=kept.name,
                                                     fields=", ".join(kept.fields)))
    return lines


def undo(batch_id: int, progress: Progress | None = None,
         cancelled: IsCancelled | None = None) -> UndoResult:
    """Take a committed batch back; see the module docstring for what stays.

    ``progress(done, total)`` counts the people the batch touched; ``cancelled()``
    is asked between steps, and when true the undo stops and nothing is written.
    """
    step = _Steps(progress, cancelled)
    with database.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None:
            raise NotFound(translate("Undo", "There is no import with id {id}. 'kith imports' "
                                     "lists them.").format(id=batch_id))
        if batch.status == "undone":
            raise Conflict(translate("Undo", "Import {id} was already undone.").format(id=batch_id))
        result = UndoResult(batch_id)
        stamp = clock.stamp()  # to the microsecond: a later undelete can tell it apart
        changes = list(BatchChange.select(BatchChange.contact_id, BatchChange.action,
                                          BatchChange.before, BatchChange.after)
                       .where(BatchChange.batch == batch_id).order_by(BatchChange.id).tuples())
        created = [cid for cid, action, _, _ in changes if action == "created"]
        merged = {cid: (before, after) for cid, action, before, after in changes
                  if action == "merged" and before}
        linked = [cid for (cid,) in ContactEvent.select(ContactEvent.contact)
                  .where(ContactEvent.batch == batch_id).tuples()]
        touched = list(dict.fromkeys([*merged, *created, *linked]))
        # merged people one by one, then the created ones, then the schedule: each counted
        step.total = len(merged) + len(created) + len(touched)
        restored = _revert_merged(merged, stamp, result, step)
        keep = _created_in_use(created, batch_id, batch.created_at, step)
        names = rows.read_records(keep)
        for cid, reason in keep.items():
            person = names.get(cid)
            result.kept.append(KeptChanges(cid, person.display_name if person else "",
                                           reason=reason))
        gone = [cid for cid in created if cid not in keep]
        _remove_batch_rows(batch_id, set(keep))
        NeedOffer.delete().where(NeedOffer.batch == batch_id).execute()
        step.check()
        step.advance(len(created) - len(gone))
        for piece in chunks(gone):
            Contact.update(deleted_at=str(stamp)).where(Contact.id.in_(piece)).execute()
            step.advance(len(piece))
        result.removed = len(gone)
        if batch.created_event and batch.event_id is not None:
            still_used = ContactEvent.select().where(ContactEvent.event == batch.event_id)
            Event.delete().where(Event.id == batch.event_id, ~fn.EXISTS(still_used)).execute()
        ImportBatch.update(status="undone", undone_at=str(stamp)).where(
            ImportBatch.id == batch_id).execute()
        search.reindex(restored)
        for piece in chunks(touched):
            step.check()
            schedule.refresh(piece)
            step.advance(len(piece))
        step.check()  # the last chance: after this the undo is committed
    step.finish()
    return result


class _Steps:
    """Progress and cancellation for one undo (both optional)."""

    def __init__(self, progress: Progress | None, cancelled: IsCancelled | None) -> None:
        self._progress, self._cancelled = progress, cancelled
        self.total = 0
        self.done = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(translate("Undo", "The undo was cancelled; the import is still in "
                                      "place."))

    def advance(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self._progress is not None and (self.done // 100 != before // 100
                                           or self.done >= self.total):
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total)


# --- merged contacts ----------------------------------------------------------------
def _revert_merged(merged: dict[int, tuple[str, str | None]], stamp: dt.datetime,
                   result: UndoResult, step: _Steps) -> list[int]:
    """Put back what the import changed in each merged contact; returns those written."""
    written: list[int] = []
    people = rows.read_records(merged)
    circles = {name for (name,) in Circle.select(Circle.name).tuples()}
    for i, (cid, (before_text, after_text)) in enumerate(merged.items()):
        if i % 100 == 0:
            step.check()
        step.advance()
        current = people.get(cid)
        if current is None:
            continue
        before = rows.from_snapshot(before_text)
        if after_text is None:
            # Recorded by a Kith that kept no snapshot of the import's result: what the
            # import changed cannot be told from what was edited since, so keep it all.
            result.kept.append(KeptChanges(cid, current.display_name,
                                           [translate("Undo", "every field")]))
            continue
        after = rows.from_snapshot(after_text)
        reverted, kept = revert(current, before, after)
        if kept:
            result.kept.append(KeptChanges(cid, current.display_name, kept))
        if reverted != current:
            circle = reverted.circle if reverted.circle in circles else None
            rows.update_contact(cid, reverted, stamp, rows.circle_id(circle))
            rows.replace_children(cid, reverted)
            written.append(cid)
        result.restored += 1
    return written


def revert(current: ContactRecord, before: ContactRecord,
           after: ContactRecord) -> tuple[ContactRecord, list[str]]:
    """``current`` with the change ``before`` -> ``after`` taken back where still in place.

    Returns the reverted record and the labels of fields the change touched
    that were edited since (those keep their current value).
    """
    out, conflicts = apply_change(current, base=after, target=before)
    return out, [LABELS.get(n, n) for n in conflicts]


# --- created contacts ---------------------------------------------------------------
def _created_in_use(created: list[int], batch_id: int, batch_stamp: dt.datetime,
                    step: _Steps) -> dict[int, str]:
    """The people this import created that something since depends on, with why."""
    keep: dict[int, str] = {}
    for piece in chunks(created):
        step.check()
        checks = (
            (translate("Undo", "you have logged an interaction with them"),
             Interaction.select(Interaction.contact).where(
                 Interaction.contact.in_(piece), Interaction.deleted_at.is_null())),
            (translate("Undo", "they have needs or offers"),
             NeedOffer.select(NeedOffer.contact).where(
                 NeedOffer.contact.in_(piece),
                 NeedOffer.batch.is_null() | (NeedOffer.batch != batch_id))),
            (translate("Undo", "you introduced them"),
             Introduction.select(Introduction.a).where(Introduction.a.in_(piece))
             | Introduction.select(Introduction.b).where(Introduction.b.in_(piece))),
            (translate("Undo", "their timeline has entries since"),
             TimelineEntry.select(TimelineEntry.contact).where(
                 TimelineEntry.contact.in_(piece),
                 TimelineEntry.batch.is_null() | (TimelineEntry.batch != batch_id))),
            (translate("Undo", "you set a follow-up for them"),
             FollowUp.select(FollowUp.contact).where(
                 FollowUp.contact.in_(piece),
                 FollowUp.batch.is_null() | (FollowUp.batch != batch_id)
                 | (FollowUp.status != "open") | FollowUp.snoozed_until.is_null(False))),
            (translate("Undo", "another import added to them"),
             BatchChange.select(BatchChange.contact_id).join(ImportBatch).where(
                 BatchChange.contact_id.in_(piece), BatchChange.batch != batch_id,
                 ImportBatch.status == "committed")),
            (translate("Undo", "they were edited since"),
             Contact.select(Contact.id).where(
                 Contact.id.in_(piece), Contact.edited_at > str(batch_stamp),
                 Contact.deleted_at.is_null())),
        )
        for reason, query in checks:
            for (cid,) in query.tuples():
                keep.setdefault(int(cid), reason)
    return keep


def _remove_batch_rows(batch_id: int, keep: set[int]) -> None:
    """The event links, timeline entries and follow-ups of the batch, but for ``keep``."""
    for model in (ContactEvent, TimelineEntry, FollowUp):
        of_batch = model.batch == batch_id
        if not keep:
            model.delete().where(of_batch).execute()
            continue
        ids = [cid for (cid,) in model.select(model.contact).where(of_batch).distinct().tuples()
               if cid not in keep]
        for piece in chunks(ids):
            model.delete().where(of_batch, model.contact.in_(piece)).execute()
