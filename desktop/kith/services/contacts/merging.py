"""Merging people who are one person into one, without losing anything, and undoing it.

``merge(ids, keep, choices)`` keeps one person (``keep``, by default the first id)
and merges the others into them in one write transaction that takes its lock up
front:

- Their fields merge as an import merges a card (``kith.services.cards.merge``):
  empty fields are filled, every e-mail, phone, address, link and tag is kept, notes
  are added, a photo fills an empty one. ``choices`` (field name -> the id of the
  person whose value to keep) picks a value where they differ; an organisation or
  title that differs and was not picked is noted on the timeline.
- Their interactions, timeline entries, follow-ups, needs and offers move to the
  kept person (a moment both were in counts once: the merged person's row of it is
  dropped), and so do the events they met at, the introductions they were part of,
  the state of their prompts (dismissed, snoozed, seen) and their links with other
  people (``merge_moves``: one link per pair, the kept person's where both had one; a
  link between two of them is dropped); a "not the same person" they were marked as
  holds for the kept person too.
- The merged people go to the trash (with what could not move: an event both were
  at stays on each), where undo finds them.

Each merge is recorded (``contact_merge``): ``unmerge(merge_id)`` moves back what is
still where the merge put it, brings the merged people back from the trash, and
reverts the kept person's fields field by field (a field edited since keeps the edit).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kith import clock
from kith.errors import Conflict, Invalid, NotFound
from kith.services.cards.merge import merge as merge_card
from kith.services.contacts import merge_moves, people, rows, search
from kith.services.contacts.changes import apply_change
from kith.services.contacts.records import LABELS, SCALARS, ContactRecord
from kith.services.followups import schedule
from kith.store.database import database, fetch, one_of
from kith.store.models import (
    Contact,
    ContactEvent,
    ContactMerge,
    FollowUp,
    Interaction,
    Introduction,
    NeedOffer,
    NotDuplicate,
    PromptState,
    TimelineEntry,
)

# The tables whose rows belong to one person and move whole to the kept one.
_MOVED: dict[str, Any] = {
    "interaction": Interaction,
    "timeline_entry": TimelineEntry,
    "follow_up": FollowUp,
    "need_offer": NeedOffer,
}
# Prompt keys that name a person: "check_in:12", "life_event:birthday:12", "introduce:3:12".
_ONE_PERSON = re.compile(r"^(vary_channel|check_in|give_first|life_event:change|"
                         r"life_event:birthday):(\d+)$")
_PAIR = re.compile(r"^introduce:(\d+):(\d+)$")


@dataclass
class MergeResult:
    merge_id: int
    kept: int
    merged: list[int]
    name: str  # the kept person's name after the merge
    moved: dict[str, int] = field(default_factory=dict)  # table -> rows moved

    def as_json(self) -> dict[str, object]:
        return {"merge_id": self.merge_id, "kept": self.kept, "merged": self.merged}


@dataclass
class UnmergeResult:
    kept: int
    restored: list[int]  # the merged people back from the trash
    lost: list[int]  # merged people something else removed since
    conflicts: list[str]  # labels of the kept person's fields edited since (left as they are)


# Fields where a value the kept person does not take is noted on their timeline.
NOTED = ("organization", "department", "title", "nickname", "birthday", "how_met")


def planned(records: Sequence[ContactRecord], choices: dict[str, int] | None = None
            ) -> tuple[ContactRecord, list[tuple[str, str]]]:
    """The kept person (``records[0]``) with the others merged in, and the (field, value)
    pairs that differed and were not kept (noted on the timeline). ``choices``: field ->
    the id of the person whose value is kept (``photo`` too)."""
    kept, *others = records
    out = replace(kept, points=list(kept.points), tags=list(kept.tags))
    for other in others:
        out = merge_card(out, replace(other, uid=None if out.uid else other.uid)).merged
        if not out.how_met and other.how_met:
            out.how_met = other.how_met
        if out.cadence_days is None and other.cadence_days is not None:
            out.cadence_days = other.cadence_days
    by_id = {r.id: r for r in records}
    for name, source in (choices or {}).items():
        chosen = by_id.get(source)
        if chosen is None:
            raise Invalid(f"Person {source} is not one of those merged.")
        if name == "photo":
            out.photo, out.photo_mime = chosen.photo, chosen.photo_mime
        elif name in SCALARS and name != "birthday_raw":
            setattr(out, name, getattr(chosen, name))
        else:
            raise Invalid(f"{name!r} is not a field that can be chosen.")
    if "display_name" not in (choices or {}):
        out.display_name = _name_after(records, out)
    out = out.cleaned()
    differences: list[tuple[str, str]] = []
    for record in records:
        for name in NOTED:
            value, now = getattr(record, name), getattr(out, name)
            if value and not _same(name, str(value), str(now or "")) \
                    and (name, value) not in differences:
                differences.append((name, value))
    return out, differences


def _parts(record: ContactRecord) -> str:
    return " ".join(p.strip() for p in (record.prefix, record.given_name,
                                         record.additional_names, record.family_name,
                                         record.suffix) if p and p.strip())


def _stand_in(record: ContactRecord) -> bool:
    """Whether the person's shown name is only a stand-in for one (empty, or taken from
    their organisation, e-mail or phone because the card named no one)."""
    shown = record.display_name.strip().casefold()
    if not shown:
        return True
    if _parts(record):
        return False
    stand_ins = [record.organization] + [p.value for p in record.points
                                         if p.kind in ("email", "phone")]
    return any(shown == (s or "").strip().casefold() for s in stand_ins)


def _name_after(records: Sequence[ContactRecord], out: ContactRecord) -> str:
    """The kept person's shown name after the merge ("" to derive it from ``out``'s
    name parts). A name the kept person had survives: it is derived again only when it
    was made of their name parts (the merge may have picked other parts); a stand-in
    (an e-mail, a phone) gives way to a name, never a name to an e-mail."""
    kept = records[0]
    if not _stand_in(kept):
        parts = _parts(kept)
        return "" if parts and " ".join(kept.display_name.split()) == parts else \
            kept.display_name
    if _parts(out):
        return ""
    for other in records[1:]:
        if not _stand_in(other):
            return other.display_name
    return ""


def _same(name: str, a: str, b: str) -> bool:
    """Whether two values of a field say the same ("Acme" and "Acme Inc." do)."""
    if name == "organization":
        from kith.services.contacts.duplicates import org_key

        return org_key(a) == org_key(b)
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def merge(contact_ids: Sequence[int], keep: int | None = None,
          choices: dict[str, int] | None = None) -> MergeResult:
    """Merge the people ``contact_ids`` into ``keep`` (default: the first); see the module."""
    ids = list(dict.fromkeys(int(i) for i in contact_ids))
    keep = ids[0] if keep is None else int(keep)
    if keep not in ids:
        ids.insert(0, keep)
    if len(ids) < 2:
        raise Invalid("Give at least two different people to merge.")
    others = [i for i in ids if i != keep]
    stamp = clock.now()
    with database.atomic():  # IMMEDIATE: the people are read again under the write lock
        records = rows.read_records(ids)
        trashed = {cid for (cid,) in fetch(Contact.select(Contact.id).where(
            one_of(Contact.id, ids), Contact.deleted_at.is_null(False)))}
        missing = [i for i in ids if i not in records or i in trashed]
        if missing:
            raise NotFound("One of those people no longer exists (deleted or merged "
                           "elsewhere); nothing was merged.")
        before = records[keep]
        after, differences = planned([before, *(records[i] for i in others)], choices)
        rows.update_contact(keep, after, stamp, rows.circle_id(after.circle))
        rows.replace_children(keep, after)
        after = rows.read_records([keep])[keep]
        undo: dict[str, Any] = {"before": rows.snapshot(before), "after": rows.snapshot(after)}
        moved: dict[str, int] = {}
        undo["moments"] = merge_moves.drop_moment_twins(keep, others)
        for table, model in _MOVED.items():
            found = [list(r) for r in fetch(model.select(model.id, model.contact)
                                            .where(one_of(model.contact, others)))]
            if found:
                model.update(contact=keep).where(one_of(model.id, [r[0] for r in found])
                                                 ).execute()
            undo[table], moved[table] = found, len(found)
        undo["events"] = _move_events(keep, others)
        undo["links"] = merge_moves.move_links(keep, others)
        undo["introductions"] = _move_introductions(keep, ids)
        undo["prompts"] = _move_prompts(keep, others)
        undo["not_same"] = _carry_not_same(keep, ids, str(stamp))
        names = [records[i].display_name for i in others]
        notes = [f"Merged {', '.join(names)} into this person"]
        notes += [f"Merged: {LABELS[name]} {value} (Kith keeps {getattr(after, name) or '-'})"
                  for name, value in differences]
        undo["timeline"] = [
            int(TimelineEntry.insert(contact=keep, occurred_on=stamp.date(), kind="change",
                                     summary=summary, created_at=str(stamp)).execute())
            for summary in notes]
        gone = people.delete(others)
        undo["trashed"] = {"ids": gone.ids, "stamp": gone.stamp}
        merge_id = int(ContactMerge.insert(kept=keep, merged=json.dumps(others),
                                           created_at=str(stamp),
                                           undo=json.dumps(undo, ensure_ascii=False)).execute())
        search.reindex([keep])
        schedule.refresh([keep])
    moved["events"] = len(undo["events"])
    moved["introductions"] = len(undo["introductions"])
    moved["links"] = len(undo["links"]["moved"])
    return MergeResult(merge_id, keep, others, after.display_name, moved)


def _move_events(keep: int, others: list[int]) -> list[list[int]]:
    """Events the others met the person at move, unless the kept person has them too."""
    has = {eid for (eid,) in fetch(ContactEvent.select(ContactEvent.event)
                                   .where(ContactEvent.contact == keep))}
    moved = []
    for cid, eid in fetch(ContactEvent.select(ContactEvent.contact, ContactEvent.event)
                          .where(one_of(ContactEvent.contact, others))):
        if eid in has:
            continue
        has.add(eid)
        ContactEvent.update(contact=keep).where(ContactEvent.contact == cid,
                                                ContactEvent.event == eid).execute()
        moved.append([cid, eid])
    return moved


def _move_introductions(keep: int, ids: list[int]) -> list[list[Any]]:
    """Introductions of a merged person to someone else now name the kept person (one
    between two of the merged people stays as it was, on the people in the trash)."""
    moved: list[list[Any]] = []
    others = [i for i in ids if i != keep]
    for iid, a, b in fetch(Introduction.select(Introduction.id, Introduction.a, Introduction.b)
                           .where(one_of(Introduction.a, others)
                                  | one_of(Introduction.b, others))):
        if a in ids and b in ids:
            continue
        column = "a" if a in others else "b"
        Introduction.update({getattr(Introduction, column): keep}).where(
            Introduction.id == iid).execute()
        moved.append([iid, column, a if column == "a" else b])
    return moved


def _renamed(key: str, others: set[int], keep: int) -> str | None:
    if (m := _ONE_PERSON.match(key)) and int(m[2]) in others:
        return f"{m[1]}:{keep}"
    if m := _PAIR.match(key):
        a, b = (keep if int(x) in others else int(x) for x in (m[1], m[2]))
        if (int(m[1]) in others or int(m[2]) in others) and a != b:
            return f"introduce:{min(a, b)}:{max(a, b)}"
    return None


def _move_prompts(keep: int, others: list[int]) -> list[list[str]]:
    """Dismissed, snoozed and seen prompts about a merged person hold for the kept one
    (unless the kept person has their own state for that prompt)."""
    group = set(others)
    keys = [k for (k,) in fetch(PromptState.select(PromptState.key))
            if _renamed(k, group, keep) is not None]
    moved = []
    for key in keys:
        new = _renamed(key, group, keep)
        assert new is not None
        if PromptState.select().where(PromptState.key == new).exists():
            continue
        PromptState.update(key=new).where(PromptState.key == key).execute()
        moved.append([key, new])
    return moved


def _carry_not_same(keep: int, ids: list[int], stamp: str) -> list[list[int]]:
    """Someone marked as not the same as a merged person is not the kept person either."""
    others = [i for i in ids if i != keep]
    added = []
    for a, b in fetch(NotDuplicate.select(NotDuplicate.a, NotDuplicate.b)
                      .where(one_of(NotDuplicate.a, others) | one_of(NotDuplicate.b, others))):
        other = b if a in others else a
        if other in ids:
            continue
        pair = [min(keep, other), max(keep, other)]
        inserted = NotDuplicate.insert(a=pair[0], b=pair[1], created_at=stamp
                                       ).on_conflict_ignore().execute()
        if inserted and pair not in added:
            added.append(pair)
    return added


def unmerge(merge_id: int) -> UnmergeResult:
    """Take a merge back (see the module); raises Conflict if it was already undone."""
    with database.atomic():
        found = ContactMerge.get_or_none(ContactMerge.id == merge_id)
        if found is None:
            raise NotFound(f"There is no merge {merge_id}.")
        if found.status != "merged":
            raise Conflict("That merge was already undone.")
        keep, undo = int(found.kept_id), json.loads(found.undo)
        _refuse_if_merged_since(merge_id, keep)
        for table, model in _MOVED.items():
            for row_id, source in undo[table]:
                model.update(contact=source).where(model.id == row_id,
                                                   model.contact == keep).execute()
        merge_moves.restore_moment_twins(undo.get("moments", []))
        if "links" in undo:  # merges made before links moved have none
            merge_moves.restore_links(keep, undo["links"])
        for source, eid in undo["events"]:
            if not ContactEvent.select().where(ContactEvent.contact == source,
                                               ContactEvent.event == eid).exists():
                ContactEvent.update(contact=source).where(ContactEvent.contact == keep,
                                                          ContactEvent.event == eid).execute()
        for iid, column, source in undo["introductions"]:
            col = getattr(Introduction, column)
            Introduction.update({col: source}).where(Introduction.id == iid,
                                                     col == keep).execute()
        for old, new in undo["prompts"]:
            if not PromptState.select().where(PromptState.key == old).exists():
                PromptState.update(key=old).where(PromptState.key == new).execute()
        for a, b in undo["not_same"]:
            NotDuplicate.delete().where(NotDuplicate.a == a, NotDuplicate.b == b).execute()
        if undo["timeline"]:
            TimelineEntry.delete().where(one_of(TimelineEntry.id, undo["timeline"])).execute()
        conflicts: list[str] = []
        current = rows.read_record(keep)
        if current is not None:
            reverted, conflicts = apply_change(current, rows.from_snapshot(undo["after"]),
                                               rows.from_snapshot(undo["before"]))
            if reverted != current:
                reverted = reverted.cleaned()
                rows.update_contact(keep, reverted, clock.now(), _circle(reverted.circle))
                rows.replace_children(keep, reverted)
        trashed = people.Trashed(undo["trashed"]["ids"], undo["trashed"]["stamp"])
        lost = people.undelete(trashed)
        ContactMerge.update(status="undone", undone_at=str(clock.now())).where(
            ContactMerge.id == merge_id).execute()
        back = [i for i in trashed.ids if i not in lost]
        search.reindex([keep, *back])
        schedule.refresh([keep, *back])
    return UnmergeResult(keep, back, lost, [LABELS.get(c, c) for c in conflicts])


def _refuse_if_merged_since(merge_id: int, keep: int) -> None:
    """Undoing a merge whose kept person was merged into someone else since would give
    the returned people back without their story (it moved on with the kept person):
    the later merge is undone first."""
    later = (ContactMerge.select(ContactMerge.id, ContactMerge.merged)
             .where(ContactMerge.id > merge_id, ContactMerge.status == "merged")
             .order_by(ContactMerge.id.desc()))
    for other_id, merged in fetch(later):
        if keep in (int(i) for i in json.loads(merged)):
            raise Conflict(f"The person that merge kept was merged again since; "
                           f"undo merge {other_id} first: kith unmerge {other_id}")
    if Contact.select().where(Contact.id == keep, Contact.deleted_at.is_null(False)).exists():
        raise Conflict("The person that merge kept is in the trash now: "
                       "restore them first, then undo the merge.")


def _circle(name: str | None) -> int | None:
    try:
        return rows.circle_id(name)
    except Invalid:  # the circle was deleted since: the person keeps none
        return None


def status(merge_id: int) -> str | None:
    """"merged" or "undone"; None when there is no such merge."""
    found = ContactMerge.select(ContactMerge.status).where(ContactMerge.id == merge_id).scalar()
    return None if found is None else str(found)


@dataclass
class Side:
    """One person of a group as the review screen shows them."""

    record: ContactRecord
    counts: dict[str, int]  # interactions, timeline, follow_ups, needs_offers, events


def sides(contact_ids: Sequence[int]) -> list[Side]:
    """Each live person of ``contact_ids`` with how much of their story would move."""
    ids = [int(i) for i in contact_ids]
    records = rows.read_records(ids)
    live = {cid for (cid,) in fetch(Contact.select(Contact.id).where(
        one_of(Contact.id, ids), Contact.deleted_at.is_null()))}
    counts: dict[int, dict[str, int]] = {i: {} for i in ids}
    for name, model, extra in (
            ("interactions", Interaction, Interaction.deleted_at.is_null()),
            ("timeline", TimelineEntry, None),
            ("follow_ups", FollowUp, FollowUp.status == "open"),
            ("needs_offers", NeedOffer, NeedOffer.closed_at.is_null()),
            ("events", ContactEvent, None)):
        query = model.select(model.contact, _count()).where(one_of(model.contact, ids))
        if extra is not None:
            query = query.where(extra)
        for cid, n in fetch(query.group_by(model.contact)):
            counts[cid][name] = int(n)
    return [Side(records[i], counts[i]) for i in ids if i in records and i in live]


def _count() -> Any:
    from peewee import fn

    return fn.COUNT(1)
