"""Lines of a vCard file: unfolding, continuation quirks, name / parameters / value.

Works on the latin-1 "byte string" from :mod:`kith.vcard.decode`; every step
uses str methods or one precompiled regex per line, never a loop per character
on the common path, because a 10,000-card export with photos is ~300,000 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kith.vcard.labels import label_from_types

# A property starts with a name (optionally after "group.") and ";" or ":".
_PROP_START = re.compile(r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*[;:]")
# Parameters up to the value colon, with quoted parameter values that may hold ":".
_PARAMS = re.compile(r'(?:[^":]|"[^"]*")*')
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]+={0,2}")

ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})

# The longest property (one line, unfolded) that is read: bigger than any sane
# photo. A longer one is skipped with a problem instead of being built in memory.
MAX_PROPERTY_CHARS = 16 * 1024 * 1024
TOO_LONG = "longer than the {} MB Kith reads for one property"
_HEAD = 200
_BOM_AS_TEXT = "\xef\xbb\xbf"


class LongLine(str):
    """Stands for a physical line longer than the limit: only its head is kept."""

    __slots__ = ()


def too_long_reason(limit: int) -> str:
    return TOO_LONG.format(max(1, round(limit / (1024 * 1024))))


# One content line, unfolded, as a plain tuple (this is the hot path; a
# NamedTuple costs a Python-level __new__ per line):
#   (line, group, name, params, value)
# line: 1-based line where the property starts; group: lower case or "";
# name: upper case; params: raw parameter text with its leading ";" or "";
# value: raw value, still encoded and escaped.
# A line that is not a property comes as (line, "", "", reason, text): an
# empty name marks it, the reader skips and reports it.
RawProperty = tuple[int, str, str, str, str]


def bad_line(line: int, text: str, reason: str) -> RawProperty:
    return (line, "", "", reason, text)


def split_lines(text: str) -> list[str]:
    """Physical lines for LF, CRLF, CR CR LF (an iOS bug) and bare CR endings."""
    return list(iter_lines([text], len(text) + 1))


def iter_lines(chunks: Iterable[str], limit: int = MAX_PROPERTY_CHARS) -> Iterator[str]:
    """Physical lines of the text given in ``chunks``, without their line ends.

    Line ends are LF, CRLF and CR CR LF (an iOS bug) in a file that has LF in
    its first chunk with a line end, else bare CR (old Mac files); in LF files
    a bare CR stays inside its line. A line longer than ``limit`` is not built:
    a :class:`LongLine` with its head stands for it. A UTF-8 BOM at the start
    of a line (exports joined with ``cat``) is removed.
    """
    pending: list[str] = []
    pending_size = 0
    skipping = False
    mode = ""  # "lf" | "cr" | "" (not known yet)
    carry = ""
    for chunk in chunks:
        if carry:
            chunk = carry + chunk
            carry = ""
        if not mode:
            if "\n" in chunk:
                mode = "lf"
            elif "\r" in chunk.rstrip("\r"):
                mode = "cr"
        if chunk.endswith("\r"):
            # a CR at a chunk's end may start a CRLF or CR CR LF: decide with the next chunk
            stripped = chunk.rstrip("\r")
            carry = chunk[len(stripped):]
            if len(carry) > 2:
                stripped, carry = stripped + carry[:-2], carry[-2:]
            chunk = stripped
        if mode == "lf":
            if "\r" in chunk:
                chunk = chunk.replace("\r\r\n", "\n").replace("\r\n", "\n")
        elif mode == "cr":
            chunk = chunk.replace("\r\n", "\n").replace("\r", "\n")
        lines = chunk.split("\n")
        if len(lines) == 1:
            if not skipping:
                pending.append(chunk)
                pending_size += len(chunk)
                if pending_size > limit:
                    skipping = True
                    pending = ["".join(pending)[:_HEAD]]
            continue
        first = lines[0]
        if skipping or pending_size + len(first) > limit:
            yield LongLine(("".join(pending) + first)[:_HEAD])
        elif pending:
            yield _unbommed("".join(pending) + first)
        else:
            yield _unbommed(first)
        if len(chunk) <= limit and _BOM_AS_TEXT not in chunk:  # the common case
            yield from lines[1:-1]
        else:
            for line in lines[1:-1]:
                yield _unbommed(line) if len(line) <= limit else LongLine(line[:_HEAD])
        last = lines[-1]
        pending = [last]
        pending_size = len(last)
        skipping = pending_size > limit
        if skipping:
            pending = [last[:_HEAD]]
    if carry and mode != "lf" and "\n" not in carry:
        # CRs at the very end of a file that never had a LF end lines too
        pending_line = "".join(pending)
        if skipping:
            yield LongLine(pending_line[:_HEAD])
        else:
            yield _unbommed(pending_line)
        for _ in range(len(carry) - 1):
            yield ""
        pending, skipping = [""], False
    elif carry:
        pending.append(carry)
    tail = "".join(pending)
    if skipping:
        yield LongLine(tail[:_HEAD])
    else:
        yield _unbommed(tail)


def _unbommed(line: str) -> str:
    return line[3:] if line.startswith(_BOM_AS_TEXT) else line


def _is_qp(first_line: str) -> bool:
    colon = first_line.find(":")
    head = first_line[:colon] if colon >= 0 else first_line
    return "QUOTED-PRINTABLE" in head.upper()


def _is_base64(first_line: str) -> bool:
    colon = first_line.find(":")
    head = (first_line[:colon] if colon >= 0 else first_line).upper()
    return "BASE64" in head or "ENCODING=B" in head


def _is_card_boundary(line: str) -> bool:
    head = line.lstrip()[:11].upper()
    return head.startswith(("END:VCARD", "BEGIN:VCARD"))


def iter_properties(source: str | Iterable[str],
                    limit: int = MAX_PROPERTY_CHARS) -> Iterator[RawProperty]:
    """Unfold ``source`` (text, or its physical lines) into properties, in order.

    Malformed lines come as bad lines. Handled here: folding (CRLF + space or
    tab), blank lines between properties, quoted-printable soft line breaks (a
    value ending in ``=`` continues on the next line, taken verbatim even when
    it is not indented), vCard 2.1 values continued after a trailing
    backslash, and 2.1 base64 data whose lines were not indented. A property
    longer than ``limit`` characters comes as a bad line with the
    :func:`too_long_reason`, and the rest of it is skipped.
    """
    lines = split_lines(source) if isinstance(source, str) else source
    parts: list[str] = []
    size = 0
    start = 0
    name_end = 0
    qp_open = False
    dropping = ""  # the head of a property being skipped for its length
    too_long = too_long_reason(limit)
    match_start = _PROP_START.match
    for index, line in enumerate(lines):
        if type(line) is LongLine:
            if (parts or dropping) and (line[:1] in (" ", "\t") or qp_open):
                if parts:
                    yield bad_line(start, parts[0][:_HEAD], too_long)
                    dropping, parts = parts[0][:_HEAD], []
                continue
            if parts:
                yield _finish(start, name_end, parts)
                parts = []
            yield bad_line(index + 1, str(line), too_long)
            dropping, qp_open = str(line), False
            continue
        if qp_open:
            if not _is_card_boundary(line):
                qp_open = line.endswith("=")
                if dropping:
                    continue
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                size += len(line)
                if size > limit:
                    yield bad_line(start, parts[0][:_HEAD], too_long)
                    dropping, parts = parts[0][:_HEAD], []
                continue
            qp_open = False
        if not line:
            if parts:
                yield _finish(start, name_end, parts)
                parts = []
            dropping = ""
            continue
        first = line[0]
        if first == " " or first == "\t":
            if parts:
                parts.append(line[1:])
                size += len(line)
                if line[-1] == "=":
                    qp_open = _is_qp(parts[0])
                if size > limit:
                    yield bad_line(start, parts[0][:_HEAD], too_long)
                    dropping, parts = parts[0][:_HEAD], []
            elif dropping:
                if line[-1] == "=":
                    qp_open = _is_qp(dropping)
            elif line.strip():
                yield bad_line(index + 1, line, "continuation line without a property")
            continue
        match = match_start(line)
        if match is None:
            if dropping and _base64_continues(dropping, line):
                continue
            if parts and _continues(parts, line):
                size += len(line)
                if size > limit:
                    yield bad_line(start, parts[0][:_HEAD], too_long)
                    dropping, parts = parts[0][:_HEAD], []
                continue
            if parts:
                yield _finish(start, name_end, parts)
                parts = []
            dropping = ""
            yield bad_line(index + 1, line, "not a property")
            continue
        if parts:
            yield _finish(start, name_end, parts)
        dropping = ""
        parts = [line]
        size = len(line)
        start = index + 1
        name_end = match.end()
        qp_open = line[-1] == "=" and _is_qp(line)
    if parts:
        yield _finish(start, name_end, parts)


def _base64_continues(head: str, line: str) -> bool:
    return _BASE64_LINE.fullmatch(line) is not None and _is_base64(head)


def _continues(parts: list[str], line: str) -> bool:
    """Join ``line`` to the property in ``parts`` when a 2.1 quirk says it belongs there."""
    last = parts[-1]
    if last.endswith("\\") and (len(last) - len(last.rstrip("\\"))) % 2 == 1:
        # vCard 2.1 (Android): "street\" + newline + "more street".
        parts[-1] = last[:-1] + "\\n"
        parts.append(line)
        return True
    if _base64_continues(parts[0], line):
        parts.append(line)
        return True
    return False


def _finish(start: int, end: int, parts: list[str]) -> RawProperty:
    """Split one unfolded line; ``end`` is just past the name's ";" or ":"."""
    full = parts[0] if len(parts) == 1 else "".join(parts)
    name = full[: end - 1]
    if full[end - 1] == ":":
        params = ""
        value = full[end:]
    else:
        colon = full.find(":", end)
        if colon < 0:
            return (start, "", "", "no colon", full)
        if '"' in full[end:colon]:
            quoted = _PARAMS.match(full, end)
            colon = quoted.end() if quoted is not None else len(full)
            if colon >= len(full) or full[colon] != ":":
                return (start, "", "", "unbalanced quotes in parameters", full)
        params = full[end - 1 : colon]
        value = full[colon + 1 :]
    if "." in name:
        group, _, name = name.rpartition(".")
        return (start, group.lower(), name.upper(), params, value)
    return (start, "", name.upper(), params, value)


