"""The CSV layouts Kith recognises by their header, and a person's own column map.

A layout turns one row (column name -> cell text) into a card: LinkedIn's
``Connections.csv``, Google Contacts (the current layout and the older
Name/Given Name one) and Outlook. A file that matches none is read only with
a column map the person gives (``--map "Given=First,Email=Mail"`` or the
window's mapping step): Kith never guesses which column holds names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kith.errors import Invalid
from kith.services.cards.csv_outlook_names import OUTLOOK_LANGUAGES
from kith.vcard.model import Card, CardPoint

# The fields a column can be mapped to (``--map FIELD=COLUMN``), in the order shown.
FIELDS = ("Given", "Family", "Name", "Email", "Phone", "Org", "Title", "Note", "URL",
          "Birthday", "Tags")
_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")
_MONTHS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
LINKEDIN_MOMENT = "Connected on LinkedIn"

Cells = Callable[[str], str]  # a column's text in this row ("" when absent)
ColumnMap = dict[str, list[str]]  # field -> the columns mapped to it


@dataclass
class Moment:
    """A dated entry for the person's timeline that the row carries."""

    on: dt.date
    kind: str
    summary: str


@dataclass
class CsvCard(Card):
    """A card read from a CSV row, with the moments the row dates (LinkedIn's
    "Connected On") and what was repaired in it."""

    moments: list[Moment] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    name: str  # shown to the person: "LinkedIn connections"
    build: Callable[[Cells, CsvCard], None]


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.fullmatch(text.strip()))


def parse_connected_on(text: str) -> dt.date | None:
    """LinkedIn's "Connected On": "12 Mar 2024", "12-Mar-24", or ISO; None if unreadable.

    Month names are read from a fixed English table: LinkedIn writes English
    whatever the locale, and ``strptime``'s %b follows the process locale.
    """
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{2}|\d{4})", text)
    try:
        if match:
            month = _MONTHS.get(match.group(2).lower())
            year = int(match.group(3))
            if month is None:
                return None
            return dt.date(year + 2000 if year < 100 else year, month, int(match.group(1)))
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_birthday(text: str, day_first: bool = False) -> tuple[str | None, str | None]:
    """(birthday, raw text kept when unreadable): ISO, --MM-DD, D.M.YYYY, and
    N/N/YYYY (or N-N-YYYY) in the order of the layout that wrote it: month first for
    Outlook in English (M/D/YYYY), day first (``day_first``) for the exports of European
    locales (31/12/1980, 31-12-1980). The order is the layout's, never guessed from the
    numbers. Outlook's empty date ("0/0/00", "0.0.00") is no birthday, and a birth year
    after this one is kept as the text written."""
    from kith.vcard.values import parse_birthday as iso

    text = text.strip()
    if not text or re.fullmatch(r"0?0([./-])0?0\1(00|0000)", text):
        return None, None
    found, raw = iso(text)
    if found:
        return (None, text) if _unborn(found) else (found, None)
    dots = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)  # day first everywhere
    other = re.fullmatch(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})", text)
    if dots:
        day, month, year = (int(g) for g in dots.groups())
    elif other and (day_first or other.group(2) == "/"):
        first, second, year = int(other.group(1)), int(other.group(3)), int(other.group(4))
        day, month = (first, second) if day_first else (second, first)
    else:
        return None, raw
    try:
        found = dt.date(year, month, day).isoformat()
    except ValueError:
        return None, text
    return (None, text) if _unborn(found) else (found, None)


def _unborn(birthday: str) -> bool:
    """A birth year after this one ("31.12.9999", a placeholder some exports write) is no
    birthday that happened: kept as the text written, not as a date."""
    from kith import clock

    return birthday[:4].isdigit() and int(birthday[:4]) > clock.today().year


def _split(text: str, separators: str) -> list[str]:
    parts = re.split("|".join(re.escape(s) for s in separators.split(" ")), text)
    return [p.strip() for p in parts if p.strip()]


def _label(text: str) -> tuple[str, bool]:
    """Google's "* Work" marks the preferred value: (label, preferred)."""
    text = text.strip()
    preferred = text.startswith("*")
    return text.lstrip("* ").strip().lower(), preferred


def _add(card: CsvCard, kind: str, value: str, label: str = "", preferred: bool = False,
         extra: dict[str, str] | None = None) -> None:
    value = value.strip()
    if not value:
        return
    target = {"email": card.emails, "phone": card.phones, "url": card.urls,
              "address": card.addresses}[kind]
    if kind == "email" and not looks_like_email(value):
        card.notices.append(f"kept {value!r} as a note: it is not an e-mail address")
        card.notes = "\n".join(p for p in (card.notes, value) if p)
        return
    if all(p.value != value for p in target):
        target.append(CardPoint(kind, value, label, preferred, extra))


