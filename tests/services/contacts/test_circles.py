import datetime as dt
from pathlib import Path

import pytest

from kith.services.contacts import circles
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups

ADDED = dt.datetime(2026, 1, 1, 9, 0)


def test_edit_circles_moves_due_dates(db: Path) -> None:
    names = [c.name for c in circles.list_circles()]
    assert names == ["Close", "Friends", "Network", "Acquaintances"]
    contacts.create(ContactRecord(display_name="Ana", circle="Close"), when=ADDED)
    close = next(c for c in circles.list_circles() if c.name == "Close")
    assert (close.cadence_days, close.people) == (14, 1)
    assert [i.due for i in followups.due(dt.date(2026, 1, 15))] == [dt.date(2026, 1, 15)]
    circles.save("Inner circle", 7, close.id)
    assert [i.due for i in followups.due(dt.date(2026, 1, 8))] == [dt.date(2026, 1, 8)]
    assert contacts.load(1).circle == "Inner circle"
    mentors = circles.save("Mentors", 60)
    assert circles.list_circles()[-1].name == "Mentors" and mentors > 0
    with pytest.raises(ValueError, match="already"):
        circles.save("mentors", 30)
    with pytest.raises(ValueError, match="one day"):
        circles.save("Zero", 0)
    circles.delete(close.id)
    assert contacts.load(1).circle is None
    assert followups.due(dt.date(2030, 1, 1)) == []  # no circle, no own cadence: no rounds
