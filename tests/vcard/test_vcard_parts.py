"""The small pieces: escapes, dates, labels, parameters, charsets, duplicate-matching keys."""

from __future__ import annotations

import pytest

from kith.vcard import normalize_email, normalize_phone, read_bytes
from kith.vcard.decode import TextDecoder, bytes_to_text
from kith.vcard.labels import label_from_ablabel, label_from_types, types_for_label
from kith.vcard.lexer import iter_properties, parse_params
from kith.vcard.values import parse_birthday, split_unescaped, structured, text_list, unescape


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("plain", "plain"),
        ("a\\,b\\;c\\\\d\\ne\\Nf", "a,b;c\\d\ne\nf"),
        ('\\"AS IS\\"', '"AS IS"'),  # Gmail/Apple escape quotes
        ("http\\://x", "http://x"),
        ("C:\\Users\\bob", "C:\\Users\\bob"),  # a backslash before a letter stays
        ("trailing\\", "trailing\\"),
    ],
)
def test_unescape(raw: str, text: str) -> None:
    assert unescape(raw) == text


def test_structured_values_split_on_unescaped_semicolons_only() -> None:
    assert split_unescaped("a\\;b;c\\\\;d", ";") == ["a\\;b", "c\\\\", "d"]
    assert structured("Doe;John;Richter\\, James;Mr.", 5) == [
        "Doe", "John", "Richter, James", "Mr.", ""]
    assert text_list("Nick1,Nick2\\, Jr.,,") == ["Nick1", "Nick2, Jr."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1987-09-15", ("1987-09-15", None)),
        ("19870915", ("1987-09-15", None)),
        ("1987-09-15T00:00:00Z", ("1987-09-15", None)),
        ("1996-04-15T201243+04:00", ("1996-04-15", None)),
        ("19531015T231000Z", ("1953-10-15", None)),
        ("--0415", ("--04-15", None)),
        ("--04-15", ("--04-15", None)),
        ("--0229", ("--02-29", None)),
        ("1604-12-24", ("--12-24", None)),
        ("0000-07-04", ("--07-04", None)),
        ("19879215", (None, "19879215")),
        ("2001-02-29", (None, "2001-02-29")),
        ("15.09.1987", (None, "15.09.1987")),
        ("", (None, None)),
        ("   ", (None, None)),
    ],
)
def test_parse_birthday(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_birthday(text) == expected


@pytest.mark.parametrize(
    ("types", "label"),
    [
        (["internet", "home"], "home"),
        (["fax", "work"], "work fax"),
        (["cell", "voice"], "mobile"),
        (["voice"], ""),
        (["x-aunt", "fax"], "aunt fax"),
        (["work", "cell", "voice", "video", "text"], "work mobile video"),
    ],
)
def test_labels_from_types(types: list[str], label: str) -> None:
    assert label_from_types(types) == label


def test_labels_written_as_type_only_when_they_read_back_the_same() -> None:
    assert types_for_label("work fax") == ["work", "fax"]
    assert types_for_label("mobile") == ["cell"]
    assert types_for_label("") == []
    assert types_for_label("fax work") is None  # would come back as "work fax"
    assert types_for_label("Monkey Tree") is None
    assert label_from_ablabel("_$!<HomePage>!$_") == "homepage"
    assert label_from_ablabel("_$!<Mobile>!$_") == "mobile"
    assert label_from_ablabel(" GRAND_CENTRAL ") == "GRAND_CENTRAL"


def test_parameters_in_21_30_and_40_forms() -> None:
    v21 = parse_params(";WORK;FAX;PREF;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE")
    assert (v21.types, v21.pref, v21.charset, v21.encoding) == (
        ["work", "fax"], True, "SHIFT_JIS", "QUOTED-PRINTABLE")
    v30 = parse_params(";TYPE=INTERNET,pref;TYPE=HOME")
    assert (v30.types, v30.pref, v30.label) == (["internet", "home"], True, "home")
    v40 = parse_params(';VALUE=uri;PREF=1;TYPE="voice,cell"')
    assert (v40.types, v40.pref, v40.value_type, v40.label) == (
        ["voice", "cell"], True, "uri", "mobile")
    assert parse_params(";QUOTED-PRINTABLE").encoding == "QUOTED-PRINTABLE"


def test_lexer_lines_and_continuations() -> None:
    text = "\n".join([
        "BEGIN:VCARD",
        "item1.EMAIL;TYPE=\"a:b\":x@y",
        "NOTE;ENCODING=QUOTED-PRINTABLE:one=",
        "two",
        "FN:fol",
        " ded",
        "junk line",
        "END:VCARD",
    ])
    assert list(iter_properties(text)) == [
        (1, "", "BEGIN", "", "VCARD"),
        (2, "item1", "EMAIL", ';TYPE="a:b"', "x@y"),
        (3, "", "NOTE", ";ENCODING=QUOTED-PRINTABLE", "onetwo"),
        (5, "", "FN", "", "folded"),
        (7, "", "", "not a property", "junk line"),
        (8, "", "END", "", "VCARD"),
    ]


def test_bytes_to_text_removes_boms_and_reads_utf16() -> None:
    assert bytes_to_text(b"\xef\xbb\xbfFN:a") == ("FN:a", True)
    assert bytes_to_text("FN:é".encode("utf-16")) == ("FN:é".encode().decode("latin-1"), True)
    assert bytes_to_text(b"FN:\xe9") == ("FN:\xe9", False)


def test_text_decoder_prefers_declared_charset_then_utf8_then_a_guess() -> None:
    decoder = TextDecoder(b"", unicode_source=False)
    assert decoder.decode("Do\xeb", "", "windows-1252") == "Doë"
    assert decoder.decode("Ã©tÃ©", "", "ISO-8859-1") == "été"  # UTF-8 mislabelled latin-1
    assert decoder.decode("=C3=A9", "QUOTED-PRINTABLE", "") == "é"
    assert decoder.decode("w6k=", "B", "UTF-8") == "é"
    assert decoder.decode("8bit", "8BIT", "") == "8bit"
    assert decoder.decode("x\xe9", "", "no-such-charset") == "xé"


def test_a_mislabelled_card_still_reads() -> None:
    data = "BEGIN:VCARD\r\nFN;CHARSET=UTF-8:Jürgen\r\nEND:VCARD\r\n".encode("cp1252")
    assert [c.formatted_name for c in read_bytes(data, "x").cards] == ["Jürgen"]


@pytest.mark.parametrize(
    ("value", "region", "key"),
    [
        ("+1 (555) 010-2030", None, "+15550102030"),
        ("(555) 010-2030", "US", "+15550102030"),
        ("555.010.2030", "US", "+15550102030"),
        ("+44 20 7946 0958", None, "+442079460958"),
        ("tel:+1-418-656-9254;ext=102", None, "+14186569254"),
        ("(555) 010-2030", None, "5550102030"),
        ("+12", None, "+12"),
        ("０９０-１２３４", None, "0901234"),
        ("phone work", None, ""),
    ],
)
def test_normalize_phone(value: str, region: str | None, key: str) -> None:
    assert normalize_phone(value, region) == key


def test_normalize_email() -> None:
    assert normalize_email("  Ana.Silva@Example.COM ") == "ana.silva@example.com"
    assert normalize_email("STRASSE@Ärger.de") == "strasse@ärger.de"