def _birthday(card: CsvCard, text: str, day_first: bool = False) -> None:
    card.birthday, card.birthday_raw = parse_birthday(text, day_first)


# --- the layouts ---------------------------------------------------------------------
def _linkedin(cell: Cells, card: CsvCard) -> None:
    card.given_name, card.family_name = cell("First Name"), cell("Last Name")
    card.organization, card.title = cell("Company"), cell("Position")
    _add(card, "email", cell("Email Address"))
    _add(card, "url", cell("URL"), "linkedin")
    connected = cell("Connected On")
    if connected:
        on = parse_connected_on(connected)
        if on is None:
            card.notices.append(f"kept the person; the date {connected!r} in Connected On "
                                "could not be read")
        else:
            card.moments.append(Moment(on, "met", LINKEDIN_MOMENT))


_ADDRESS_PARTS = (("box", "PO Box"), ("extended", "Extended Address"), ("street", "Street"),
                  ("city", "City"), ("region", "Region"), ("code", "Postal Code"),
                  ("country", "Country"))


def _google(cell: Cells, card: CsvCard) -> None:
    card.formatted_name = cell("Name")
    card.given_name = cell("First Name") or cell("Given Name")
    card.additional_names = cell("Middle Name") or cell("Additional Name")
    card.family_name = cell("Last Name") or cell("Family Name")
    card.prefix, card.suffix = cell("Name Prefix"), cell("Name Suffix")
    card.nickname = cell("Nickname")
    card.organization = cell("Organization Name") or cell("Organization 1 - Name")
    card.title = cell("Organization Title") or cell("Organization 1 - Title")
    card.department = cell("Organization Department") or cell("Organization 1 - Department")
    card.notes = cell("Notes")
    _birthday(card, cell("Birthday"))
    labels = cell("Labels") or cell("Group Membership")
    card.categories = [t for t in _split(labels, ":::") if not t.startswith("*")]
    for n in range(1, 21):
        for kind, prefix in (("email", "E-mail"), ("phone", "Phone"), ("url", "Website")):
            value = cell(f"{prefix} {n} - Value")
            label, preferred = _label(cell(f"{prefix} {n} - Label") or
                                      cell(f"{prefix} {n} - Type"))
            for i, one in enumerate(_split(value, ":::")):
                _add(card, kind, one, label, preferred and i == 0)
        extra = {key: cell(f"Address {n} - {column}") for key, column in _ADDRESS_PARTS}
        extra = {k: v for k, v in extra.items() if v}
        formatted = cell(f"Address {n} - Formatted")
        if extra or formatted:
            from kith.vcard.values import address_text

            label, preferred = _label(cell(f"Address {n} - Label") or
                                      cell(f"Address {n} - Type"))
            if not extra:
                extra = {"street": formatted}
            _add(card, "address", address_text(extra), label, preferred, extra)


_OUTLOOK_PHONES = (("Mobile Phone", "mobile"), ("Business Phone", "work"),
                   ("Business Phone 2", "work"), ("Home Phone", "home"),
                   ("Home Phone 2", "home"), ("Primary Phone", ""), ("Other Phone", "other"),
                   ("Company Main Phone", "work"), ("Car Phone", "car"), ("Pager", "pager"),
                   ("Business Fax", "fax"), ("Home Fax", "fax"))


def _outlook(cell: Cells, card: CsvCard, day_first: bool = False) -> None:
    card.given_name, card.additional_names = cell("First Name"), cell("Middle Name")
    card.family_name, card.prefix, card.suffix = cell("Last Name"), cell("Title"), cell("Suffix")
    card.nickname = cell("Nickname")
    card.organization, card.department = cell("Company"), cell("Department")
    card.title, card.notes = cell("Job Title"), cell("Notes")
    _birthday(card, cell("Birthday"), day_first)
    card.categories = _split(cell("Categories"), ";")
    for column in ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"):
        _add(card, "email", cell(column))
    for column, label in _OUTLOOK_PHONES:
        _add(card, "phone", cell(column), label)
    _add(card, "url", cell("Web Page"))
    for place, label in (("Business", "work"), ("Home", "home"), ("Other", "other")):
        extra = {"street": cell(f"{place} Street"), "city": cell(f"{place} City"),
                 "region": cell(f"{place} State"), "code": cell(f"{place} Postal Code"),
                 "country": cell(f"{place} Country/Region") or cell(f"{place} Country")}
        extra = {k: v for k, v in extra.items() if v}
        if extra:
            from kith.vcard.values import address_text

            _add(card, "address", address_text(extra), label, False, extra)


def _outlook_in(names: dict[str, tuple[str, ...]]) -> Callable[[Cells, CsvCard], None]:
    """Outlook's layout read through one language's column names, dates day first."""

    def build(cell: Cells, card: CsvCard) -> None:
        def local(name: str) -> str:
            return next((v for v in (cell(n) for n in names.get(name, ())) if v), "")

        _outlook(local, card, day_first=True)

    return build


