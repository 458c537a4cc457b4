import pytest
from PySide6.QtCore import QUrl

from kith.ui.safety import link_for


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("email", "ana@acme.com", "mailto:ana@acme.com"),
        ("phone", "+1 512 555 0199", "tel:+15125550199"),
        ("url", "https://acme.example/a b", "https://acme.example/a%20b"),
        ("url", "acme.example", "https://acme.example"),
        ("url", "http://x.example", "http://x.example"),
    ],
)
def test_safe_links(qapp, kind: str, value: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    url = link_for(kind, value)
    assert url is not None
    assert url.toString(QUrl.ComponentFormattingOption.FullyEncoded) == expected


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("url", "file:///etc/passwd"),
        ("url", "javascript:alert(1)"),
        ("url", "smb://server/share"),
        ("url", "https://"),
        ("address", "1 Main St"),
        ("im", "xmpp:ana@jabber.example"),
        ("url", ""),
    ],
)
def test_unsafe_links_never_open(qapp, kind: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert link_for(kind, value) is None
