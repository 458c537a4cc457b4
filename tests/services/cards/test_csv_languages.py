"""Outlook exports in European languages: localized headers, and dates in the order the
layout writes them (never guessed from the numbers)."""

from pathlib import Path

import pytest

from kith.services.cards.csv_layouts import CsvCard, detect, parse_birthday
from kith.services.cards.csv_reader import iter_csv
from kith.vcard.model import Problem

FIXTURES = Path(__file__).parents[2] / "fixtures" / "csv"


def read(name: str) -> tuple[list[CsvCard], list[Problem]]:
    cards: list[CsvCard] = []
    problems: list[Problem] = []
    with (FIXTURES / name).open("rb") as stream:
        for item in iter_csv(stream, name):
            (cards if isinstance(item, CsvCard) else problems).append(item)  # type: ignore[arg-type]
    return cards, problems


def test_a_german_outlook_export_in_windows_1252_with_semicolons() -> None:
    assert (FIXTURES / "outlook_de.csv").read_bytes().startswith(b"Vorname;Nachname;")
    cards, problems = read("outlook_de.csv")
    assert problems == []
    juergen, anna = cards
    assert (juergen.given_name, juergen.family_name) == ("Jürgen", "Weiß")
    assert [p.value for p in juergen.emails] == ["juergen.weiss@beispiel.de"]
    assert [(p.value, p.label) for p in juergen.phones] == [("+49 151 5550123", "mobile")]
    assert (juergen.organization, juergen.title) == ("Bäckerei Weiß GmbH", "Geschäftsführer")
    assert juergen.birthday == "1980-12-31"  # 31.12.1980
    assert juergen.notes == "Kennt alle Händler; Grüße an Frau Weiß"
    assert juergen.categories == ["Kunden", "Messe 2024"]
    assert (anna.birthday, anna.birthday_raw) == (None, None)  # Outlook's "0.0.00"
    assert anna.categories == ["Lieferanten"]


def test_a_french_outlook_export_reads_its_dates_day_first() -> None:
    cards, problems = read("outlook_fr.csv")  # UTF-8 with a BOM, semicolons
    assert problems == []
    elodie, francois = cards
    assert elodie.display_name() == "Élodie Lefèvre"
    assert [p.value for p in elodie.emails] == ["elodie@atelier.example"]
    assert [p.value for p in elodie.phones] == ["+33 6 55 55 01 23"]
    assert (elodie.organization, elodie.title) == ("Atelier Lefèvre", "Directrice")
    assert elodie.birthday == "1980-12-31"  # 31/12/1980
    assert francois.birthday == "1975-04-03"  # 03/04/1975: 3 April, as a French export means
    assert elodie.notes == "Préfère le français;\nrappeler après 18h"
    assert elodie.categories == ["Clients"]


@pytest.mark.parametrize(("header", "name"), [
    ("Vorname;Nachname;E-Mail-Adresse", "Outlook contacts (German)"),
    ("Prénom;Nom;Adresse de messagerie", "Outlook contacts (French)"),
    ("Nombre;Apellidos;Dirección de correo electrónico", "Outlook contacts (Spanish)"),
    ("Voornaam;Achternaam;E-mailadres", "Outlook contacts (Dutch)"),
    ("Nome;Cognome;Indirizzo e-mail", "Outlook contacts (Italian)"),
    ("First Name,Last Name,E-mail Address", "Outlook contacts"),
])
def test_each_language_of_outlook_is_recognised_by_its_header(header: str, name: str) -> None:
    layout = detect(header.replace(",", ";").split(";"))
    assert layout is not None and layout.name == name


@pytest.mark.parametrize(("header", "row", "given", "email", "phone", "birthday"), [
    ("Nombre;Apellidos;Dirección de correo electrónico;Teléfono móvil;Cumpleaños",
     "Lucía;García;lucia@ejemplo.es;+34 612 555 012;05/11/1979", "Lucía",
     "lucia@ejemplo.es", "+34 612 555 012", "1979-11-05"),
    ("Voornaam;Achternaam;E-mailadres;Mobiele telefoon;Verjaardag",
     "Daan;de Vries;daan@voorbeeld.nl;06 12345678;7-2-1985", "Daan", "daan@voorbeeld.nl",
     "06 12345678", "1985-02-07"),
    ("Nome;Cognome;Indirizzo e-mail;Cellulare;Compleanno",
     "Giulia;Rossi;giulia@esempio.it;+39 333 555 0101;01/02/1990", "Giulia",
     "giulia@esempio.it", "+39 333 555 0101", "1990-02-01"),
])
def test_spanish_dutch_and_italian_rows_become_people(
        tmp_path: Path, header: str, row: str, given: str, email: str, phone: str,
        birthday: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(f"{header}\r\n{row}\r\n", encoding="utf-8")
    with path.open("rb") as stream:
        items = list(iter_csv(stream, "export.csv"))
    assert len(items) == 1 and isinstance(items[0], CsvCard)
    card = items[0]
    assert card.given_name == given
    assert [p.value for p in card.emails] == [email]
    assert [p.value for p in card.phones] == [phone]
    assert card.birthday == birthday


def test_the_layout_decides_the_order_of_day_and_month() -> None:
    assert parse_birthday("03/04/1975") == ("1975-03-04", None)  # Outlook in English
    assert parse_birthday("03/04/1975", day_first=True) == ("1975-04-03", None)
    assert parse_birthday("31/12/1980") == (None, "31/12/1980")  # kept, not guessed
    assert parse_birthday("31-12-1980") == (None, "31-12-1980")
    assert parse_birthday("31-12-1980", day_first=True) == ("1980-12-31", None)
    assert parse_birthday("0-0-00", day_first=True) == (None, None)
