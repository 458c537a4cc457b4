"""The Ideas page after a big event, and ideas that follow Today's Done and Snooze at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kith import clock
from kith.services.cards import importer
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from tests.ui.conftest import settle

EVENT_SIZE = 300


def _event(tmp_path: Path) -> None:
    cards = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Guest {n:03d}\r\n"
                    f"EMAIL:guest{n}@mixer.example\r\nEND:VCARD\r\n" for n in range(EVENT_SIZE))
    path = tmp_path / "mixer.vcf"
    path.write_text(cards, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]),
                    importer.EventSpec("Autumn Mixer", clock.today(), "Nashville"))


def _setup(window, qtbot, tmp_path: Path) -> tuple[int, list[int]]:  # type: ignore[no-untyped-def]
    now = dt.datetime.now()
    ana = contacts.create(ContactRecord(display_name="Ana Silva", cadence_days=30),
                          when=now - dt.timedelta(days=200))
    for ago in (45, 80, 120):
        interactions.log(Interaction(ana, clock.today() - dt.timedelta(days=ago), "email"))
    _event(tmp_path)
    window.refresh_all()
    settle(qtbot, window)
    guests = sorted(cid for p in window.prompt_cache.latest if p.kind == "post_event"
                    for cid in p.contact_ids)
    return ana, guests


def test_a_big_event_is_one_idea_and_today_is_not_repeated(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ana, guests = _setup(window, qtbot, tmp_path)
    assert len(guests) == EVENT_SIZE
    window.show_page("help")
    settle(qtbot, window)
    shown = window.ideas_page.items
    assert len(shown) <= 50
    events = [p for p in shown if p.kind == "post_event"]
    assert len(events) == 1
    assert "300 people at Autumn Mixer" in events[0].text
    assert "300 not contacted yet" in events[0].text
    on_today = {item.contact_id for item in window.today_page.items}
    assert ana in on_today
    # Nobody on Today gets a second line on the Ideas page: their idea sits in Today's row.
    assert not [p for p in shown if len(p.contact_ids) == 1 and p.contact_ids[0] in on_today]
    row = next(r for r in range(window.today_page.model.rowCount())
               if (item := window.today_page.model.item_at(window.today_page.model.index(r, 0)))
               is not None and item.contact_id == ana)
    assert window.today_page.model.index(row, 3).data()  # Ana's check-in, beside her row
    # The event idea opens the event's people.
    window.ideas_page.table.selectRow(shown.index(events[0]))
    window.ideas_page.act("people")
    dialog = window.ideas_page.people_dialog
    assert dialog.list.count() == EVENT_SIZE
    dialog.reject()


def test_done_and_snooze_change_the_ideas_at_once(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kith.services.followups import actions as followups

    _ana, guests = _setup(window, qtbot, tmp_path)
    # No background refresh from here: what changes, changes at once.
    refreshes: list[int] = []
    window.prompt_cache.refresh = lambda: refreshes.append(1)
    window.show_page("help")

    first = guests[0]
    item = followups.for_contact(first, clock.today(), days=30)[0]
    window.follow_up_action("Done", lambda: followups.done(item, clock.today()))
    event = next(p for p in window.ideas_page.items if p.kind == "post_event")
    assert first not in event.contact_ids and len(event.contact_ids) == EVENT_SIZE - 1
    assert "299 not contacted yet" in event.text

    # Snooze another guest from Today's row: they leave the event's idea too.
    window.show_page("today")
    page = window.today_page
    second = guests[1]
    row = next(r for r in range(page.model.rowCount())
               if (i := page.model.item_at(page.model.index(r, 0))) is not None
               and i.contact_id == second)
    page.tree.selectRow(row)
    page._snooze(7)
    event = next(p for p in window.prompt_cache.shortlist() if p.kind == "post_event")
    assert second not in event.contact_ids and "298 not contacted yet" in event.text
    assert refreshes  # the background refresh was asked for, and not waited on


def test_the_ideas_badge_caps_at_99(window) -> None:  # type: ignore[no-untyped-def]
    window._help_changed(150)
    assert window.nav.badge("help") == "99+"
    window._help_changed(7)
    assert window.nav.badge("help") == "7"
