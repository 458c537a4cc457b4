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

Everything happens in one write transaction that takes its lock up front.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kith.services.cards.importer import ImportError_
from kith.services.contacts import rows, search
from kith.services.contacts.changes import apply_change
from kith.services.contacts.records import LABELS, ContactRecord
from kith.services.followups import schedule
from kith.store.database import database

_CHUNK = 900  # under SQLite's 999 host parameters


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


def describe(result: UndoResult) -> list[str]:
    """What the undo did, for a person: a summary line, then one line per person kept."""
    removed = _count(result.removed, "person", "people")
    lines = [f"Undid import {result.batch_id}: removed {removed} it created, put back "
             f"{_count(result.restored, 'contact')} it had merged into."]
    for kept in result.kept:
        if kept.reason:
            lines.append(f"Kept {kept.name}, whom it created: {kept.reason}.")
        else:
            lines.append(f"Kept {kept.name}'s {', '.join(kept.fields)} as changed since the "
                         "import.")
    return lines


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def undo(batch_id: int) -> UndoResult:
    """Take a committed batch back; see the module docstring for what stays."""
    conn = rows.conn()
    with database.atomic():
        row = conn.execute(
            "SELECT status, event_id, created_event, created_at FROM import_batch WHERE id = ?",
            (batch_id,),
        ).fetchone()
        if row is None:
            raise ImportError_(f"There is no import with id {batch_id}. "
                               "'kith imports' lists them.")
        status, event_id, created_event, created_at = row
        if status == "undone":
            raise ImportError_(f"Import {batch_id} was already undone.")
        result = UndoResult(batch_id)
        stamp = _now()
        changes = conn.execute(
            "SELECT contact_id, action, before, after FROM batch_change WHERE batch_id = ? "
            "ORDER BY id", (batch_id,)
        ).fetchall()
        created = [cid for cid, action, _, _ in changes if action == "created"]
        merged = {cid: (before, after) for cid, action, before, after in changes
                  if action == "merged" and before}
        linked = [r[0] for r in conn.execute(
            "SELECT contact_id FROM contact_event WHERE batch_id = ?", (batch_id,))]
        restored = _revert_merged(merged, stamp, result)
        keep = _created_in_use(created, batch_id, str(created_at))
        for cid, reason in keep.items():
            record = rows.read_record(cid)
            result.kept.append(KeptChanges(cid, record.display_name if record else "",
                                           reason=reason))
        gone = [cid for cid in created if cid not in keep]
        _remove_batch_rows(batch_id, set(keep))
        for chunk in _chunks(gone):
            conn.execute(
                f"UPDATE contact SET deleted_at = ? WHERE id IN ({_marks(len(chunk))})",
                [str(stamp), *chunk])
        result.removed = len(gone)
        if created_event and event_id is not None:
            conn.execute(
                "DELETE FROM event WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM contact_event WHERE event_id = ?)", (event_id, event_id))
        conn.execute("UPDATE import_batch SET status = 'undone', undone_at = ? WHERE id = ?",
                     (str(stamp), batch_id))
        search.reindex(restored)
        touched = list(dict.fromkeys([*merged, *created, *linked]))
        for chunk in _chunks(touched):
            schedule.refresh(chunk)
    return result


# --- merged contacts ----------------------------------------------------------------
def _revert_merged(merged: dict[int, tuple[str, str | None]], stamp: dt.datetime,
                   result: UndoResult) -> list[int]:
    """Put back what the import changed in each merged contact; returns those written."""
    written: list[int] = []
    for cid, (before_text, after_text) in merged.items():
        current = rows.read_record(cid)
        if current is None:
            continue
        before = rows.from_snapshot(before_text)
        if after_text is None:
            # Recorded by a Kith that kept no snapshot of the import's result: what the
            # import changed cannot be told from what was edited since, so keep it all.
            result.kept.append(KeptChanges(cid, current.display_name, ["every field"]))
            continue
        after = rows.from_snapshot(after_text)
        reverted, kept = revert(current, before, after)
        if kept:
            result.kept.append(KeptChanges(cid, current.display_name, kept))
        if reverted != current:
            circle = reverted.circle
            rows.update_contact(cid, reverted, stamp,
                                rows.circle_id(circle) if _circle_exists(circle) else None)
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


def _circle_exists(name: str | None) -> bool:
    return bool(name) and rows.conn().execute(
        "SELECT 1 FROM circle WHERE name = ?", (name,)).fetchone() is not None


# --- created contacts ---------------------------------------------------------------
def _created_in_use(created: list[int], batch_id: int, batch_stamp: str) -> dict[int, str]:
    """The people this import created that something since depends on, with why."""
    conn = rows.conn()
    checks = (
        ("you have logged an interaction with them",
         "SELECT DISTINCT contact_id FROM interaction WHERE deleted_at IS NULL AND "
         "contact_id IN ({})", ()),
        ("they have needs or offers",
         "SELECT DISTINCT contact_id FROM need_offer WHERE contact_id IN ({})", ()),
        ("you introduced them",
         "SELECT a_id FROM introduction WHERE a_id IN ({0}) "
         "UNION SELECT b_id FROM introduction WHERE b_id IN ({0})", ()),
        ("their timeline has entries since",
         "SELECT DISTINCT contact_id FROM timeline_entry WHERE contact_id IN ({}) "
         "AND batch_id IS NOT ?", (batch_id,)),
        ("you set a follow-up for them",
         "SELECT DISTINCT contact_id FROM follow_up WHERE contact_id IN ({}) "
         "AND (batch_id IS NOT ? OR status != 'open' OR snoozed_until IS NOT NULL)",
         (batch_id,)),
        ("another import added to them",
         "SELECT DISTINCT c.contact_id FROM batch_change c JOIN import_batch b "
         "ON b.id = c.batch_id WHERE c.contact_id IN ({}) AND c.batch_id != ? "
         "AND b.status = 'committed'", (batch_id,)),
        ("they were edited since",
         "SELECT id FROM contact WHERE id IN ({}) AND updated_at > ? AND deleted_at IS NULL",
         (batch_stamp,)),
    )
    keep: dict[int, str] = {}
    for chunk in _chunks(created):
        marks = _marks(len(chunk))
        for reason, sql, extra in checks:
            params = [*chunk, *chunk] if "{0}" in sql else [*chunk]
            for (cid,) in conn.execute(sql.format(marks), [*params, *extra]):
                keep.setdefault(int(cid), reason)
    return keep


def _remove_batch_rows(batch_id: int, keep: set[int]) -> None:
    """The event links, timeline entries and follow-ups of the batch, but for ``keep``."""
    conn = rows.conn()
    for table in ("contact_event", "timeline_entry", "follow_up"):
        if not keep:
            conn.execute(f"DELETE FROM {table} WHERE batch_id = ?", (batch_id,))
            continue
        ids = [r[0] for r in conn.execute(
            f"SELECT DISTINCT contact_id FROM {table} WHERE batch_id = ?", (batch_id,))
            if r[0] not in keep]
        for chunk in _chunks(ids):
            conn.execute(
                f"DELETE FROM {table} WHERE batch_id = ? AND contact_id IN ({_marks(len(chunk))})",
                [batch_id, *chunk])
