"""Peewee models over the tables that ``kith.store.schema`` creates.

The models never create tables themselves: the numbered steps in ``schema``
do. The models still declare everything the steps create (columns with their
types and NOT NULL, primary and foreign keys with their ON DELETE, and every
index by name, with its columns or expression, uniqueness and WHERE), and
``tests/store/test_models_schema.py`` checks the two agree.

The models live in one module per topic, and this one names them all: import them
from here (``from kith.store.models import Contact``).

- ``models_base``: ``BaseModel``, bound to the database;
- ``models_contacts``: the contact, its photo, points, tags, circle, and the
  full-text indexes;
- ``models_imports``: events and import batches;
- ``models_followups``: interactions (moments), follow-ups, timeline, reminders sent;
- ``models_ideas``: needs and offers, the user's card, introductions, prompt states;
- ``models_people``: links between people, "not the same person", merges;
- ``models_sync``: sync accounts and collections, the calendar push.

A new model goes in its topic's module (or a new one), is imported here, and is
added to ``ALL_MODELS``.
"""

from __future__ import annotations

from typing import Any

from peewee import Model

from kith.store.database import database  # re-exported: tests and benchmarks take it here
from kith.store.models_base import BaseModel
from kith.store.models_contacts import (
    Circle,
    Contact,
    ContactNames,
    ContactPhoto,
    ContactPoint,
    ContactSearch,
    ContactTag,
    Tag,
)
from kith.store.models_followups import (
    FollowUp,
    Interaction,
    NotificationLog,
    TimelineEntry,
)
from kith.store.models_ideas import (
    Introduction,
    IntroductionFollowUp,
    IntroductionStep,
    MyCard,
    NeedOffer,
    PromptState,
)
from kith.store.models_imports import (
    BatchChange,
    ContactEvent,
    Event,
    ImportBatch,
)
from kith.store.models_people import (
    ContactLink,
    ContactMerge,
    NotDuplicate,
)
from kith.store.models_sync import (
    CalendarPush,
    CalendarPushItem,
    SyncAccount,
    SyncCollection,
)

__all__ = [
    "BaseModel",
    "BatchChange",
    "CalendarPush",
    "CalendarPushItem",
    "Circle",
    "Contact",
    "ContactEvent",
    "ContactLink",
    "ContactMerge",
    "ContactNames",
    "ContactPhoto",
    "ContactPoint",
    "ContactSearch",
    "ContactTag",
    "Event",
    "FollowUp",
    "ImportBatch",
    "Interaction",
    "Introduction",
    "IntroductionFollowUp",
    "IntroductionStep",
    "MyCard",
    "NeedOffer",
    "NotDuplicate",
    "NotificationLog",
    "PromptState",
    "SyncAccount",
    "SyncCollection",
    "Tag",
    "TimelineEntry",
    "ALL_MODELS",
    "database",
    "row_dict",
]

class SyncCard(BaseModel):
    """One card of a synced address book and what Kith knows of it (schema 17)."""

    id = AutoField()
    collection = ForeignKeyField(SyncCollection, index=False, on_delete="CASCADE")
    href = TextField()
    etag = TextField(null=True)
    uid = TextField(null=True)
    contact = ForeignKeyField(Contact, index=False, null=True, on_delete="SET NULL")
    server_text = TextField(null=True)
    base = TextField(null=True)  # JSON snapshot of the card part both sides agreed on
    state = TextField(default="synced")  # synced | create | ignored | gone
    batch = ForeignKeyField(ImportBatch, index=False, null=True, on_delete="SET NULL")
    synced_at = DateTimeField(null=True)


SyncCard.add_index(SyncCard.collection, SyncCard.href, unique=True,
                   name="sync_card_href")  # [17]
SyncCard.add_index(SyncCard.contact, name="sync_card_contact")  # [17]
SyncCard.add_index(SyncCard.batch, name="sync_card_batch",
                   where=SyncCard.batch.is_null(False))  # [17]


ALL_MODELS: tuple[type[Model], ...] = (
    Circle,
    Contact,
    ContactPhoto,
    ContactPoint,
    Tag,
    ContactTag,
    Event,
    ImportBatch,
    BatchChange,
    ContactEvent,
    Interaction,
    FollowUp,
    NeedOffer,
    MyCard,
    TimelineEntry,
    Introduction,
    IntroductionStep,
    IntroductionFollowUp,
    PromptState,
    NotificationLog,
    SyncAccount,
    SyncCollection,
    ContactLink,
    CalendarPush,
    CalendarPushItem,
    SyncCard,
    ContactSearch,  # full-text indexes: SQLite makes their shadow tables itself
    ContactNames,
    NotDuplicate,
    ContactMerge,
)


def row_dict(model: Model) -> dict[str, Any]:
    return dict(model.__data__)
