"""Property tests: any card survives write -> read, and no bytes make the reader raise."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.vcard import Card, CardPoint, Problem, address_text, iter_cards, read_bytes, write_cards
from kith.vcard.values import ADDRESS_PARTS, parse_birthday

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    # the suite's autouse environment fixture is function-scoped and harmless here
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Text as people type it: any script, the characters vCard must escape, newlines;
# no surrounding blanks and no control characters (the reader strips both).
_CHARS = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")),
    st.sampled_from(list(",;\\:\"'\n=") + ["é", "ß", "ł", "Ж", "安", "한", "🙂", "\u200b"]),
)


def _text(min_size: int = 0, max_size: int = 24) -> st.SearchStrategy[str]:
    return st.text(_CHARS, min_size=min_size, max_size=max_size).map(str.strip).filter(
        lambda t: len(t) >= min_size
    )


_LABELS = st.one_of(
    st.sampled_from(["", "home", "work", "other", "mobile", "work fax", "home mobile", "pager",
                     "fax work", "Monkey Tree", "@work", "cell", "pref", "x-custom",
                     "Büro, 2. Stock; hinten"]),
    _text(1, 12),
)
_PHONE = st.text("0123456789 +-()#*", min_size=1, max_size=20).map(str.strip).filter(bool)


def _points(kind: str, value: st.SearchStrategy[str]) -> st.SearchStrategy[list[CardPoint]]:
    point = st.builds(CardPoint, st.just(kind), value, _LABELS, st.booleans())
    return st.lists(point, max_size=3, unique_by=lambda p: p.value)


def _address(extra: dict[str, str], label: str, preferred: bool) -> CardPoint:
    return CardPoint("address", address_text(extra), label, preferred, extra)


_EXTRA = st.fixed_dictionaries({key: _text(0, 16) for key in ADDRESS_PARTS}).filter(
    lambda extra: any(extra.values())
)
_ADDRESSES = st.lists(
    st.builds(_address, _EXTRA, _LABELS, st.booleans()), max_size=2, unique_by=lambda p: p.value
)
_DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).filter(
    lambda d: d.year != 1604  # the year Apple writes for "no year"
)
_NO_YEAR = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)).map(
    lambda d: f"--{d.month:02d}-{d.day:02d}"
)
_RAW_DATE = _text(1, 16).filter(lambda t: parse_birthday(t) == (None, t))


@st.composite
def cards(draw: st.DrawFn) -> Card:
    birthday = draw(st.one_of(st.none(), _DATES.map(dt.date.isoformat), _NO_YEAR))
    raw = draw(st.one_of(st.none(), _RAW_DATE)) if birthday is None else None
    photo = draw(st.one_of(st.none(), st.binary(min_size=1, max_size=600)))
    mime = draw(st.sampled_from(["image/jpeg", "image/png", "image/gif", "image/webp"]))
    card = Card(
        uid=draw(st.one_of(st.none(), _text(1, 40))),
        formatted_name=draw(_text(0, 30)),
        given_name=draw(_text()),
        family_name=draw(_text()),
        additional_names=draw(_text(max_size=8)),
        prefix=draw(_text(max_size=8)),
        suffix=draw(_text(max_size=8)),
        nickname=draw(_text(max_size=12)),
        organization=draw(_text()),
        department=draw(_text()),
        title=draw(_text()),
        birthday=birthday,
        birthday_raw=raw,
        notes=draw(_text(max_size=80)),
        emails=draw(_points("email", st.emails())),
        phones=draw(_points("phone", _PHONE)),
        urls=draw(_points("url", _text(1, 40))),
        addresses=draw(_ADDRESSES),
        ims=draw(_points("im", _text(1, 30))),
        photo=photo,
        photo_mime=mime if photo is not None else None,
        categories=draw(st.lists(_text(1, 12), max_size=3, unique=True)),
    )
    return card


def _expected(card: Card) -> Card:
    """What reading back must give: FN is always written, as display_name()."""
    return dataclasses.replace(card, formatted_name=card.display_name())


_PEOPLE = st.lists(cards().filter(lambda c: bool(c.display_name())), min_size=1, max_size=3)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@SETTINGS
@given(people=_PEOPLE)
def test_any_card_survives_write_and_read(version: str, people: list[Card]) -> None:
    text = write_cards(people, version)
    result = read_bytes(text.encode("utf-8"), "export.vcf")
    assert result.problems == []
    back = [dataclasses.replace(c, source_file="", line=0) for c in result.cards]
    assert back == [_expected(c) for c in people]

    # The same text is valid for vobject: folded at 75 octets, CRLF, FN as written.
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
        assert "\n" not in line and "\r" not in line
    parsed = list(vobject.readComponents(text))
    assert [c.fn.value for c in parsed] == [p.display_name() for p in people]


def _no_internal_error(items: list[Card | Problem]) -> None:
    for item in items:
        assert isinstance(item, Card | Problem)
        if isinstance(item, Problem):
            assert "could not read" not in item.message
            assert " skipped: " not in item.message


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    _no_internal_error(list(iter_cards(data, "noise.vcf")))


_FRAGMENTS = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "begin:vcard ", "VERSION:2.1", "VERSION:4.0", "FN:Ana",
    "N:;;;;", "FN;CHARSET=SHIFT_JIS:\x88\xc0", "FN;CHARSET=utf\x00-8:x",
    "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
    "=C3=", "=", " folded", "\tfolded", "", "#", "X-a/b:c", 'TEL;TYPE="a:1', "TEL;TYPE=\"b\":2",
    "PHOTO;ENCODING=b:!!!", "PHOTO:data:image/png;base64,AAAA", "PHOTO:data:,", "PHOTO:data:x",
    "ADR;LABEL=a:b:;c;d", "ADR:\\", "street\\", "BDAY:--1399", "BDAY:99999999", "EMAIL:<a@b>",
    "item1.X-ABLabel:_$!<>!$_", "item1.TEL:1", "ORG:;;;", "CATEGORIES:,,\\,", "AGENT:",
    "\ufeffBEGIN:VCARD", "\\", "\\\\n", ";:;:", ":", "A" * 300,
])


@SETTINGS
@given(lines=st.lists(_FRAGMENTS, max_size=40),
       ending=st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]),
       encoding=st.sampled_from(["utf-8", "latin-1", "utf-16-le", "utf-16-be"]))
def test_vcard_shaped_noise_never_raises(lines: list[str], ending: str, encoding: str) -> None:
    data = ending.join(lines).encode(encoding, errors="replace")
    _no_internal_error(list(iter_cards(data, "noise.vcf")))
