"""vCard bytes -> Card records and Problem reports, one card at a time.

``iter_cards`` never raises for any input: a bad line is skipped and reported,
a bad card is skipped and reported, and anything unforeseen becomes a Problem
for the file. Cards are yielded as they end, so a caller can show progress and
stop early; the problems of a card follow it. A file is read a chunk at a
time: neither the whole file nor all its lines are held at once, and a
property longer than ``lexer.MAX_PROPERTY_CHARS`` is skipped, never built.

Every card that is not yielded has exactly one Problem with ``lost_card`` set.
No text leaves the reader with a lone surrogate in it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from kith.vcard import lexer
from kith.vcard.builder import CardBuilder
from kith.vcard.decode import TextDecoder, TextSource, no_surrogates
from kith.vcard.lexer import RawProperty, iter_lines, iter_properties
from kith.vcard.model import Card, ParseResult, Problem

MAX_DEPTH = 8
NO_CONTENT = "card has no name, organisation, e-mail or phone"
NESTED_TOO_DEEP = (f"card skipped, nested more than {MAX_DEPTH} cards deep "
                   "(is an END:VCARD missing before it?)")
_SNIPPET = 60


def read_bytes(data: bytes | BinaryIO, filename: str) -> ParseResult:
    """Read a whole file: every usable card, and every problem met on the way."""
    result = ParseResult()
    for item in iter_cards(data, filename):
        if isinstance(item, Card):
            result.cards.append(item)
        else:
            result.problems.append(item)
    return result


def iter_cards(data: bytes | BinaryIO, filename: str) -> Iterator[Card | Problem]:
    """Yield each Card as it is read, and Problem records, in file order.

    ``data`` is the file's bytes or a binary file open for reading (read from
    where it stands, a chunk at a time, and not closed here).
    """
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    reader = _Reader(stream, filename)
    try:
        yield from reader.run()
    except Exception as exc:  # the promise is: never raise, whatever the bytes
        yield Problem(filename, reader.line, "",
                      no_surrogates(f"could not read the rest of the file ({exc!r})"),
                      lost_card=bool(reader.stack))


def _snippet(text: str) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text[: _SNIPPET + 1])
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "…"


class _Reader:
    def __init__(self, stream: BinaryIO, filename: str) -> None:
        self.stream = stream
        self.filename = filename
        self.line = 0
        self.stack: list[CardBuilder] = []
        self.skipped_depth = 0  # open cards nested deeper than MAX_DEPTH
        self.cards_seen = 0

    def run(self) -> Iterator[Card | Problem]:
        source = TextSource(self.stream)
        decoder = TextDecoder(source.sample, source.unicode_source)
        limit = lexer.MAX_PROPERTY_CHARS
        for item in iter_properties(iter_lines(source.chunks(), limit), limit):
            line, _, name, _, value = item
            self.line = line
            if not name:
                problem = self._bad_line(item)
                if problem is not None:
                    yield problem
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
            if source.blank:
                yield Problem(self.filename, 0, "", "the file is empty")
            else:
                yield Problem(self.filename, 0, "", "no vCard found in this file")

    def _bad_line(self, item: RawProperty) -> Problem | None:
        """Note a skipped line on its card; a line too long is reported even outside cards."""
        line, _, _, reason, raw = item
        too_long = reason.startswith(lexer.TOO_LONG[:12])
        if (self.stack and not self.skipped_depth) or too_long:
            text = raw.encode("latin-1").decode("utf-8", errors="replace")
            message = f"line skipped ({reason}): {_snippet(text)}"
            if self.stack and not self.skipped_depth:
                self.stack[-1].problems.append((line, message))
            elif too_long:
                return Problem(self.filename, line, "", message)
        return None

    def _begin(self, line: int, decoder: TextDecoder) -> Iterator[Problem]:
        self.cards_seen += 1
        if self.skipped_depth or len(self.stack) >= MAX_DEPTH:
            yield Problem(self.filename, line, "", NESTED_TOO_DEEP, lost_card=True)
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
            yield Problem(self.filename, builder.card.line, "",
                          no_surrogates(f"card skipped: {exc!r}"), lost_card=True)
            return
        if name:
            yield card
        else:
            yield Problem(self.filename, builder.card.line, "", NO_CONTENT, lost_card=True)
        for problem_line, message in builder.problems:
            yield Problem(self.filename, problem_line, name, no_surrogates(message))

