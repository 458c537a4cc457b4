"""A stored e-mail address cannot add headers to the mail Kith opens (issue 10, item 8).

``a@b.c?bcc=someone@else.example`` used to become ``mailto:a@b.c?bcc=...``:
opening it would copy the mail to a stranger. The address part is
percent-encoded, so it stays one (odd) address and adds nothing.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl

from kith.ui.safety import link_for, mail_link
from tests.ui.conftest import settle

HOSTILE = [
    "a@b.c?bcc=someone@else.example",
    "a@b.c?cc=someone@else.example&body=hello",
    "a@b.c&cc=someone@else.example",
    "a@b.c?body=Please%20wire%20money",
    "a@b.c%3Fbcc=someone@else.example",
    "a@b.c#?bcc=someone@else.example",
]
ENCODED = QUrl.ComponentFormattingOption.FullyEncoded


def _parts(url: str) -> tuple[str, dict[str, list[str]], str]:
    """(recipient, query items, fragment) as a mail client reads a mailto: URL."""
    parts = urlsplit(url)
    return unquote(parts.path), parse_qs(parts.query), parts.fragment


@pytest.mark.parametrize("address", HOSTILE)
@pytest.mark.parametrize("kind", ["email", "url"])
def test_a_stored_address_stays_one_address(qapp, kind: str, address: str) -> None:  # type: ignore[no-untyped-def]
    value = "mailto:" + address if kind == "url" else address
    url = link_for(kind, value)
    assert url is not None
    text = url.toString(ENCODED)
    assert text.startswith("mailto:")
    assert _parts(text) == (address, {}, "")


@pytest.mark.parametrize("address", HOSTILE)
def test_a_drafted_mail_has_only_its_subject_and_body(qapp, address: str) -> None:  # type: ignore[no-untyped-def]
    url = mail_link(address, "Checking in", "Hi & bye?\nSee you")
    assert url is not None
    assert _parts(url.toString(ENCODED)) == (
        address, {"subject": ["Checking in"], "body": ["Hi & bye?\r\nSee you"]}, "")


def test_a_phone_number_cannot_carry_a_fragment_or_query(qapp) -> None:  # type: ignore[no-untyped-def]
    url = link_for("phone", "+1 512 555 0199?x=1#y")
    assert url is not None
    assert not url.hasQuery() and not url.hasFragment()
    assert url.toString(ENCODED) == "tel:+15125550199%3Fx=1%23y"


def test_the_help_pages_email_action_sends_to_the_stored_address_only(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path
) -> None:
    from kith.services.contacts import people as contacts
    from kith.services.contacts.records import ContactRecord
    from kith.services.followups import interactions
    from kith.vcard.model import CardPoint

    hostile = "cara@globex.example?bcc=someone@else.example"
    cara = contacts.create(ContactRecord(display_name="Cara Diaz",
                                         points=[CardPoint("email", hostile)]))
    interactions.log(interactions.Interaction(cara, dt.date.today(), "email", "me", "asked",
                                              "Asked for a favour", ""))
    window.show_page("help")
    settle(qtbot, window)
    page = window.ideas_page
    kinds = [p.kind for p in page.items]
    page.table.setCurrentCell(kinds.index("give_first"), 1)
    opened: list[str] = []
    monkeypatch.setattr("kith.ui.ideas_page.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString(ENCODED)) or True)
    qtbot.mouseClick(page.buttons["email"], Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    recipient, query, fragment = _parts(opened[0])
    assert recipient == hostile
    assert set(query) == {"subject", "body"} and fragment == ""
