"""The scheduling rules as plain functions over dates."""

import datetime as dt
import os
import time

import pytest

from kith.services.followups import schedule

D = dt.date


def test_cadence_restarts_at_the_latest_of_created_contact_and_resolved() -> None:
    assert schedule.cadence_due(D(2026, 1, 1), None, None, 30) == D(2026, 1, 31)
    assert schedule.cadence_due(D(2026, 1, 1), D(2026, 3, 1), None, 30) == D(2026, 3, 31)
    assert schedule.cadence_due(D(2026, 1, 1), D(2026, 3, 1), D(2026, 3, 10), 30) == D(2026, 4, 9)
    assert schedule.cadence_due(D(2026, 1, 1), D(2026, 3, 1), None, None) is None


def test_own_cadence_wins_over_the_circle_and_zero_means_none() -> None:
    assert schedule.effective_cadence(None, 90) == 90
    assert schedule.effective_cadence(14, 90) == 14
    assert schedule.effective_cadence(0, 90) is None
    assert schedule.effective_cadence(None, None) is None


def test_snooze_moves_the_due_date_later_only() -> None:
    assert schedule.effective_due(D(2026, 5, 1), None) == D(2026, 5, 1)
    assert schedule.effective_due(D(2026, 5, 1), D(2026, 5, 8)) == D(2026, 5, 8)
    assert schedule.effective_due(D(2026, 5, 10), D(2026, 5, 8)) == D(2026, 5, 10)


@pytest.mark.parametrize(
    ("birthday", "year", "expected"),
    [
        ("1987-04-15", 2026, D(2026, 4, 15)),
        ("--04-15", 2026, D(2026, 4, 15)),
        ("1992-02-29", 2027, D(2027, 2, 28)),
        ("--02-29", 2028, D(2028, 2, 29)),
        ("--02-29", 2100, D(2100, 2, 28)),
        ("--13-40", 2026, None),
    ],
)
def test_birthday_in_a_year(birthday: str, year: int, expected: dt.date | None) -> None:
    assert schedule.birthday_in(birthday, year) == expected


def test_birthday_near_catches_up_and_crosses_the_new_year() -> None:
    assert schedule.birthday_near("--12-30", D(2027, 1, 2), 7, 0) == D(2026, 12, 30)
    assert schedule.birthday_near("--01-03", D(2026, 12, 30), 7, 7) == D(2027, 1, 3)
    assert schedule.birthday_near("--01-03", D(2026, 12, 30), 7, 0) is None
    assert schedule.birthday_near("--04-15", D(2026, 4, 30), 7, 7) is None
    assert schedule.age_on("1987-04-15", D(2026, 4, 15)) == 39
    assert schedule.age_on("--04-15", D(2026, 4, 15)) is None


@pytest.fixture
def timezone(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    os.environ.pop("TZ", None)
    time.tzset()


def test_today_is_the_local_date(timezone) -> None:  # type: ignore[no-untyped-def]
    instant = dt.datetime(2026, 4, 15, 2, 30, tzinfo=dt.UTC)  # 02:30 UTC
    timezone("America/Los_Angeles")
    assert schedule.local_today(instant.astimezone()) == D(2026, 4, 14)
    timezone("Asia/Tokyo")
    assert schedule.local_today(instant.astimezone()) == D(2026, 4, 15)
    assert schedule.local_today() == dt.datetime.now().astimezone().date()
