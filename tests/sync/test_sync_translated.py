"""The DAV client's messages go through kith.i18n.translate (context "Sync"): the window
shows them in its language; the command line, with no translator, keeps them in English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kith import i18n
from kith.services.sync.dav import AuthFailed, DavClient, InsecureUrl, Unreachable
from tests.sync.conftest import free_port

GERMAN = {
    "{host} refused the user name or password. Check them; some servers (iCloud, Fastmail, "
    "Nextcloud with two-factor login) need an app password.":
        "{host} hat Benutzername oder Passwort abgelehnt.",
    "Kith could not reach {host} ({why}). Check the address and your connection, then try "
    "again.": "Kith hat {host} nicht erreicht ({why}).",
    "the connection was refused": "Verbindung abgelehnt",
}


@pytest.fixture
def german() -> Iterator[list[tuple[str, str]]]:
    asked: list[tuple[str, str]] = []

    def hook(context: str, text: str, _disambiguation: str | None, _n: int) -> str:
        asked.append((context, text))
        return GERMAN.get(text, text) if context == "Sync" else text

    i18n.install(hook)
    yield asked
    i18n.install(None)


def test_a_refused_login_reaches_the_window_translated(radicale, german):
    radicale.phone.make_addressbook("contacts")
    with pytest.raises(AuthFailed) as caught:
        DavClient(radicale.url, radicale.user, "wrong-password").discover()
    assert str(caught.value) == f"127.0.0.1:{radicale.port} hat Benutzername oder Passwort " \
                                "abgelehnt."


def test_an_unreachable_server_is_said_translated_with_its_reason(german):
    with pytest.raises(Unreachable) as caught:
        DavClient(f"http://127.0.0.1:{free_port()}/", "ana", "pw").discover()
    assert str(caught.value) == "Kith hat 127.0.0.1 nicht erreicht (Verbindung abgelehnt)."


def test_every_message_of_an_insecure_address_asks_the_translator(german):
    with pytest.raises(InsecureUrl):
        DavClient("http://dav.example.com/", "ana", "pw")
    assert any(context == "Sync" and "only syncs over HTTPS" in text for context, text in german)


def test_without_a_translator_the_messages_stay_english(radicale):
    radicale.phone.make_addressbook("contacts")
    with pytest.raises(AuthFailed) as caught:
        DavClient(radicale.url, radicale.user, "wrong-password").discover()
    assert "refused the user name or password" in str(caught.value)
