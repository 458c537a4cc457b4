"""Reading a CSV export into cards, row by row, as real exports write them.

Bytes are decoded by their BOM (UTF-8, UTF-16 as Outlook writes), else as
UTF-16 by its NUL bytes, else UTF-8, else the most likely 8-bit charset. The
header is found by its columns, after any preamble (LinkedIn's "Notes:"), and
with it the separator (``,``, ``;`` from European locales, or a tab). Each
row becomes a ``CsvCard`` through its layout (``csv_layouts``); a row that
cannot be one becomes a Problem and the rest of the file is read.

A quote that is opened and never closed would make the csv module read every
following line into one value: five people gone, no problem said. A row whose
quoted value runs over several lines is therefore checked (``_runaway``); when
it looks like such a quote, the row is reported and reading starts again on
the next line, so only the broken row is lost.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from kith.errors import Invalid
from kith.services.cards.csv_layouts import (
    ColumnMap,
    CsvCard,
    Layout,
    detect,
    guard_names,
    mapped_layout,
    parse_map,
)
from kith.vcard.model import Problem

CSV_SUFFIXES = (".csv",)
_SEPARATORS = (",", ";", "\t")
_HEADER_SEARCH = 40  # lines a preamble may take before the header
_MAX_ERRORS = 50  # unreadable rows in a row before the rest of the file is given up

# What a column map can be given as: parsed (the window) or ``--map`` text (the CLI).
ColumnMaps = Mapping[str, ColumnMap | str]


SAMPLE_ROWS = 20  # rows read to suggest a column map (the CLI and the window alike)


class UnknownLayout(Invalid):
    """A CSV whose header matches no layout Kith knows, and no column map was given.

    ``rows`` are its first rows, read as an import reads them; the message suggests a
    ``--map`` from the file's own columns where their names and values agree."""

    def __init__(self, file: str, columns: list[str],
                 rows: list[list[str]] | None = None) -> None:
        from kith.services.cards.csv_suggest import map_advice, shown

        self.file, self.columns, self.rows = file, columns, rows or []
        super().__init__(
            f"{file}: Kith does not know this CSV layout, so nothing was imported. Its "
            f"columns are: {', '.join(shown(c) for c in columns) or '(none)'}. "
            f"{map_advice(columns, self.rows)}")


class BadMap(Invalid):
    """A ``--map`` that names an unknown field or a column the file lacks (a usage error)."""


def decode(data: bytes) -> str:
    """The text of a CSV file, whatever encoding a real export used."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    head = data[:512]
    pairs = len(head) // 2
    if pairs >= 4:
        even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
        if odd * 10 >= pairs * 4 and even * 10 < pairs:
            return data.decode("utf-16-le", errors="replace")
        if even * 10 >= pairs * 4 and odd * 10 < pairs:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode(_eight_bit(data), errors="replace")


def _eight_bit(data: bytes) -> str:
    """The 8-bit charset of a file that is not UTF-8: the vCard reader's guess (a
    detector, then a closer look at Western against Central European text), so both
    kinds of file read the same bytes the same way."""
    from kith.vcard.decode import _guess_charset

    return _guess_charset(data, b"")


def _split_line(line: str, separator: str) -> list[str]:
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=separator))]
    except (csv.Error, StopIteration):
        return []


def find_header(text: str) -> tuple[int, int, str, list[str]]:
    """(offset of the header in ``text``, its line number, separator, columns).

    The header is the first line, among the first few, whose columns name a known
    layout; else the first non-empty line, split by the separator that gives most
    columns.
    """
    offset, first = 0, None
    for number, line in enumerate(text.splitlines(keepends=True)[:_HEADER_SEARCH], 1):
        bare = line.rstrip("\r\n")
        for separator in _SEPARATORS:
            columns = _split_line(bare, separator)
            if len(columns) > 1 and detect(columns) is not None:
                return offset, number, separator, columns
        if first is None and bare.strip():
            separator = max(_SEPARATORS, key=lambda s: len(_split_line(bare, s)))
            first = (offset, number, separator, _split_line(bare, separator))
        offset += len(line)
    return first if first is not None else (0, 1, ",", [])


def columns_and_rows(data: bytes, limit: int = SAMPLE_ROWS
                     ) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``limit`` rows, for the window's mapping step: read as
    an import reads them (a quote never closed loses its row, not the rows after it)."""
    text = decode(data).replace("\x00", "")
    offset, header_line, separator, columns = find_header(text)
    return columns, _sample(text, offset, header_line, separator, columns, limit)


