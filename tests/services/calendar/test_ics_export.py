"""The calendar export: what a calendar shows after importing it, read back by two readers
(the ``icalendar`` package that wrote it, and vobject, which did not)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import vobject

from kith.services.calendar import ics
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups

D = dt.date
ADDED = dt.datetime(2026, 1, 1, 9, 0)
TODAY = D(2026, 2, 10)


def person(name: str, **kw) -> int:  # type: ignore[no-untyped-def]
    return contacts.create(ContactRecord(display_name=name, **kw), when=ADDED)


def events(text: str) -> dict[str, icalendar.Event]:
    """The VEVENTs by UID, after checking that vobject reads the same ones."""
    cal = icalendar.Calendar.from_ical(text)
    found = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(found) == len(cal.walk("VEVENT"))  # no UID twice
    other = vobject.readOne(text)
    assert sorted(e.uid.value for e in other.vevent_list) == sorted(found)
    return found


def by_summary(found: dict[str, icalendar.Event]) -> dict[str, icalendar.Event]:
    return {str(e["summary"]): e for e in found.values()}


def test_follow_ups_and_birthdays_become_all_day_events_with_alarms(db: Path) -> None:
    person("Ana Silva", cadence_days=30)  # due 31 January: overdue on the 10th
    bob = person("Bob Ng", cadence_days=0, birthday="1980-05-03")
    followups.set_explicit(bob, D(2026, 2, 20), "send him the article", D(2026, 1, 5))
    person("Cara Diaz", cadence_days=0, birthday="--12-24")
    text, count = ics.export(TODAY, 30)
    found = by_summary(events(text))
    assert count == 4
    assert sorted(found) == ["Birthday: Bob Ng", "Birthday: Cara Diaz",
                             "Bob Ng: send him the article", "Keep in touch with Ana Silva"]
    ana = found["Keep in touch with Ana Silva"]
    assert ana.decoded("dtstart") == TODAY  # overdue: shown on today, saying since when
    assert "Due since 31 January (10 days overdue)." in str(ana["description"])
    article = found["Bob Ng: send him the article"]
    assert article.decoded("dtstart") == D(2026, 2, 20)
    assert article.decoded("dtend") == D(2026, 2, 21)
    for event in found.values():
        (alarm,) = event.walk("VALARM")
        assert str(alarm["action"]) == "DISPLAY"
        assert alarm.decoded("trigger") == dt.timedelta(hours=9)
        assert str(event["transp"]) == "TRANSPARENT"
    bday = found["Birthday: Bob Ng"]
    assert bday.decoded("dtstart") == D(1980, 5, 3)
    assert bday["rrule"]["FREQ"] == ["YEARLY"]
    assert "rrule" not in article


def test_a_birthday_without_a_year_recurs_and_29_february_falls_on_28_in_other_years(
        db: Path) -> None:
    person("Leap Day", cadence_days=0, birthday="--02-29")
    person("No Year", cadence_days=0, birthday="--07-04")
    text, _ = ics.export(TODAY, 0)
    other = {e.summary.value: e for e in vobject.readOne(text).vevent_list}
    leap = other["Birthday: Leap Day"].getrruleset()
    after = dt.datetime(2026, 1, 1)
    assert [d.date() for d in leap.between(after, dt.datetime(2029, 1, 1))] == [
        D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)]
    july = other["Birthday: No Year"].getrruleset()
    assert [d.date() for d in july.between(after, dt.datetime(2028, 1, 1))] == [
        D(2026, 7, 4), D(2027, 7, 4)]
    assert not hasattr(other["Birthday: No Year"], "description")  # no made-up year shown


def test_exporting_again_after_changes_keeps_the_uids_and_changes_the_fields(db: Path) -> None:
    ana = person("Ana Silva", cadence_days=30, birthday="1990-03-01")
    bob = person("Bob Ng", cadence_days=0)
    fid = followups.set_explicit(bob, D(2026, 2, 20), "send him the article", D(2026, 1, 5))
    first = events(ics.export(TODAY, 30)[0])
    (cadence,) = followups.due(TODAY, 0, ana)
    followups.snooze(cadence, D(2026, 2, 15), TODAY)  # the round moves to the 15th
    contacts.update(ana, ContactRecord(**{**contacts.load(ana).__dict__,
                                          "display_name": "Ana Silva-Lopez"}))
    second = events(ics.export(TODAY, 30)[0])
    assert sorted(second) == sorted(first)
    moved = {uid: (first[uid].decoded("dtstart"), second[uid].decoded("dtstart"),
                   str(second[uid]["summary"])) for uid in first}
    assert sorted(moved.values()) == [
        (D(1990, 3, 1), D(1990, 3, 1), "Birthday: Ana Silva-Lopez"),
        (D(2026, 2, 10), D(2026, 2, 15), "Keep in touch with Ana Silva-Lopez"),
        (D(2026, 2, 20), D(2026, 2, 20), "Bob Ng: send him the article"),
    ]
    # Done: the follow-up leaves the calendar; the others keep their UIDs.
    (item,) = [i for i in followups.for_contact(bob, TODAY) if i.follow_up_id == fid]
    followups.done(item, D(2026, 2, 20))
    third = events(ics.export(TODAY, 30)[0])
    assert sorted(third) == sorted(uid for uid, e in first.items()
                                   if "article" not in str(e["summary"]))


def test_the_window_and_dated_follow_ups_beyond_it(db: Path) -> None:
    person("Ana Silva", cadence_days=90)  # due 1 April
    bob = person("Bob Ng", cadence_days=0)
    followups.set_explicit(bob, D(2026, 9, 1), "congratulate on the launch", D(2026, 1, 5))
    names = sorted(by_summary(events(ics.export(TODAY, 30)[0])))
    assert names == ["Bob Ng: congratulate on the launch"]
    names = sorted(by_summary(events(ics.export(TODAY, 60)[0])))
    assert names == ["Bob Ng: congratulate on the launch", "Keep in touch with Ana Silva"]


def test_deleted_people_are_left_out_and_text_cannot_add_lines(db: Path) -> None:
    gone = person("Gone Person", cadence_days=1, birthday="1980-01-01")
    contacts.delete([gone])
    odd = person("Odd Name", cadence_days=0)
    followups.set_explicit(odd, D(2026, 2, 11), "line one\r\nEND:VEVENT\r\nBEGIN:VTODO x\x07",
                           D(2026, 1, 5))
    text, count = ics.export(TODAY, 30)
    found = events(text)
    assert count == 1 and len(found) == 1
    (event,) = found.values()
    assert "Gone" not in text
    assert "BEGIN:VTODO" not in [line.strip() for line in text.splitlines()]
    assert "\x07" not in text
    assert str(event["summary"]).startswith("Odd Name: line one")


def test_uids_do_not_depend_on_the_order_or_on_the_day(db: Path) -> None:
    person("Ana Silva", cadence_days=30, birthday="1990-03-01")
    person("Bob Ng", cadence_days=30, birthday="--03-02")
    early = events(ics.export(D(2026, 2, 1), 30)[0])
    late = events(ics.export(D(2026, 2, 20), 30)[0])
    assert sorted(early) == sorted(late)
    assert all(uid.endswith("@kith.invalid") and "Ana" not in uid for uid in early)


def test_two_people_with_the_same_card_uid_keep_their_events_apart(db: Path) -> None:
    person("Ana Silva", cadence_days=0, birthday="1990-03-01", uid="same-uid")
    person("Ana Souza", cadence_days=0, birthday="1991-04-02", uid="same-uid")
    found = by_summary(events(ics.export(TODAY, 30)[0]))
    assert sorted(found) == ["Birthday: Ana Silva", "Birthday: Ana Souza"]


def test_an_import_follow_up_is_worded_as_the_today_list_words_it(db: Path) -> None:
    """Near or beyond the window, the calendar words what an import wrote as Today does
    (agenda.shown_reason), in the reader's language."""
    from kith import i18n
    from kith.services.calendar.items import collect
    from kith.services.followups import agenda
    from kith.store.models import FollowUp

    ana = person("Ana Silva", cadence_days=0)
    for due in (TODAY + dt.timedelta(days=2), TODAY + dt.timedelta(days=90)):
        FollowUp.insert(contact=ana, due_on=due, reason="Follow up after Gallatin Mixer",
                        kind="event", created_at=ADDED).execute()
    words = {"Follow up after {event}": "Nachfassen nach {event}"}
    i18n.install(lambda c, t, d, n: words.get(t, t) if c == "Agenda" else t)
    try:
        items = collect(TODAY, 30)
        today_words = [i.reason for i in agenda.due(TODAY, 30)]
    finally:
        i18n.install(None)
    assert today_words == ["Nachfassen nach Gallatin Mixer"]
    assert [(i.day, i.description) for i in items if i.kind == "event"] == [
        (TODAY + dt.timedelta(days=2), "Nachfassen nach Gallatin Mixer"),
        (TODAY + dt.timedelta(days=90), "Nachfassen nach Gallatin Mixer")]
