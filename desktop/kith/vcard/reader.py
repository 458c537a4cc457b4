"""vCard bytes -> Card records and Problem reports, one card at a time.

``iter_cards`` never raises for any input: a bad line is skipped and reported,
a bad card is skipped and reported, and anything unforeseen becomes a Problem
for the file. Cards are yielded as they end, so a caller can show progress and
stop early; the problems of a card follow it.
"""

from __future__ import annotations

from collections.abc import Iterator

from kith.vcard.builder import CardBuilder
from kith.vcard.decode import TextDecoder, bytes_to_text
from kith.vcard.lexer import RawProperty, iter_properties
from kith.vcard.model import Card, ParseResult, Problem

MAX_DEPTH = 8
NO_CONTENT = "card has no name, organisation, e-mail or phone"
_SNIPPET = 60


def read_bytes(data: bytes, filename: str) -> ParseResult:
    """Read a whole file: every usable card, and every problem met on the way."""
    result = ParseResult()
    for item in iter_cards(data, filename):
        if isinstance(item, Card):
            result.cards.append(item)
        else:
            result.problems.append(item)
    return result


def iter_cards(data: bytes, filename: str) -> Iterator[Card | Problem]:
    """Yield each Card as it is read, and Problem records, in file order."""
    reader = _Reader(bytes(data), filename)
    try:
        yield from reader.run()
    except Exception as exc:  # the promise is: never raise, whatever the bytes
        yield Problem(filename, reader.line, "", f"could not read the rest of the file ({exc!r})")


def _snippet(text: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text[: _SNIPPET + 1])
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"


class _Reader:
    def __init__(self, data: bytes, filename: str) -> None:
        self.data = data
        self.filename = filename
        self.line = 0
        self.stack: list[CardBuilder] = []
        self.skipped_depth = 0  # open cards nested deeper than MAX_DEPTH
        self.cards_seen = 0

    def run(self) -> Iterator[Card | Problem]:
        if not self.data.strip():
            yield Problem(self.filename, 0, "", "the file is empty")
            return
        text, unicode_source = bytes_to_text(self.data)
        decoder = TextDecoder(self.data, unicode_source)
        for item in iter_properties(text):
            line, _, name, _, value = item
            self.line = line
            if not name:
                self._bad_line(item)
                continue
            if name == "BEGIN" or name == "END":
                if value.strip().upper() == "VCARD":
                    if name == "BEGIN":
                        yield from self._begin(line, decoder)
                    else:
                        yield from self._end(line)
                continue
            if self.skipped_depth or not self.stack:
                continue
            builder = self.stack[-1]
            try:
                builder.add(item)
            except Exception as exc:  # one bad property must not lose the card
                builder.problems.append((line, f"{name} skipped: {exc!r}"))
        while self.stack:
            builder = self.stack[-1]
            builder.problems.append(
                (builder.card.line, "END:VCARD missing: the file ends inside this card")
            )
            yield from self._end(self.line)
        if self.cards_seen == 0:
            yield Problem(self.filename, 0, "", "no vCard found in this file")

    def _bad_line(self, item: RawProperty) -> None:
        line, _, _, reason, raw = item
        if self.stack and not self.skipped_depth:
            text = raw.encode("latin-1").decode("utf-8", errors="replace")
            self.stack[-1].problems.append((line, f"line skipped ({reason}): {_snippet(text)}"))

    def _begin(self, line: int, decoder: TextDecoder) -> Iterator[Problem]:
        self.cards_seen += 1
        if self.skipped_depth or len(self.stack) >= MAX_DEPTH:
            if not self.skipped_depth:
                yield Problem(self.filename, line, "",
                              f"cards nested more than {MAX_DEPTH} deep: inner cards skipped")
            self.skipped_depth += 1
            return
        self.stack.append(CardBuilder(self.filename, line, decoder))

    def _end(self, line: int) -> Iterator[Card | Problem]:
        if self.skipped_depth:
            self.skipped_depth -= 1
            return
        if not self.stack:
            yield Problem(self.filename, line, "", "END:VCARD without BEGIN:VCARD, ignored")
            return
        builder = self.stack.pop()
        try:
            card = builder.finish()
            name = card.display_name()
        except Exception as exc:
            yield Problem(self.filename, builder.card.line, "", f"card skipped: {exc!r}")
            return
        if name:
            yield card
        else:
            yield Problem(self.filename, builder.card.line, "", NO_CONTENT)
        for problem_line, message in builder.problems:
            yield Problem(self.filename, problem_line, name, message)
