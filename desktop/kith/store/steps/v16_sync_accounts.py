"""Version 16: CardDAV/CalDAV accounts and the collections chosen on each (issue #14).

The password is never here: it lives in the system keyring (kith.platform.secrets).
Removing an account removes its collections (and, through them, the sync state kept
per card); the contacts that came from it stay.
"""

SQL = """
CREATE TABLE sync_account (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    user TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created DATETIME NOT NULL
);
CREATE TABLE sync_collection (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES sync_account(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    ctag TEXT,
    sync_token TEXT,
    last_sync DATETIME,
    last_error TEXT
);
CREATE UNIQUE INDEX sync_collection_account_url ON sync_collection(account_id, url)
"""