@dataclass(slots=True)
class Params:
    """The parameters Kith uses, from vCard 2.1 bare values, 3.0 and 4.0 forms.

    ``parse_params`` caches these per parameter text (exports repeat the same
    few hundred times), so a Params is shared: read it, never change it.
    """

    types: list[str] = field(default_factory=list)  # lower case, "pref" removed
    encoding: str = ""  # upper case: QUOTED-PRINTABLE, B, BASE64, 8BIT, 7BIT
    charset: str = ""
    pref: bool = False
    value_type: str = ""  # lower case VALUE=
    media: str = ""  # lower case MEDIATYPE=
    service: str = ""  # X-SERVICE-TYPE= (IMPP)
    label: str = ""  # the human label that ``types`` stand for


def _split_params(raw: str) -> list[str]:
    if '"' not in raw:
        return raw.split(";")
    items: list[str] = []
    buf: list[str] = []
    quoted = False
    for ch in raw:
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            items.append("".join(buf))
            buf = []
            continue
        buf.append(ch)
    items.append("".join(buf))
    return items


def _unquote(value: str) -> str:
    return value.strip().strip('"').strip()


_CACHE: dict[str, Params] = {}
_CACHE_LIMIT = 2048


def parse_params(raw: str) -> Params:
    """Parse ``;TYPE=work,pref;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE;CELL`` and friends."""
    params = _CACHE.get(raw)
    if params is None:
        params = _parse_params(raw)
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[raw] = params
    return params


def _parse_params(raw: str) -> Params:
    params = Params()
    if not raw:
        return params
    for item in _split_params(raw[1:]):
        key, eq, value = item.partition("=")
        key = key.strip().upper()
        if not eq:
            if key in ENCODINGS:
                params.encoding = key
            elif key == "PREF":
                params.pref = True
            elif key:
                params.types.append(key.lower())
            continue
        if key == "TYPE":
            for one in value.replace('"', "").split(","):
                one = one.strip().lower()
                if one == "pref":
                    params.pref = True
                elif one:
                    params.types.append(one)
        elif key == "ENCODING":
            params.encoding = _unquote(value).upper()
        elif key == "CHARSET":
            params.charset = _unquote(value)
        elif key == "PREF":
            params.pref = _unquote(value) == "1"
        elif key == "VALUE":
            params.value_type = _unquote(value).lower()
        elif key == "MEDIATYPE":
            params.media = _unquote(value).lower()
        elif key == "X-SERVICE-TYPE":
            params.service = _unquote(value)
    params.label = label_from_types(params.types)
    return params
