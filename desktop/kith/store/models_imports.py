"""Events people were met at and the import batches that brought their cards.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kith.store.models_base import BaseModel
from kith.store.models_contacts import Contact


class Event(BaseModel):
    id = AutoField()
    name = TextField()
    date = DateField(null=True)
    place = TextField(default="")
    created_at = DateTimeField()


class ImportBatch(BaseModel):
    id = AutoField()
    created_at = DateTimeField()
    event = ForeignKeyField(Event, index=False, null=True, on_delete="SET NULL")
    sources = TextField(default="[]")  # JSON list of file names
    status = TextField(default="committed")  # committed | undone
    cards_read = IntegerField(default=0)
    created = IntegerField(default=0)
    merged = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    failed = IntegerField(default=0)
    problems = TextField(default="[]")  # JSON list of problem objects
    undone_at = DateTimeField(null=True)
    created_event = BooleanField(default=False)


class BatchChange(BaseModel):
    id = AutoField()
    batch = ForeignKeyField(ImportBatch, index=False, on_delete="CASCADE", backref="changes")
    contact_id = IntegerField()
    action = TextField()  # created | merged
    before = TextField(null=True)  # JSON snapshot of a merged contact
    after = TextField(null=True)  # JSON snapshot of it as the import left it (schema 6)


BatchChange.add_index(BatchChange.batch, name="batch_change_batch")  # [1]


class ContactEvent(BaseModel):
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE")
    event = ForeignKeyField(Event, index=False, on_delete="CASCADE")
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")

    class Meta:
        primary_key = CompositeKey("contact", "event")


ContactEvent.add_index(ContactEvent.event, name="contact_event_event")  # [1]
ContactEvent.add_index(ContactEvent.batch, name="contact_event_batch")  # [3]
