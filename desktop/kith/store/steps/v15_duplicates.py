"""Version 15: duplicates across the address book (issue #15).

``not_duplicate`` remembers the pairs the user said are not the same person (smaller
id first), so the finder never proposes them again; it goes with either person.
``contact_merge`` records each merge of people into one: who was kept, who was merged
(JSON list of ids), and what undoing it needs (``undo``: JSON, see
``kith.services.contacts.merging``), so that the window and ``kith unmerge`` can take
it back. Only new tables: no row changes or goes.
"""

SQL = """
CREATE TABLE not_duplicate (
    a_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (a_id, b_id)
);
CREATE INDEX not_duplicate_b ON not_duplicate(b_id);
CREATE TABLE contact_merge (
    id INTEGER PRIMARY KEY,
    kept_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    merged TEXT NOT NULL DEFAULT '[]',
    created_at DATETIME NOT NULL,
    status TEXT NOT NULL DEFAULT 'merged',
    undone_at DATETIME,
    undo TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX contact_merge_kept ON contact_merge(kept_id)
"""
