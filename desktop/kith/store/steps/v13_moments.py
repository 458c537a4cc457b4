"""Version 13: moments with several people (a lunch with three, a panel, a group call).

A moment is one ``interaction`` row per person, the rows sharing ``moment_id``: the id
of the row logged first. Every per-person query (the cadence clock, give/ask, the
timeline) reads its own person's row as before; only logging, editing and deleting
act on the whole moment. ``moment_id`` is a plain group key, not a foreign key: the
first row may go with its person, and the others still belong together.
A one-person interaction keeps ``moment_id`` NULL, so every existing row stays exactly
as it is. Adding a column and an index drops no row.
"""

SQL = """
ALTER TABLE interaction ADD COLUMN moment_id INTEGER;
CREATE INDEX interaction_moment ON interaction(moment_id) WHERE moment_id IS NOT NULL
"""
