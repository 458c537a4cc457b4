"""Hostile vCards: codecs that are no charsets, surrogates, injected lines, huge lines,
CATEGORIES by the ten thousand, NUL bytes that look like UTF-16 (issue #10)."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
import vobject
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kith.vcard import Card, CardPoint, Problem, iter_cards, lexer, read_bytes, write_cards
from kith.vcard import builder as builder_module
from kith.vcard.values import ADDRESS_PARTS, address_text, clean


def _card(*lines: str) -> bytes:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:2.1", *lines, "END:VCARD", ""]).encode("latin-1")


def _all_text(card: Card) -> list[str]:
    texts = [v for v in dataclasses.asdict(card).values() if isinstance(v, str)]
    texts += card.categories
    for point in card.points():
        texts += [point.value, point.label, *(point.extra or {}).values()]
    return texts


# --- item 5: only text codecs are charsets; no lone surrogate leaves the reader ------------


@pytest.mark.parametrize("codec", ["hex", "zlib", "rot13", "base64", "bz2", "uu",
                                   "unicode_escape", "raw_unicode_escape", "quopri"])
def test_a_charset_that_is_no_text_codec_is_read_as_unknown_not_dropped(codec: str) -> None:
    result = read_bytes(_card(f"FN;CHARSET={codec};ENCODING=QUOTED-PRINTABLE:Jos=C3=A9"), "x.vcf")
    assert [c.formatted_name for c in result.cards] == ["José"]
    assert result.problems == []


def test_the_crafted_unicode_escape_card_gives_text_without_surrogates() -> None:
    data = _card("FN;CHARSET=unicode_escape;ENCODING=QUOTED-PRINTABLE:=E9\\ud800x",
                 "NOTE;CHARSET=utf-7;ENCODING=QUOTED-PRINTABLE:+2ADcAA-=E9")
    result = read_bytes(data, "x.vcf")
    assert len(result.cards) == 1
    for text in _all_text(result.cards[0]):
        text.encode("utf-8")  # raises on a lone surrogate
    assert result.cards[0].formatted_name == "é\\ud800x"


def test_no_surrogates_replaces_only_lone_surrogates() -> None:
    from kith.vcard.decode import no_surrogates

    assert no_surrogates("a\ud800b\udfff🙂") == "a\ufffdb\ufffd🙂"
    assert no_surrogates("plain") == "plain"


# --- item 7: a media type is type/subtype of token characters; the writer sanitises ----------

INJECTED = ("PHOTO:data:image/png\rEND:VCARD\rBEGIN:VCARD\rFN:Injected;base64,iVBORw0KGgo=")


def test_a_photo_media_type_with_bare_crs_is_not_kept() -> None:
    data = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana\r\n" + INJECTED + "\r\nEND:VCARD\r\n").encode()
    result = read_bytes(data, "x.vcf")
    assert [c.formatted_name for c in result.cards] == ["Ana"]
    assert result.cards[0].photo_mime == "image/png"  # sniffed from the data instead


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_stored_hostile_media_type_cannot_add_a_card_to_an_export(version: str) -> None:
    card = Card(formatted_name="Ana", photo=b"\x89PNG\r\n\x1a\n",
                photo_mime="image/png\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected;x=\"")
    text = write_cards([card], version)
    assert [c.fn.value for c in vobject.readComponents(text)] == ["Ana"]
    back = read_bytes(text.encode("utf-8"), "x.vcf")
    assert [c.formatted_name for c in back.cards] == ["Ana"]
    assert back.cards[0].photo_mime == "image/png"


# Any text at all: every script, controls, CR, LF, NUL, lone surrogates, the characters
# vCard escapes, and whole injected lines.
_ANY = st.one_of(
    st.characters(),
    st.sampled_from(["\r", "\n", "\x00", ";", ",", ":", "\\", "\ud800", "\udfff", "\x85",
                     "\u2028", "=", '"']),
)
_TEXT = st.one_of(
    st.text(_ANY, max_size=20),
    st.just("a\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Injected\r\n"),
    st.just("image/png\rEND:VCARD\rBEGIN:VCARD\rFN:Injected"),
)
_LABEL = _TEXT.filter(lambda t: "_$!<" not in t)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    return clean(_SURROGATE.sub("\ufffd", text))


@st.composite
def _hostile_cards(draw: st.DrawFn) -> Card:
    def points(kind: str) -> list[CardPoint]:
        values = draw(st.lists(_TEXT, max_size=2))
        return [CardPoint(kind, v, draw(_LABEL), draw(st.booleans())) for v in values]

    extras = [dict(zip(ADDRESS_PARTS, draw(st.lists(_TEXT, min_size=7, max_size=7)),
                       strict=True)) for _ in range(draw(st.integers(0, 1)))]
    return Card(
        uid=draw(st.one_of(st.none(), _TEXT)), formatted_name=draw(_TEXT),
        given_name=draw(_TEXT), family_name=draw(_TEXT), additional_names=draw(_TEXT),
        prefix=draw(_TEXT), suffix=draw(_TEXT), nickname=draw(_TEXT),
        organization=draw(_TEXT), department=draw(_TEXT), title=draw(_TEXT),
        birthday_raw=draw(st.one_of(st.none(), _TEXT)), notes=draw(_TEXT),
        emails=points("email"), phones=points("phone"), urls=points("url"), ims=points("im"),
        addresses=[CardPoint("address", address_text(e), draw(_LABEL), False, e)
                   for e in extras],
        photo=draw(st.one_of(st.none(), st.binary(min_size=1, max_size=40))),
        photo_mime=draw(st.one_of(st.none(), _TEXT)),
        categories=draw(st.lists(_TEXT, max_size=3)),
    )


def _stored(card: Card) -> Card:
    """The card as the database would hold it: clean text, no empty points or tags."""
    def point(p: CardPoint) -> CardPoint:
        extra = {k: _clean(v) for k, v in p.extra.items()} if p.extra else None
        value = address_text(extra) if extra else _clean(p.value)
        return CardPoint(p.kind, value, _clean(p.label), p.preferred, extra)

    def points(items: list[CardPoint]) -> list[CardPoint]:
        out: dict[str, CardPoint] = {}
        for p in map(point, items):
            if p.value and p.value not in out:
                out[p.value] = p
        return list(out.values())

    stored = Card(**{f.name: _clean(v) if isinstance(v := getattr(card, f.name), str) else v
                     for f in dataclasses.fields(card)})
    stored.uid = _clean(card.uid or "") or None
    stored.birthday_raw = _clean(card.birthday_raw or "") or None
    stored.emails, stored.phones = points(card.emails), points(card.phones)
    stored.urls, stored.ims = points(card.urls), points(card.ims)
    stored.addresses = points(card.addresses)
    stored.categories = list(dict.fromkeys(c for c in map(_clean, card.categories) if c))
    return stored


def _plain(text: str) -> bool:
    """Text that the reader takes as written (no mailto:/tel: prefix, no <address>)."""
    lower = text.lower()
    return not (lower.startswith(("mailto:", "tel:")) or "<" in text or "\\" in text[-1:])


def _readable(card: Card) -> bool:
    points_ok = all(_plain(p.value) for p in [*card.emails, *card.phones])
    dates_ok = card.birthday_raw is None or not any(ch.isdigit() for ch in card.birthday_raw)
    return bool(card.display_name()) and points_ok and dates_ok and "," not in card.nickname


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much])
@given(raw=st.lists(_hostile_cards(), min_size=1, max_size=3))
def test_any_stored_text_exports_to_exactly_the_cards_stored(version: str,
                                                             raw: list[Card]) -> None:
    people = [c for c in map(_stored, raw) if _readable(c)]
    assume(people)
    text = write_cards(people, version)
    text.encode("utf-8")  # no lone surrogate in the export

    for line in text.split("\r\n")[:-1]:
        assert "\r" not in line and "\n" not in line and "\x00" not in line

    parsed = list(vobject.readComponents(text))
    assert [c.fn.value for c in parsed] == [p.display_name() for p in people]

    back = read_bytes(text.encode("utf-8"), "export.vcf")
    assert back.problems == []
    got = [dataclasses.replace(c, source_file="", line=0, photo_mime=None) for c in back.cards]
    want = [dataclasses.replace(p, formatted_name=p.display_name(), photo_mime=None,
                                birthday=None) for p in people]
    assert got == want


# --- item 17: CATEGORIES by the ten thousand stay linear ------------------------------------


class _CountingStr(str):
    comparisons = 0

    def __eq__(self, other: object) -> bool:
        _CountingStr.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_categories_are_deduplicated_with_a_linear_number_of_comparisons(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = builder_module.text_list
    monkeypatch.setattr(builder_module, "text_list",
                        lambda text: [_CountingStr(item) for item in real(text)])
    n = 3000
    items = [f"tag{i}" for i in range(n)] + ["tag7", "tag8"]
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nCATEGORIES:" + ",".join(items)
            + "\r\nEND:VCARD\r\n").encode()
    _CountingStr.comparisons = 0
    result = read_bytes(data, "x.vcf")
    assert result.cards[0].categories == [f"tag{i}" for i in range(n)]
    # A list membership test per item makes n*n/2 (4.5 million) comparisons here.
    assert _CountingStr.comparisons < 10 * n


# --- item 18: a property longer than the limit is skipped, never built; files stream ---------


@pytest.mark.parametrize("shape", ["one line", "folded", "base64 lines"])
def test_a_property_over_the_limit_is_skipped_and_the_card_kept(
        monkeypatch: pytest.MonkeyPatch, shape: str) -> None:
    monkeypatch.setattr(lexer, "MAX_PROPERTY_CHARS", 10_000, raising=False)
    payload = "A" * 30_000
    if shape == "one line":
        photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + payload
    elif shape == "folded":
        photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(
            payload[i:i + 70] for i in range(0, len(payload), 70))
    else:
        photo = "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n" + "\r\n".join(
            payload[i:i + 76] for i in range(0, len(payload), 76))
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\n" + photo
            + "\r\nEMAIL:ana@example.com\r\nEND:VCARD\r\n").encode()
    result = read_bytes(data, "big.vcf")
    assert [(c.formatted_name, c.photo, [e.value for e in c.emails]) for c in result.cards] == [
        ("Ana", None, ["ana@example.com"])]
    assert [(p.line, p.card) for p in result.problems] == [(4, "Ana")]
    assert "longer than the" in result.problems[0].message
    assert "MB Kith reads for one property" in result.problems[0].message


def test_a_huge_line_outside_any_card_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexer, "MAX_PROPERTY_CHARS", 10_000, raising=False)
    data = b"X" * 50_000 + b"\r\n" + _card("FN:Ana")
    messages = [(p.line, p.message[:36]) for p in read_bytes(data, "x.vcf").problems]
    assert messages == [(1, "line skipped (longer than the 0 MB K")] or \
        messages == [(1, "line skipped (longer than the 1 MB K")]
    assert [c.formatted_name for c in read_bytes(data, "x.vcf").cards] == ["Ana"]


def test_the_real_limit_leaves_room_for_large_photos() -> None:
    assert lexer.MAX_PROPERTY_CHARS >= 16 * 1024 * 1024


class _Stream(io.BytesIO):
    """A file that remembers how far it has been read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.furthest = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.furthest = max(self.furthest, self.tell())
        return data


