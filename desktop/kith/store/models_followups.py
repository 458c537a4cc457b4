"""The story of each relationship: interactions (and moments with several people),
follow-ups, timeline entries, and the reminders already sent.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kith.store.models_base import BaseModel
from kith.store.models_contacts import Contact
from kith.store.models_imports import ImportBatch


class Interaction(BaseModel):
    """Something that happened with a person: one row per person.

    A moment with several people (a lunch with three, a group call; schema 13) is one
    row per person, the rows sharing ``moment_id`` (the id of the row logged first; a
    group key, not a foreign key). Every per-person query reads its own rows as before;
    logging, editing and deleting act on all rows of the moment
    (``kith.services.followups.interactions``). A one-person interaction has
    ``moment_id`` NULL. Moving interactions to another person (a merge) moves rows; if
    both people were in one moment, keep one of the two rows (delete the other).
    """

    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="interactions")
    occurred_on = DateField()
    channel = TextField()
    initiated_by = TextField(default="me")  # me | them
    help = TextField(default="none")  # gave | asked | none
    summary = TextField(default="")
    note = TextField(default="")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    moment_id = IntegerField(null=True)  # schema 13: rows of one moment share it


Interaction.add_index(Interaction.contact, Interaction.occurred_on,
                      name="interaction_contact")  # [1]
Interaction.add_index(Interaction.occurred_on, name="interaction_date")  # [1]
# [5] Who asked more than they gave.
Interaction.add_index(Interaction.contact, Interaction.help, name="interaction_help",
                      where=Interaction.deleted_at.is_null() & (Interaction.help != "none"))
# [13] The other people of a moment.
Interaction.add_index(Interaction.moment_id, name="interaction_moment",
                      where=Interaction.moment_id.is_null(False))


class FollowUp(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE", backref="follow_ups")
    due_on = DateField()
    reason = TextField(default="")
    kind = TextField()  # explicit | event | cadence | birthday
    status = TextField(default="open")  # open | done | skipped
    snoozed_until = DateField(null=True)
    created_at = DateTimeField()
    resolved_at = DateTimeField(null=True)
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")


FollowUp.add_index(FollowUp.status, FollowUp.due_on, name="follow_up_open")  # [1]
FollowUp.add_index(FollowUp.contact, name="follow_up_contact")  # [1]
FollowUp.add_index(FollowUp.batch, name="follow_up_batch")  # [3]


class TimelineEntry(BaseModel):
    id = AutoField()
    contact = ForeignKeyField(Contact, index=False, on_delete="CASCADE")
    occurred_on = DateField()
    kind = TextField()  # met | note | change | follow_up | introduction | birthday
    summary = TextField(default="")
    ref_id = IntegerField(null=True)
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="CASCADE")
    created_at = DateTimeField()


TimelineEntry.add_index(TimelineEntry.contact, TimelineEntry.occurred_on,
                        name="timeline_entry_contact")  # [1]
TimelineEntry.add_index(TimelineEntry.batch, name="timeline_entry_batch")  # [3]
TimelineEntry.add_index(TimelineEntry.occurred_on, name="timeline_entry_date")  # [4]


class NotificationLog(BaseModel):
    day = DateField()
    key = TextField()
    sent_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("day", "key")
