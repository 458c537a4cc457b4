"""After a sync, the window asks about the people deleted on the phone whom Kith kept for
their history: one at a time, with the keyboard; "Delete here too" is undoable (issue #14).
Against a real Radicale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kith.services.followups import interactions
from kith.services.sync import local
from tests.sync import conftest as _sync
from tests.sync.conftest import vcard
from tests.ui.conftest import activate
from tests.ui.test_sync_window import add_account, shown_names

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def synced(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)


def test_a_person_deleted_on_the_phone_is_asked_about_and_answered_by_keyboard(  # type: ignore[no-untyped-def]
        window, qtbot, radicale):
    add_account(radicale)
    window.sync.password_for = lambda _account: radicale.password
    for slug, name in (("bob", "Bob Ng"), ("cara", "Cara Diaz")):
        radicale.phone.put_card("contacts", f"{slug}.vcf", vcard(name, f"u-{slug}"))
    synced(window, qtbot)
    questions = window.sync_questions
    assert questions.isHidden()  # nothing to ask
    ids = _ids()
    for day in (1, 2):
        interactions.log(interactions.Interaction(ids["Bob Ng"], dt.date(2026, 11, day), "call"))
    interactions.log(interactions.Interaction(ids["Cara Diaz"], dt.date(2026, 11, 3), "email"))
    radicale.phone.delete_card("contacts", "bob.vcf")
    radicale.phone.delete_card("contacts", "cara.vcf")

    synced(window, qtbot)

    qtbot.waitUntil(questions.isVisible)
    assert questions.label.text() == (
        "Deleted on your phone or server: Bob Ng (2 interactions). Kith kept them for their "
        "history. Keep them in Kith only (not put back on the server), or delete them here "
        "too?")
    assert questions.more.text() == "1 more waiting"
    assert questions.keep.accessibleName() == "Keep in Kith only"

    # Keep Bob, with the keyboard: the next question comes up, ready for the keyboard.
    activate(qtbot, window)
    questions.keep.setFocus()
    qtbot.keyClick(questions.keep, Qt.Key.Key_Space)
    assert questions.label.text().startswith("Deleted on your phone or server: Cara Diaz "
                                             "(1 interaction).")
    assert questions.more.isHidden()
    assert questions.keep.hasFocus()

    # Delete Cara here too: out of the list; Ctrl+Z brings her back and asks again.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert questions.delete.hasFocus()
    qtbot.keyClick(questions.delete, Qt.Key.Key_Space)
    window.show_page("contacts")
    qtbot.waitUntil(lambda: "Cara Diaz" not in shown_names(window.contacts_page))
    assert questions.isHidden()
    assert "Bob Ng" in shown_names(window.contacts_page)
    assert window.undo_stack.undoText() == "Delete Cara Diaz here too"

    window.undo_stack.undo()

    qtbot.waitUntil(lambda: "Cara Diaz" in shown_names(window.contacts_page))
    assert questions.isVisible() and "Cara Diaz" in questions.label.text()

    # Bob, kept, is neither put back on the server nor asked about again.
    synced(window, qtbot)
    assert radicale.phone.card_names("contacts") == []
    assert [r.name for r in local.removed_on_server()] == ["Cara Diaz"]


def _ids() -> dict[str, int]:
    from kith.store.models import Contact

    return {str(n): int(i) for i, n in Contact.select(Contact.id, Contact.display_name)
            .where(Contact.deleted_at.is_null()).tuples()}


def test_questions_asked_before_the_window_opened_show_at_start(db, qtbot):  # type: ignore[no-untyped-def]
    from kith.services.contacts import people
    from kith.services.contacts.records import ContactRecord
    from kith.services.sync import accounts
    from kith.services.sync.dav import Collection
    from kith.store.models import SyncCard
    from kith.ui.main_window import MainWindow

    ana = people.create(ContactRecord(display_name="Ana Silva"))
    interactions.log(interactions.Interaction(ana, dt.date(2026, 11, 1), "call"))
    accounts.add_account("http://127.0.0.1:1/", "ana", [Collection(
        "contacts", "http://127.0.0.1:1/ana/contacts/", "addressbook", None, None)])
    SyncCard.insert(collection=1, href="/ana/contacts/ana.vcf", contact=ana,
                    state="gone").execute()  # what an earlier sync (the CLI's) left

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()

    qtbot.waitUntil(win.sync_questions.isVisible)
    assert "Ana Silva (1 interaction)" in win.sync_questions.label.text()
