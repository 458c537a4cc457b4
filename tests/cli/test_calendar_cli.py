"""``kith calendar [-o FILE] [--days N]``: the real command, read back as a calendar would."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import icalendar
import vobject

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.example\r\n"
    "BDAY:1990-06-01\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEMAIL:bob@initech.example\r\n"
    "BDAY:--07-04\r\nEND:VCARD\r\n"
)


def summaries(text: str) -> dict[str, str]:
    """SUMMARY by UID, read by icalendar and checked against vobject."""
    cal = icalendar.Calendar.from_ical(text)
    found = {str(e["uid"]): str(e["summary"]) for e in cal.walk("VEVENT")}
    other = {e.uid.value: e.summary.value for e in vobject.readOne(text).vevent_list}
    assert other == found
    return found


def test_calendar_to_a_private_file_and_again_after_a_follow_up_is_done(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    cards = tmp_path / "event.vcf"
    cards.write_text(CARDS)
    kith.run("import", str(cards), check=True)
    kith.run("edit", "ana@acme.example", "--follow-up", "2026-03-05", "--reason",
             "send the deck", check=True)
    target = tmp_path / "kith.ics"
    old = os.umask(0o022)
    try:
        result = kith.run("calendar", "-o", str(target), "--today", "2026-03-01", check=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert result.stderr.startswith(f"Exported 3 calendar events to {target}")
    first = summaries(target.read_text(encoding="utf-8"))
    assert sorted(first.values()) == ["Ana Silva: send the deck", "Birthday: Ana Silva",
                                      "Birthday: Bob Ng"]
    kith.run("done", "ana@acme.example", "--today", "2026-03-05", check=True)
    result = kith.run("calendar", "--today", "2026-03-05", check=True)
    assert result.stderr == ""
    second = summaries(result.stdout)
    assert second == {uid: text for uid, text in first.items() if "deck" not in text}


def test_the_window_of_days_and_wrong_usage(kith, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cards = tmp_path / "event.vcf"
    cards.write_text(CARDS)
    kith.run("import", str(cards), check=True)
    today = kith.run("calendar", "--days", "0", "--today", "2020-01-01", check=True).stdout
    assert sorted(summaries(today).values()) == ["Birthday: Ana Silva", "Birthday: Bob Ng"]
    later = kith.run("calendar", "--days", "0", "--today", "2100-01-01", check=True).stdout
    assert sorted(summaries(later).values()) == [  # their keep-in-touch rounds, overdue
        "Birthday: Ana Silva", "Birthday: Bob Ng", "Keep in touch with Ana Silva",
        "Keep in touch with Bob Ng"]
    wrong = kith.run("calendar", "--days", "-1")
    assert wrong.returncode == 2 and "--days takes 0 or more" in wrong.stderr
    nowhere = kith.run("calendar", "-o", str(tmp_path / "missing" / "kith.ics"))
    assert nowhere.returncode == 1
    assert "could not write" in nowhere.stderr and "Choose another file" in nowhere.stderr


FAR = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Neun\r\nEMAIL:ida@nine.example\r\n"
    "BDAY:9999-12-31\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.example\r\n"
    "BDAY:1990-06-01\r\nEND:VCARD\r\n"
)
OUTLOOK_DE = ("Vorname;Nachname;E-Mail-Adresse;Mobiltelefon;Firma;Position;Geburtstag;"
              "Notizen;Kategorien\r\nIda;Acht;i8@de.example;;;;31.12.9999;;\r\n")


def test_a_birthday_in_the_year_9999_does_not_stop_the_export(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    cards = tmp_path / "far.vcf"
    cards.write_text(FAR)
    kith.run("import", str(cards), check=True)
    target = tmp_path / "kith.ics"
    result = kith.run("calendar", "-o", str(target), "--today", "2026-03-01")
    assert result.returncode == 0, result.stderr
    assert "Exported 2 calendar events" in result.stderr
    found = sorted(summaries(target.read_text(encoding="utf-8")).values())
    assert found == ["Birthday: Ana Silva", "Birthday: Ida Neun"]


def test_a_birth_year_after_this_one_is_kept_as_written(  # type: ignore[no-untyped-def]
        kith, tmp_path: Path) -> None:
    rows = tmp_path / "outlook.csv"
    rows.write_bytes(OUTLOOK_DE.encode("cp1252"))
    kith.run("import", str(rows), check=True)
    out = tmp_path / "out.vcf"
    kith.run("export", "-o", str(out), check=True)
    written = out.read_text(encoding="utf-8")
    assert "Ida Acht" in written and "31.12.9999" in written and "9999-12-31" not in written
    target = tmp_path / "kith.ics"
    result = kith.run("calendar", "-o", str(target), "--today", "2026-03-01")
    assert result.returncode == 0, result.stderr
    assert "Exported 0 calendar events" in result.stderr
    assert icalendar.Calendar.from_ical(target.read_text(encoding="utf-8")).walk("VEVENT") == []
