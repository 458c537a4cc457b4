"""The schema as numbered, frozen migration steps.

Each step is plain SQL written for the version it creates, never generated
from the current models, so that migrating an old database always runs the
same statements. ``PRAGMA user_version`` records the step reached. Add a step
by appending to ``STEPS``; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from kith.store.steps import (
    v13_moments,
    v14_contact_links,
    v15_duplicates,
    v16_sync_accounts,
    v17_sync_cards,
    v18_calendar_push,
)

Execute = Callable[[str, tuple[Any, ...]], Any]

V1 = """
CREATE TABLE circle (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    cadence_days INTEGER,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uid TEXT,
    display_name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    additional_names TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    birthday_raw TEXT,
    notes TEXT NOT NULL DEFAULT '',
    how_met TEXT NOT NULL DEFAULT '',
    circle_id INTEGER REFERENCES circle(id) ON DELETE SET NULL,
    cadence_days INTEGER,
    last_contact_on DATE,
    next_follow_up_on DATE,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE INDEX contact_uid ON contact(uid);
CREATE INDEX contact_sort_name ON contact(sort_name);
CREATE INDEX contact_organization ON contact(organization COLLATE NOCASE);
CREATE INDEX contact_last_contact ON contact(last_contact_on);
CREATE INDEX contact_next_follow_up ON contact(next_follow_up_on);
CREATE INDEX contact_deleted ON contact(deleted_at);
CREATE TABLE contact_photo (
    contact_id INTEGER PRIMARY KEY REFERENCES contact(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    mime TEXT NOT NULL DEFAULT 'image/jpeg'
);
CREATE TABLE contact_point (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    norm TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    extra TEXT
);
CREATE INDEX contact_point_contact ON contact_point(contact_id);
CREATE INDEX contact_point_norm ON contact_point(kind, norm);
CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
);
CREATE INDEX contact_tag_tag ON contact_tag(tag_id);
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date DATE,
    place TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
);
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    created_at DATETIME NOT NULL,
    event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
    sources TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'committed',
    cards_read INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    problems TEXT NOT NULL DEFAULT '[]',
    undone_at DATETIME
);
CREATE TABLE batch_change (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    before TEXT
);
CREATE INDEX batch_change_batch ON batch_change(batch_id);
CREATE TABLE contact_event (
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    PRIMARY KEY (contact_id, event_id)
);
CREATE INDEX contact_event_event ON contact_event(event_id);
CREATE TABLE interaction (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    occurred_on DATE NOT NULL,
    channel TEXT NOT NULL,
    initiated_by TEXT NOT NULL DEFAULT 'me',
    help TEXT NOT NULL DEFAULT 'none',
    summary TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    deleted_at DATETIME
);
CREATE INDEX interaction_contact ON interaction(contact_id, occurred_on);
CREATE INDEX interaction_date ON interaction(occurred_on);
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    due_on DATE NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    snoozed_until DATE,
    created_at DATETIME NOT NULL,
    resolved_at DATETIME,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX follow_up_open ON follow_up(status, due_on);
