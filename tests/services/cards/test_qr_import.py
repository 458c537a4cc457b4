"""QR codes in pictures (badges, phone screens) become cards of the batch."""

import struct
import zlib
from pathlib import Path

import pytest

from kith.services.cards import importer
from kith.services.cards.qr_reader import cards_from_payload, mecard
from kith.store.database import connection as conn
from kith.vcard.model import Card, Problem

QR = Path(__file__).parents[2] / "fixtures" / "qr"


def names() -> set[str]:
    return {n for (n,) in conn().execute(
        "SELECT display_name FROM contact WHERE deleted_at IS NULL")}


def test_a_folder_of_badge_pictures_imports_every_code_and_reports_the_rest(db: Path) -> None:
    the_plan = importer.plan([QR])
    result = importer.commit(the_plan)
    # badge_vcard.png and badge_photo.jpg (turned, on a grey badge) hold the same person
    assert names() == {"Kemi Adeyemi", "Theo Brooks", "Sofia Marin"}
    assert result.created == 3
    problems = {Path(str(p["file"])).name: str(p["message"]) for p in result.problems}
    assert set(problems) == {"link_only.png", "photo_no_code.jpg"}
    assert "no QR code could be read" in problems["photo_no_code.jpg"]
    assert "web link" in problems["link_only.png"]
    importer.undo(result.batch_id)
    assert names() == set()


def test_two_codes_in_one_picture_are_both_read(db: Path) -> None:
    the_plan = importer.plan([QR / "two_codes.png"])
    assert [c.record.display_name for c in the_plan.cards] == ["Theo Brooks", "Sofia Marin"]
    assert the_plan.problems == []


def test_mecard_fields_and_escapes() -> None:
    card = mecard(r"MECARD:N:Doe,John;TEL:+1 555 0100;EMAIL:john@doe.example;"
                  r"NOTE:Booth 4\; hall B;BDAY:19850412;ORG:Doe\, Inc;;")
    assert (card.given_name, card.family_name) == ("John", "Doe")
    assert [p.value for p in card.points()] == ["john@doe.example", "+1 555 0100"]
    assert card.notes == "Booth 4; hall B"
    assert card.birthday == "1985-04-12"
    assert card.organization == "Doe, Inc"


def test_a_vcard_in_a_data_url_and_plain_text() -> None:
    vcard = "data:text/vcard,BEGIN%3AVCARD%0D%0AVERSION%3A3.0%0D%0AFN%3ALi%20Wei%0D%0AEND%3AVCARD"
    (card,) = cards_from_payload(vcard, "x.png", 1)
    assert isinstance(card, Card) and card.display_name() == "Li Wei"
    (problem,) = cards_from_payload("WIFI:T:WPA;S:guest;;", "x.png", 2)
    assert isinstance(problem, Problem) and "not a contact card" in problem.message


def test_a_damaged_picture_is_a_problem_not_an_error(db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "badge.png"
    broken.write_bytes((QR / "badge_vcard.png").read_bytes()[:200])
    the_plan = importer.plan([broken])
    assert the_plan.cards_read == 0
    assert "could not be opened: it is damaged or cut off" in the_plan.problems[0].message


def _png_header(width: int, height: int) -> bytes:
    """A tiny PNG that declares ``width`` x ``height`` 1-bit pixels (a decompression bomb
    when large: Pillow reads the size before any pixel)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


@pytest.mark.parametrize("side", [30000, 10000])  # refused at once / past the warning limit
def test_a_decompression_bomb_is_refused_as_too_large(db: Path, tmp_path: Path,
                                                      side: int) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_header(side, side))
    assert bomb.stat().st_size < 100
    the_plan = importer.plan([bomb])
    assert the_plan.cards_read == 0
    (problem,) = the_plan.problems
    assert "too large" in problem.message and "crop it" in problem.message
    assert "save it as PNG or JPEG" not in problem.message


def test_a_picture_in_an_unknown_format_says_so(db: Path, tmp_path: Path) -> None:
    odd = tmp_path / "badge.gif"
    odd.write_bytes(b"GIF89a" + b"not really a picture" * 10)  # starts as a GIF, is not
    (problem,) = importer.plan([odd]).problems
    assert "format is unknown or its header damaged" in problem.message
