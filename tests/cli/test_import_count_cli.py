"""``kith import``'s plain-text line counts cards in English: one card, two cards."""

from __future__ import annotations

from pathlib import Path


def _card(name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


def test_one_card_and_two_cards(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = tmp_path / "one.vcf"
    one.write_text(_card("Ana Silva"), encoding="utf-8", newline="")
    said = kith.run("import", str(one), check=True).stdout
    assert ": read 1 card; created 1, merged 0, unchanged 0, failed 0." in said

    two = tmp_path / "two.vcf"
    two.write_text(_card("Bob Ng") + _card("Cara Diaz"), encoding="utf-8", newline="")
    said = kith.run("import", str(two), check=True).stdout
    assert ": read 2 cards; created 2, merged 0, unchanged 0, failed 0." in said
