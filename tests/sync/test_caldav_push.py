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


def test_an_account_with_nothing_on_it_gets_the_calendar_in_its_home(db: Path, radicale) -> None:  # type: ignore[no-untyped-def]
    account_id = accounts.add_account(radicale.url, radicale.user, [])
    person("Bob Ng", cadence_days=0, birthday="1980-05-03")
    with DavClient(radicale.url, radicale.user, radicale.password) as client:
        assert client.calendar_home() == radicale.url + f"{radicale.user}/"
        calendar = push.choose_calendar(client, account_id, None)
        assert calendar.url.startswith(radicale.url + f"{radicale.user}/kith-follow-ups-")
        assert push.push(client, account_id, calendar, TODAY, 30).created == 1
    assert calendar_on_phone(radicale, calendar.url) == {"Birthday: Bob Ng": "1980-05-03"}


def _profile_with_account(data_dir: Path, radicale, users: int = 1) -> list[int]:  # type: ignore[no-untyped-def]
    """A profile with a follow-up for Ana and ``users`` sync accounts on the server."""
    from kith.store.db import close_database, open_database

    open_database(data_dir / "kith.sqlite3")
    try:
        ana = person("Ana Silva", cadence_days=0)
        followups.set_explicit(ana, D(2026, 2, 12), "send the slides", TODAY)
        # The same address and user twice is refused: the others by their principal.
        urls = [radicale.url, f"{radicale.url}{radicale.user}/"][:users]
        return [accounts.add_account(url, radicale.user, []) for url in urls]
    finally:
        close_database()


def test_kith_calendar_push_on_the_command_line(radicale, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.conftest import Kith

    radicale.phone.make_calendar("Work")
    kith = Kith(tmp_path / "profile")
    (account_id,) = _profile_with_account(kith.data_dir, radicale)
    args = ("calendar", "--push", "--calendar", "Work", "--today", "2026-02-10",
            "--password-stdin")
    result = kith.run(*args, "--json", input=radicale.password + "\n", check=True)
    import json

    assert json.loads(result.stdout) == {"calendar": "Work", "created": 1, "updated": 0,
                                         "deleted": 0, "unchanged": 0, "errors": []}
    assert calendar_on_phone(radicale, radicale.url + f"{radicale.user}/Work/") == {
        "Ana Silva: send the slides": "2026-02-12"}
    again = kith.run(*args, input=radicale.password + "\n", check=True)
    assert again.stdout == ("Pushed to the calendar 'Work': 0 new, 0 changed, 0 removed, "
                            "1 unchanged.\n")
    kith.run("done", "Ana Silva", "--today", "2026-02-12", check=True)
    gone = kith.run("calendar", "--push", "--today", "2026-02-12", "--password-stdin",
                    input=radicale.password + "\n", check=True)  # the calendar used last time
    assert "0 new, 0 changed, 1 removed" in gone.stdout
    assert calendar_on_phone(radicale, radicale.url + f"{radicale.user}/Work/") == {}

    wrong = kith.run("calendar", "--push", "--password-stdin", input="not-it\n")
    assert wrong.returncode == 1 and "not-it" not in wrong.stderr
    assert wrong.stderr.startswith("kith: ")
    radicale.stop()
    down = kith.run("calendar", "--push", "--password-stdin", input=radicale.password + "\n")
    assert down.returncode == 1 and radicale.password not in down.stderr
    usage = kith.run("calendar", "--push", "-o", str(tmp_path / "x.ics"))
    assert usage.returncode == 2
    assert kith.run("calendar", "--calendar", "Work").returncode == 2
    assert kith.run("calendar", "--push", "--account", str(account_id + 5)).returncode == 2


def test_several_accounts_need_one_named(radicale, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.conftest import Kith

    kith = Kith(tmp_path / "profile")
    ids = _profile_with_account(kith.data_dir, radicale, users=2)
    result = kith.run("calendar", "--push", "--password-stdin", input="x\n")
    assert result.returncode == 2
    assert "choose one with --account ID" in result.stderr
    assert all(f"  {i}  " in result.stderr for i in ids)


def test_the_push_reads_the_password_kith_sync_add_kept_in_the_keyring(  # type: ignore[no-untyped-def]
        radicale, tmp_path: Path, keyring_backend) -> None:
    from tests.cli.conftest import Kith
    from tests.sync.conftest import keyring_holds

    radicale.phone.make_addressbook("work", "Work")
    radicale.phone.make_calendar("Plans")
    kith = Kith(tmp_path / "profile")
    _profile_with_account(kith.data_dir, radicale, users=0)  # Ana's follow-up, no account
    added = kith.run("sync", "add", radicale.url, "--user", radicale.user, "--password-stdin",
                     "--json", input=radicale.password + "\n", check=True)
    assert keyring_holds(keyring_backend, radicale.password)

    pushed = kith.run("calendar", "--push", "--calendar", "Plans", "--today", "2026-02-10",
                      "--json", check=True)  # no --password-stdin: the keyring's

    import json

    account_id = json.loads(added.stdout)["account_id"]
    assert json.loads(pushed.stdout)["created"] == 1
    assert calendar_on_phone(radicale, radicale.url + f"{radicale.user}/Plans/") == {
        "Ana Silva: send the slides": "2026-02-12"}
    assert radicale.password not in pushed.stdout + pushed.stderr

    from kith.platform import secrets

    secrets.delete_password(account_id)  # the keyring lost it
    assert not keyring_holds(keyring_backend, radicale.password)
    lost = kith.run("calendar", "--push", "--calendar", "Plans")
    assert lost.returncode == 1
    assert lost.stderr == (f"kith: no password is kept for sync account {account_id}. Give "
                           "it with --password-stdin, or add the account again with 'kith "
                           "sync add'.\n")
