"""Importing vCards as one batch tied to an event, and undoing a batch.

Two steps, so a person can look before anything is written:

- ``plan(paths)`` reads the files and decides, card by card, who is new and
  who is already in Kith (and what a merge would add). It writes nothing.
- ``commit(plan, event)`` writes the whole batch in one transaction: it lands
  whole or not at all. ``undo(batch_id)`` takes it back, restoring merged
  contacts to their earlier state.

Both take ``progress`` and ``cancelled`` callables so a worker thread can
report and stop; cancelling a commit rolls everything back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kith.services.cards.mapping import record_from_card
from kith.services.cards.matching import Match, Matcher
from kith.services.cards.merge import merge
from kith.services.cards.sources import (  # noqa: F401 - collect_files is re-exported
    VCARD_SUFFIXES,
    collect_files,
    display_name,
    estimate_cards,
    open_sources,
)
from kith.services.contacts import rows, search
from kith.services.contacts.records import ContactRecord, clean_text
from kith.services.followups import schedule
from kith.store.database import database, write_state
from kith.vcard.model import Problem

if TYPE_CHECKING:
    from kith.services.cards.undo import UndoResult

FOLLOW_UP_AFTER_EVENT = dt.timedelta(days=2)
# The most cards one import takes. A plan holds every card until it is committed
# (about 1.3 KB each), so this bounds an import's memory to ~150 MB; a real event,
# or a whole address book, is far smaller.
MAX_CARDS = 100_000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    pass


class ImportError_(Exception):  # noqa: N801 - not the builtin ImportError
    """An import that cannot go ahead; the message says why and what to do."""


@dataclass
class EventSpec:
    """The event a batch belongs to: an existing one (``event_id``) or a new one."""

    name: str = ""
    date: dt.date | None = None
    place: str = ""
    event_id: int | None = None


@dataclass
class PlannedCard:
    record: ContactRecord
    source_file: str
    line: int
    match: Match | None = None
    match_name: str = ""
    changes: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    action: str = "create"  # create | merge | separate | skip | fold
    fold_into: int | None = None  # index of an earlier card of this import: same person
    # The record as read from the card, before later cards of the same person were
    # folded into ``record``: what a fresh plan starts from.
    source: ContactRecord | None = None

    @property
    def is_new(self) -> bool:
        return self.match is None or self.match.contact_id < 0


@dataclass
class ImportPlan:
    files: list[str] = field(default_factory=list)
    cards: list[PlannedCard] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cards_read: int = 0
    failed: int = 0
    # ``write_state()`` when matching began: commit() plans again, inside its
    # write transaction, when the database has changed since.
    state: tuple[int, int, int] | None = None


@dataclass
class ImportResult:
    batch_id: int
    cards_read: int
    created: int
    merged: int
    unchanged: int
    failed: int
    skipped: int
    problems: list[dict[str, object]]
    event_id: int | None = None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("event_id")
        return data


# --- reading ------------------------------------------------------------------
def plan(
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read and match every card; writes nothing."""
    from kith.vcard import iter_cards

    result = ImportPlan(state=write_state())
    files = collect_files(paths)
    result.files = [display_name(f) for f in files]
    total = estimate_cards(files)
    if total > MAX_CARDS:
        raise ImportError_(_too_many(total))
    matcher = Matcher.from_database(rows.conn())
    names = _NameLookup()
    for filename, stream in open_sources(files, result.problems):
        for item in iter_cards(stream, filename):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if isinstance(item, Problem):
                result.problems.append(item)
                result.failed += item.lost_card
                continue
            result.cards_read += 1
            if result.cards_read > MAX_CARDS:
                raise ImportError_(_too_many())
            try:
                _plan_card(result, record_from_card(item), item.source_file, item.line, matcher,
                           names)
            except Exception as exc:  # one card must never sink the import
                result.problems.append(Problem(
                    item.source_file, item.line, item.display_name(),
                    f"card skipped: it could not be matched ({exc.__class__.__name__})",
                    lost_card=True))
                result.failed += 1
            if progress is not None and result.cards_read % 50 == 0:
                progress(result.cards_read, max(total, result.cards_read))
    if progress is not None:
        progress(result.cards_read, result.cards_read)
    return result


def _too_many(count: int | None = None) -> str:
    held = f"{count:,}" if count is not None else f"more than {MAX_CARDS:,}"
    return (f"These files hold {held} cards; Kith imports at most {MAX_CARDS:,} at a time. "
            "Nothing was imported: split the files and import them in parts.")


class _NameLookup:
    def __init__(self) -> None:
        self._cache: dict[int, ContactRecord | None] = {}

    def record(self, contact_id: int) -> ContactRecord | None:
        if contact_id not in self._cache:
            self._cache[contact_id] = rows.read_record(contact_id)
        return self._cache[contact_id]


