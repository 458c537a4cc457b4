"""CardDAV/CalDAV: accounts, their collections, and the calendar follow-ups are pushed to.

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
