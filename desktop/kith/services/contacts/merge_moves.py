"""What a merge does to links (who knows whom) and to moments, and how unmerge puts it back.

Both run inside the merge's (or the unmerge's) transaction, and both return plain lists
that ``kith.services.contacts.merging`` keeps, as JSON, with the merge.

- Links (``ContactLink``, one per pair): a merged person's link to someone else moves to
  the kept person, unless the kept person already has a link with that someone (the kept
  person's stays, the merged person's is dropped). A link between two of the people being
  merged (the kept one included) would link the kept person with themselves: dropped.
  Unmerge moves the moved links back and stores the dropped ones again, as they were.
- Moments (``Interaction.moment_id``, one row per person): if the kept person and a
  merged person were in the same moment, or two merged people were, the merged
  person's row is dropped so that the moment counts once for the kept person. Unmerge
  stores it again, with what the moment holds now (an edit made since is kept).
"""

from __future__ import annotations

from typing import Any

from kith.store.database import fetch, one_of
from kith.store.models import Contact, ContactLink, Interaction

_LINK_COLUMNS = (ContactLink.id, ContactLink.from_contact, ContactLink.to_contact,
                 ContactLink.relation, ContactLink.label, ContactLink.created_at)
_ROW_COLUMNS = (Interaction.id, Interaction.contact, Interaction.occurred_on,
                Interaction.channel, Interaction.initiated_by, Interaction.help,
                Interaction.summary, Interaction.note, Interaction.created_at,
                Interaction.deleted_at, Interaction.moment_id)
_ROW_NAMES = ("id", "contact", "occurred_on", "channel", "initiated_by", "help", "summary",
              "note", "created_at", "deleted_at", "moment_id")
# What every row of a moment holds alike (``services.followups.interactions._shared``,
# and deleting a moment deletes every row).
_SHARED = ("occurred_on", "channel", "initiated_by", "help", "summary", "note", "deleted_at")


def move_links(keep: int, others: list[int]) -> dict[str, list[list[Any]]]:
    """Move the others' links to ``keep`` (see the module): {"moved": [[link id, column,
    person it named]], "dropped": [[the whole link row]]}."""
    group = set(others)
    mine = {b if a == keep else a for a, b in fetch(
        ContactLink.select(ContactLink.from_contact, ContactLink.to_contact)
        .where((ContactLink.from_contact == keep) | (ContactLink.to_contact == keep)))}
    found: dict[int, list[Any]] = {}
    for side in (ContactLink.from_contact, ContactLink.to_contact):
        for found_row in fetch(ContactLink.select(*_LINK_COLUMNS).where(one_of(side, others))):
            found[int(found_row[0])] = list(found_row)
    moved: list[list[Any]] = []
    dropped: list[list[Any]] = []
    for lid in sorted(found):
        row = found[lid]
        a, b = int(row[1]), int(row[2])
        new_a, new_b = (keep if a in group else a), (keep if b in group else b)
        partner = new_b if new_a == keep else new_a
        if new_a == new_b or partner in mine:
            ContactLink.delete().where(ContactLink.id == lid).execute()
            dropped.append(row)
            continue
        mine.add(partner)
        column, source = ("from_contact", a) if a in group else ("to_contact", b)
        ContactLink.update({getattr(ContactLink, column): keep}).where(
            ContactLink.id == lid).execute()
        moved.append([lid, column, source])
    return {"moved": moved, "dropped": dropped}


def restore_links(keep: int, undo: dict[str, list[list[Any]]]) -> None:
    """Unmerge: links the merge moved name their person again (if they still name the kept
    person and that pair has no link since), and dropped links come back (if both people
    are still there and the pair has no link since)."""
    for lid, column, source in undo["moved"]:
        col = getattr(ContactLink, column)
        found = fetch(ContactLink.select(ContactLink.from_contact, ContactLink.to_contact)
                      .where(ContactLink.id == lid, col == keep))
        row = next(iter(found), None)
        if row is None:
            continue
        partner = row[1] if column == "from_contact" else row[0]
        if not _linked(source, partner):
            ContactLink.update({col: source}).where(ContactLink.id == lid).execute()
    for lid, a, b, relation, label, created_at in undo["dropped"]:
        there = Contact.select().where(one_of(Contact.id, [a, b])).count()
        if there < 2 or _linked(a, b):
            continue
        values = {"from_contact": a, "to_contact": b, "relation": relation, "label": label,
                  "created_at": created_at}
        if not ContactLink.select().where(ContactLink.id == lid).exists():
            values["id"] = lid
        ContactLink.insert(values).execute()


def _linked(a: int, b: int) -> bool:
    return bool(ContactLink.select().where(
        ((ContactLink.from_contact == a) & (ContactLink.to_contact == b))
        | ((ContactLink.from_contact == b) & (ContactLink.to_contact == a))).exists())


def drop_moment_twins(keep: int, others: list[int]) -> list[dict[str, Any]]:
    """Before the others' interactions move to ``keep``: drop the others' rows of moments the
    kept person (or another of them, the lowest row first) is in already. The rows
    dropped, whole, as the database held them."""
    rows = list(fetch(Interaction.select(Interaction.id, Interaction.contact,
                                         Interaction.moment_id)
                      .where(one_of(Interaction.contact, [keep, *others]),
                             Interaction.moment_id.is_null(False))))
    rows.sort(key=lambda r: (r[1] != keep, r[0]))
    seen: set[int] = set()
    twins: list[int] = []
    for iid, cid, moment in rows:
        if moment in seen and cid != keep:
            twins.append(int(iid))
        seen.add(moment)
    if not twins:
        return []
    dropped = [dict(zip(_ROW_NAMES, row, strict=True)) for row in fetch(
        Interaction.select(*_ROW_COLUMNS).where(one_of(Interaction.id, twins))
        .order_by(Interaction.id))]
    Interaction.delete().where(one_of(Interaction.id, twins)).execute()
    return dropped


def restore_moment_twins(dropped: list[dict[str, Any]]) -> None:
    """Unmerge: the dropped rows come back to their person (if that person is still there),
    with what their moment holds now when it still has rows."""
    for row in dropped:
        if not Contact.select().where(Contact.id == row["contact"]).exists():
            continue
        values = dict(row)
        now = next(iter(fetch(Interaction.select(*(getattr(Interaction, n) for n in _SHARED))
                              .where(Interaction.moment_id == row["moment_id"])
                              .order_by(Interaction.id).limit(1))), None)
        if now is not None:
            values.update(zip(_SHARED, now, strict=True))
        if Interaction.select().where(Interaction.id == row["id"]).exists():
            del values["id"]
        Interaction.insert(values).execute()
