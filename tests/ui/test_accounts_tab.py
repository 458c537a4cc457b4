"""Preferences > Accounts against a real Radicale: test the login, pick books, add, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kith.platform import secrets
from kith.services.sync import accounts
from kith.ui.accounts_tab import AccountsTab
from tests.sync import conftest as _sync

radicale = _sync.radicale
keyring_backend = _sync.keyring_backend


def fill(qtbot, tab: AccountsTab, url: str, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(tab.url, url)
    qtbot.keyClicks(tab.user, user)
    qtbot.keyClicks(tab.password, password)
    qtbot.mouseClick(tab.test, Qt.MouseButton.LeftButton)


def test_add_an_account_with_one_of_its_books_then_remove_it(db, qtbot, radicale, monkeypatch):  # type: ignore[no-untyped-def]
    radicale.phone.make_addressbook("work", "Work")
    radicale.phone.make_addressbook("family", "Family")
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    assert "No accounts" in tab.accounts.item(0).text()

    fill(qtbot, tab, radicale.url, radicale.user, radicale.password)
    qtbot.waitUntil(lambda: tab.books.count() == 2)
    assert [tab.books.item(i).text() for i in range(2)] == ["Family", "Work"]
    assert "Logged in" in tab.status.text()
    tab.books.item(0).setCheckState(Qt.CheckState.Unchecked)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(accounts.list_accounts()))

    [account] = accounts.list_accounts()
    assert [c.name for c in account.collections] == ["Work"]
    assert secrets.get_password(account.id) == radicale.password
    assert tab.accounts.item(0).text() == f"{radicale.user}@127.0.0.1: Work — never synced"
    assert tab.password.text() == ""

    tab.accounts.setCurrentRow(0)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert accounts.list_accounts() == []
    assert secrets.get_password(account.id) is None
    assert "No accounts" in tab.accounts.item(0).text()


def test_a_wrong_password_is_said_in_the_tab_and_adds_nothing(db, qtbot, radicale):  # type: ignore[no-untyped-def]
    radicale.phone.make_addressbook("work")
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)

    fill(qtbot, tab, radicale.url, radicale.user, "Wrong-Password-777")

    qtbot.waitUntil(lambda: "refused the user name or password" in tab.status.text())
    assert "Wrong-Password-777" not in tab.status.text()
    assert not tab.add.isEnabled()
    assert tab.test.isEnabled()


def test_plain_http_to_another_machine_is_refused_in_the_tab(db, qtbot):  # type: ignore[no-untyped-def]
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    fill(qtbot, tab, "http://dav.example.com/", "ana", "pw")
    qtbot.waitUntil(lambda: "only syncs over HTTPS" in tab.status.text())


def test_without_a_keyring_the_file_is_used_only_after_a_yes(db, qtbot, radicale, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    _sync._reset_keyring()
    radicale.phone.make_addressbook("work")
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    fill(qtbot, tab, radicale.url, radicale.user, radicale.password)
    qtbot.waitUntil(lambda: tab.add.isEnabled())

    # Each Add: first what the first sync will do (yes), then the keyring (no, then yes).
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
               QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not added" in tab.status.text())
    assert accounts.list_accounts() == []

    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(accounts.list_accounts()))
    [account] = accounts.list_accounts()
    assert (db.parent / secrets.FILE_NAME).exists()
    assert secrets.get_password(account.id) == radicale.password


def two_accounts(radicale) -> list[int]:  # type: ignore[no-untyped-def]
    from kith.services.sync.dav import DavClient

    for book in ("work", "family"):
        radicale.phone.make_addressbook(book, book.title())
    found = [c for c in DavClient(radicale.url, radicale.user, radicale.password).discover()
             if c.kind == "addressbook"]
    return [accounts.add_account(f"{radicale.url}{radicale.user}/{c.name.lower()}/",
                                 radicale.user, [c]) for c in found]


def test_remove_and_set_password_need_a_chosen_account(db, qtbot, radicale, monkeypatch):  # type: ignore[no-untyped-def]
    first, second = two_accounts(radicale)
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append("asked"), QMessageBox.StandardButton.Yes)[1])

    assert tab.accounts.count() == 2 and tab.accounts.selectedItems() == []
    assert not tab.remove.isEnabled() and not tab.set_password.isEnabled()
    tab.remove.click()  # even if it were clicked: nothing happens to the first account
    assert [a.id for a in accounts.list_accounts()] == [first, second]

    tab.accounts.setCurrentRow(1)
    assert tab.remove.isEnabled() and tab.set_password.isEnabled()
    tab.accounts.clearSelection()
    assert not tab.remove.isEnabled()
    tab.accounts.setCurrentRow(1)
    qtbot.mouseClick(tab.remove, Qt.MouseButton.LeftButton)
    assert [a.id for a in accounts.list_accounts()] == [first]
    assert asked == ["asked"]


def test_each_account_shows_its_last_sync_and_its_last_error(db, qtbot, radicale):  # type: ignore[no-untyped-def]
    import datetime as dt

    first, second = two_accounts(radicale)
    [book] = accounts.get_account(first).collections
    accounts.set_status(book.id, last_sync=dt.datetime(2026, 11, 25, 9, 30),
                        last_error="2 cards could not be synced: Ana, Bob (The server "
                                   "refused this card (HTTP 400): Bad Request).")
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)

    rows = {tab.accounts.item(i).data(Qt.ItemDataRole.UserRole): tab.accounts.item(i)
            for i in range(2)}
    text = rows[first].text()
    from kith.ui import formats

    assert "last synced " + formats.date_time(dt.datetime(2026, 11, 25, 9, 30)) in text
    assert "2 cards could not be synced: Ana, Bob" in text
    assert "HTTP 400" in rows[first].toolTip()
    assert rows[second].text().endswith("— never synced")


def test_set_password_tests_the_login_and_stores_it(db, qtbot, radicale, monkeypatch):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    first, _second = two_accounts(radicale)
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    tab.accounts.setCurrentRow(0)
    assert secrets.get_password(first) is None

    typed = ["Wrong-Password-777", radicale.password]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed.pop(0), True))
    qtbot.mouseClick(tab.set_password, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The password was not stored" in tab.status.text())
    assert "refused the user name or password" in tab.status.text()
    assert secrets.get_password(first) is None

    qtbot.waitUntil(tab.set_password.isEnabled)
    qtbot.mouseClick(tab.set_password, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password is stored" in tab.status.text())
    assert secrets.get_password(first) == radicale.password


def test_add_says_what_the_first_sync_does_and_the_same_account_twice_is_refused(  # type: ignore[no-untyped-def]
        db, qtbot, radicale, monkeypatch):
    from kith.services.contacts import people
    from kith.services.contacts.records import ContactRecord
    from tests.sync.conftest import vcard

    radicale.phone.make_addressbook("work", "Work")
    radicale.phone.put_card("work", "ana.vcf", vcard("Ana Silva"))
    for name in ("Dan Local", "Eve Local", "Fay Local"):
        people.create(ContactRecord(display_name=name))
    tab = AccountsTab(secrets)
    qtbot.addWidget(tab)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: (
        asked.append(text), answers.pop(0))[1])
    fill(qtbot, tab, radicale.url, radicale.user, radicale.password)
    qtbot.waitUntil(tab.add.isEnabled)

    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)  # No: nothing added
    qtbot.waitUntil(lambda: "not added" in tab.status.text())
    assert asked == ["At the first sync, 3 contacts in Kith will be added to Work (and the 1 "
                     "card there comes into Kith). Add the account?"]
    assert accounts.list_accounts() == []
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)  # Yes
    qtbot.waitUntil(lambda: bool(accounts.list_accounts()))

    qtbot.keyClicks(tab.password, radicale.password)  # the same account again
    qtbot.mouseClick(tab.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.add.isEnabled)
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)
    assert "was added already" in tab.status.text() and "Set password" in tab.status.text()
    assert len(accounts.list_accounts()) == 1 and len(asked) == 2


def test_sync_now_runs_the_windows_sync_and_shows_when(db, qtbot, radicale, window):  # type: ignore[no-untyped-def]
    radicale.phone.make_addressbook("work", "Work")
    radicale.phone.put_card("work", "ana.vcf", __import__("tests.sync.conftest", fromlist=[
        "vcard"]).vcard("Ana Silva"))
    from kith.services.sync.dav import DavClient

    found = [c for c in DavClient(radicale.url, radicale.user, radicale.password).discover()
             if c.kind == "addressbook"]
    accounts.add_account(radicale.url, radicale.user, found)
    window.sync.password_for = lambda _account: radicale.password
    tab = AccountsTab(secrets, sync=window.sync)
    qtbot.addWidget(tab)
    assert tab.sync_now.isEnabled()

    qtbot.mouseClick(tab.sync_now, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.status.text() == "Synced just now", timeout=20000)
    assert "last synced" in tab.accounts.item(0).text()
    assert AccountsTab(secrets).sync_now.isEnabled() is False  # no window to sync with
