"""Writing a planned import as one batch tied to an event, and the list of batches.

``commit(plan, event)`` writes the whole batch in one transaction that takes
the write lock first: it lands whole or not at all, and it plans again inside
the transaction when the database changed since the plan was made. New people
are written a few hundred rows per statement; each batch records what it
created and, for each person it merged into, how they were before and after,
so that ``kith.services.cards.undo`` can take it back. The needs and offers a
person's own card carries (``X-KITH-NEED``/``X-KITH-OFFER``) become theirs,
marked as from their card and tied to the batch; one they already have (the same
kind and text, open or met) is not added again.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from peewee import JOIN, fn

from kith import clock
from kith.errors import Cancelled, NotFound
from kith.services.cards.merge import merge
from kith.services.cards.plan import ImportPlan, PlannedCard, replan
from kith.services.contacts import rows, search
from kith.services.contacts.records import ContactRecord, clean_text
from kith.services.followups import schedule
from kith.services.ideas.needs import FROM_CARD, MAX_TEXT
from kith.store.database import chunks, database, fetch, insert_rows, one_of, write_state
from kith.store.models import (
    BatchChange,
    Contact,
    ContactEvent,
    Event,
    FollowUp,
    ImportBatch,
    NeedOffer,
    TimelineEntry,
)

FOLLOW_UP_AFTER_EVENT = dt.timedelta(days=2)
_FLUSH_EVERY = 1000  # new people buffered before their rows are written

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class EventSpec:
    """The event a batch belongs to: an existing one (``event_id``) or a new one."""

    name: str = ""
    date: dt.date | None = None
    place: str = ""
    event_id: int | None = None


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


def commit(
    the_plan: ImportPlan,
    event: EventSpec | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Write the batch in one transaction; on any error or cancel nothing is written."""
    stamp = clock.now()
    with database.atomic():  # takes the write lock now: nobody can write between check and act
        if the_plan.state is None or write_state() != the_plan.state:
            the_plan = replan(the_plan)
        event_id, created_event, event_name, event_date = _event(event, stamp)
        batch = ImportBatch.create(created_at=str(stamp), event=event_id,
                                   sources=json.dumps(the_plan.files),
                                   created_event=created_event)
        writer = _BatchWriter(batch.id, stamp, event_id, event_name, event_date, the_plan)
        total = len(the_plan.cards)
        for i, planned in enumerate(the_plan.cards):
            if cancelled is not None and cancelled():
                raise Cancelled("The import was cancelled; nothing was imported.")
            writer.write(planned)
            if progress is not None and i % 50 == 0:
                progress(i, total)
        writer.finish()
        problems = [asdict(p) for p in the_plan.problems]
        result = ImportResult(
            batch_id=batch.id, cards_read=the_plan.cards_read, created=writer.created,
            merged=len(writer.merged_ids), unchanged=writer.unchanged, failed=the_plan.failed,
            skipped=writer.skipped, problems=problems, event_id=event_id,
        )
        ImportBatch.update(
            cards_read=result.cards_read, created=result.created, merged=result.merged,
            unchanged=result.unchanged, failed=result.failed,
            problems=json.dumps(problems, ensure_ascii=False),
        ).where(ImportBatch.id == batch.id).execute()
    if progress is not None:
        progress(total, total)
    return result


def _event(spec: EventSpec | None, stamp: dt.datetime) -> tuple[int | None, bool, str, dt.date]:
    """(event id, created now?, name, date) for the batch."""
    if spec is None or (spec.event_id is None and not clean_text(spec.name)):
        return None, False, "", stamp.date()
    if spec.event_id is not None:
        found = Event.get_or_none(Event.id == spec.event_id)
        if found is None:
            raise NotFound(f"There is no event with id {spec.event_id}.")
        return spec.event_id, False, found.name, found.date or stamp.date()
    name = clean_text(spec.name)
    same = (Event.date == spec.date) if spec.date else Event.date.is_null()
    existing = (Event.select(Event.id).where(Event.name == name, same)
                .order_by(Event.id).limit(1).scalar())
    if existing is not None:
        return int(existing), False, name, spec.date or stamp.date()
    created = Event.create(name=name, date=spec.date, place=clean_text(spec.place),
                           created_at=str(stamp))
    return int(created.id), True, name, spec.date or stamp.date()