def test_a_file_is_read_a_chunk_at_a_time() -> None:
    one = _card("FN:Ana", "NOTE:" + "n" * 200)
    data = one * 20_000  # about 5 MB
    stream = _Stream(data)
    items = iter_cards(stream, "many.vcf")
    first = next(items)
    assert isinstance(first, Card) and first.formatted_name == "Ana"
    assert stream.furthest < len(data) // 2
    assert sum(1 for item in items if isinstance(item, Card)) == 19_999


# --- item 20: encodings on evidence a note cannot fake -------------------------------------


def test_a_utf8_card_with_nuls_at_odd_offsets_is_not_taken_for_utf16() -> None:
    head = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Nul\r\nNOTE:"
    pad = "" if len(head.encode()) % 2 == 0 else "x"
    note = pad + "a\x00" * 300
    data = (head + note + "\r\nEND:VCARD\r\n").encode("utf-8")
    assert data[len(head.encode()) + len(pad) + 1] == 0
    assert (len(head.encode()) + len(pad) + 1) % 2 == 1
    result = read_bytes(data, "nul.vcf")
    assert [c.formatted_name for c in result.cards] == ["Zoë Nul"]
    assert result.cards[0].notes == pad + "a" * 300


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_still_recognised_by_its_begin_line(codec: str) -> None:
    data = "\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n".encode(codec)
    assert [c.formatted_name for c in read_bytes(data, "x.vcf").cards] == ["Zoë"]


# --- item 19: every card not read has its own problem, marked as a lost card --------------


def test_twenty_cards_without_end_are_each_read_or_named() -> None:
    data = b"".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\n".encode()
                    for i in range(20))
    items = list(iter_cards(data, "cut.vcf"))
    cards = [i for i in items if isinstance(i, Card)]
    lost = [i for i in items if isinstance(i, Problem) and i.lost_card]
    assert len(cards) + len(lost) == 20
    assert len(lost) == 12
    assert [p.line for p in lost] == [1 + 3 * i for i in range(8, 20)]
