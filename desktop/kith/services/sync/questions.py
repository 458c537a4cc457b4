"""The people deleted on the server whom Kith kept for their history, waiting for an
answer. Read at every start of the window, so it imports nothing but the models: the
answers (keep, delete, undo) are in ``local``."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from kith.store.models import Contact, Interaction, SyncCard


@dataclass(frozen=True)
class Removed:
    """A person deleted on the server whom Kith kept for their history, waiting for an
    answer: keep them in Kith only, or delete them here too."""

    contact_id: int
    name: str
    interactions: int


def removed_on_server() -> list[Removed]:
    """The people deleted on the server and kept in Kith for their history, by name."""
    query = (SyncCard.select(Contact.id, Contact.display_name)
             .join(Contact, on=(SyncCard.contact == Contact.id))
             .where(SyncCard.state == "gone", Contact.deleted_at.is_null())
             .order_by(Contact.sort_name).distinct())
    found = [(int(cid), str(name)) for cid, name in query.tuples()]
    counts = dict(Interaction.select(Interaction.contact, fn.COUNT(Interaction.id))
                  .where(Interaction.contact.in_([cid for cid, _ in found]),
                         Interaction.deleted_at.is_null())
                  .group_by(Interaction.contact).tuples()) if found else {}
    return [Removed(cid, name, int(counts.get(cid, 0))) for cid, name in found]