class _BatchWriter:
    """Writes one batch: new people buffered and inserted many rows at a time, merges
    into stored people one by one (those are read up front, a few hundred a query)."""

    def __init__(self, batch_id: int, stamp: dt.datetime, event_id: int | None,
                 event_name: str, event_date: dt.date, the_plan: ImportPlan) -> None:
        self.batch_id, self.stamp = batch_id, stamp
        self.event_id, self.event_name, self.event_date = event_id, event_name, event_date
        self.circle = rows.default_circle_id()
        self.tag_ids = rows.TagIds()
        self.created = self.unchanged = self.skipped = 0
        self.merged_ids: set[int] = set()
        self.touched: list[int] = []
        self.new_ids: dict[int, int] = {}  # plan index -> contact id
        self.cid_of: dict[int, int] = {}  # plan index -> contact id, created or merged into
        # Per contact: the (kind, folded text) of the needs and offers they have, read
        # when a card brings some (a card's item they already have is not added again).
        self._had: dict[int, set[tuple[str, str]]] = {}
        self.next_id = int(Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1
        targets = [c.match.contact_id for c in the_plan.cards
                   if c.action == "merge" and c.match is not None]
        self.stored = rows.read_records(targets)
        self.before: dict[int, str] = {}  # merged contact -> snapshot before the batch
        self.linked: set[int] = set()  # people linked to the event (before or by the batch)
        if event_id is not None and self.stored:
            self.linked.update(cid for (cid,) in fetch(
                ContactEvent.select(ContactEvent.contact).where(
                    ContactEvent.event == event_id, one_of(ContactEvent.contact, self.stored))))
        self._buffer: dict[str, list[tuple[Any, ...]]] = {
            "contacts": [], "points": [], "tags": [], "photos": [], "changes": [],
            "events": [], "timeline": [], "follow_ups": [], "needs": []}
        self._index = -1
        self._seen_moments: set[tuple[int, str, str, str]] = set()

    def write(self, planned: PlannedCard) -> None:
        self._index += 1
        action = planned.action
        if action == "skip":
            self.skipped += 1
        elif action == "fold":
            target = self.new_ids.get(planned.fold_into or 0)
            into = self.cid_of.get(planned.fold_into or 0)
            if into is not None:  # a later card of the same person: what it offers counts
                self._card_items(into, planned.record)
                self._moments(into, planned)
            if target is None:
                self.skipped += 1
            else:
                self.unchanged += 1
        elif action in ("create", "separate") or planned.match is None:
            self._create(planned.record)
            self._moments(self.cid_of[self._index], planned)
        else:
            self._merge(planned)

    def _create(self, record: ContactRecord) -> None:
        if self.event_name and not record.how_met:
            record = replace(record, how_met=f"Met at {self.event_name}")
        cid, self.next_id = self.next_id, self.next_id + 1
        buffer = self._buffer
        buffer["contacts"].append(rows.contact_row(record, self.stamp, self.circle, cid))
        buffer["points"].extend(rows.point_rows(cid, record.points))
        if record.tags:
            buffer["tags"].extend((cid, tag) for tag in self.tag_ids(record.tags).values())
        if record.photo:
            buffer["photos"].append((cid, record.photo, record.photo_mime or "image/jpeg"))
        buffer["changes"].append((self.batch_id, cid, "created", None, None))
        self.new_ids[self._index] = self.cid_of[self._index] = cid
        self._card_items(cid, record)
        self.created += 1
        self.touched.append(cid)
        if self._link_event(cid):
            buffer["follow_ups"].append(
                (cid, (self.event_date + FOLLOW_UP_AFTER_EVENT).isoformat(),
                 f"Follow up after {self.event_name}",
                 "event", str(self.stamp), self.batch_id))
        if len(buffer["contacts"]) >= _FLUSH_EVERY:
            self._flush()

    def _merge(self, planned: PlannedCard) -> None:
        assert planned.match is not None
        cid = planned.match.contact_id
        stored = self.stored.get(cid)
        if stored is None:
            self._create(planned.record)
            self._moments(self.cid_of[self._index], planned)
            return
        outcome = merge(stored, planned.record)
        changed = False
        if outcome.changed:
            self.before.setdefault(cid, rows.snapshot(stored))
            merged = outcome.merged.cleaned()
            rows.update_contact(cid, merged, self.stamp, rows.circle_id(stored.circle))
            rows.replace_children(cid, outcome.merged)
            self.stored[cid] = merged
            changed = True
        for difference in outcome.differences:
            self._timeline(cid, "change", difference)
        self.cid_of[self._index] = cid
        changed = self._card_items(cid, planned.record) or changed
        changed = self._moments(cid, planned) or changed
        changed = self._link_event(cid) or changed
        if changed:
            self.merged_ids.add(cid)
            self.touched.append(cid)
        else:
            self.unchanged += 1

    def _card_items(self, cid: int, record: ContactRecord) -> bool:
        """Buffer the needs and offers ``record``'s card brings that ``cid`` lacks."""
        if not (record.offers or record.needs):
            return False
        had = self._had.get(cid)
        if had is None:
            had = self._had[cid] = set()
            if cid in self.stored:  # a person already in Kith: what they have
                had.update((kind, " ".join(text.split()).casefold()) for kind, text in
                           NeedOffer.select(NeedOffer.kind, NeedOffer.text)
                           .where(NeedOffer.contact == cid).tuples())
        added = False
        for kind, texts in (("offer", record.offers), ("need", record.needs)):
            for text in texts:
                cleaned = " ".join(clean_text(text).split())[:MAX_TEXT]
                key = (kind, cleaned.casefold())
                if cleaned and key not in had:
                    had.add(key)
                    self._buffer["needs"].append(
                        (cid, kind, cleaned, self.stamp.date().isoformat(), FROM_CARD,
                         self.batch_id))
                    added = True
        return added

    def _moments(self, cid: int, planned: PlannedCard) -> bool:
        """Buffer the dated timeline entries the card brings (LinkedIn's "Connected On")
        that ``cid``'s timeline lacks; tied to the batch, they go when it is undone."""
        added = False
        for moment in planned.moments:
            key = (cid, moment.on.isoformat(), moment.kind, moment.summary)
            if key in self._seen_moments:
                continue
            self._seen_moments.add(key)
            if cid in self.stored and TimelineEntry.select().where(
                    TimelineEntry.contact == cid, TimelineEntry.occurred_on == moment.on,
                    TimelineEntry.kind == moment.kind,
                    TimelineEntry.summary == moment.summary).exists():
                continue  # the same file imported again: one entry, not two
            self._buffer["timeline"].append((*key, self.batch_id, str(self.stamp)))
            added = True
        return added

    def _link_event(self, cid: int) -> bool:
        if self.event_id is None or cid in self.linked:
            return False
        self.linked.add(cid)
        self._buffer["events"].append((cid, self.event_id, self.batch_id))
        self._timeline(cid, "met", f"Met at {self.event_name}")
        return True

    def _timeline(self, cid: int, kind: str, summary: str) -> None:
        self._buffer["timeline"].append(
            (cid, (self.event_date if kind == "met" else self.stamp.date()).isoformat(), kind,
             summary,
             self.batch_id, str(self.stamp)))

    def _flush(self) -> None:
        buffer = self._buffer
        rows.insert_contacts(buffer["contacts"])
        rows.insert_points(buffer["points"])
        rows.link_tags(buffer["tags"])
        rows.insert_photos(buffer["photos"])
        _insert(BatchChange, [BatchChange.batch, BatchChange.contact_id, BatchChange.action,
                              BatchChange.before, BatchChange.after], buffer["changes"])
        _insert(ContactEvent, [ContactEvent.contact, ContactEvent.event, ContactEvent.batch],
                buffer["events"])
        _insert(TimelineEntry, [TimelineEntry.contact, TimelineEntry.occurred_on,
                                TimelineEntry.kind, TimelineEntry.summary, TimelineEntry.batch,
                                TimelineEntry.created_at], buffer["timeline"])
        _insert(FollowUp, [FollowUp.contact, FollowUp.due_on, FollowUp.reason, FollowUp.kind,
                           FollowUp.created_at, FollowUp.batch], buffer["follow_ups"])
        _insert(NeedOffer, [NeedOffer.contact, NeedOffer.kind, NeedOffer.text,
                            NeedOffer.created_on, NeedOffer.source, NeedOffer.batch],
                buffer["needs"])
        for rows_of_kind in buffer.values():
            rows_of_kind.clear()

    def finish(self) -> None:
        # Each merged contact before and after the batch: undo compares them field by
        # field with what is stored then, and reverts only what nobody changed since.
        after = rows.read_records(self.before)
        self._buffer["changes"].extend(
            (self.batch_id, cid, "merged", before, rows.snapshot(after[cid]))
            for cid, before in self.before.items() if cid in after)
        self._flush()
        ids = list(dict.fromkeys(self.touched))
        search.reindex(ids)
        for batch in chunks(ids):
            schedule.refresh(batch)


def _insert(model: Any, fields: list[Any], values: list[tuple[Any, ...]]) -> None:
    insert_rows(model, fields, values)


def status(batch_id: int) -> str | None:
    """"committed" or "undone"; None when there is no such import."""
    found = ImportBatch.select(ImportBatch.status).where(ImportBatch.id == batch_id).scalar()
    return None if found is None else str(found)


def batches(limit: int = 50) -> list[dict[str, object]]:
    """Recent imports, newest first, for ``kith imports`` and the Undo Import menu."""
    query = (ImportBatch.select(ImportBatch.id, ImportBatch.created_at, ImportBatch.status,
                                ImportBatch.cards_read, ImportBatch.created, ImportBatch.merged,
                                Event.name)
             .join(Event, JOIN.LEFT_OUTER, on=(ImportBatch.event == Event.id))
             .order_by(ImportBatch.id.desc()).limit(limit))
    keys = ("id", "created_at", "status", "cards_read", "created", "merged", "event")
    return [dict(zip(keys, (row[0], str(row[1]), *row[2:]), strict=True))
            for row in query.tuples()]
