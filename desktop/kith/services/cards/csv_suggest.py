"""A column map to suggest for a CSV whose layout Kith does not know.

A column is paired with a field only when both say so: its header names the field
plainly ("Mail", "Cell", "Company", "Full Name"; a few words in German, French, Spanish,
Dutch and Italian too) and the values under it agree (e-mails look like e-mail
addresses, phones have digits, names hold no e-mail address). Anything less is left
unpaired. The suggestion is only ever shown: the command line prints it for the person
to run, the window pre-fills its choices and waits for the click on "Read the rows".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kith.services.cards.csv_layouts import FIELDS, ColumnMap, looks_like_email, parse_birthday

# A header, casefolded with its spaces, dashes, dots and underscores removed -> the field.
_HEADERS: dict[str, tuple[str, ...]] = {
    "Given": ("first", "firstname", "given", "givenname", "forename", "vorname", "prénom",
              "prenom", "voornaam"),
    "Family": ("last", "lastname", "surname", "family", "familyname", "nachname",
               "nomdefamille", "achternaam", "apellidos", "cognome"),
    "Name": ("name", "fullname", "displayname", "contactname", "naam", "nomcomplet",
             "vollständigername"),
    "Email": ("email", "mail", "emailaddress", "mailaddress", "emailadresse", "emailadres",
              "courriel", "adressedemessagerie", "correo", "correoelectrónico"),
    "Phone": ("phone", "phonenumber", "telephone", "tel", "cell", "cellphone", "mobile",
              "mobilephone", "mobil", "telefon", "mobiltelefon", "handy", "téléphone",
              "portable", "telefoon", "mobiel", "mobieletelefoon", "teléfono", "móvil",
              "telefono", "cellulare"),
    "Org": ("company", "firm", "organization", "organisation", "org", "employer", "firma",
            "unternehmen", "société", "societe", "entreprise", "bedrijf", "empresa",
            "azienda"),
    "Title": ("jobtitle", "position", "role", "funktion", "fonction", "functie", "puesto"),
    "Note": ("note", "notes", "comment", "comments", "remarks", "notizen", "notiz",
             "bemerkung", "notities", "notas"),
    "URL": ("url", "website", "web", "webpage", "homepage", "webseite"),
    "Birthday": ("birthday", "dateofbirth", "birthdate", "dob", "geburtstag",
                 "geburtsdatum", "anniversaire", "verjaardag", "cumpleaños", "compleanno"),
    "Tags": ("tags", "labels", "categories", "groups", "kategorien", "catégories"),
}
_FIELD_OF = {word: name for name, words in _HEADERS.items() for word in words}
_ONE_COLUMN = {"Given", "Family", "Name", "Org", "Title", "Birthday"}  # never two columns
_PERSON = ("Given", "Family", "Name", "Email", "Phone", "Org")
_PHONE = re.compile(r"[+()0-9 ./\-]*[0-9][+()0-9 ./\-]*(?:\s*(?:x|ext\.?)\s*\d+)?", re.I)
_URL = re.compile(r"(https?://)?[\w-]+(\.[\w-]+)+(/\S*)?", re.I)
_MAP_BREAKERS = set(',="$`\\')  # a column --map text cannot name, or a shell would mangle
SHOWN = 60  # characters of a column's name a message shows


def shown(column: str) -> str:
    """A column's name as a message shows it: a long one cut at ``SHOWN`` characters."""
    return column if len(column) <= SHOWN else column[:SHOWN - 1] + "…"


def same_but_case(columns: Sequence[str]) -> list[str]:
    """The columns whose names differ from another's only in case ("mail", "MAIL"):
    ``--map`` cannot tell them apart, so no suggestion names them."""
    counts: dict[str, int] = {}
    for c in columns:
        counts[c.strip().casefold()] = counts.get(c.strip().casefold(), 0) + 1
    return [c for c in columns if counts[c.strip().casefold()] > 1]


def _key(header: str) -> str:
    return re.sub(r"[\s_.\-]+", "", header.casefold())


def _agree(field: str, value: str) -> bool:
    if field == "Email":
        return all(looks_like_email(v) for v in value.split(":::") if v.strip())
    if field == "Phone":
        return "@" not in value and bool(_PHONE.fullmatch(value.strip())) and sum(
            c.isdigit() for c in value) >= 5
    if field == "URL":
        return "@" not in value and bool(_URL.fullmatch(value.strip()))
    if field == "Birthday":
        return parse_birthday(value)[0] is not None
    if field in ("Note", "Tags"):
        return True
    # names, organisations and titles: words, not an address or a number
    return not looks_like_email(value) and any(c.isalpha() for c in value)


def suggest_map(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> ColumnMap:
    """The columns whose header names a field and whose values (in ``rows``) agree,
    in column order; a column with no value in ``rows`` is not paired."""
    result: ColumnMap = {}
    twins = set(same_but_case(columns))
    for i, column in enumerate(columns):
        field = _FIELD_OF.get(_key(column))
        if field is None or _MAP_BREAKERS & set(column) or not column.strip():
            continue
        if column in twins:
            continue
        if field in _ONE_COLUMN and field in result:
            continue
        values = [r[i].strip() for r in rows if i < len(r) and r[i].strip()]
        if values and all(_agree(field, v) for v in values):
            result.setdefault(field, []).append(column)
    return result


def map_text(column_map: ColumnMap, columns: Sequence[str]) -> str:
    """``"Name=Full Name,Email=Mail"``: the map as ``--map`` takes it, in column order."""
    pairs = [(columns.index(c), f"{field}={c}") for field, cs in column_map.items()
             for c in cs]
    return ",".join(text for _, text in sorted(pairs))


def has_person(column_map: ColumnMap) -> bool:
    """Whether the map names a column that makes a row a person."""
    return any(field in column_map for field in _PERSON)


def map_advice(columns: Sequence[str], rows: Sequence[Sequence[str]],
               quote: Callable[[str], str] = lambda t: f'"{t}"') -> str:
    """What to run: the suggested ``--map`` when the file's own columns give one, else
    an example written with two of its columns (the fields to choose from follow)."""
    found = suggest_map(columns, rows)
    fields = ", ".join(FIELDS)
    twins = same_but_case(columns)
    why = (f" Columns whose names differ only in case ({', '.join(shown(c) for c in twins)})"
           " cannot be named in --map: rename one of each in the file to import them."
           if twins else "")
    if has_person(found):
        left = [shown(c) for c in columns if not any(c in cs for cs in found.values())]
        rest = f" ({', '.join(left)} left out)" if left else ""
        return (f"Going by the columns' names and values, run it again with --map "
                f"{quote(map_text(found, columns))}{rest}; check it first (fields: "
                f"{fields}).{why}")
    usable = [c for c in columns if c.strip() and not _MAP_BREAKERS & set(c)
              and c not in twins and len(c) <= SHOWN]
    if len(usable) >= 2:
        example = f"Name={usable[0]},Email={usable[1]}"
        return (f"Say which column holds what with --map, for example --map "
                f"{quote(example)} if {usable[0]} holds names and {usable[1]} e-mail "
                f"addresses (fields: {fields}).{why}")
    return (f"Say which column holds what with --map FIELD=COLUMN,... (fields: {fields})."
            f"{why}")