def _plan_card(result: ImportPlan, record: ContactRecord, source_file: str, line: int,
               matcher: Matcher, names: _NameLookup) -> PlannedCard:
    planned = PlannedCard(record, source_file, line, source=record)
    found = matcher.match(record)
    index = len(result.cards)
    if found is None:
        matcher.add(record, -(index + 1))
    elif found.contact_id < 0:
        earlier = result.cards[-found.contact_id - 1]
        while earlier.fold_into is not None:
            earlier = result.cards[earlier.fold_into]
        folded = merge(earlier.record, record)
        earlier.record = folded.merged
        matcher.add(folded.merged, found.contact_id)
        planned.match, planned.action = found, "fold"
        planned.fold_into = result.cards.index(earlier)
        planned.match_name = earlier.record.display_name
        planned.changes = folded.changes
    else:
        stored = names.record(found.contact_id)
        if stored is None:
            matcher.add(record, -(index + 1))
        else:
            outcome = merge(stored, record)
            planned.match, planned.action = found, "merge"
            planned.match_name = stored.display_name
            planned.changes, planned.differences = outcome.changes, outcome.differences
    result.cards.append(planned)
    return planned


def replan(old: ImportPlan) -> ImportPlan:
    """``old`` matched again against the database as it is now.

    What the person chose in the preview holds where it still applies: a card
    they skipped stays skipped, one they kept separate stays separate. A card
    planned as new that now matches someone (another import of the same file
    got there first) merges instead, so nobody is created twice.
    """
    fresh = ImportPlan(files=old.files, problems=old.problems, cards_read=old.cards_read,
                       failed=old.failed, state=write_state())
    matcher = Matcher.from_database(rows.conn())
    names = _NameLookup()
    for card in old.cards:
        source = card.source if card.source is not None else card.record
        planned = _plan_card(fresh, source, card.source_file, card.line, matcher, names)
        if card.action == "skip":
            planned.action = "skip"
        elif card.action == "separate" and planned.action == "merge":
            planned.action = "separate"
    return fresh


# --- writing ------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _event(spec: EventSpec | None, stamp: dt.datetime) -> tuple[int | None, bool, str, dt.date]:
    """(event id, created now?, name, date) for the batch."""
    conn = rows.conn()
    if spec is None or (spec.event_id is None and not clean_text(spec.name)):
        return None, False, "", stamp.date()
    if spec.event_id is not None:
        row = conn.execute(
            "SELECT name, date FROM event WHERE id = ?", (spec.event_id,)
        ).fetchone()
        if row is None:
            raise ImportError_(f"There is no event with id {spec.event_id}.")
        day = dt.date.fromisoformat(row[1]) if row[1] else stamp.date()
        return spec.event_id, False, row[0], day
    name = clean_text(spec.name)
    date = spec.date.isoformat() if spec.date else None
    existing = conn.execute(
        "SELECT id FROM event WHERE name = ? AND date IS ? ORDER BY id LIMIT 1", (name, date)
    ).fetchone()
    if existing is not None:
        return int(existing[0]), False, name, spec.date or stamp.date()
    cursor = conn.execute(
        "INSERT INTO event (name, date, place, created_at) VALUES (?, ?, ?, ?)",
        (name, date, clean_text(spec.place), str(stamp)),
    )
    return int(cursor.lastrowid or 0), True, name, spec.date or stamp.date()


