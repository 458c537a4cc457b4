"""What is stored is clean text: no control characters, no bidirectional overrides."""

from pathlib import Path

from kith.services.contacts.records import clean_text


def test_bidirectional_overrides_go_and_right_to_left_text_stays() -> None:
    assert clean_text("tax advice\u202egnp.exe") == "tax advicegnp.exe"
    assert clean_text("\u202aa\u202bb\u202cc\u202dd") == "abcd"
    assert clean_text("مرحبا \u200fشكرا\u2067x\u2069") == "مرحبا \u200fشكرا\u2067x\u2069"


def test_invisible_characters_that_never_belong_in_a_name_go() -> None:
    assert clean_text("Bom\ufeffMid Zo\u00eb") == "BomMid Zo\u00eb"
    assert clean_text("\ufeffAna\u200b Sil\u2060va") == "Ana Silva"
    # the zero-width non-joiner and joiner carry meaning in Persian, Indic scripts, emoji
    assert clean_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == \
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert clean_text("\U0001f469\u200d\U0001f4bb") == "\U0001f469\u200d\U0001f4bb"


def test_a_card_with_invisible_characters_in_its_name_is_found_by_the_name(
        db: Path, tmp_path: Path) -> None:
    from kith.services.cards import importer
    from kith.services.contacts import people, search

    path = tmp_path / "bom.vcf"
    path.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bom\ufeffMid Zo\u00eb\r\n"
                     "N:Zo\u00eb;Bom\ufeffMid;;;\r\nORG:Ac\u200bme\r\n"
                     "EMAIL:bom@x.example\r\nEND:VCARD\r\n".encode("utf-8"))
    assert importer.commit(importer.plan([path])).created == 1
    found = search.ids("BomMid")
    assert len(found) == 1
    record = people.load(found[0])
    assert (record.display_name, record.given_name, record.organization) == (
        "BomMid Zo\u00eb", "BomMid", "Acme")
