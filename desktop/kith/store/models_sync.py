"""CardDAV/CalDAV: accounts, their collections, the synced cards, and the calendar follow-ups
are pushed to.

Part of ``kith.store.models`` (which re-exports every model): see its docstring.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from kith.store.models_base import BaseModel
from kith.store.models_contacts import Contact
from kith.store.models_imports import ImportBatch


class SyncAccount(BaseModel):
    """A CardDAV/CalDAV account (schema 16); its password is in the system keyring."""

    id = AutoField()
    url = TextField()
    user = TextField()
    label = TextField(default="")
    created = DateTimeField()

    class Meta:
        table_name = "sync_account"


class SyncCollection(BaseModel):
    """An address book or calendar of an account, and how its last sync went (schema 16)."""

    id = AutoField()
    account = ForeignKeyField(SyncAccount, index=False, on_delete="CASCADE")
    url = TextField()
    name = TextField()
    kind = TextField()  # addressbook | calendar
    enabled = BooleanField(default=True)
    ctag = TextField(null=True)
    sync_token = TextField(null=True)
    last_sync = DateTimeField(null=True)
    last_error = TextField(null=True)

    class Meta:
        table_name = "sync_collection"


SyncCollection.add_index(SyncCollection.account, SyncCollection.url, unique=True,
                         name="sync_collection_account_url")  # [16]


class CalendarPush(BaseModel):
    """The CalDAV calendar an account's follow-ups are pushed to (schema 18)."""

    account = ForeignKeyField(SyncAccount, index=False, primary_key=True, on_delete="CASCADE")
    calendar_url = TextField()
    name = TextField()
    last_push = DateTimeField(null=True)
    last_error = TextField(null=True)

    class Meta:
        table_name = "calendar_push"


class CalendarPushItem(BaseModel):
    """One event pushed to that calendar: where, its ETag, a digest of its text (schema 18)."""

    account = ForeignKeyField(CalendarPush, index=False, on_delete="CASCADE")
    uid = TextField()
    href = TextField()
    etag = TextField(null=True)
    digest = TextField()

    class Meta:
        table_name = "calendar_push_item"
        primary_key = CompositeKey("account", "uid")


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
