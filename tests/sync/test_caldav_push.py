"""Follow-ups pushed to a CalDAV calendar on a real Radicale, kept in step as they change.

The phone (a plain-HTTP client, not Kith's) reads the calendar as a phone would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import vobject

from kith.services.calendar import push
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.sync import accounts
from kith.services.sync.dav import DavClient, Unreachable
from kith.store.models import CalendarPush, CalendarPushItem

D = dt.date
TODAY = D(2026, 2, 10)
ADDED = dt.datetime(2026, 1, 1, 9, 0)


def person(name: str, **kw) -> int:  # type: ignore[no-untyped-def]
    return contacts.create(ContactRecord(display_name=name, **kw), when=ADDED)


def calendar_on_phone(radicale, calendar_url: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """SUMMARY -> DTSTART (ISO) of every event in the calendar, as the phone reads it."""
    phone = radicale.phone
    folder = calendar_url.rstrip("/").rsplit("/", 1)[-1]
    out: dict[str, str] = {}
    for name in phone.card_names(folder):
        status, text = phone.get_card(folder, name)
        assert status == 200
        event = vobject.readOne(text).vevent
        assert event.summary.value not in out  # never twice
        out[event.summary.value] = event.dtstart.value.isoformat()
    return out


@pytest.fixture
def setup(db: Path, radicale):  # type: ignore[no-untyped-def]
    radicale.phone.make_addressbook("contacts")  # the account syncs an address book
    account_id = accounts.add_account(radicale.url, radicale.user, [])
    client = DavClient(radicale.url, radicale.user, radicale.password)
    yield account_id, client
    client.close()


def test_push_creates_events_removes_a_done_follow_up_and_never_duplicates(  # type: ignore[no-untyped-def]
        setup, radicale) -> None:
    account_id, client = setup
    ana = person("Ana Silva", cadence_days=0, birthday="--02-29")
    bob = person("Bob Ng", cadence_days=0)
    followups.set_explicit(ana, D(2026, 2, 12), "send the slides", TODAY)
    followups.set_explicit(bob, D(2026, 2, 14), "ask about Austin", TODAY)

    calendar = push.choose_calendar(client, account_id, None)
    assert calendar.name == "Kith follow-ups"
    first = push.push(client, account_id, calendar, TODAY, 30)
    assert (first.created, first.updated, first.deleted, first.errors) == (3, 0, 0, [])
    assert calendar_on_phone(radicale, calendar.url) == {
        "Ana Silva: send the slides": "2026-02-12", "Bob Ng: ask about Austin": "2026-02-14",
        "Birthday: Ana Silva": "2000-02-29"}

    again = push.push(client, account_id, push.choose_calendar(client, account_id, None),
                      TODAY, 30)
    assert (again.created, again.updated, again.deleted, again.unchanged) == (0, 0, 0, 3)

    (slides,) = [i for i in followups.due(TODAY, 30, ana) if i.kind == "explicit"]
    followups.done(slides, TODAY)
    (austin,) = followups.due(TODAY, 30, bob)
    followups.snooze(austin, D(2026, 2, 20), TODAY)
    third = push.push(client, account_id, calendar, TODAY, 30)
    assert (third.created, third.updated, third.deleted, third.unchanged) == (0, 1, 1, 1)
    assert calendar_on_phone(radicale, calendar.url) == {
        "Bob Ng: ask about Austin": "2026-02-20", "Birthday: Ana Silva": "2000-02-29"}
    # Only the one calendar was made.
    calendars = [c for c in client.discover() if c.kind == "calendar"]
    assert [c.name for c in calendars] == ["Kith follow-ups"]
    assert CalendarPush.get_by_id(account_id).last_error is None


def test_lost_records_a_deleted_event_and_a_named_calendar(setup, radicale) -> None:  # type: ignore[no-untyped-def]
    account_id, client = setup
    radicale.phone.make_calendar("Work")
    ana = person("Ana Silva", cadence_days=0)
    followups.set_explicit(ana, D(2026, 2, 12), "send the slides", TODAY)
    person("Bob Ng", cadence_days=0, birthday="1980-05-03")
    calendar = push.choose_calendar(client, account_id, "work")
    assert calendar.name == "Work"
    push.push(client, account_id, calendar, TODAY, 30)
    # The records of what was pushed are lost (an interrupted push): nothing doubles.
    CalendarPushItem.delete().execute()
    report = push.push(client, account_id, calendar, TODAY, 30)
    assert (report.created, report.updated) == (0, 2)
    assert len(calendar_on_phone(radicale, calendar.url)) == 2
    # The phone deletes the follow-up's event; it is still open in Kith: it comes back.
    folder = calendar.url.rstrip("/").rsplit("/", 1)[-1]
    (slides,) = [n for n in radicale.phone.card_names(folder) if "followup" in n]
    assert radicale.phone.delete_card(folder, slides) in (200, 204)
    report = push.push(client, account_id, calendar, TODAY, 30)
    assert (report.created, report.unchanged) == (1, 1)
    assert sorted(calendar_on_phone(radicale, calendar.url)) == [
        "Ana Silva: send the slides", "Birthday: Bob Ng"]
    # Someone else's event in the same calendar is never touched.
    radicale.phone.request("PUT", f"/{radicale.user}/{folder}/dentist.ics",
                           "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                           "BEGIN:VEVENT\r\nUID:dentist-1\r\nDTSTAMP:20260101T000000Z\r\n"
                           "DTSTART;VALUE=DATE:20260215\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n", {"Content-Type": "text/calendar"})
    contacts.delete([ana])
    report = push.push(client, account_id, calendar, TODAY, 30)
    assert report.deleted == 1
    assert sorted(calendar_on_phone(radicale, calendar.url)) == ["Birthday: Bob Ng", "Dentist"]


def test_a_server_that_went_away_is_reported_and_the_next_push_resumes(  # type: ignore[no-untyped-def]
        setup, radicale) -> None:
    account_id, client = setup
    ana = person("Ana Silva", cadence_days=0)
    followups.set_explicit(ana, D(2026, 2, 12), "send the slides", TODAY)
    calendar = push.choose_calendar(client, account_id, None)
    radicale.stop()
    with pytest.raises(Unreachable) as failed:
        push.push(client, account_id, calendar, TODAY, 30)
    assert radicale.password not in str(failed.value)
    assert CalendarPush.get_by_id(account_id).last_error == str(failed.value)
    radicale.start()
    report = push.push(client, account_id, calendar, TODAY, 30)
    assert report.created == 1
    assert calendar_on_phone(radicale, calendar.url) == {
        "Ana Silva: send the slides": "2026-02-12"}
    assert CalendarPush.get_by_id(account_id).last_error is None
