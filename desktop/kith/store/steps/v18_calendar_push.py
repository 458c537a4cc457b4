"""Version 18: follow-ups pushed to a CalDAV calendar (issue #14).

``calendar_push``: per sync account, the calendar Kith keeps its follow-ups and
birthdays in, and how the last push went. ``calendar_push_item``: each event pushed
there (by its UID), where it is (href), the server's ETag for it (for If-Match) and a
digest of what it said, so that an unchanged event is not sent again. Removing the
account removes both; the events stay on the server.
"""

SQL = """
CREATE TABLE calendar_push (
    account_id INTEGER PRIMARY KEY REFERENCES sync_account(id) ON DELETE CASCADE,
    calendar_url TEXT NOT NULL,
    name TEXT NOT NULL,
    last_push DATETIME,
    last_error TEXT
);
CREATE TABLE calendar_push_item (
    account_id INTEGER NOT NULL REFERENCES calendar_push(account_id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    href TEXT NOT NULL,
    etag TEXT,
    digest TEXT NOT NULL,
    PRIMARY KEY (account_id, uid)
)
"""
