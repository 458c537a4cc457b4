"""The window's sync: F5 brings a card created on the server into the list, and the
status bar says when it synced or what went wrong (issue #14)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from kith.services.sync import accounts
from kith.services.sync.dav import DavClient
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard
from tests.ui.conftest import activate

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def shown_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
            for row in range(model.rowCount())]


def add_account(radicale, window=None) -> int:  # type: ignore[no-untyped-def]
    radicale.phone.make_addressbook("contacts")
    found = DavClient(radicale.url, radicale.user, radicale.password).discover()
    account = accounts.add_account(radicale.url, radicale.user, found)
    if window is not None:  # as when the window comes back from Preferences
        QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    return account


def test_f5_syncs_a_card_created_on_the_server_into_the_list(window, qtbot, radicale):  # type: ignore[no-untyped-def]
    add_account(radicale, window)
    window.sync.password_for = lambda _account: radicale.password
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    window.show_page("contacts")
    page = window.contacts_page
    assert "Ana Silva" not in shown_names(page)
    activate(qtbot, window)

    qtbot.keyClick(window, Qt.Key.Key_F5)

    qtbot.waitUntil(lambda: "Ana Silva" in shown_names(page), timeout=20000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    assert window.sync_label.text() == "Synced just now"


def test_a_wrong_password_shows_what_went_wrong_in_the_status_bar(window, qtbot, radicale):  # type: ignore[no-untyped-def]
    add_account(radicale, window)
    window.sync.password_for = lambda _account: "not-the-password"

    window.sync_action.trigger()

    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Sync failed:"),
                    timeout=20000)
    text = window.sync_label.text()
    assert "password" in text.lower() and "not-the-password" not in text
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)


def test_local_edits_sync_after_a_pause_and_without_an_account_nothing_runs(window, qtbot):  # type: ignore[no-untyped-def]
    window.sync.local_edit()
    assert not window.sync.debounce.isActive()  # no account: nothing scheduled
    window.sync.sync_now()
    assert not window.sync.running and window.sync_label.text() == ""


def test_the_tray_offers_sync_now_and_shows_the_status_once_an_account_synced(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    from kith.platform.tray import Tray

    tray = Tray(QIcon())
    assert "Sync now" not in [a.text() for a in tray.menu.actions()]
    tray.sync_status = "Synced just now"
    tray.update([], paused=False)
    asked: list[bool] = []
    tray.syncRequested.connect(lambda: asked.append(True))
    [action] = [a for a in tray.menu.actions() if a.text() == "Sync now"]
    action.trigger()
    assert asked == [True]
    assert tray.icon.toolTip() == "Kith: nothing is due\nSynced just now"