CREATE INDEX follow_up_contact ON follow_up(contact_id);
CREATE TABLE need_offer (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contact(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    created_on DATE NOT NULL,
    expires_on DATE,
    closed_at DATETIME
);
CREATE INDEX need_offer_contact ON need_offer(contact_id);
CREATE TABLE timeline_entry (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    occurred_on DATE NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    ref_id INTEGER,
    batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    created_at DATETIME NOT NULL
);
CREATE INDEX timeline_entry_contact ON timeline_entry(contact_id, occurred_on);
CREATE TABLE introduction (
    id INTEGER PRIMARY KEY,
    a_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    made_on DATE NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE prompt_state (
    key TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    until DATE,
    signature TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL
);
CREATE TABLE notification_log (
    day DATE NOT NULL,
    key TEXT NOT NULL,
    sent_at DATETIME NOT NULL,
    PRIMARY KEY (day, key)
);
INSERT INTO circle (name, cadence_days, position) VALUES
    ('Close', 14, 0), ('Friends', 30, 1), ('Network', 90, 2), ('Acquaintances', 180, 3);
"""

# Version 2: a trigram full-text index for search as you type. One row per
# contact (rowid = contact.id) holding names, organisation, title, e-mails,
# phones (as written and digits only), tags and notes.
V2 = """
CREATE VIRTUAL TABLE contact_search USING fts5(body, tokenize = 'trigram');
"""

SEARCH_BODY_SQL = """
SELECT c.id,
       c.display_name || ' ' || c.given_name || ' ' || c.family_name || ' ' ||
       c.nickname || ' ' || c.organization || ' ' || c.department || ' ' ||
       c.title || ' ' ||
       COALESCE((SELECT group_concat(p.value || ' ' || p.norm, ' ')
                 FROM contact_point p WHERE p.contact_id = c.id), '') || ' ' ||
       COALESCE((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                 JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '') || ' ' ||
       c.notes
FROM contact c
"""


# Version 3: an import batch remembers whether it created its event, so that
# undoing the import removes an event nothing else refers to. Indexes for what
# the list does on every keystroke: live contacts in name order (a partial
# index, so the planner never sorts 50,000 rows), and a word index over names
# with 1- and 2-character prefixes, for search terms too short for trigrams.
V3 = """
ALTER TABLE import_batch ADD COLUMN created_event INTEGER NOT NULL DEFAULT 0;
CREATE INDEX follow_up_batch ON follow_up(batch_id);
CREATE INDEX timeline_entry_batch ON timeline_entry(batch_id);
CREATE INDEX contact_event_batch ON contact_event(batch_id);
DROP INDEX contact_deleted;
CREATE INDEX contact_trash ON contact(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX contact_live_sort ON contact(sort_name, id) WHERE deleted_at IS NULL;
CREATE VIRTUAL TABLE contact_names USING fts5(
    name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')
"""

NAMES_SQL = """
SELECT c.id, c.display_name || ' ' || c.given_name || ' ' || c.family_name || ' ' ||
       c.nickname FROM contact c
"""


def _v3_fill(execute: Execute) -> None:
    execute(f"INSERT INTO contact_names (rowid, name) {NAMES_SQL}", ())


def _v2_fill(execute: Execute) -> None:
    execute(f"INSERT INTO contact_search (rowid, body) {SEARCH_BODY_SQL}", ())


# Version 4: birthdays by month and day (the reminder looks at a two-week
# window, not at everyone), and timeline entries by date (the Recent view).
V4 = """
CREATE INDEX contact_birthday_md ON contact(substr(birthday, -5))
    WHERE deleted_at IS NULL AND birthday IS NOT NULL;
CREATE INDEX timeline_entry_date ON timeline_entry(occurred_on)
"""


# Version 5: covering indexes for the two scans that grow with everyone: who
# is due (the cadence rounds) and who was asked more than given to.
V5 = """
CREATE INDEX contact_due_cover ON contact(next_follow_up_on, id, display_name,
    last_contact_on, cadence_days, circle_id) WHERE deleted_at IS NULL;
CREATE INDEX interaction_help ON interaction(contact_id, help)
    WHERE deleted_at IS NULL AND help != 'none'
"""


# Version 6: a merged contact's snapshot as the import left it, beside the one from
# before: undo then reverts only the fields the import changed and nobody has
# edited since.
V6 = """
ALTER TABLE batch_change ADD COLUMN after TEXT
"""


# Version 7: when a person last edited the contact (the window, ``kith edit``), apart
# from ``updated_at``, which imports and their undo move too: undo keeps the people an
# import created whom someone edited since, and only those.
V7 = """
ALTER TABLE contact ADD COLUMN edited_at DATETIME
"""


# Version 8: a prompt's key may not be NULL. ``key TEXT PRIMARY KEY`` let it be (SQLite
# keeps that old quirk for any primary key but an INTEGER one), which the model never
# allowed. The table is rebuilt with NOT NULL; a row without a key (none is expected: a
# prompt always has one) is kept under a key of its own, since a migration never drops
# a row. No foreign key leads to or from the table, so the rebuild needs no foreign
# keys off.
V8 = """
CREATE TABLE prompt_state_v8 (
    key TEXT NOT NULL PRIMARY KEY,
    status TEXT NOT NULL,
    until DATE,
    signature TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL
);
INSERT INTO prompt_state_v8 (key, status, until, signature, updated_at)
    SELECT COALESCE(key, 'unkeyed-' || rowid), status, until, signature, updated_at
    FROM prompt_state;
DROP TABLE prompt_state;
ALTER TABLE prompt_state_v8 RENAME TO prompt_state
"""


# Version 9: names sort as people expect, by given or by family name (settings.SORT_BY).
# Each contact carries two collation keys (``kith.store.collation``: accents and case
# folded to base letters, so Ñ sorts with N and Æ with A, not after Z), written on every
# write of a contact and filled here for the rows already there; live contacts in each
# order have an index, like ``contact_live_sort``. Adding columns drops no row.
V9 = """
ALTER TABLE contact ADD COLUMN sort_key_given TEXT NOT NULL DEFAULT '';
ALTER TABLE contact ADD COLUMN sort_key_family TEXT NOT NULL DEFAULT '';
CREATE INDEX contact_live_given ON contact(sort_key_given, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_live_family ON contact(sort_key_family, id) WHERE deleted_at IS NULL
"""


def fill_sort_keys(execute: Execute) -> None:
    """Compute every contact's collation keys (schema 9, and the benchmark generator)."""
    from kith.store.collation import family_key, given_key

    people = execute("SELECT id, given_name, family_name, display_name FROM contact",
                     ()).fetchall()
    for cid, given, family, display in people:
        execute("UPDATE contact SET sort_key_given = ?, sort_key_family = ? WHERE id = ?",
                (given_key(given, family, display), family_key(given, family, display), cid))


# Version 10: an introduction is a small pipeline (``kith.services.ideas.pipeline``):
# asked -> agreed-a -> agreed-b -> introduced -> helped | no-fit | no-answer. The
# introduction keeps its state (the last step taken) and what it was about (the need and
# the offer, for the no-fit feedback); each step is a dated row; the follow-ups a
# waiting step set are linked, so the next step or the end closes them. An
# introduction recorded before this version was made on ``made_on``: it becomes one
# "introduced" step on that day. Adding tables and columns drops no row.
V10 = """
ALTER TABLE introduction ADD COLUMN state TEXT NOT NULL DEFAULT 'introduced';
ALTER TABLE introduction ADD COLUMN need TEXT NOT NULL DEFAULT '';
ALTER TABLE introduction ADD COLUMN offer TEXT NOT NULL DEFAULT '';
CREATE TABLE introduction_step (
    id INTEGER PRIMARY KEY,
    introduction_id INTEGER NOT NULL REFERENCES introduction(id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    taken_on DATE NOT NULL,
    created_at DATETIME NOT NULL
);
CREATE INDEX introduction_step_introduction ON introduction_step(introduction_id, taken_on);
CREATE TABLE introduction_follow_up (
    introduction_id INTEGER NOT NULL REFERENCES introduction(id) ON DELETE CASCADE,
    follow_up_id INTEGER NOT NULL REFERENCES follow_up(id) ON DELETE CASCADE,
    PRIMARY KEY (introduction_id, follow_up_id)
);
CREATE INDEX introduction_follow_up_follow_up ON introduction_follow_up(follow_up_id);
INSERT INTO introduction_step (introduction_id, step, taken_on, created_at)
    SELECT id, 'introduced', made_on, made_on || ' 00:00:00' FROM introduction
"""


# Version 11: your own card, and needs and offers that came on someone's card. ``my_card``
# holds the user's details (one row, id 1) and a UID that stays with the card, so that
# a card handed over twice is the same person to whoever imports it. A need or offer
# says where it came from (``source``: '' typed in Kith, 'card' read from their vCard's
# X-KITH-NEED / X-KITH-OFFER) and which import brought it, so that undoing the import
# takes it back. Independent of version 10: it touches no table that step changes.
# Adding columns drops no row.
V11 = """
CREATE TABLE my_card (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    updated_at DATETIME NOT NULL
);
ALTER TABLE need_offer ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE need_offer ADD COLUMN batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL;
CREATE INDEX need_offer_batch ON need_offer(batch_id) WHERE batch_id IS NOT NULL
"""


# Version 12: an introduction recorded before version 10 had set both people an explicit
# follow-up, 7 days on ("Ask how the introduction to NAME went"), that version 10 did
# not link to it: ending the introduction left them open and overdue. Each is linked to
# its introduction now (same person, that reason, due 7 days after the introduction), so
# the pipeline's next step closes it. Only links are added; no row changes or goes.
V12 = """
INSERT OR IGNORE INTO introduction_follow_up (introduction_id, follow_up_id)
    SELECT i.id, f.id FROM introduction AS i
    JOIN follow_up AS f
      ON f.contact_id IN (i.a_id, i.b_id)
     AND f.kind = 'explicit'
     AND f.reason LIKE 'Ask how the introduction to % went'
     AND f.due_on = date(i.made_on, '+7 days')
    WHERE NOT EXISTS (SELECT 1 FROM introduction_follow_up AS l
                      WHERE l.introduction_id = i.id)
"""


class Step(NamedTuple):
    version: int
    sql: str
    after: Callable[[Execute], None] | None = None
    # A step that rebuilds a table must run with foreign keys off, switched off
    # before the transaction starts (inside one the pragma does nothing).
    needs_foreign_keys_off: bool = False


STEPS: tuple[Step, ...] = (
    Step(1, V1),
    Step(2, V2, after=_v2_fill),
    Step(3, V3, after=_v3_fill),
    Step(4, V4),
    Step(5, V5),
    Step(6, V6),
    Step(7, V7),
    Step(8, V8),
    Step(9, V9, after=fill_sort_keys),
    Step(10, V10),
    Step(11, V11),
    Step(12, V12),
    Step(13, v13_moments.SQL),
    Step(14, v14_contact_links.SQL),
    Step(15, v15_duplicates.SQL),
    Step(16, v16_sync_accounts.SQL),
    Step(17, v17_sync_cards.SQL),
    Step(18, v18_calendar_push.SQL),
)

LATEST = STEPS[-1].version


def statements(sql: str) -> list[str]:
    """Split a step's SQL into statements (none of ours contain ';' in literals)."""
    return [s.strip() for s in sql.split(";") if s.strip()]
