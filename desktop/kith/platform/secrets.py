"""Sync passwords: in the system keyring, or, only where the person agreed, in a file.

The ``keyring`` package picks the keyring (Secret Service, KWallet, macOS Keychain,
Windows Credential Locker) and honours its own configuration, such as
``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg``, so scripts and tests choose theirs.
Where no keyring works, ``set_password`` raises ``NoKeyring`` unless ``allow_file``:
the person was asked (``--store-password-in-file``, a question in the window) and
agreed to keep it in ``sync-passwords.json`` beside the database, readable by them
alone (0600).

Each password is filed under the database's path, the account id, the server's origin
(scheme://host:port) and the user name, so two profiles (``--data-dir``) never read each
other's, and a restored backup whose account N is another server or user finds no
password (rather than sending this one there). Nothing here logs a password.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from kith.errors import KithError
from kith.private_files import write_private_text
from kith.store import database
from kith.store.models import SyncAccount

log = logging.getLogger(__name__)

SERVICE = "Kith sync"
FILE_NAME = "sync-passwords.json"

Where = Literal["keyring", "file"]


class NoKeyring(KithError):
    """No system keyring could keep the password, and keeping it in a file was not agreed."""


def origin(url: str) -> str:
    """``scheme://host:port`` of ``url``, the port spelled out even when it is the default."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme, 0)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port}"


def _key(account_id: int) -> str | None:
    """The readable name the password is filed under, or None when there is no such account.

    It names the account's server and user, so a database restored from elsewhere whose
    account ``account_id`` is another server or user never finds this one's password."""
    row = SyncAccount.get_or_none(SyncAccount.id == account_id)
    if row is None:
        return None
    return (f"{database.path() or 'kith'}#account-{account_id}"
            f"#{origin(str(row.url))}#user={row.user}")


def _file() -> Path:
    db_path = database.path()
    folder = Path(db_path).parent if db_path else Path.cwd()
    return folder / FILE_NAME


def _backend() -> tuple[Any | None, str]:
    """The usable keyring, or None and why not."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken configuration: any exception type
        return None, type(exc).__name__
    if isinstance(backend, fail.Keyring):
        return None, "no keyring service is running"
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None, "no keyring service is running"
    return backend, ""


def keyring_available() -> bool:
    return _backend()[0] is not None


def no_keyring_message(reason: str = "") -> str:
    why = f" ({reason})" if reason else ""
    return (f"No system keyring is available to keep the password{why}. Set up one (GNOME "
            "Keyring, KWallet, KeePassXC), or agree to keep the password in a file that "
            "only you can read.")


def set_password(account_id: int, password: str, *, allow_file: bool = False) -> Where:
    """Keep ``password`` for the account; returns where it went."""
    key = _key(account_id)
    if key is None:
        raise KithError(f"There is no sync account {account_id}; the password was not kept.")
    backend, reason = _backend()
    if backend is not None:
        try:
            backend.set_password(SERVICE, key, password)
            _forget_in_file(account_id)
            return "keyring"
        except Exception as exc:  # backends raise their own types (dbus, OS errors)
            reason = f"the keyring refused it: {type(exc).__name__}"
            log.warning("the keyring did not keep a sync password: %s", type(exc).__name__)
    if not allow_file:
        raise NoKeyring(no_keyring_message(reason))
    stored = _read_file()
    stored[key] = password
    write_private_text(_file(), json.dumps(stored, indent=1) + "\n")
    return "file"


def get_password(account_id: int) -> str | None:
    """The account's password, or None when Kith has none for this account's server and
    user (then ``kith sync password ID`` keeps one)."""
    key = _key(account_id)
    if key is None:
        return None
    backend, _ = _backend()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, key)
        except Exception as exc:
            log.warning("the keyring could not be read: %s", type(exc).__name__)
            found = None
        if found is not None:
            return str(found)
    value = _read_file().get(key)
    return value if isinstance(value, str) else None


def delete_password(account_id: int) -> None:
    """Forget the account's password wherever it is kept (nothing kept is fine). Call it
    before removing the account: its server and user name the entry."""
    key = _key(account_id)
    if key is None:
        return
    backend, _ = _backend()
    if backend is not None:
        try:
            backend.delete_password(SERVICE, key)
        except Exception as exc:  # PasswordDeleteError when there is none
            log.debug("no keyring entry deleted: %s", type(exc).__name__)
    _forget_in_file(account_id)


def _forget_in_file(account_id: int) -> None:
    key = _key(account_id)
    stored = _read_file()
    if key is None or stored.pop(key, None) is None:
        return
    if stored:
        write_private_text(_file(), json.dumps(stored, indent=1) + "\n")
    else:
        try:
            os.unlink(_file())
        except FileNotFoundError:
            pass


def _read_file() -> dict[str, Any]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
