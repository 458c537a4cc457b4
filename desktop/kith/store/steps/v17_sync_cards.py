"""Schema 17: what Kith knows of each card of a synced address book (issue #14).

One row per card on the server (or on its way there): where it is (``href``), the
version last seen (``etag``), the server's text as last read or written
(``server_text``, patched on upload so properties Kith does not model survive),
the contact it is linked to, and the card part of that contact as both sides last
agreed (``base``, a JSON snapshot: what tells which side changed what).

``state``: ``synced``; ``create`` (a local contact being uploaded: the row is
written before the upload, so a sync killed in between finishes it instead of
uploading twice); ``ignored`` (the import that brought it was undone: neither side
touches the other until the card changes on the server); ``gone`` (deleted on the
server, kept in Kith because of its history, waiting for the person's answer).
``batch_id``: the import batch the sync brought it in with. Only a new table.
"""

SQL = """
CREATE TABLE sync_card (
    id INTEGER NOT NULL PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES sync_collection (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    etag TEXT,
    uid TEXT,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    server_text TEXT,
    base TEXT,
    state TEXT NOT NULL DEFAULT 'synced',
    batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    synced_at DATETIME
);
CREATE UNIQUE INDEX sync_card_href ON sync_card (collection_id, href);
CREATE INDEX sync_card_contact ON sync_card (contact_id);
CREATE INDEX sync_card_batch ON sync_card (batch_id) WHERE batch_id IS NOT NULL
"""
