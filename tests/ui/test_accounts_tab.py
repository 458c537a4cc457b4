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
