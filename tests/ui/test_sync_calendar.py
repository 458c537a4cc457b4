"""Follow-ups kept in step on a calendar from the window: switched on per account in
Preferences > Accounts, pushed after each sync (F5) on the sync's worker, told in the
sync's status line; switched off, the server's calendar is left alone. Against a real
Radicale, read back by the phone (a plain-HTTP client)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kith import clock
from kith.platform import secrets
from kith.services.calendar import follow
from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.sync.dav import DavClient
from kith.ui.accounts_tab import AccountsTab
from tests.sync import conftest as _sync
from tests.sync.test_caldav_push import calendar_on_phone
from tests.ui.conftest import activate
from tests.ui.test_sync_window import add_account

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def sync_by_f5(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30000)


def calendar_url(radicale, name: str) -> str | None:  # type: ignore[no-untyped-def]
    found = DavClient(radicale.url, radicale.user, radicale.password).discover()
    urls = [c.url for c in found if c.kind == "calendar" and c.name == name]
    return urls[0] if urls else None


def test_a_follow_up_done_in_the_window_leaves_the_server_calendar_after_f5(  # type: ignore[no-untyped-def]
        window, qtbot, radicale):
    account = add_account(radicale, window)
    window.sync.password_for = lambda _account: radicale.password
    today = clock.today()
    ana = people.create(ContactRecord(display_name="Ana Silva", cadence_days=0))
    followups.set_explicit(ana, today, "send the slides", today)
    window.refresh_all()

    # Preferences > Accounts: switch it on, name the calendar (it does not exist yet).
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert not tab.on_calendar.isChecked() and not tab.calendar_name.isEnabled()
    qtbot.mouseClick(tab.on_calendar, Qt.MouseButton.LeftButton)
    tab.calendar_name.clear()
    qtbot.keyClicks(tab.calendar_name, "Work follow-ups")
    qtbot.keyClick(tab.calendar_name, Qt.Key.Key_Return)
    assert follow.choice(account) == (True, "Work follow-ups")
    assert "after each sync" in tab.status.text()
    assert calendar_url(radicale, "Work follow-ups") is None

    sync_by_f5(window, qtbot)

    assert window.sync_label.text() == (
        "Synced just now. Follow-ups are on the calendar “Work follow-ups”.")
    url = calendar_url(radicale, "Work follow-ups")
    assert url is not None  # created
    assert calendar_on_phone(radicale, url) == {
        "Ana Silva: send the slides": today.isoformat()}

    # Done on Today, in the window: gone from the phone's calendar after the next F5.
    window.show_page("today")
    page = window.today_page
    page.refresh()
    assert page.current_item() is not None and page.current_item().display_name == "Ana Silva"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    sync_by_f5(window, qtbot)
    assert calendar_on_phone(radicale, url) == {}

    # Switched off: the next sync leaves the calendar alone, whatever changes in Kith.
    qtbot.mouseClick(tab.on_calendar, Qt.MouseButton.LeftButton)
    assert follow.choice(account) == (False, "Work follow-ups")
    assert "stays as it is" in tab.status.text()
    followups.set_explicit(ana, today, "call about Austin", today)
    sync_by_f5(window, qtbot)
    assert window.sync_label.text() == "Synced just now"
    assert calendar_url(radicale, "Work follow-ups") == url
    assert calendar_on_phone(radicale, url) == {}


def test_a_failed_calendar_push_is_told_and_the_sync_still_counts(window, qtbot, radicale):  # type: ignore[no-untyped-def]
    """A calendar the server refuses to create: the contacts synced, the line says why the
    calendar was not updated, and the account's row in Preferences shows the error."""
    account = add_account(radicale, window)
    window.sync.password_for = lambda _account: radicale.password
    follow.set_choice(account, True, "Kith follow-ups")
    # Radicale refuses a calendar inside an address book: point the choice at one.
    from kith.store.models import CalendarPush

    CalendarPush.insert(account=account, calendar_url=radicale.url + "ana/contacts/x/",
                        name="Kith follow-ups").execute()
    people.create(ContactRecord(display_name="Bob Ng"))

    sync_by_f5(window, qtbot)

    text = window.sync_label.text()
    assert text.startswith("Synced just now. The calendar “Kith follow-ups” was not updated: ")
    assert radicale.password not in text
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    assert tab.on_calendar.isChecked()
    assert "Kith follow-ups" not in tab.accounts.item(0).text().split(" — ")[0]
    assert " — " in tab.accounts.item(0).text()
