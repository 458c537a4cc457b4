"""When each contact is next due: cadence, explicit follow-ups, post-event follow-ups.

The result is stored on ``contact.next_follow_up_on`` (and the last logged
contact on ``contact.last_contact_on``) so that lists can sort and show it
without computing anything.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from kith.store.models import database

DEFAULT_CIRCLE = "Network"


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection = database.connection()
    return conn


def _date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def effective_cadence(own: int | None, circle: int | None) -> int | None:
    """Days between contacts, or None when this person has no cadence."""
    days = own if own is not None else circle
    return days if days else None


def cadence_anchor(
    created: dt.date, last_contact: dt.date | None, last_resolved: dt.date | None
) -> dt.date:
    """The day the cadence clock last restarted."""
    return max(d for d in (created, last_contact, last_resolved) if d is not None)


def refresh(contact_ids: Iterable[int] | None = None) -> None:
    """Recompute ``last_contact_on`` and ``next_follow_up_on`` (all contacts if None)."""
    conn = _conn()
    ids = None if contact_ids is None else [int(i) for i in contact_ids]
    where = ""
    params: list[int] = []
    if ids is not None:
        if not ids:
            return
        where = f"WHERE c.id IN ({','.join('?' * len(ids))})"
        params = ids
    rows = conn.execute(
        f"""
        SELECT c.id, c.created_at, c.cadence_days, ci.cadence_days,
               (SELECT MAX(i.occurred_on) FROM interaction i
                 WHERE i.contact_id = c.id AND i.deleted_at IS NULL),
               (SELECT MAX(date(f.resolved_at)) FROM follow_up f
                 WHERE f.contact_id = c.id AND f.status != 'open' AND f.kind != 'birthday'),
               (SELECT MIN(MAX(f.due_on, COALESCE(f.snoozed_until, f.due_on)))
                  FROM follow_up f WHERE f.contact_id = c.id AND f.status = 'open'
                  AND f.kind != 'birthday'),
               (SELECT COUNT(*) FROM follow_up f WHERE f.contact_id = c.id
                  AND f.status = 'open' AND f.kind IN ('cadence', 'event'))
        FROM contact c LEFT JOIN circle ci ON ci.id = c.circle_id {where}
        """,
        params,
    ).fetchall()
    updates = []
    for cid, created, own, circle, last, resolved, open_due, open_cadence in rows:
        last_d = _date(last)
        candidates = [d for d in (_date(open_due),) if d is not None]
        days = effective_cadence(own, circle)
        if days is not None and not open_cadence:
            anchor = cadence_anchor(_date(created) or dt.date.today(), last_d, _date(resolved))
            candidates.append(anchor + dt.timedelta(days=days))
        nxt = min(candidates) if candidates else None
        updates.append((last_d.isoformat() if last_d else None,
                        nxt.isoformat() if nxt else None, cid))
    conn.executemany(
        "UPDATE contact SET last_contact_on = ?, next_follow_up_on = ? WHERE id = ?", updates
    )
