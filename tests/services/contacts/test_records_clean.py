"""What is stored is clean text: no control characters, no bidirectional overrides."""

from kith.services.contacts.records import clean_text


def test_bidirectional_overrides_go_and_right_to_left_text_stays() -> None:
    assert clean_text("tax advice\u202egnp.exe") == "tax advicegnp.exe"
    assert clean_text("\u202aa\u202bb\u202cc\u202dd") == "abcd"
    assert clean_text("مرحبا \u200fشكرا\u2067x\u2069") == "مرحبا \u200fشكرا\u2067x\u2069"