def commit(
    the_plan: ImportPlan,
    event: EventSpec | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Write the batch in one transaction; on any error or cancel nothing is written."""
    stamp = _now()
    conn = rows.conn()
    with database.atomic():  # takes the write lock now: nobody can write between check and act
        if the_plan.state is None or write_state() != the_plan.state:
            the_plan = replan(the_plan)
        event_id, created_event, event_name, event_date = _event(event, stamp)
        batch_id = int(conn.execute(
            "INSERT INTO import_batch (created_at, event_id, sources, created_event) "
            "VALUES (?, ?, ?, ?)",
            (str(stamp), event_id, json.dumps(the_plan.files), int(created_event)),
        ).lastrowid or 0)
        writer = _BatchWriter(batch_id, stamp, event_id, event_name, event_date)
        total = len(the_plan.cards)
        for i, planned in enumerate(the_plan.cards):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            writer.write(planned)
            if progress is not None and i % 50 == 0:
                progress(i, total)
        writer.finish()
        problems = [asdict(p) for p in the_plan.problems]
        result = ImportResult(
            batch_id=batch_id, cards_read=the_plan.cards_read, created=writer.created,
            merged=len(writer.merged_ids), unchanged=writer.unchanged, failed=the_plan.failed,
            skipped=writer.skipped, problems=problems, event_id=event_id,
        )
        conn.execute(
            "UPDATE import_batch SET cards_read = ?, created = ?, merged = ?, unchanged = ?, "
            "failed = ?, problems = ? WHERE id = ?",
            (result.cards_read, result.created, result.merged, result.unchanged, result.failed,
             json.dumps(problems, ensure_ascii=False), batch_id),
        )
    if progress is not None:
        progress(total, total)
    return result


class _BatchWriter:
    def __init__(self, batch_id: int, stamp: dt.datetime, event_id: int | None,
                 event_name: str, event_date: dt.date) -> None:
        self.batch_id, self.stamp = batch_id, stamp
        self.event_id, self.event_name, self.event_date = event_id, event_name, event_date
        self.conn = rows.conn()
        self.circle = rows.default_circle_id()
        self.created = self.unchanged = self.skipped = 0
        self.merged_ids: set[int] = set()
        self.touched: list[int] = []
        self.new_ids: dict[int, int] = {}  # plan index -> contact id
        self._snapshotted: set[int] = set()
        self._index = -1

    def write(self, planned: PlannedCard) -> None:
        self._index += 1
        action = planned.action
        if action == "skip":
            self.skipped += 1
        elif action == "fold":
            target = self.new_ids.get(planned.fold_into or 0)
            if target is None:
                self.skipped += 1
            else:
                self.unchanged += 1
        elif action in ("create", "separate") or planned.match is None:
            self._create(planned)
        else:
            self._merge(planned)

    def _create(self, planned: PlannedCard) -> None:
        record = planned.record
        if self.event_name and not record.how_met:
            record = replace(record, how_met=f"Met at {self.event_name}")
        cid = rows.insert_contact(record, self.stamp, self.circle)
        rows.insert_points(rows.point_rows(cid, record.points))
        if record.tags:
            rows.add_tags(cid, record.tags)
        if record.photo:
            rows.set_photo(cid, record.photo, record.photo_mime)
        self.conn.execute(
            "INSERT INTO batch_change (batch_id, contact_id, action) VALUES (?, ?, 'created')",
            (self.batch_id, cid),
        )
        self.new_ids[self._index] = cid
        self.created += 1
        self.touched.append(cid)
        if self._link_event(cid):
            self.conn.execute(
                "INSERT INTO follow_up (contact_id, due_on, reason, kind, created_at, batch_id) "
                "VALUES (?, ?, ?, 'event', ?, ?)",
                (cid, (self.event_date + FOLLOW_UP_AFTER_EVENT).isoformat(),
                 f"Follow up after {self.event_name}", str(self.stamp), self.batch_id),
            )

    def _merge(self, planned: PlannedCard) -> None:
        assert planned.match is not None
        cid = planned.match.contact_id
        stored = rows.read_record(cid)
        if stored is None:
            self._create(planned)
            return
        outcome = merge(stored, planned.record)
        changed = False
        if outcome.changed:
            if cid not in self._snapshotted:
                self._snapshotted.add(cid)
                self.conn.execute(
                    "INSERT INTO batch_change (batch_id, contact_id, action, before) "
                    "VALUES (?, ?, 'merged', ?)",
                    (self.batch_id, cid, rows.snapshot(stored)),
                )
            rows.update_contact(cid, outcome.merged.cleaned(), self.stamp,
                                rows.circle_id(stored.circle))
            rows.replace_children(cid, outcome.merged)
            changed = True
        for difference in outcome.differences:
            self._timeline(cid, "change", difference)
        changed = self._link_event(cid) or changed
        if changed:
            self.merged_ids.add(cid)
            self.touched.append(cid)
        else:
            self.unchanged += 1

    def _link_event(self, cid: int) -> bool:
        if self.event_id is None:
            return False
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO contact_event (contact_id, event_id, batch_id) VALUES (?, ?, ?)",
            (cid, self.event_id, self.batch_id),
        )
        if cursor.rowcount:
            self._timeline(cid, "met", f"Met at {self.event_name}")
            return True
        return False

    def _timeline(self, cid: int, kind: str, summary: str) -> None:
        self.conn.execute(
            "INSERT INTO timeline_entry (contact_id, occurred_on, kind, summary, batch_id, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (cid, (self.event_date if kind == "met" else self.stamp.date()).isoformat(), kind,
             summary, self.batch_id, str(self.stamp)),
        )

    def finish(self) -> None:
        # Each merged contact as the import left it: undo compares it field by field
        # with what is stored then, and reverts only what nobody changed since.
        for cid in self._snapshotted:
            after = rows.read_record(cid)
            if after is not None:
                self.conn.execute(
                    "UPDATE batch_change SET after = ? WHERE batch_id = ? AND contact_id = ? "
                    "AND action = 'merged'", (rows.snapshot(after), self.batch_id, cid))
        ids = list(dict.fromkeys(self.touched))
        search.reindex(ids)
        for start in range(0, len(ids), 900):
            schedule.refresh(ids[start : start + 900])


def undo(batch_id: int) -> UndoResult:
    """Take a committed batch back, keeping what was changed since (``import_undo``)."""
    from kith.services.cards import undo as import_undo

    return import_undo.undo(batch_id)


def batches(limit: int = 50) -> list[dict[str, object]]:
    """Recent imports, newest first, for ``kith imports`` and the Undo Import menu."""
    out = []
    for row in rows.conn().execute(
        "SELECT b.id, b.created_at, b.status, b.cards_read, b.created, b.merged, e.name "
        "FROM import_batch b LEFT JOIN event e ON e.id = b.event_id ORDER BY b.id DESC LIMIT ?",
        (limit,),
    ):
        out.append(dict(zip(
            ("id", "created_at", "status", "cards_read", "created", "merged", "event"), row,
            strict=True)))
    return out
