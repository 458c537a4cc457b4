"""The window's sync in the File menu, a short status line with the failed cards in its
tooltip, and the people a sync moved to the trash brought back with Edit > Undo (real
Radicale)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kith.services.contacts import people
from kith.services.contacts.records import ContactRecord
from kith.services.sync import engine
from kith.services.sync.push import Pusher
from kith.store.models import Contact
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard
from tests.sync.test_sync_names import _old_names
from tests.ui.test_sync_window import add_account

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def file_menu_actions(window) -> list:  # type: ignore[no-untyped-def]
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    return menu.actions()


def test_file_menu_has_sync_now_enabled_only_with_an_account(window, radicale):  # type: ignore[no-untyped-def]
    action = window.sync_action
    assert action in file_menu_actions(window)
    assert action.shortcut().toString() == "F5"
    assert not action.isEnabled()
    assert "Preferences > Accounts" in action.toolTip()

    add_account(radicale)  # then the window comes back from Preferences
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))

    assert action.isEnabled()
    assert "Preferences" not in action.toolTip()


def test_failed_cards_make_a_short_status_with_the_names_in_its_tooltip(  # type: ignore[no-untyped-def]
        window, qtbot, radicale, monkeypatch):
    add_account(radicale, window)
    window.sync.password_for = lambda _account: radicale.password
    for n in range(4):
        people.create(ContactRecord(display_name=f"Person {n}", uid=f"urn:uuid:{uuid.uuid4()}"))
    monkeypatch.setattr(engine, "new_href", _old_names)  # as an older Kith named them
    monkeypatch.setattr(Pusher, "rename_unsafe_creates", lambda self: None)

    window.sync_action.trigger()

    qtbot.waitUntil(lambda: "could not be synced" in window.sync_label.text(), timeout=20000)
    assert window.sync_label.text() == (
        "Synced just now. 4 cards could not be synced (details in the tooltip).")
    tip = window.sync_label.toolTip().splitlines()
    assert len(tip) == 4
    assert all(line.startswith("Person ") and "The server refused this card (HTTP 400)"
               in line for line in tip)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)


def test_a_failed_sync_keeps_the_status_line_to_one_sentence(window, qtbot, radicale):  # type: ignore[no-untyped-def]
    add_account(radicale, window)
    window.sync.password_for = lambda _account: "not-the-password"

    window.sync_action.trigger()

    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Sync failed:"), timeout=20000)
    assert window.sync_label.text().endswith("refused the user name or password.")
    assert "app password" in window.sync_label.toolTip()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)


def test_people_a_sync_moved_to_the_trash_come_back_with_undo(window, qtbot, radicale):  # type: ignore[no-untyped-def]
    add_account(radicale, window)
    window.sync.password_for = lambda _account: radicale.password
    radicale.phone.put_card("contacts", "ana.vcf", vcard("Ana Silva", "u-ana"))
    radicale.phone.put_card("contacts", "bob.vcf", vcard("Bob Ng", "u-bob"))
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Synced just now", timeout=20000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    radicale.phone.delete_card("contacts", "ana.vcf")
    window.sync_label.setText("")
    window.sync.status = ""

    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Synced just now", timeout=20000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)

    def live() -> list[str]:
        return sorted(n for (n,) in Contact.select(Contact.display_name).where(
            Contact.deleted_at.is_null()).tuples())

    assert live() == ["Bob Ng"]
    assert window.undo_stack.undoText() == "Delete Ana Silva (deleted on the phone)"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: live() == ["Ana Silva", "Bob Ng"])
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: live() == ["Bob Ng"])
