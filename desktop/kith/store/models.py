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
- ``models_sync``: sync accounts, collections and cards, the calendar push.

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
    SyncCard,
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
    "SyncCard",
    "SyncCollection",
    "Tag",
    "TimelineEntry",
    "ALL_MODELS",
    "database",
    "row_dict",
]

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
