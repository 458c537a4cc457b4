"""The local side of a sync: what the server's cards do to Kith's contacts.

Every function here writes in one transaction that takes the write lock first
(``database.atomic()`` begins IMMEDIATE), one card or one small batch at a time,
so a sync killed at any point leaves Kith whole and the next run carries on.
New cards from the server go in as an import batch through the import's own
matching and merge (they show in Imports and can be undone like any import).

A card deleted on the server whose person has history in Kith is kept and asked
about (``removed_on_server``): ``keep_removed`` keeps the person in Kith only (the
row stays, state ``local``: never uploaded again, never asked again);
``delete_removed`` moves them to the trash, undoable (``undo_delete_removed`` opens
the question again).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from kith import clock
from kith.i18n import translate
from kith.services.cards.commit import commit
from kith.services.cards.mapping import record_from_card
from kith.services.cards.plan import plan_records
from kith.services.contacts import people, rows, search
from kith.services.contacts.records import ContactRecord
from kith.services.followups import schedule
from kith.services.sync import state
from kith.services.sync.questions import Removed, removed_on_server  # noqa: F401 (here too)
from kith.store.database import database
from kith.store.models import (
    Contact,
    FollowUp,
    ImportBatch,
    Interaction,
    Introduction,
    NeedOffer,
    SyncCard,
    TimelineEntry,
)
from kith.vcard.model import Card


@dataclass
class Fetched:
    """One card as the server gave it, read."""

    href: str
    etag: str
    text: str
    card: Card


def _write(cid: int, record: ContactRecord, stamp: dt.datetime) -> None:
    record = record.cleaned()
    circle = rows.circle_id(record.circle) if record.circle else None
    rows.update_contact(cid, record, stamp, circle)
    rows.replace_children(cid, record)
    search.reindex([cid])
    schedule.refresh([cid])


def _timeline(cid: int, summary: str, stamp: dt.datetime) -> None:
    TimelineEntry.create(contact=cid, occurred_on=stamp.date(), kind="change",
                         summary=summary, created_at=str(stamp))


def forget_undone(collection_id: int) -> int:
    """Cards whose import was undone are left alone from now on (``ignored``): the undo
    deletes nothing on the server, and the next sync neither uploads the contacts the
    undo put back nor deletes the cards of the people it removed."""
    undone = ImportBatch.select(ImportBatch.id).where(ImportBatch.status == "undone")
    with database.atomic():
        return int(SyncCard.update(state="ignored").where(
            SyncCard.collection == collection_id, SyncCard.batch.in_(undone),
            SyncCard.state == "synced").execute())


def apply_remote(row_id: int, item: Fetched) -> state.Merged | None:
    """A linked card changed on the server: merged into its contact field by field.

    Returns the merge (None when the row or its contact is gone: the caller imports the
    card as new instead). A contact deleted in Kith meanwhile comes back: the server's
    change is newer than the delete, and nothing is lost.
    """
    stamp = clock.now()
    with database.atomic():
        row = SyncCard.get_or_none(SyncCard.id == row_id)
        if row is None or row.contact_id is None:
            return None
        cid = int(row.contact_id)
        local = rows.read_record(cid)
        if local is None:
            return None
        remote = record_from_card(item.card)
        base = state.load(row.base)
        if not remote.uid:
            remote.uid = local.uid
        local_changed = not state.same_card(local, base)
        if local_changed:
            when = state.revised_at(item.text) or stamp
            updated = Contact.select(Contact.updated_at).where(Contact.id == cid).scalar()
            mine = updated if isinstance(updated, dt.datetime) else (
                dt.datetime.fromisoformat(str(updated)) if updated else stamp)
            merged = state.merge_sides(local, base, remote, remote_newer=when >= mine)
        else:
            merged = state.merge_sides(local, base, remote, remote_newer=True)
        Contact.update(deleted_at=None).where(Contact.id == cid).execute()
        if merged.record != local:
            _write(cid, merged.record, stamp)
        for summary in merged.kept_aside:
            _timeline(cid, summary, stamp)
        if not merged.conflicts:  # a plain change from the phone: said on the timeline
            what = state.changed_fields(base, remote) if row.base else []
            if what:
                _timeline(cid, translate("Sync", "Updated from your phone: {fields}").format(
                    fields=", ".join(what)), stamp)
        if local_changed:
            agreed = remote.cleaned()
        else:
            agreed = rows.read_record(cid) or remote
        SyncCard.update(etag=item.etag, server_text=item.text, base=state.dump(agreed),
                        uid=item.card.uid, state="synced", synced_at=str(stamp)).where(
            SyncCard.id == row_id).execute()
    return merged


def import_new(collection_id: int, source: str, items: list[Fetched]) -> int | None:
    """New cards from the server as one import batch, linked to the contacts they became
    or merged into; returns the batch id (None when there was nothing to import)."""
    if not items:
        return None
    stamp = clock.now()
    with database.atomic():  # the plan is made under the write lock: commit uses it as is
        alone = _uid_taken(collection_id, items)
        records = []
        for n, item in enumerate(items):
            record = record_from_card(item.card)
            if n in alone:  # another card's UID: its own person, matched with no one
                record = state.with_uid(record, f"kith-{uuid.uuid4()}")
            records.append(record)
        the_plan = plan_records(((record, source, n) for n, record in enumerate(records, 1)),
                                [source], alone)
        first_id = int(Contact.select(Contact.id).order_by(Contact.id.desc()).limit(1)
                       .scalar() or 0) + 1
        result = commit(the_plan)
        ids: list[int | None] = []
        created = 0
        for planned in the_plan.cards:
            if planned.action in ("create", "separate") or (
                    planned.action == "merge" and planned.match is None):
                ids.append(first_id + created)
                created += 1
            elif planned.action == "merge" and planned.match is not None:
                ids.append(planned.match.contact_id)
            elif planned.action == "fold" and planned.fold_into is not None:
                ids.append(ids[planned.fold_into])
            else:
                ids.append(None)
        stored = rows.read_records(i for i in ids if i is not None)
        for n, (item, record, planned, cid) in enumerate(
                zip(items, records, the_plan.cards, ids, strict=True)):
            if planned.action in ("create", "separate") and cid in stored:
                agreed = stored[cid]  # as stored: the next sync sees no change to upload
            else:
                agreed = record  # the merged contact holds more: the next push uploads it
            if n in alone:  # as the server has it: no UID change
                agreed = state.with_uid(agreed, item.card.uid or "")
            SyncCard.delete().where(SyncCard.collection == collection_id,
                                    SyncCard.href == item.href).execute()
            SyncCard.insert(collection=collection_id, href=item.href, etag=item.etag,
                            uid=item.card.uid, contact=cid, server_text=item.text,
                            base=state.dump(agreed), state="synced", batch=result.batch_id,
                            synced_at=str(stamp)).execute()
    return result.batch_id


def _uid_taken(collection_id: int, items: list[Fetched]) -> set[int]:
    """Indexes of the ``items`` whose UID another card of the collection already has.

    A UID names one card, not one person, on a server that lets two cards share it:
    linking both to one contact would have the next push overwrite one card with the
    other person. Such a card becomes a contact of its own.
    """
    owner: dict[str, str] = {}
    for uid, href in SyncCard.select(SyncCard.uid, SyncCard.href).where(
            SyncCard.collection == collection_id, SyncCard.uid.is_null(False)).tuples():
        owner.setdefault(str(uid), str(href))
    taken = set()
    for n, item in enumerate(items):
        uid = item.card.uid
        if uid and owner.setdefault(uid, item.href) != item.href:
            taken.add(n)
    return taken


def has_history(cid: int) -> bool:
    """Whether Kith holds more about this person than their card: interactions, needs and
    offers, follow-ups set by hand or an event, timeline entries, introductions."""
    checks = (
        Interaction.select().where(Interaction.contact == cid, Interaction.deleted_at.is_null()),
        NeedOffer.select().where(NeedOffer.contact == cid),
        FollowUp.select().where(FollowUp.contact == cid,
                                FollowUp.kind.in_(("explicit", "event"))),
        TimelineEntry.select().where(TimelineEntry.contact == cid, TimelineEntry.kind != "change"),
        Introduction.select().where((Introduction.a == cid) | (Introduction.b == cid)),
    )
    return any(query.exists() for query in checks)


def remote_deleted(row_id: int) -> tuple[str, str, int, str] | None:
    """A card deleted on the server. Without history its contact goes to the trash
    (undoable there): returns ("deleted", name, contact id, the trash's stamp). With
    history the contact stays and the row waits for the person's answer: returns
    ("kept", name, contact id, ""). None: nothing to do."""
    stamp = clock.stamp()
    with database.atomic():
        row = SyncCard.get_or_none(SyncCard.id == row_id)
        if row is None or row.state in ("gone", "local"):  # asked already: reported once
            return None
        cid = row.contact_id
        live = cid is not None and Contact.select().where(
            Contact.id == cid, Contact.deleted_at.is_null()).exists()
        if not live or row.state in ("ignored", "create"):
            SyncCard.delete().where(SyncCard.id == row_id).execute()
            return None
        name = str(Contact.select(Contact.display_name).where(Contact.id == cid).scalar())
        if has_history(int(cid)):
            SyncCard.update(state="gone").where(SyncCard.id == row_id).execute()
            return "kept", name, int(cid), ""
        Contact.update(deleted_at=str(stamp)).where(Contact.id == cid).execute()
        search.drop([cid])
        SyncCard.delete().where(SyncCard.id == row_id).execute()
        return "deleted", name, int(cid), str(stamp)


def _asked(contact_id: int) -> Any:
    return (SyncCard.contact == contact_id) & (SyncCard.state == "gone")


def keep_removed(contact_id: int) -> bool:
    """Keep a person deleted on the server in Kith only: never uploaded again, never
    asked about again (their row stays, ``local``, so the push does not see them as new).
    False when there was no such question (answered already, or not one of them)."""
    with database.atomic():
        return bool(SyncCard.update(state="local").where(_asked(contact_id)).execute())


def delete_removed(contact_id: int) -> people.Trashed | None:
    """Delete a person deleted on the server in Kith too: to the trash, undoable with
    ``undo_delete_removed``. None when there was no such question."""
    with database.atomic():
        if not SyncCard.select().where(_asked(contact_id)).exists():
            return None
        trashed = people.delete([contact_id])  # as the window's delete: same trash, same undo
        SyncCard.update(state="local").where(_asked(contact_id)).execute()
        return trashed


def undo_delete_removed(trashed: people.Trashed) -> list[int]:
    """Take back ``delete_removed``: the person comes back and the question is open
    again. Returns the ids that could not be brought back (``people.undelete``)."""
    with database.atomic():
        lost = people.undelete(trashed)
        back = [cid for cid in trashed.ids if cid not in lost]
        if back:
            SyncCard.update(state="gone").where(SyncCard.contact.in_(back),
                                                SyncCard.state == "local").execute()
    return lost
