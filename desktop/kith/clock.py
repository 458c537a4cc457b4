"""The one clock: what day and time it is for Kith.

Everything that stamps a row or decides what is due asks here, so a test (or
``--today`` on the command line) can move the whole application to another day
by replacing ``now``.
"""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The local time, to the second (what rows are stamped with)."""
    return dt.datetime.now().replace(microsecond=0)


def stamp() -> dt.datetime:
    """The local time to the microsecond: what tells apart changes made within one second
    (an edit right after an import that created the person)."""
    return dt.datetime.now()


def today() -> dt.date:
    return now().date()
