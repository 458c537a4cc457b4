"""write_cards: the exact text other address books get, in vCard 3.0 and 4.0."""

from __future__ import annotations

import pytest
import vobject

from kith.vcard import Card, CardPoint, read_bytes, write_cards

PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(64))
PHOTO_B64 = (
    "/9j/4AABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8="
)


def ana() -> Card:
    return Card(
        uid="urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        formatted_name="Ana Silva, PhD",
        given_name="Ana",
        family_name="Silva",
        organization="Acme, Inc.",
        department="R&D; Lab 2",
        title="CTO",
        birthday="1987-09-15",
        notes="Met at the mixer.\nMoving to Austin; call her.",
        emails=[CardPoint("email", "ana@acme.example", "work", True),
                CardPoint("email", "ana@home.example", "Monkey Tree")],
        phones=[CardPoint("phone", "+1 555 0100", "mobile"),
                CardPoint("phone", "+1 555 0101", "work fax")],
        addresses=[CardPoint("address", "1 Main St\nAustin\nTX", "home", False,
                             {"box": "", "extended": "", "street": "1 Main St",
                              "city": "Austin", "region": "TX", "code": "", "country": ""})],
        urls=[CardPoint("url", "https://ana.example", "")],
        ims=[CardPoint("im", "xmpp:ana@acme.example", "")],
        categories=["Conference", "Austin, TX"],
        photo=PHOTO,
        photo_mime="image/jpeg",
    )


def lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text.split("\r\n")[:-1]


def test_vcard_30_text() -> None:
    assert lines(write_cards([ana()], "3.0")) == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Kith//Kith personal CRM//EN",
        "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
        "FN:Ana Silva\\, PhD",
        "N:Silva;Ana;;;",
        "ORG:Acme\\, Inc.;R&D\\; Lab 2",
        "TITLE:CTO",
        "BDAY:1987-09-15",
        "EMAIL;TYPE=INTERNET,WORK,PREF:ana@acme.example",
        "item1.EMAIL;TYPE=INTERNET:ana@home.example",
        "item1.X-ABLabel:Monkey Tree",
        "TEL;TYPE=CELL:+1 555 0100",
        "TEL;TYPE=WORK,FAX:+1 555 0101",
        "ADR;TYPE=HOME:;;1 Main St;Austin;TX;;",
        "URL:https://ana.example",
        "IMPP:xmpp:ana@acme.example",
        "CATEGORIES:Conference,Austin\\, TX",
        "NOTE:Met at the mixer.\\nMoving to Austin\\; call her.",
        "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO_B64[:48],
        " " + PHOTO_B64[48:],
        "END:VCARD",
    ]


def test_vcard_40_text() -> None:
    text = write_cards([ana()], "4.0")
    assert lines(text)[8:12] == [
        "BDAY:19870915",
        "EMAIL;TYPE=work;PREF=1:ana@acme.example",
        "item1.EMAIL:ana@home.example",
        "item1.X-ABLabel:Monkey Tree",
    ]
    photo = text[text.index("PHOTO:") : text.index("END:VCARD")].replace("\r\n ", "")
    assert photo == "PHOTO:data:image/jpeg;base64," + PHOTO_B64 + "\r\n"


def test_both_versions_read_back_through_vobject_and_kith() -> None:
    for version in ("3.0", "4.0"):
        text = write_cards([ana(), Card(formatted_name="Bob Ng")], version)
        parsed = list(vobject.readComponents(text))
        assert [c.fn.value for c in parsed] == ["Ana Silva, PhD", "Bob Ng"]
        assert parsed[0].org.value == ["Acme, Inc.", "R&D; Lab 2"]
        back = read_bytes(text.encode("utf-8"), "x.vcf")
        assert [c.display_name() for c in back.cards] == ["Ana Silva, PhD", "Bob Ng"]
        assert back.cards[0].photo == PHOTO
        assert back.problems == []


def test_vobject_decodes_the_30_photo() -> None:
    parsed = next(vobject.readComponents(write_cards([ana()], "3.0")))
    assert parsed.photo.value == PHOTO


def test_fn_is_always_written_from_display_name() -> None:
    card = Card(given_name="John", family_name="Smith", prefix="Dr.")
    assert "FN:Dr. John Smith" in lines(write_cards([card]))
    only_email = Card(emails=[CardPoint("email", "x@example.com")])
    assert lines(write_cards([only_email]))[3:5] == ["FN:x@example.com", "N:;;;;"]


@pytest.mark.parametrize(
    ("birthday", "raw", "v3", "v4"),
    [
        ("--04-15", None, "BDAY:--04-15", "BDAY:--0415"),
        ("0987-01-31", None, "BDAY:0987-01-31", "BDAY:09870131"),
        (None, "circa 1980", "BDAY:circa 1980", "BDAY;VALUE=text:circa 1980"),
        (None, None, None, None),
    ],
)
def test_birthday_forms(birthday: str | None, raw: str | None, v3: str | None,
                        v4: str | None) -> None:
    card = Card(formatted_name="B", birthday=birthday, birthday_raw=raw)
    for version, expected in (("3.0", v3), ("4.0", v4)):
        bday = [line for line in lines(write_cards([card], version)) if line.startswith("BDAY")]
        assert bday == ([expected] if expected else [])


def test_long_non_ascii_lines_fold_at_75_octets_between_characters() -> None:
    card = Card(formatted_name="名前" * 40, notes="é" * 100)
    text = write_cards([card])
    for line in lines(text):
        assert len(line.encode("utf-8")) <= 75
    back = read_bytes(text.encode("utf-8"), "x.vcf").cards[0]
    assert (back.formatted_name, back.notes) == ("名前" * 40, "é" * 100)


def test_address_without_parts_goes_into_street() -> None:
    card = Card(formatted_name="A", addresses=[CardPoint("address", "Somewhere 1\nTown")])
    assert "ADR:;;Somewhere 1\\nTown;;;;" in lines(write_cards([card]))


def test_unknown_version_is_refused() -> None:
    with pytest.raises(ValueError, match="2.1"):
        write_cards([Card(formatted_name="A")], "2.1")


def test_no_cards_no_text() -> None:
    assert write_cards([]) == ""
