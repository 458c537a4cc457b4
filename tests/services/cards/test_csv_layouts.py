"""CSV exports from LinkedIn, Google and Outlook become the people they describe."""

from pathlib import Path

import pytest

from kith.services.cards.csv_layouts import CsvCard
from kith.services.cards.csv_reader import UnknownLayout, iter_csv
from kith.vcard.model import Problem

FIXTURES = Path(__file__).parents[2] / "fixtures" / "csv"


def read(name: str) -> tuple[list[CsvCard], list[Problem]]:
    cards: list[CsvCard] = []
    problems: list[Problem] = []
    with (FIXTURES / name).open("rb") as stream:
        for item in iter_csv(stream, name):
            (cards if isinstance(item, CsvCard) else problems).append(item)  # type: ignore[arg-type]
    return cards, problems


def values(card: CsvCard, kind: str) -> list[str]:
    return [p.value for p in card.points() if p.kind == kind]


def test_linkedin_export_after_its_notes_preamble_reads_every_connection() -> None:
    cards, problems = read("linkedin_connections.csv")
    assert problems == []
    assert [c.display_name() for c in cards] == [
        "Priya Raman", "Tomás Ferreira", "Lena Okafor", "Marcus Lindqvist", "Aiko Tanaka"]
    priya = cards[0]
    assert values(priya, "email") == []  # most LinkedIn connections share no e-mail
    assert values(priya, "url") == ["https://www.linkedin.com/in/priya-raman-0a1b2c"]
    assert (priya.organization, priya.title) == ("Northwind Analytics", "Head of Data")
    assert [(m.on.isoformat(), m.summary) for m in priya.moments] == [
        ("2024-03-12", "Connected on LinkedIn")]
    assert values(cards[1], "email") == ["tomas.ferreira@example.org"]
    assert cards[2].organization == "Blue Ridge Partners, LLC"  # a quoted comma
    assert cards[0].line == 5  # the preamble's lines count


def test_google_export_reads_labels_as_tags_and_multi_values() -> None:
    cards, problems = read("google_contacts.csv")  # UTF-8 with a BOM
    assert problems == []
    dana, rafael, grace = cards
    assert dana.categories == ["Friends", "Conference 2024"]  # "* myContacts" is Google's own
    assert values(dana, "email") == ["dana@cobalthealth.example", "dana.w@example.net",
                                     "dana.home@example.com"]
    assert dana.emails[0].preferred and dana.emails[0].label == "work"
    assert values(dana, "phone") == ["+1 415 555 0134", "+1 415 555 0199", "+1 415 555 0100"]
    assert dana.notes == "Met at the HIMSS mixer.\nWants intros to payers."
    assert dana.birthday == "1986-09-14"
    assert dana.addresses[0].extra == {"street": "1 Market St", "city": "San Francisco",
                                       "region": "CA", "code": "94105",
                                       "country": "United States"}
    assert (rafael.family_name, rafael.nickname, rafael.birthday) == ("Ibáñez", "Rafa",
                                                                      "--04-02")
    assert rafael.categories == []
    assert (grace.prefix, grace.suffix, grace.department) == ("Dr.", "PhD", "Investments")


def test_google_legacy_layout_with_group_membership() -> None:
    cards, problems = read("google_contacts_legacy.csv")
    assert problems == []
    oskar, mei = cards
    assert (oskar.formatted_name, oskar.organization, oskar.title) == (
        "Oskar Brandt", "Brandt Werft", "Owner")
    assert oskar.categories == ["Sailing Club"]
    assert values(mei, "email") == ["mei.chen@example.com", "mchen@work.example"]


def test_outlook_export_in_utf16_with_bom() -> None:
    cards, problems = read("outlook_contacts.csv")
    assert problems == []
    henrik, yasmin, zoe = cards
    assert henrik.birthday == "1985-04-12"  # Outlook's month/day/year
    assert henrik.categories == ["Clients", "Norway"]
    assert values(henrik, "email") == ["henrik.solberg@fjord.example", "hs@private.example"]
    assert [(p.value, p.label) for p in henrik.phones] == [
        ("+47 900 55 012", "mobile"), ("+47 55 55 01 23", "work")]
    assert yasmin.birthday is None and yasmin.birthday_raw is None  # "0/0/00" is none
    assert zoe.display_name() == "Zoë Ångström"
    assert values(zoe, "url") == ["https://zoe.example.se"]


def test_semicolons_and_windows_1252_from_a_european_locale() -> None:
    cards, problems = read("european_semicolon.csv")
    assert problems == []
    assert [c.display_name() for c in cards] == ["Jürgen Müller", "Élodie Lefèvre"]
    assert cards[0].birthday == "1970-12-24"  # day.month.year
    assert cards[0].notes == "Kennt alle Händler am Markt; wichtig: Weihnachten"
    assert cards[1].notes == "Préfère le français;\nrappeler après 18h"


def test_quoted_newlines_in_notes_keep_the_rows_and_their_lines() -> None:
    cards, problems = read("notes_multiline.csv")
    assert problems == []
    ines, pavel = cards
    assert ines.notes == ('First line of the note.\nSecond line, with a comma.\n'
                          '"Quoted" third line.')
    assert (ines.line, pavel.line) == (2, 5)


def test_an_unknown_layout_is_refused_with_its_columns() -> None:
    with pytest.raises(UnknownLayout) as caught:
        read("unknown_layout.csv")
    assert caught.value.columns == ["Full Name", "Mail", "Cell", "Firm"]
    assert "--map" in str(caught.value)


def test_a_name_column_of_e_mails_never_becomes_names() -> None:
    with pytest.raises(UnknownLayout):
        read("names_are_emails.csv")
    with (FIXTURES / "names_are_emails.csv").open("rb") as stream:
        items = list(iter_csv(stream, "n.csv", {"*": "Name=Name,Phone=Phone"}))
    cards = [i for i in items if isinstance(i, CsvCard)]
    assert [c.formatted_name for c in cards] == ["", ""]
    assert [values(c, "email") for c in cards] == [["kofi@example.org"],
                                                  ["sara.lind@example.se"]]
    assert [c.display_name() for c in cards] == ["kofi@example.org", "sara.lind@example.se"]
    notes = [i.message for i in items if isinstance(i, Problem)]
    assert len(notes) == 2 and all("kept as an e-mail address" in n for n in notes)
