"""Sync passwords: in the system keyring, or, only where the person agreed, in a file.

The ``keyring`` package picks the keyring (Secret Service, KWallet, macOS Keychain,
Windows Credential Locker) and honours its own configuration, such as
``PYTHON_KEYRING_BACKEND`` or ``keyringrc.cfg``, so scripts and tests choose theirs.
Where no keyring works, ``set_password`` raises ``NoKeyring`` unless ``allow_file``:
the person was asked (``--store-password-in-file``, a question in the window) and
agreed to keep it in ``sync-passwords.json`` beside the database, readable by them
alone (0600).

Each password is filed under the database's path and the account id, so two
profiles (``--data-dir``) never read each other's. Nothing here logs a password.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Literal

from kith.errors import KithError
from kith.private_files import write_private_text
from kith.store import database

log = logging.getLogger(__name__)

SERVICE = "Kith sync"
FILE_NAME = "sync-passwords.json"

Where = Literal["keyring", "file"]


class NoKeyring(KithError):
    """No system keyring could keep the password, and keeping it in a file was not agreed."""


def _key(account_id: int) -> str:
    return f"{database.path() or 'kith'}#account-{account_id}"


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
    backend, reason = _backend()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _key(account_id), password)
            _forget_in_file(account_id)
            return "keyring"
        except Exception as exc:  # backends raise their own types (dbus, OS errors)
            reason = f"the keyring refused it: {type(exc).__name__}"
            log.warning("the keyring did not keep a sync password: %s", type(exc).__name__)
    if not allow_file:
        raise NoKeyring(no_keyring_message(reason))
    stored = _read_file()
    stored[_key(account_id)] = password
    write_private_text(_file(), json.dumps(stored, indent=1) + "\n")
    return "file"


def get_password(account_id: int) -> str | None:
    """The account's password, or None when Kith has none."""
    backend, _ = _backend()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, _key(account_id))
        except Exception as exc:
            log.warning("the keyring could not be read: %s", type(exc).__name__)
            found = None
        if found is not None:
            return str(found)
    value = _read_file().get(_key(account_id))
    return value if isinstance(value, str) else None


def delete_password(account_id: int) -> None:
    """Forget the account's password wherever it is kept (nothing kept is fine)."""
    backend, _ = _backend()
    if backend is not None:
        try:
            backend.delete_password(SERVICE, _key(account_id))
        except Exception as exc:  # PasswordDeleteError when there is none
            log.debug("no keyring entry deleted: %s", type(exc).__name__)
    _forget_in_file(account_id)


def _forget_in_file(account_id: int) -> None:
    stored = _read_file()
    if stored.pop(_key(account_id), None) is None:
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
