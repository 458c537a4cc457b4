"""One fixture per way real vCards break a naive importer (GUIDE section 5), exact results.

The fixtures are Kith's own (tests/fixtures/vcards/make_fixtures.py shows how
their bytes were made); each test states what a careful reader gets from them.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kith.vcard import Card, CardPoint, ParseResult, Problem, iter_cards, read_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vcards"
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)
FAKE_JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4 + b"\xff\xd9"
NO_CONTENT = "card has no name, organisation, e-mail or phone"


def read(name: str) -> ParseResult:
    return read_bytes((FIXTURES / name).read_bytes(), name)


def names(result: ParseResult) -> list[str]:
    return [card.display_name() for card in result.cards]


def values(points: list[CardPoint]) -> list[str]:
    return [p.value for p in points]


def problems(result: ParseResult) -> list[tuple[int, str, str]]:
    return [(p.line, p.card, p.message) for p in result.problems]


def only(result: ParseResult) -> Card:
    assert len(result.cards) == 1, names(result)
    return result.cards[0]


# --- 5.1 not UTF-8 ------------------------------------------------------------------


def test_utf8_bom_is_removed() -> None:
    result = read("utf8_bom.vcf")
    card = only(result)
    assert (card.formatted_name, card.given_name, card.family_name) == (
        "Zoë Ångström", "Zoë", "Ångström")
    assert values(card.emails) == ["zoe@example.se"]
    assert (card.source_file, card.line) == ("utf8_bom.vcf", 1)
    assert result.problems == []


def test_utf16_little_endian_with_bom() -> None:
    result = read("utf16le_bom.vcf")
    assert names(result) == ["Дмитрий Иванов", "Ana Silva"]
    assert [c.line for c in result.cards] == [1, 7]
    assert values(result.cards[0].emails) == ["dmitri@example.ru"]
    assert result.cards[1].phones == [CardPoint("phone", "+351 912 345 678", "mobile")]
    assert result.problems == []


def test_utf16_big_endian_without_bom() -> None:
    card = only(read("utf16be_nobom.vcf"))
    assert card.formatted_name == "Σωκράτης Παπαδόπουλος"
    assert values(card.emails) == ["sokratis@example.gr"]


def test_undeclared_windows_1252() -> None:
    result = read("cp1252_undeclared.vcf")
    first, second = result.cards
    assert (first.formatted_name, first.family_name, first.organization) == (
        "François Müller", "Müller", "Bäckerei Müller")
    assert first.notes == "Café crème, Straße – très sympathique"
    assert second.formatted_name == "José García"
    assert second.notes == "Señor García, Niño Peñalver – reunión en Málaga"
    assert result.problems == []


def test_declared_charsets_per_property() -> None:
    result = read("charsets_declared.vcf")
    assert names(result) == [
        "Łukasz Żółkiewski", "Дмитрий Иванов", "Γιώργος Παπαδόπουλος", "דוד כהן",
        "Renée Fauré", "ソニー 表",
    ]
    japanese = result.cards[-1]
    # 表 and ソ end in byte 0x5C ("\"): decoding must come before unescaping.
    assert (japanese.family_name, japanese.given_name) == ("表", "ソニー")
    assert values(japanese.phones) == ["090-1234-5678"]
    assert result.problems == []


def test_undeclared_shift_jis() -> None:
    result = read("shift_jis_undeclared.vcf")
    assert names(result) == ["山田 太郎", "鈴木 花子"]
    first = result.cards[0]
    assert first.notes == "会議の後で連絡する。よろしくお願いします。"
    assert first.addresses[0].extra == {
        "box": "", "extended": "", "street": "渋谷区桜丘町26-1", "city": "東京都",
        "region": "", "code": "150-8512", "country": "日本",
    }


# --- 5.2 quoted-printable --------------------------------------------------------


def test_quoted_printable_soft_line_breaks_and_charsets() -> None:
    result = read("quoted_printable.vcf")
    emile, jose, piotr = result.cards
    assert (emile.formatted_name, emile.given_name, emile.family_name) == (
        "Émile Durand", "Émile", "Durand")
    # "=" at a line end joins the next line as is, even when it starts with a space.
    assert emile.notes == "Rencontré au salon,\nparlé de l'été à Montréal."
    assert values(emile.emails) == ["emile@example.fr"]
    assert jose.formatted_name == "José García"
    assert jose.addresses[0].value == "Calle Mañana 5\nMálaga\n29001\nEspaña"
    # QP bytes with no CHARSET: Latin-2 "ń", not Spanish "ñ" (The Bat! export).
    assert (piotr.formatted_name, piotr.family_name) == ("Piotr Iksiński", "Iksiński")
    assert piotr.notes == "Line one\nLine two"  # bare QUOTED-PRINTABLE parameter
    assert result.problems == []


# --- 5.3 ENCODING=8BIT / 7BIT ----------------------------------------------------


def test_8bit_and_7bit_encoding_keep_the_text() -> None:
    card = only(read("encoding_8bit.vcf"))
    assert card.formatted_name == "Ana Silva"
    assert (card.organization, card.department, card.title) == ("Açores Ltda.", "Vendas", "CTO")
    assert card.notes == "Olá, tudo bem?"
    assert values(card.emails) == ["ana@example.pt"]


# --- 5.4 unescaped commas ----------------------------------------------------------


def test_unescaped_commas_keep_the_whole_value() -> None:
    result = read("unescaped_commas.vcf")
    smith, doe = result.cards
    assert smith.formatted_name == "Smith, John"
    assert (smith.organization, smith.department, smith.title) == (
        "Acme, Inc.", "Sales, East", "VP, Sales")
    assert (doe.formatted_name, doe.organization) == ("Doe, Jane", "Company, The")
    assert doe.phones == [CardPoint("phone", "555-0100", "work")]


# --- 5.5 / 5.6 photos -------------------------------------------------------------


def test_data_uri_photos() -> None:
    result = read("photo_data_uri.vcf")
    v4, escaped = result.cards
    assert (v4.photo, v4.photo_mime) == (TINY_PNG, "image/png")
    assert (escaped.photo, escaped.photo_mime) == (TINY_PNG, "image/png")
    assert result.problems == []


def test_broken_base64_drops_the_photo_and_keeps_the_person() -> None:
    result = read("photo_broken.vcf")
    assert names(result) == ["Ana Silva", "Bob Ng", "Cara Diaz"]
    ana, bob, cara = result.cards
    assert (ana.photo, values(ana.emails)) == (None, ["ana@example.com"])
    assert (bob.photo, bob.photo_mime) == (FAKE_JPEG, "image/jpeg")
    assert (cara.photo, values(cara.phones)) == (None, ["555-0102"])
    assert problems(result) == [
        (5, "Ana Silva", "photo dropped: its base64 data is damaged"),
        (38, "Cara Diaz", "photo dropped: its base64 data is damaged"),
    ]


def test_photo_uris_are_never_fetched() -> None:
    result = read("photo_uri.vcf")
    assert names(result) == ["Uri Three", "Uri Two", "Uri Four"]
    assert [c.photo for c in result.cards] == [None, None, None]
    assert result.problems == []


# --- 5.7 no FN ----------------------------------------------------------------------


def test_cards_without_fn_get_a_derived_name_and_empty_cards_a_problem() -> None:
    result = read("no_fn.vcf")
    assert [c.formatted_name for c in result.cards] == ["", "", "", ""]
    assert names(result) == ["Dr. John Q. Smith", "only.email@example.com", "+1 555 0100",
                             "Initech"]
    assert [c.line for c in result.cards] == [1, 5, 9, 13]
    assert problems(result) == [(17, "", NO_CONTENT), (22, "", NO_CONTENT)]


# --- 5.8 one bad line ----------------------------------------------------------------


def test_bad_lines_are_skipped_and_reported_with_their_line() -> None:
    result = read("bad_lines.vcf")
    assert names(result) == ["Bad Lines", "Good Neighbour"]
    card = result.cards[0]
    assert card.emails == [CardPoint("email", "bad.lines@example.com", "work")]
    assert card.phones == [CardPoint("phone", "555-0100", "home")]
    assert problems(result) == [
        (4, "Bad Lines",
         "line skipped (not a property): # exported by a tool that writes comments"),
        (5, "Bad Lines", "line skipped (not a property): NOCOLONHERE"),
        (6, "Bad Lines", "line skipped (not a property): X-messaging/aim-All:badlines"),
        (7, "Bad Lines",
         'line skipped (unbalanced quotes in parameters): TEL;TYPE="work:555-0199'),
    ]


# --- 5.9 dates ---------------------------------------------------------------------


def test_birthdays() -> None:
    result = read("dates.vcf")
    assert [(c.birthday, c.birthday_raw) for c in result.cards] == [
        ("--04-15", None),
        (None, "19879215"),
        (None, None),
        ("1987-09-15", None),
        ("1987-09-15", None),
        ("1987-09-15", None),
        (None, "circa 1980"),
        ("--03-01", None),  # year 1604: Apple's and CardBook's "no year"
        (None, "--04-31"),
        (None, "2001-02-29"),
    ]


# --- 5.10 control characters ---------------------------------------------------------


def test_control_characters_are_stripped_newlines_kept() -> None:
    card = only(read("control_chars.vcf"))
    assert card.formatted_name == "Bell Escape"
    assert values(card.phones) == ["555-0100"]
    assert card.notes == "first line\nsecond line"


# --- 5.11 nesting, empty files -----------------------------------------------------------


def test_a_nested_card_is_read_as_its_own_card() -> None:
    result = read("nested.vcf")
    assert names(result) == ["Al Agent", "Pat Parent"]
    assert [values(c.phones) for c in result.cards] == [["555-0101"], ["555-0100"]]
    assert [c.line for c in result.cards] == [5, 1]
    assert result.problems == []


def test_deep_nesting_keeps_the_outer_cards() -> None:
    result = read("deep_nesting.vcf")
    assert names(result) == [f"Level {n}" for n in range(8, 0, -1)]
    # Each skipped inner card is named by its own problem, marked as a lost card.
    lost = ("card skipped, nested more than 8 cards deep "
            "(is an END:VCARD missing before it?)")
    assert problems(result) == [(25 + 3 * i, "", lost) for i in range(12)]
    assert all(p.lost_card for p in result.problems)


@pytest.mark.parametrize(
    ("name", "message"),
    [("empty.vcf", "the file is empty"), ("not_a_vcard.vcf", "no vCard found in this file")],
)
def test_files_without_cards(name: str, message: str) -> None:
    result = read(name)
    assert result.cards == []
    assert problems(result) == [(0, "", message)]


# --- 5.12 same UID twice ------------------------------------------------------------------


def test_the_same_uid_twice_gives_two_cards_for_the_importer_to_merge() -> None:
    result = read("duplicate_uid.vcf")
    assert [(c.uid, values(c.emails)) for c in result.cards] == [
        ("same-uid-1", ["one@example.com"]), ("same-uid-1", ["two@example.com"])]


# --- 5.13 line endings, trailing spaces, cut-off files, lower case -----------------------


def test_ios_cr_cr_lf_and_trailing_spaces_after_begin() -> None:
    result = read("ios_crcrlf.vcf")
    assert names(result) == ["Bob Smith", "Ann Lee"]
    bob, ann = result.cards
    assert (bob.line, ann.line) == (1, 31)
    assert bob.emails == [CardPoint("email", "bob@smithauto.example", "other", True)]
    assert bob.phones == [CardPoint("phone", "(650) 555-1212", "mobile", True)]
    assert (bob.organization, bob.department) == ("Smith Auto Repair", "")
    assert (bob.photo, bob.photo_mime) == (FAKE_JPEG, "image/jpeg")
    assert ann.phones == [CardPoint("phone", "(650) 555-3434", "home")]
    assert result.problems == []


def test_cut_off_file_keeps_the_last_card_and_reports_it() -> None:
    result = read("cut_off.vcf")
    assert names(result) == ["Complete Card", "Cut Off"]
    assert result.cards[1].notes == "the file ends here"
    assert values(result.cards[1].emails) == ["cut.off@example.com"]
    assert problems(result) == [
        (6, "Cut Off", "END:VCARD missing: the file ends inside this card")]


def test_lower_case_begin_end_and_names() -> None:
    card = only(read("lowercase.vcf"))
    assert card.formatted_name == "Lower Case"
    assert card.emails == [CardPoint("email", "lower@example.com", "home")]
    assert card.phones == [CardPoint("phone", "555-0100", "mobile")]


# --- groups, vCard 2.1 forms, folding ---------------------------------------------------------


def test_apple_item_groups_use_the_x_ablabel() -> None:
    card = only(read("apple_groups.vcf"))
    assert card.emails == [CardPoint("email", "grace@navy.example", "other")]
    assert card.phones == [
        CardPoint("phone", "555-0111", "Assistant"),
        CardPoint("phone", "555-0112", "Lab"),  # ITEM5 and item5 are one group
        CardPoint("phone", "555-0113", "work fax"),
    ]
    assert card.urls == [CardPoint("url", "http://grace.example", "homepage", True)]
    assert [(a.value, a.label) for a in card.addresses] == [
        ("1 Harbor Rd\nArlington\nVA\n22201\nUSA", "Summer house")]


def test_v21_bare_types_and_unindented_base64() -> None:
    card = only(read("v21_bare_types.vcf"))
    assert card.phones == [
        CardPoint("phone", "090-0000-0003", "home mobile"),
        CardPoint("phone", "03-0000-0004", "work fax"),
        CardPoint("phone", "03-0000-0005", "", True),
    ]
    assert card.emails == [CardPoint("email", "ken@example.jp", "", True)]
    assert [(a.label, a.preferred) for a in card.addresses] == [("home", True)]
    assert (card.photo, card.photo_mime) == (FAKE_JPEG, "image/jpeg")


def test_v21_backslash_newline_continues_the_address() -> None:
    result = read("v21_adr_continuation.vcf")
    card = only(result)
    assert card.addresses[0].extra == {
        "box": "", "extended": "",
        "street": "Hermann v. Brevern\nPackstation 999\nPostnummer 12345",
        "city": "Hamburg", "region": "", "code": "20095", "country": "Germany",
    }
    assert values(card.phones) == ["040-0000-0000"]
    assert result.problems == []


def test_a_fold_inside_a_utf8_character() -> None:
    card = only(read("fold_splits_utf8.vcf"))
    assert card.formatted_name == "Jürgen Sørensen-Öberg"
    assert card.notes == "folded with a tab"


# --- the streaming interface ------------------------------------------------------------------


def test_iter_cards_yields_cards_then_their_problems_in_file_order() -> None:
    data = (FIXTURES / "photo_broken.vcf").read_bytes()
    items = list(iter_cards(data, "photo_broken.vcf"))
    kinds = [(type(i).__name__, i.line) for i in items]
    assert kinds == [("Card", 1), ("Problem", 5), ("Card", 7), ("Card", 34), ("Problem", 38)]


def test_iter_cards_can_be_stopped_after_the_first_card() -> None:
    data = (FIXTURES / "dates.vcf").read_bytes()
    items = iter_cards(data, "dates.vcf")
    first = next(items)
    assert isinstance(first, Card) and first.formatted_name == "Date 1"
    items.close()  # a cancelled import stops reading here


def test_problem_records_name_the_file() -> None:
    result = read("bad_lines.vcf")
    assert {p.file for p in result.problems} == {"bad_lines.vcf"}
    assert all(isinstance(p, Problem) for p in result.problems)
