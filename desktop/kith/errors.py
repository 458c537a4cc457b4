"""Every error Kith reports to a person, in one small hierarchy.

Each message is written for the user: what happened and what to do. The
command line prints it on one line (exit 1); the window shows it in a dialog
or the status bar. ``Cancelled`` is the one way long work stops early.

- ``KithError``: the base.
  - ``NotFound``: no such contact, import, event...
  - ``Conflict``: the request meets a state that forbids it (already undone...).
  - ``Invalid``: input that cannot be used (an unknown channel, no name...).
  - ``Cancelled``: the person (or shutdown) stopped the work; nothing was written.
  - ``DatabaseError`` and its kinds: the database cannot be used as it is
    (``kith.store.faults`` tells them apart).
"""

from __future__ import annotations


class KithError(Exception):
    """An error whose message is for the person using Kith."""


class NotFound(KithError, LookupError):
    pass


class Conflict(KithError):
    pass


class Invalid(KithError, ValueError):
    pass


class Cancelled(KithError):
    """Work stopped on request before it finished; whatever it wrote was rolled back."""


class DatabaseError(KithError):
    """A database Kith cannot use; the message says what to do."""


class NewerDatabaseError(DatabaseError):
    """Written by a newer Kith: left untouched."""


class DiskFull(DatabaseError):
    pass


class ReadOnly(DatabaseError):
    pass


class Busy(DatabaseError):
    """Another process held the write lock for longer than Kith waits."""


class Damaged(DatabaseError):
    """``PRAGMA integrity_check`` (or SQLite itself) says the file is damaged."""


class LostDatabase(DatabaseError):
    """A 0-byte file where the database was."""