LINKEDIN = Layout("LinkedIn connections", _linkedin)
GOOGLE = Layout("Google Contacts", _google)
GOOGLE_LEGACY = Layout("Google Contacts (older layout)", _google)
OUTLOOK = Layout("Outlook contacts", _outlook)
OUTLOOK_IN = {language: Layout(f"Outlook contacts ({language})", _outlook_in(names))
              for language, names in OUTLOOK_LANGUAGES.items()}


def detect(columns: Iterable[str]) -> Layout | None:
    """The layout a header names, or None: recognised by columns only those exports have."""
    have = {c.strip().casefold() for c in columns}

    def has(*names: str) -> bool:
        return all(n.casefold() in have for n in names)

    if has("First Name", "Last Name", "URL", "Connected On"):
        return LINKEDIN
    if has("First Name", "Last Name", "E-mail Address"):
        return OUTLOOK
    if has("First Name") and (has("E-mail 1 - Value") or has("Labels")
                              or has("Organization Name") or has("Phone 1 - Value")):
        return GOOGLE
    if has("Given Name", "Family Name") or has("Name", "Group Membership"):
        return GOOGLE_LEGACY
    for language, names in OUTLOOK_LANGUAGES.items():
        if (has(*names["First Name"]) and has(*names["Last Name"])
                and any(has(n) for n in names["E-mail Address"])):
            return OUTLOOK_IN[language]
    return None


# --- a person's own map ----------------------------------------------------------------
def parse_map(text: str, columns: list[str], told: list[str] | None = None) -> ColumnMap:
    """``"Given=First,Family=Last,Email=Mail"`` checked against the file's columns.

    Fields and columns match whatever their case; when a column is named in another case
    than the file's, a line saying which column was used goes to ``told``. Raises
    ``Invalid`` (a usage error) for an unknown field or a column the file lacks.
    """
    by_name: dict[str, list[str]] = {}
    for c in columns:
        by_name.setdefault(c.strip().casefold(), []).append(c)
    fields = {f.casefold(): f for f in FIELDS}
    result: ColumnMap = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, column = (s.strip() for s in part.partition("="))
        if not sep or not name or not column:
            raise Invalid(f"--map takes FIELD=COLUMN pairs separated by commas, not {part!r}")
        found_field = fields.get(name.casefold())
        if found_field is None:
            raise Invalid(f"--map: {name!r} is not a field; the fields are "
                          f"{', '.join(FIELDS)}")
        found = by_name.get(column.casefold(), [])
        if not found:
            raise Invalid(f"--map: the file has no column {column!r}; its columns are "
                          f"{', '.join(columns)}")
        if len(found) > 1:
            raise Invalid(f"--map: the file has {len(found)} columns named {column!r} "
                          "(in upper or lower case), so Kith cannot tell which one is meant; "
                          "rename one of them in the file")
        found_column = found[0]
        if told is not None and found_column.strip() != column:
            told.append(f"--map named the column {column!r}; the file's column "
                        f"{found_column.strip()!r} was used")
        result.setdefault(found_field, []).append(found_column)
    if not result:
        raise Invalid("--map names no column; give FIELD=COLUMN pairs, for example "
                      "\"Given=First,Family=Last,Email=Mail\"")
    return result


def mapped_layout(column_map: ColumnMap) -> Layout:
    """A layout that reads the columns a person mapped, and nothing else."""

    def build(cell: Cells, card: CsvCard) -> None:
        def text(name: str) -> list[str]:
            return [v for v in (cell(c) for c in column_map.get(name, [])) if v]

        card.formatted_name = " ".join(text("Name"))
        card.given_name, card.family_name = " ".join(text("Given")), " ".join(text("Family"))
        card.organization, card.title = " ".join(text("Org")), " ".join(text("Title"))
        card.notes = "\n".join(text("Note"))
        for value in text("Email"):
            for one in _split(value, ":::"):
                _add(card, "email", one)
        for value in text("Phone"):
            for one in _split(value, ":::"):
                _add(card, "phone", one)
        for value in text("URL"):
            _add(card, "url", value)
        for value in text("Birthday")[:1]:
            _birthday(card, value)
        card.categories = [t for v in text("Tags") for t in _split(v, "::: ; ,")]

    return Layout("your column map", build)


def guard_names(card: CsvCard) -> None:
    """A name field holding an e-mail address: the address becomes an e-mail, never a name."""
    for attr in ("formatted_name", "given_name", "additional_names", "family_name",
                 "nickname"):
        value = getattr(card, attr)
        if value and looks_like_email(value):
            setattr(card, attr, "")
            _add(card, "email", value)
            card.notices.append(f"{value} was in a name column; it was kept as an e-mail "
                                "address, not a name")
