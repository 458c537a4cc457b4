"""``kith me``: your details, your card as vCard 4.0 and as a QR code (issue #13)."""

from __future__ import annotations

import stat
from pathlib import Path

import vobject
import zxingcpp
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def decode(image: QImage) -> str:
    """The text a QR reader finds in ``image`` (as a phone camera would read it)."""
    found = zxingcpp.read_barcode(image.convertToFormat(QImage.Format.Format_Grayscale8),
                                  formats=zxingcpp.BarcodeFormat.QRCode)
    assert found is not None, "no QR code found in the image"
    return bytes(found.bytes).decode("utf-8")


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_details_are_saved_shown_and_cleared(kith) -> None:  # type: ignore[no-untyped-def]
    out = kith.run("me", "--name", "Ana Silva", "--email", "ana@example.com", "--org", "Acme",
                   "--title", "CTO", check=True).stdout
    assert out == "Saved your details: Ana Silva · Acme · CTO · ana@example.com\n"
    assert kith.run("me", "--phone", "+1 512 555 0100", check=True).stdout.startswith(
        "Saved your details: Ana Silva · Acme · CTO · ana@example.com · +1 512 555 0100")
    listing = kith.run("me", check=True).stdout
    assert listing.splitlines()[0] == (
        "You: Ana Silva · Acme · CTO · ana@example.com · +1 512 555 0100")
    assert kith.json("me")["details"] == {
        "name": "Ana Silva", "email": "ana@example.com", "phone": "+1 512 555 0100",
        "organization": "Acme", "title": "CTO"}
    kith.run("me", "--title", "", check=True)
    assert kith.json("me")["details"]["title"] == ""
    bad = kith.run("me", "--email", "not an address")
    assert bad.returncode == 2 and "not an e-mail address" in bad.stderr


def test_card_is_vcard_4_with_the_open_offers(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    no_name = kith.run("me", "--card", "-o", str(tmp_path / "x.vcf"))
    assert no_name.returncode == 2 and "no name" in no_name.stderr
    assert not (tmp_path / "x.vcf").exists()
    kith.run("me", "--name", "Ana Silva", "--email", "ana@example.com", "--org", "Acme",
             "--add-offer", "tax advice, for shops", "--add-offer", "old offer",
             "--add-need", "a plumber", check=True)
    kith.run("me", "--close", "3", check=True)  # the old offer: met, not on the card
    target = tmp_path / "me.vcf"
    out = kith.run("me", "--card", "-o", str(target), check=True).stdout
    assert out == f"Wrote your card to {target} (1 offer).\n"
    assert private(target)
    card = vobject.readOne(target.read_text(encoding="utf-8"))
    assert card.version.value == "4.0"
    assert card.fn.value == "Ana Silva" and card.email.value == "ana@example.com"
    assert [o.value for o in card.contents["x-kith-offer"]] == ["tax advice, for shops"]
    assert "x-kith-need" not in card.contents
    with_needs = tmp_path / "all.vcf"
    kith.run("me", "--card", "--with-needs", "-o", str(with_needs), check=True)
    card = vobject.readOne(with_needs.read_text(encoding="utf-8"))
    assert [n.value for n in card.contents["x-kith-need"]] == ["a plumber"]
    assert card.uid.value == vobject.readOne(target.read_text(encoding="utf-8")).uid.value
    # without -o the card goes to standard output, the same text
    assert kith.run("me", "--card", check=True).stdout == target.read_text(encoding="utf-8")


def test_qr_png_and_svg_hold_the_card(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kith.run("me", "--name", "Zoë Ødegård", "--phone", "+47 555 01 234",
             "--add-offer", "introductions in Oslo", check=True)
    kith.run("me", "--card", "-o", str(tmp_path / "me.vcf"), check=True)
    text = (tmp_path / "me.vcf").read_bytes().decode("utf-8")  # CRLF lines, as in the QR
    assert "Zoë Ødegård" in text and text.endswith("END:VCARD\r\n")
    png, svg = tmp_path / "me.png", tmp_path / "me.svg"
    assert kith.run("me", "--qr", "-o", str(png), check=True).stdout == (
        f"Wrote QR code of your card to {png} (1 offer).\n")
    kith.run("me", "--qr", "-o", str(svg), check=True)
    assert private(png) and private(svg)
    image = QImage(str(png))
    assert not image.isNull() and image.width() == image.height() >= 250
    assert decode(image) == text
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    assert renderer.isValid()
    drawn = QImage(600, 600, QImage.Format.Format_RGB32)
    drawn.fill(0xFFFFFFFF)
    painter = QPainter(drawn)
    renderer.render(painter)
    painter.end()
    assert decode(drawn) == text
    wrong = kith.run("me", "--qr", "-o", str(tmp_path / "me.gif"))
    assert wrong.returncode == 2 and ".png or .svg" in wrong.stderr
    assert kith.run("me", "-o", str(png)).returncode == 2


def test_contacts_json_has_needs_and_offers(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kith.run("me", "--name", "Ana Silva", "--add-offer", "tax advice", "--add-need", "a flat",
             check=True)
    card = tmp_path / "ana.vcf"
    kith.run("me", "--card", "--with-needs", "-o", str(card), check=True)
    other = tmp_path / "other"
    from tests.cli.conftest import Kith

    friend = Kith(other)
    friend.run("import", str(card), check=True)
    friend.run("import", str(card), check=True)
    (ana,) = friend.json("contacts")
    assert (ana["display_name"], ana["needs"], ana["offers"]) == (
        "Ana Silva", ["a flat"], ["tax advice"])