def _sample(text: str, offset: int, header_line: int, separator: str, columns: list[str],
            limit: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for item in _rows(text, offset, header_line, separator, columns, set(), ""):
        if not isinstance(item, Problem):
            rows.append(item[1])
            if len(rows) >= limit:
                break
    return rows


def _layout(filename: str, columns: list[str], maps: ColumnMaps | None
            ) -> tuple[Layout, set[str], list[str]] | None:
    """The layout to read rows with, the (casefolded) columns it reads as notes, and what
    to tell about the map; None when the header matches no layout and no map is given."""
    given = None
    if maps:
        given = maps.get(filename, maps.get("*"))
    if given is not None:
        told: list[str] = []
        if isinstance(given, str):
            try:
                given = parse_map(given, columns, told)
            except Invalid as exc:
                raise BadMap(f"{filename}: {exc}") from None
        return mapped_layout(given), {c.casefold() for c in given.get("Note", [])}, told
    layout = detect(columns)
    return None if layout is None else (layout, set(), [])


# Columns whose values may hold line breaks: notes and postal addresses (not e-mail ones).
_MULTILINE = ("note", "address", "street", "comment", "description", "formatted", "memo")
_ROW_LIKE_COLUMNS = 4  # a header this wide makes a line of exactly its width look like a row


def _multiline(column: str, notes: set[str]) -> bool:
    name = column.casefold()
    return name in notes or ("mail" not in name and any(w in name for w in _MULTILINE))


def _runaway(row: list[str], raw: list[str], columns: list[str], notes: set[str],
             separator: str) -> bool:
    """Whether a row read from several lines (``raw``) looks like a quote never closed
    rather than a value with line breaks: a line inside the value reads like a row (in a
    column that holds no notes: at least half the header's values; in a notes column:
    exactly the header's width, as a note's line rarely has). Line breaks in a note, or
    in a name that has no row inside it, are kept as they were read."""
    widths = [len(_split_line(line.rstrip("\r\n"), separator)) for line in raw[1:]]
    for i, value in enumerate(row):
        if "\n" not in value and "\r" not in value:
            continue
        if i < len(columns) and _multiline(columns[i], notes):
            if len(columns) >= _ROW_LIKE_COLUMNS and len(columns) in widths:
                return True
        elif any(w >= max(2, len(columns) // 2) for w in widths):
            return True
    return False


class _Lines:
    """The file's lines for the csv module, from a position that can be moved back."""

    def __init__(self, lines: list[str], at: int) -> None:
        self.lines, self.at = lines, at

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.at >= len(self.lines):
            raise StopIteration
        self.at += 1
        return self.lines[self.at - 1]


def _rows(text: str, offset: int, header_line: int, separator: str, columns: list[str],
          notes: set[str], filename: str) -> Iterator[tuple[int, list[str]] | Problem]:
    """(line number, values) for each row that is not blank, and a Problem for each row
    that cannot be read, in file order."""
    lines = list(io.StringIO(text[offset:], newline=""))
    source = _Lines(lines, 1)  # the header is lines[0]
    reader = csv.reader(source, delimiter=separator)
    errors = 0
    while True:
        start = source.at
        line = header_line + start
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            errors += 1
            yield Problem(filename, line, "", f"row skipped: it could not be read ({exc})",
                          lost_card=True)
            if errors >= _MAX_ERRORS:
                yield Problem(filename, line, "", "stopped reading the file: too many rows "
                              "could not be read; check that it is a CSV export")
                return
            continue
        errors = 0
        if source.at - start > 1 and _runaway(row, lines[start:source.at], columns, notes,
                                              separator):
            yield Problem(filename, line, row[0].strip()[:40] if row else "",
                          "row skipped: a quote opened on this line is never closed; the "
                          "lines after it were read as rows. Close the quote and import "
                          "this row again", lost_card=True)
            source.at = start + 1
            reader = csv.reader(source, delimiter=separator)
            continue
        if any(c.strip() for c in row):
            yield line, row


def iter_csv(stream: BinaryIO, filename: str,
             maps: ColumnMaps | None = None) -> Iterator[CsvCard | Problem]:
    """Each row as a card, and a Problem for each row that is not one, in file order.

    Raises ``UnknownLayout`` before the first row when the header matches no known
    layout and ``maps`` has none for this file (key: the file's name, or "*").
    """
    text = decode(stream.read()).replace("\x00", "")
    if not text.strip():
        yield Problem(filename, 0, "", "the file is empty; export the contacts again")
        return
    offset, header_line, separator, columns = find_header(text)
    found = _layout(filename, columns, maps)
    if found is None:
        raise UnknownLayout(filename, columns, _sample(text, offset, header_line, separator,
                                                       columns, SAMPLE_ROWS))
    layout, notes, told = found
    for message in told:
        yield Problem(filename, header_line, "", message)
    index: dict[str, int] = {}
    for i, column in enumerate(columns):
        index.setdefault(column.casefold(), i)
    rows = 0
    for item in _rows(text, offset, header_line, separator, columns, notes, filename):
        if isinstance(item, Problem):
            yield item
            continue
        line, row = item
        rows += 1
        card = _card(row, columns, index, layout, filename, line)
        if isinstance(card, CsvCard):
            for notice in card.notices:
                yield Problem(filename, line, card.display_name(), notice)
        yield card
    if rows == 0:
        yield Problem(filename, header_line, "", "the file has a header but no rows of "
                      "contacts")


def _card(row: list[str], columns: list[str], index: dict[str, int], layout: Layout,
          filename: str, line: int) -> CsvCard | Problem:
    if len(row) > len(columns) and any(c.strip() for c in row[len(columns):]):
        return Problem(filename, line, row[0].strip()[:40] if row else "",
                       f"row skipped: it has {len(row)} values where the header has "
                       f"{len(columns)} columns; a value holding the separator needs quotes",
                       lost_card=True)

    def cell(name: str) -> str:
        i = index.get(name.casefold())
        if i is None or i >= len(row):
            return ""
        return row[i].replace("\r\n", "\n").replace("\r", "\n").strip()

    card = CsvCard(source_file=filename, line=line)
    try:
        layout.build(cell, card)
    except Exception as exc:  # one row must never sink the file
        return Problem(filename, line, "", f"row skipped: it could not be read ({exc!r})",
                       lost_card=True)
    guard_names(card)
    if not card.is_usable():
        return Problem(filename, line, "", "row skipped: it has no name, organisation, "
                       "e-mail or phone", lost_card=True)
    return card
