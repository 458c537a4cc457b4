"""Preferences > Accounts: add a CardDAV account (test the login, find and pick its address
books), see how each last synced, remove one (its contacts stay).

Accounts are saved when added or removed, not with the dialog's Save. The password goes
to the system keyring through the ``keeper`` given (kith.platform.secrets: the ui layer
does not reach the platform itself); where no keyring works, the person is asked before
it goes to a file. Discovery runs on a worker: the window never waits for the network.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.errors import KithError
from kith.i18n import translate
from kith.services.sync import accounts
from kith.services.sync.dav import Collection, DavError
from kith.ui import accounts_login as login
from kith.ui.safety import plain_label
from kith.ui.theme import style_hint
from kith.ui.worker import Task


class PasswordKeeper(Protocol):
    def keyring_available(self) -> bool: ...
    def set_password(self, account_id: int, password: str, *, allow_file: bool = False) -> Any: ...
    def delete_password(self, account_id: int) -> None: ...


class AccountsTab(QWidget):
    def __init__(self, keeper: PasswordKeeper, parent: QWidget | None = None,
                 sync: Any = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.task: Task | None = None
        self._showing = False  # filling the calendar fields: not a change to save
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(translate("Accounts", "Sync accounts"))
        self.remove = QPushButton(translate("Accounts", "Remove account"))
        self.remove.setAccessibleName(translate("Accounts", "Remove account"))
        self.remove.clicked.connect(self._remove)
        self.set_password = QPushButton(translate("Accounts", "Set password…"))
        self.set_password.setAccessibleName(translate("Accounts", "Set password"))
        self.set_password.setToolTip(translate(
            "Accounts", "Test a new password for the chosen account and keep it (after "
                        "copying Kith's data folder, or when the password changed)."))
        self.set_password.clicked.connect(self._set_password)
        self.sync_now = QPushButton(translate("Accounts", "Sync now"))
        self.sync_now.setAccessibleName(translate("Accounts", "Sync now"))
        self.sync_now.clicked.connect(self._sync_now)
        self.sync = sync
        self.login_task: Task | None = None
        self._listening = False  # to the window's sync status
        # Per account: its follow-ups on a calendar, pushed after each sync.
        self.on_calendar = QCheckBox(translate("Accounts",
                                               "Put follow-ups and birthdays on a calendar"))
        self.on_calendar.setAccessibleName(translate(
            "Accounts", "Put follow-ups and birthdays on a calendar"))
        self.on_calendar.toggled.connect(self._calendar_changed)
        self.calendar_name = QLineEdit()
        self.calendar_name.setAccessibleName(translate("Accounts", "Calendar name"))
        self.calendar_name.setPlaceholderText(translate("Accounts", "Kith follow-ups"))
        self.calendar_name.editingFinished.connect(self._calendar_changed)
        self.calendar_hint = style_hint(plain_label(translate(
            "Accounts", "After each sync of this account. A calendar of that name is created "
                        "if there is none. Turning this off leaves the calendar on the server "
                        "as it is.")))
        self.calendar_hint.setWordWrap(True)
        self.accounts.itemSelectionChanged.connect(self._selection_changed)
        self.url = QLineEdit()
        self.url.setAccessibleName(translate("Accounts", "Server address"))
        self.url.setPlaceholderText(translate("Accounts", "https://dav.example.com/"))
        self.user = QLineEdit()
        self.user.setAccessibleName(translate("Accounts", "User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("Accounts", "Password"))
        self.test = QPushButton(translate("Accounts", "Test and find address books"))
        self.test.setAccessibleName(translate("Accounts", "Test and find address books"))
        self.test.clicked.connect(self._test)
        self.books = QListWidget()
        self.books.setAccessibleName(translate("Accounts", "Address books to sync"))
        self.add = QPushButton(translate("Accounts", "Add account"))
        self.add.setAccessibleName(translate("Accounts", "Add account"))
        self.add.setEnabled(False)
        self.add.clicked.connect(self._add)
        self.status = plain_label("")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("Accounts", "Server address"), self.url)
        form.addRow(translate("Accounts", "User name"), self.user)
        form.addRow(translate("Accounts", "Password"), self.password)
        hint = style_hint(plain_label(translate(
            "Accounts", "The server's address (Kith finds the address books), a principal or "
                        "an address book. HTTPS only, except on this computer.")))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addWidget(self.add)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.accounts, 1)
        buttons = QHBoxLayout()
        for button in (self.sync_now, self.set_password, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.on_calendar)
        calendar_row.addWidget(self.calendar_name, 1)
        layout.addLayout(calendar_row)
        layout.addWidget(self.calendar_hint)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.books, 1)
        layout.addWidget(self.status)
        self.reload()

    def reload(self) -> None:
        chosen = self._account_id()
        self.accounts.clear()
        found = accounts.list_accounts()
        for account in found:
            item = QListWidgetItem(login.describe(account))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            errors = [c.last_error for c in account.collections if c.last_error]
            if errors:
                item.setToolTip("\n".join(errors))
            self.accounts.addItem(item)
            if account.id == chosen:
                self.accounts.setCurrentItem(item)
        if not self.accounts.count():
            self.accounts.addItem(translate(
                "Accounts", "No accounts. Add one below to sync with your phone."))
        elif self._account_id() is None and len(found) == 1:
            self.accounts.setCurrentRow(0)  # the only one: chosen, visibly
        self._selection_changed()

    def _selection_changed(self) -> None:
        """Buttons that act on an account work only with one chosen."""
        chosen = self._account_id() is not None
        self.remove.setEnabled(chosen)
        self.set_password.setEnabled(chosen and self.login_task is None)
        self.sync_now.setEnabled(chosen and self._controller() is not None)
        self._show_calendar()

    def _account_id(self) -> int | None:
        item = self.accounts.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _controller(self) -> Any:
        """The window's SyncController: given, or found on the window that opened us."""
        if self.sync is not None:
            return self.sync
        from kith.ui.sync_controller import SyncController

        widget = self.parentWidget()
        while widget is not None:
            found = getattr(widget, "sync", None)
            if isinstance(found, SyncController):
                return found
            widget = widget.parentWidget()
        return None

    def _show_calendar(self) -> None:
        """The calendar choice of the chosen account (off and disabled without one)."""
        from kith.services.calendar import follow

        account_id = self._account_id()
        on, name = follow.choice(account_id) if account_id is not None else (
            False, follow.DEFAULT_CALENDAR)
        self._showing = True
        try:
            self.on_calendar.setChecked(on)
            self.calendar_name.setText(name)
        finally:
            self._showing = False
        self.on_calendar.setEnabled(account_id is not None)
        self.calendar_name.setEnabled(account_id is not None and on)

    def _calendar_changed(self) -> None:
        """Saved at once, like the accounts themselves."""
        from kith.services.calendar import follow

        account_id = self._account_id()
        if self._showing or account_id is None:
            return
        on = self.on_calendar.isChecked()
        follow.set_choice(account_id, on, self.calendar_name.text())
        self.calendar_name.setEnabled(on)
        _on, name = follow.choice(account_id)
        self.calendar_name.setText(name)
        self.status.setText(
            translate("Accounts", "Follow-ups and birthdays go to the calendar “{name}” after "
                                  "each sync.").format(name=name) if on else
            translate("Accounts", "Follow-ups no longer go to a calendar; the one on the server "
                                  "stays as it is."))

    def _test(self) -> None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), \
            self.password.text()
        if not url or not user or not password:
            self.status.setText(translate(
                "Accounts", "Enter the server address, user name and password first."))
            return
        self.books.clear()
        self.add.setEnabled(False)
        self.test.setEnabled(False)
        self.status.setText(translate("Accounts", "Connecting…"))
        task = Task(lambda _progress, _cancelled: login.discover(url, user, password))
        task.signals.succeeded.connect(self._found)
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _failed(self, message: str) -> None:
        self.test.setEnabled(True)
        self.status.setText(message)

    def _found(self, books: Any) -> None:
        self.test.setEnabled(True)
        if isinstance(books, str):
            self.status.setText(books)
            return
        for book in books:
            item = QListWidgetItem(book.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, book)
            self.books.addItem(item)
        self.add.setEnabled(bool(books))
        self.status.setText(
            translate("Accounts", "Logged in. Choose the address books to sync, then Add "
                                  "account.") if books else
            translate("Accounts", "Logged in, but no address book was found there. Create "
                                  "one on the server, or enter an address book's address."))

    def _add(self) -> None:
        chosen = [self.books.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(self.books.count())
                  if self.books.item(i).checkState() == Qt.CheckState.Checked]
        if not chosen:
            self.status.setText(translate("Accounts", "Choose at least one address book."))
            return
        existing = accounts.find_account(self.url.text(), self.user.text())
        if existing is not None:
            self.status.setText(accounts.already_added(existing))
            return
        url, user, password = self.url.text(), self.user.text(), self.password.text()
        self.add.setEnabled(False)
        self.status.setText(translate("Accounts", "Counting the cards…"))
        task = Task(lambda _progress, _cancelled: login.first_sync(url, user, password, chosen))
        task.signals.succeeded.connect(lambda sentence: self._confirm_add(chosen, sentence))
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()

    def _confirm_add(self, chosen: list[Collection], sentence: str) -> None:
        """Say what the first sync will do; add the account only after a yes."""
        self.add.setEnabled(True)
        answer = QMessageBox.question(
            self, translate("Accounts", "Add account"),
            translate("Accounts", "{sentence} Add the account?").format(sentence=sentence))
        if answer != QMessageBox.StandardButton.Yes:
            self.status.setText(translate("Accounts", "The account was not added."))
            return
        allow_file = self._file_for_password()
        if allow_file is None:
            self.status.setText(translate(
                "Accounts", "The account was not added: set up a keyring (GNOME Keyring, "
                            "KWallet, KeePassXC), or agree to the file."))
            return
        try:
            account_id = accounts.add_account(self.url.text(), self.user.text(), chosen)
        except KithError as exc:  # added meanwhile
            self.status.setText(str(exc))
            return
        try:
            self.keeper.set_password(account_id, self.password.text(), allow_file=allow_file)
        except (KithError, OSError) as exc:
            accounts.remove_account(account_id)
            self.status.setText(str(exc))
            return
        self.password.clear()
        self.books.clear()
        self.add.setEnabled(False)
        self.status.setText(translate("Accounts", "Account added. {sentence}").format(
            sentence=sentence))
        self.reload()

    def _set_password(self) -> None:
        account_id = self._account_id()
        if account_id is None:
            return
        account = accounts.get_account(account_id)
        password, ok = QInputDialog.getText(
            self, translate("Accounts", "Set password"),
            translate("Accounts", "Password for {account}:").format(account=account.label),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        books = [c.url for c in account.address_books]
        self.set_password.setEnabled(False)
        self.status.setText(translate("Accounts", "Connecting…"))
        task = Task(lambda _progress, _cancelled: login.check_login(
            account.url, account.user, password, books))
        task.signals.succeeded.connect(
            lambda problem: self._password_checked(account_id, password, problem))
        task.signals.failed.connect(self._login_failed)
        self.login_task = task
        task.start()

    def _login_failed(self, message: str) -> None:
        self.login_task = None
        self._selection_changed()
        self.status.setText(message)

    def _file_for_password(self) -> bool | None:
        """Whether the password goes to a 0600 file: False with a working keyring, True when
        the person agreed to the file, None when they did not (nothing is stored)."""
        if self.keeper.keyring_available():
            return False
        answer = QMessageBox.question(
            self, translate("Accounts", "No keyring"),
            translate("Accounts", "No system keyring is available to keep the password. "
                                  "Keep it in a file that only you can read?"))
        return True if answer == QMessageBox.StandardButton.Yes else None

    def _password_checked(self, account_id: int, password: str, problem: str | None) -> None:
        self.login_task = None
        self._selection_changed()
        if problem is not None:
            self.status.setText(translate("Accounts", "The password was not stored: {reason}")
                                .format(reason=problem))
            return
        allow_file = self._file_for_password()
        if allow_file is None:
            self.status.setText(translate("Accounts", "The password was not stored."))
            return
        try:
            self.keeper.set_password(account_id, password, allow_file=allow_file)
        except (KithError, OSError) as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(translate("Accounts", "The login worked; the password is stored."))

    def _sync_now(self) -> None:
        controller = self._controller()
        if controller is None:
            return
        if not self._listening:  # once: the tab follows every sync from now on
            controller.statusChanged.connect(self._synced_status)
            self._listening = True
        controller.sync_now()

    def _synced_status(self, text: str) -> None:
        self.status.setText(text)
        self.reload()

    def _remove(self) -> None:
        account_id = self._account_id()
        if account_id is None:
            return
        answer = QMessageBox.question(
            self, translate("Accounts", "Remove account"),
            translate("Accounts", "Remove this account and its password? The contacts synced "
                                  "from it stay in Kith."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.keeper.delete_password(int(account_id))  # first: the account names its entry
        accounts.remove_account(int(account_id))
        self.status.setText(translate("Accounts", "Account removed; its contacts stay."))
        self.reload()


__all__ = ["AccountsTab", "DavError", "PasswordKeeper"]
