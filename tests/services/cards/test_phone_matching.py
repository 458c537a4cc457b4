"""A phone number says the same person only when it is the same number: the same last digits
in two countries, or a short number dialled with pauses, are two people."""

from __future__ import annotations

from pathlib import Path

from kith.services.cards import importer
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.vcard.model import CardPoint


def _plan(tmp_path: Path, name: str, phone: str) -> str:
    path = tmp_path / f"{abs(hash(phone))}.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:{phone}\r\nEND:VCARD\r\n",
                    encoding="utf-8", newline="")
    card = importer.plan([path]).cards[0]
    return "new" if card.match is None else f"same as {card.match.contact_id}"


def test_the_same_last_digits_in_another_country_are_another_person(db: Path,
                                                                      tmp_path: Path) -> None:
    dummy = contacts.create(ContactRecord(display_name="Dummy Dummy",
                                          points=[CardPoint("phone", "+49 1234 56789")]))
    assert _plan(tmp_path, "John Doe", "+96123456789") == "new"
    assert _plan(tmp_path, "Pause Wait", "p1234p5678w9") == "new"
    assert _plan(tmp_path, "Pause Wait", "1234p56789") == "new"  # 1234, then tones
    assert _plan(tmp_path, "D. Dummy", "+49 (1234) 56789") == f"same as {dummy}"
    assert _plan(tmp_path, "D. Dummy", "0049 1234 56789") == f"same as {dummy}"
    assert _plan(tmp_path, "D. Dummy", "01234 56789") == f"same as {dummy}"  # no country said
    assert _plan(tmp_path, "D. Dummy", "+49 1234 56789 ext. 12") == f"same as {dummy}"


def test_two_cards_of_one_file_with_numbers_from_two_countries_stay_two(
        db: Path, tmp_path: Path) -> None:
    path = tmp_path / "two.vcf"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{}\r\nTEL:{}\r\nEND:VCARD\r\n"
    text = card.format("Dummy", "+49 1234 56789") + card.format("John Doe", "+96123456789")
    path.write_text(text, encoding="utf-8", newline="")
    plan = importer.plan([path])
    assert [c.action for c in plan.cards] == ["create", "create"]
