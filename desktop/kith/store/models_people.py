"""Between people: who knows whom, who is not the same person, and people merged into one.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    TextField,
    fn,
)

from kith.store.models_base import BaseModel
from kith.store.models_contacts import Contact


class ContactLink(BaseModel):
    """Who knows whom (schema 14): ``from_contact`` stands in ``relation`` to ``to_contact``.

    One row per pair of people, whichever way round (unique on the smaller and the larger
    id), never a person with themselves. ``relation``: ``introduced`` (from introduced
    to), ``reports-to`` (from reports to to), the symmetric ``works-with``,
    ``partner-of``, ``friend-of`` and ``met-through-you`` (an introduction made in Kith),
    or ``other`` with the words in ``label``. ``services.contacts.links`` names each
    side. A merge that moves links keeps one per pair and drops a link between the two
    people merged.
    """

    id = AutoField()
    from_contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    to_contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    relation = TextField()
    label = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        constraints = [SQL("CHECK (from_contact_id <> to_contact_id)")]


ContactLink.add_index(fn.min(ContactLink.from_contact, ContactLink.to_contact),
                      fn.max(ContactLink.from_contact, ContactLink.to_contact),
                      name="contact_link_pair", unique=True)  # [14]
ContactLink.add_index(ContactLink.from_contact, name="contact_link_from")  # [14]
ContactLink.add_index(ContactLink.to_contact, name="contact_link_to")  # [14]


class NotDuplicate(BaseModel):
    """Two people the user said are not the same person (smaller id first; schema 15)."""

    a = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    b = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    created_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("a", "b")


NotDuplicate.add_index(NotDuplicate.b, name="not_duplicate_b")  # [15]


class ContactMerge(BaseModel):
    """People merged into one, and what undoing it needs (schema 15)."""

    id = AutoField()
    kept = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="+")
    merged = TextField(default="[]")  # JSON list of the merged people's ids
    created_at = DateTimeField()
    status = TextField(default="merged")  # merged | undone
    undone_at = DateTimeField(null=True)
    undo = TextField(default="{}")  # JSON: see kith.services.contacts.merging


ContactMerge.add_index(ContactMerge.kept, name="contact_merge_kept")  # [15]
