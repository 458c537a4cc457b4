"""Every file of the real-world corpus (../shared/vcards) reads, and reads right.

Three layers:

- every file reads with no exception and no internal error;
- for files whose traits are simple (UTF-8, no quoted-printable, no CHARSET,
  nothing malformed), the FN, EMAIL and TEL values are taken out of the text
  independently with a plain regex and must match what the reader gives;
- for the tricky files (Shift_JIS, QP, UTF-16, BOM, data: photos, broken
  photos, bad lines), a hand-written table of exactly what each card holds,
  written by reading the files.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kith.vcard import Card, ParseResult, read_bytes

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "vcards"
NO_CONTENT = "card has no name, organisation, e-mail or phone"
PHOTO_DAMAGED = "photo dropped: its base64 data is damaged"

_ABSENT = f"the real-world vCard corpus is not at {CORPUS} (it sits beside the " \
    "repository in development checkouts and CI, not in a fresh clone)"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").is_file() and not os.environ.get("CI"),
                       reason=_ABSENT),
]


def test_corpus_is_present_in_ci() -> None:
    """CI has ../shared/vcards: there the corpus tests run, never skip."""
    assert (CORPUS / "MANIFEST.tsv").is_file(), _ABSENT


def _manifest() -> list[dict[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").is_file():
        return []
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


MANIFEST = _manifest()
ALL_FILES = [row["local_path"] for row in MANIFEST]
_HARD_TRAITS = ("QP", "CHARSET", "malformed", "nested", "UTF-16", "BOM", "without NAME",
                "CRCRLF", "BEGIN/END mismatch")


def _is_simple(row: dict[str, str]) -> bool:
    if any(trait in row["notable_traits"] for trait in _HARD_TRAITS):
        return False
    try:
        (CORPUS / row["local_path"]).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return True


SIMPLE_FILES = [row["local_path"] for row in MANIFEST if _is_simple(row)]


def read(path: str) -> ParseResult:
    return read_bytes((CORPUS / path).read_bytes(), path)


# --- every file ----------------------------------------------------------------------


def test_the_corpus_is_all_there() -> None:
    assert len(ALL_FILES) == 135
    assert len(SIMPLE_FILES) >= 90


@pytest.mark.parametrize("path", ALL_FILES)
def test_every_file_reads_without_internal_errors(path: str) -> None:
    result = read(path)
    for problem in result.problems:
        assert problem.file == path
        assert "could not read" not in problem.message, problem
        assert " skipped: " not in problem.message, problem  # an exception inside a card
    for card in result.cards:
        assert card.display_name(), card
        assert card.source_file == path and card.line >= 1


def test_corpus_totals() -> None:
    cards = problems = 0
    for path in ALL_FILES:
        result = read(path)
        cards += len(result.cards)
        problems += len(result.problems)
    # 159 cards in the manifest, less 4 that carry nothing usable, plus the 2 cards
    # nested inside v21_nest.vcf. Problems: those 4 cards, 6 skipped lines, 3 damaged
    # photos and 1 missing END:VCARD.
    assert (cards, problems) == (157, 14)


# --- simple files: an independent regex over the text ---------------------------------


_PROP = re.compile(r"^(?:[A-Za-z0-9-]+\.)?(FN|EMAIL|TEL)[;:]", re.IGNORECASE)
_HEAD = re.compile(r'^(?:[^":]|"[^"]*")*:')  # name and parameters; quotes may hold ":"


@dataclass
class RawCard:
    line: int
    fn: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def _unescape(value: str) -> str:
    value = re.sub(r"\\[nN]", "\n", value)
    return re.sub(r"\\([,;:\\])", r"\1", value).strip()


def raw_cards(text: str) -> list[RawCard]:
    """FN, EMAIL and TEL of each card, by unfolding and matching lines; nothing more."""
    cards: list[RawCard] = []
    logical: list[tuple[int, str]] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        if line[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + line[1:])
        else:
            logical.append((number, line))
    current: RawCard | None = None
    for number, line in logical:
        if line.strip().upper() == "BEGIN:VCARD":
            current = RawCard(number)
            cards.append(current)
            continue
        match = _PROP.match(line)
        head = _HEAD.match(line)
        if current is None or match is None or head is None:
            continue
        value = _unescape(line[head.end() :])
        name = match.group(1).upper()
        if name == "FN" and not current.fn:
            current.fn = value
        elif name == "EMAIL" and value:
            current.emails.append(value)
        elif name == "TEL" and value:
            current.phones.append(value[4:] if value.lower().startswith("tel:") else value)
    return cards


@pytest.mark.parametrize("path", SIMPLE_FILES)
def test_simple_files_match_an_independent_reading(path: str) -> None:
    expected = raw_cards((CORPUS / path).read_bytes().decode("utf-8"))
    result = read(path)
    by_line = {card.line: card for card in result.cards}
    assert len(by_line) == len(result.cards)
    for raw in expected:
        card = by_line.get(raw.line)
        if card is None:
            # Skipped as empty: then the text really had nothing to import.
            assert (raw.fn, raw.emails, raw.phones) == ("", [], []), raw
            continue
        assert card.formatted_name == raw.fn
        assert [p.value for p in card.emails] == list(dict.fromkeys(raw.emails))
        assert [p.value for p in card.phones] == list(dict.fromkeys(raw.phones))
    assert len(result.cards) == sum(1 for raw in expected if raw.line in by_line)


# --- tricky files: exactly what a careful reader gets ---------------------------------------

# path -> one (display name, e-mails, phones) per card, in the order they are yielded.
EXPECTED: dict[str, list[tuple[str, list[str], list[str]]]] = {
    # Shift_JIS, declared per property (with and without quoted-printable)
    "CyanogenMod_android_frameworks_opt_vcard/v21_japanese_1.vcf": [
        ("安藤ロイド", [], ["0300000000"])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_japanese_2.vcf": [("安藤 ロイド 1", [], [])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_japanese_3.vcf": [("伊能 圭一 伊予", [], [])],
    "CyanogenMod_android_frameworks_opt_vcard/v30_japanese.vcf": [("伊能 圭一 伊予", [], [])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_multiple_entry.vcf": [
        ("安藤ロイド3", [], ["9", "10", "11", "12"]),
        ("安藤ロイド4", [], ["13", "14", "15", "16"]),
        ("安藤ロイド5", [], ["17", "18", "19", "20"]),
    ],
    # quoted-printable, with and without CHARSET
    "roundcube_roundcubemail/thebat.vcf": [
        ("Piotr Iksiński", ["piotr.iksinski@somedomain.com"], [])],
    "Kozea_Radicale/vcard-quoted-printable1.vcf": [("黄世勇", [], [])],
    "KDE_kcontacts/vcard10.vcf": [
        ("Bike Shop", [], []),
        ("Field after Address broken", [], []),
        ("Field after Address not broken", [], []),
        ("Dr. med. Surname Name", [], []),
        ("Second Doctor", [], []),
    ],
    "mangstadt_ez-vcard/John_Doe_ANDROID.vcf": [
        ("john.doe@company.com", ["john.doe@company.com"], []),
        ("jane.doe@company.com", ["jane.doe@company.com"], []),
        ("Ñ Ñ Ñ Ñ Ñ", [], ["123456789"]),
        ("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", [], ["123456", "234567", "3456789", "45678901"]),
        ("Ñ Ñ Ñ Ñ", ["bob@company.com", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ"], ["123456"]),
        ("ÑÑÑÑ", ["henry@company.com"], ["55556666"]),
    ],
    "mangstadt_ez-vcard/John_Doe_MS_OUTLOOK.vcf": [
        ("Mr. John Richter James Doe Sr.", ["john.doe@ibm.cm"],
         ["(905) 555-1234", "(905) 666-1234"])],
    "mangstadt_ez-vcard/outlook-2003.vcf": [
        ("John Doe III", ["jdoe@hotmail.com"],
         ["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_invalid_comment_line.vcf": [
        ("Conference Call", [], [])],
    # declared windows-1252, UTF-16BE without BOM, a fold inside a UTF-8 character
    "roundcube_roundcubemail/johndoe.vcf": [
        ("John Doë", ["inbox@roundcube.net", "roundcube@gmail.com"], ["+123456789", "+987654321"])],
    "roundcube_roundcubemail/utf-16_sample.vcf": [("Ǽgean ĽdaMonté", [], [])],
    "KDE_kcontacts/vcard9.vcf": [
        ("βγδεαβγδ1" * 11, [], [])],
    # photos: data: URIs, iOS CR CR LF, broken base64
    "lucc_khard/photov4.vcf": [("with photo v4", [], [])],
    "Kozea_Radicale/contact_photo_with_data_uri_v4.vcf": [("Contact", [], [])],
    "Kozea_Radicale/contact_photo_with_data_uri.vcf": [("Contact", [], [])],
    "CyanogenMod_android_frameworks_opt_vcard/v30_ios_613_multiline.vcf": [
        ("Bob Smith", ["bob@smithauto.com"], ["(650) 555-1212"])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_malformed_photo.vcf": [("fullname", [], [])],
    "jhermsmeier_node-vcf/photo-base64.vcf": [],
    "sabre-io_vobject/issue64.vcf": [],
    # bad lines, no FN, no END, nesting, odd parameters
    "KDE_kcontacts/vcard_legacy_messaging_fields.vcf": [("My Name", [], [])],
    "KDE_kcontacts/vcard4.vcf": [
        ("Ximian, Inc.", ["hello@ximian.com"], ["(617) 236-0442", "(617) 236-8630"])],
    "KDE_kcontacts/vcard7.vcf": [],
    "Kozea_Radicale/broken-vcard.vcf": [
        ("test-misses-N-or-FN@example.com", ["test-misses-N-or-FN@example.com"], [])],
    "lucc_khard/unparsable.vcf": [("second contact with minimal Vcard", [], [])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_nest.vcf": [
        ("nest1", [], []), ("nest2", [], []), ("parent", [], ["1"])],
    "CyanogenMod_android_frameworks_opt_vcard/v21_invalid_multiple_line.vcf": [
        ("Omega", ["omega@example.com"], [])],
    "mangstadt_ez-vcard/issue114.vcf": [
        ("Dummy, Dummy", ["dummy.dummy@dummy.com"], ["+49 1234 56789", "+49 9876 54321"])],
}

# path -> (line, card name, message) of every problem, in order.
EXPECTED_PROBLEMS: dict[str, list[tuple[int, str, str]]] = {
    "mangstadt_ez-vcard/John_Doe_ANDROID.vcf": [(52, "Ñ Ñ Ñ Ñ", PHOTO_DAMAGED)],
    "CyanogenMod_android_frameworks_opt_vcard/v21_malformed_photo.vcf": [
        (5, "fullname", PHOTO_DAMAGED)],
    "jhermsmeier_node-vcf/photo-base64.vcf": [(1, "", NO_CONTENT), (3, "", PHOTO_DAMAGED)],
    "sabre-io_vobject/issue64.vcf": [(1, "", NO_CONTENT)],
    "KDE_kcontacts/vcard7.vcf": [(1, "", NO_CONTENT)],
    "KDE_kcontacts/vcard_legacy_messaging_fields.vcf": [
        (6, "My Name", "line skipped (not a property): X-messaging/twitter-All:kdecommunity"),
        (7, "My Name", "line skipped (not a property): X-messaging/irc-All:konqui"),
        (8, "My Name",
         "line skipped (not a property): X-messaging/xmpp-All:one@test.org?two@test.org"),
    ],
    "KDE_kcontacts/vcard4.vcf": [(3, "Ximian, Inc.", "line skipped (not a property): FN")],
    "CyanogenMod_android_frameworks_opt_vcard/v21_invalid_comment_line.vcf": [
        (6, "Conference Call", "line skipped (not a property): # This line must be ignored."),
        (9, "Conference Call",
         "line skipped (not a property): # This line must be ignored too."),
    ],
    "lucc_khard/unparsable.vcf": [
        (1, "second contact with minimal Vcard",
         "END:VCARD missing: the file ends inside this card")],
    "Kozea_Radicale/broken-vcard.vcf": [],
    "roundcube_roundcubemail/utf-16_sample.vcf": [],
    "roundcube_roundcubemail/thebat.vcf": [],
    "CyanogenMod_android_frameworks_opt_vcard/v30_ios_613_multiline.vcf": [],
}


def summary(card: Card) -> tuple[str, list[str], list[str]]:
    return (card.display_name(), [p.value for p in card.emails], [p.value for p in card.phones])


def test_the_table_covers_enough_tricky_files() -> None:
    assert len(EXPECTED) >= 15


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_tricky_files_give_exactly_the_people_in_them(path: str) -> None:
    result = read(path)
    assert [summary(card) for card in result.cards] == EXPECTED[path]
    if path in EXPECTED_PROBLEMS:
        assert [(p.line, p.card, p.message) for p in result.problems] == EXPECTED_PROBLEMS[path]


def _one(path: str) -> Card:
    result = read(path)
    assert len(result.cards) == 1
    return result.cards[0]


def test_corpus_details_decoded_into_the_right_characters() -> None:
    japanese = _one("CyanogenMod_android_frameworks_opt_vcard/v21_japanese_2.vcf")
    assert japanese.notes == "メモ"
    assert japanese.addresses[0].value == "東京都渋谷区桜丘町26-1セルリアンタワー6階\n150-8512"

    weibo = _one("Kozea_Radicale/vcard-quoted-printable1.vcf")
    assert [u.value for u in weibo.urls] == ["http://weibo.com/3094900433?闪闪H红星"]
    assert weibo.addresses[0].extra is not None
    assert weibo.addresses[0].extra["city"] == "北京 丰台区"

    doctor = read("KDE_kcontacts/vcard10.vcf").cards[3]
    assert doctor.title == "Facharzt für Allgemeinmedizin"
    assert doctor.notes.splitlines()[:2] == ["Sprechzeiten:", "Mo   8–12, 15–18"]

    utf16 = _one("roundcube_roundcubemail/utf-16_sample.vcf")
    assert utf16.addresses[0].value == "169 Mária Canal\nLaPaz\nConceptión\n245-876\nPerú"

    russian = _one("KDE_kcontacts/vcard9.vcf")
    assert russian.notes == ("Длинный комментарий на русском языке, чтобы в результате "
                             "получилась строка более 70 символов.")

    outlook = _one("mangstadt_ez-vcard/outlook-2003.vcf")
    assert outlook.notes == "This is the note field!!\nSecond line\n\nThird line is empty"

    android_adr = _one("CyanogenMod_android_frameworks_opt_vcard/v21_adr_multiple_line.vcf")
    assert [a.extra["street"] for a in android_adr.addresses if a.extra] == [
        "Grindelberg 999", "Hermann v. Brevern\n9999999\nPackstation 999"]

    label = _one("mangstadt_ez-vcard/issue114.vcf")  # unquoted LABEL= holding colons
    assert label.addresses[0].extra == {
        "box": "", "extended": "BHG01:", "street": "Dummy-Dummy-Strasse 1",
        "city": "Bad Homburg", "region": "", "code": "61352", "country": "Germany"}

    no_year = _one("Kozea_Radicale/contact4-with-bday-no-year.vcf")
    assert (no_year.birthday, no_year.birthday_raw) == ("--01-01", None)
    assert _one("lucc_khard/text-bday.vcf").birthday_raw == "circa 1800"
    assert _one("KDE_kcontacts/vcard5.vcf").birthday == "1955-07-19"

    apple = _one("roundcube_roundcubemail/apple.vcf")
    assert [(u.value, u.label) for u in apple.urls] == [("http://www.apple.ch", "homepage")]


@pytest.mark.parametrize(
    ("path", "size", "mime", "magic"),
    [
        ("lucc_khard/photov4.vcf", 123, "image/png", b"\x89PNG"),
        ("lucc_khard/photov3.vcf", 123, "image/png", b"\x89PNG"),
        ("Kozea_Radicale/contact_photo_with_data_uri_v4.vcf", 72, "image/png", b"\x89PNG"),
        ("Kozea_Radicale/contact_photo_with_data_uri.vcf", 72, "image/png", b"\x89PNG"),
        ("CyanogenMod_android_frameworks_opt_vcard/v30_ios_613_multiline.vcf", 5165,
         "image/jpeg", b"\xff\xd8\xff"),
        ("mangstadt_ez-vcard/John_Doe_MS_OUTLOOK.vcf", 860, "image/jpeg", b"\xff\xd8\xff"),
        ("sabre-io_vobject/issue153.vcf", 19685, "image/jpeg", b"\xff\xd8\xff"),
    ],
)
def test_corpus_photos(path: str, size: int, mime: str, magic: bytes) -> None:
    card = _one(path)
    assert card.photo is not None
    assert (len(card.photo), card.photo_mime, card.photo[: len(magic)]) == (size, mime, magic)


def test_photo_uris_in_the_corpus_are_not_kept() -> None:
    for path in ("mangstadt_ez-vcard/fullcontact.vcf", "jhermsmeier_node-vcf/vcard-4.0.vcf",
                 "py-vobject_vobject/vcard40_full.vcf"):
        assert _one(path).photo is None
