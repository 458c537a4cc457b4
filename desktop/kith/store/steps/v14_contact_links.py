"""Version 14: who knows whom. One row per pair of people (``contact_link``), with a
direction: ``from_contact_id`` stands in ``relation`` to ``to_contact_id``.

- ``introduced``: from introduced to (the other person sees "introduced by").
- ``reports-to``: from reports to to (the other person sees "manages").
- ``works-with``, ``partner-of``, ``friend-of``, ``met-through-you`` (an introduction
  made in Kith): the same both ways.
- ``other``: free text in ``label``, shown as written on both people.

A pair has at most one link, whichever way round (the unique index on the smaller and
the larger id); nobody is linked to themselves. Deleting a contact for good deletes its
links. A new table: no row of another table changes or goes."""

SQL = """
CREATE TABLE contact_link (
    id INTEGER PRIMARY KEY,
    from_contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    to_contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    CHECK (from_contact_id <> to_contact_id)
);
CREATE UNIQUE INDEX contact_link_pair ON contact_link(
    min(from_contact_id, to_contact_id), max(from_contact_id, to_contact_id));
CREATE INDEX contact_link_from ON contact_link(from_contact_id);
CREATE INDEX contact_link_to ON contact_link(to_contact_id)
"""
