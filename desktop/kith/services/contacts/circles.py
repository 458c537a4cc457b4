"""Circles: named default cadences (Close 14 days, Friends 30, Network 90, ...)."""

from __future__ import annotations

from dataclasses import dataclass

from kith.services.contacts.records import clean_text
from kith.services.contacts.rows import conn
from kith.services.followups import schedule
from kith.store.database import database


@dataclass(frozen=True)
class Circle:
    id: int
    name: str
    cadence_days: int | None
    people: int


def list_circles() -> list[Circle]:
    return [Circle(*row) for row in conn().execute(
        "SELECT ci.id, ci.name, ci.cadence_days, (SELECT COUNT(*) FROM contact c WHERE "
        "c.circle_id = ci.id AND c.deleted_at IS NULL) FROM circle ci ORDER BY ci.position, ci.id")]


def _members(circle_id: int) -> list[int]:
    return [r[0] for r in conn().execute("SELECT id FROM contact WHERE circle_id = ?",
                                         (circle_id,))]


def save(name: str, cadence_days: int | None, circle_id: int | None = None) -> int:
    """Add a circle, or rename / re-time one; its people's due dates follow."""
    name = clean_text(name)
    if not name:
        raise ValueError("A circle needs a name.")
    if cadence_days is not None and cadence_days < 1:
        raise ValueError("A cadence is one day or more (or none).")
    with database.atomic():
        clash = conn().execute("SELECT id FROM circle WHERE name = ? AND id IS NOT ?",
                               (name, circle_id)).fetchone()
        if clash:
            raise ValueError(f"There is already a circle called {name}.")
        if circle_id is None:
            position = conn().execute("SELECT COALESCE(MAX(position), -1) + 1 FROM circle"
                                      ).fetchone()[0]
            cursor = conn().execute(
                "INSERT INTO circle (name, cadence_days, position) VALUES (?, ?, ?)",
                (name, cadence_days, position))
            return int(cursor.lastrowid or 0)
        conn().execute("UPDATE circle SET name = ?, cadence_days = ? WHERE id = ?",
                       (name, cadence_days, circle_id))
        members = _members(circle_id)
        for start in range(0, len(members), 900):
            schedule.refresh(members[start:start + 900])
        return circle_id


def delete(circle_id: int) -> None:
    """Remove a circle; its people keep their own cadence, or have none."""
    with database.atomic():
        members = _members(circle_id)
        conn().execute("DELETE FROM circle WHERE id = ?", (circle_id,))
        for start in range(0, len(members), 900):
            schedule.refresh(members[start:start + 900])
