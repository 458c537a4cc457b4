"""Finding and opening the files an import is given.

``collect_files`` expands folders into the vCard files inside them;
``open_sources`` opens each file for reading, a chunk at a time, and reports
a file it cannot or will not read (not a regular file, too big) as a Problem
instead of failing the import; ``estimate_cards`` counts cards up front for
the progress bar.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kith.services.cards.qr_reader import looks_like_image
from kith.vcard.model import Card, Problem

if TYPE_CHECKING:
    from kith.services.cards.csv_reader import ColumnMaps

VCARD_SUFFIXES = (".vcf", ".vcard")
# Pictures of QR codes (badges, phones) are read from folders too, beside the vCards;
# a CSV is read when it is named (a folder's other spreadsheets are not contacts).
FOLDER_SUFFIXES = (*VCARD_SUFFIXES, ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")
# Far more than any real address book with photos; a bigger file is refused.
MAX_FILE_BYTES = 256 * 1024 * 1024
_BEGIN = re.compile(rb"^[ \t]*(?:\x00?b\x00?e\x00?g\x00?i\x00?n)", re.IGNORECASE | re.MULTILINE)
_CHUNK = 1 << 20
# Counting BEGIN lines runs a regular expression, which holds the GIL for a whole chunk:
# small chunks keep each hold to a fraction of a millisecond, so a window waiting on a
# worker that counts a 20 MB file stays responsive.
_COUNT_CHUNK = 1 << 16
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files named, and the vCards and pictures inside the folders named
    (recursively), sorted."""
    found: list[Path] = []
    for raw in paths:
        if not str(raw).strip():
            continue  # Path("") is the current folder: nobody means that by an empty name
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _refusal(mode: int, size: int) -> str:
    """Why a file with this stat is not read, or "" when it is read."""
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        return (f"skipped: this is {kind}, not a file; save the vCards to a .vcf file "
                "and import that")
    if size > MAX_FILE_BYTES:
        return (f"skipped: the file is {size / 2**20:.0f} MB, more than the "
                f"{MAX_FILE_BYTES // 2**20} MB Kith reads from one file; split it into "
                "smaller .vcf files and import those")
    return ""


def open_source(path: Path) -> BinaryIO | str:
    """``path`` open for reading, or the one-line reason it is not read.

    Checked before opening (a FIFO would block the open, a device never ends)
    and again on the open file (the path may have changed in between): the
    open itself is non-blocking.
    """
    try:
        before = os.stat(path)
        refusal = _refusal(before.st_mode, before.st_size)
        if refusal:
            return refusal
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) \
            | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        return f"cannot read the file: {exc.strerror or exc}"
    try:
        now = os.fstat(fd)
        refusal = _refusal(now.st_mode, now.st_size)
    except OSError as exc:
        refusal = f"cannot read the file: {exc.strerror or exc}"
    if refusal:
        os.close(fd)
        return refusal
    return os.fdopen(fd, "rb")


def open_sources(files: list[Path], problems: list[Problem]) -> Iterator[tuple[str, BinaryIO]]:
    """(file name, open file) for each file that is read; the others become problems.

    Each file is closed when the caller asks for the next one.
    """
    for path in files:
        opened = open_source(path)
        if isinstance(opened, str):
            problems.append(Problem(display_name(path), 0, "", opened))
            continue
        with opened:
            yield display_name(path), opened


def read_cards(stream: BinaryIO, filename: str,
               maps: ColumnMaps | None = None) -> Iterator[Card | Problem]:
    """The cards in one open file, by its kind: a CSV export (by its name), a picture of
    QR codes (by its first bytes), else vCards. ``maps``: column maps for CSV files whose
    layout Kith does not know (``csv_reader.iter_csv``)."""
    if Path(filename).suffix.lower() == ".csv":
        from kith.services.cards.csv_reader import iter_csv

        yield from iter_csv(stream, filename, maps)
        return
    from kith.services.cards.qr_reader import iter_image

    head = stream.read(16)
    stream.seek(0)
    if looks_like_image(head):
        yield from iter_image(stream, filename)
        return
    from kith.vcard import iter_cards

    yield from iter_cards(stream, filename)


def _is_csv(path: Path) -> bool:
    return path.suffix.lower() == ".csv"


def display_name(path: Path) -> str:
    """``path`` as text that can be printed and stored: bytes of a file name that are not
    UTF-8 (Python keeps them as lone surrogates) become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def estimate_cards(files: list[Path], pause: Callable[[], object] | None = None) -> int:
    """How many cards the files hold, roughly (BEGIN lines), for progress. ``pause`` is
    called after each chunk (a worker's cancellation check)."""
    total = 0
    for path in files:
        opened = open_source(path)
        if isinstance(opened, str):
            continue
        with opened:
            tail = b""
            try:
                if _is_csv(path):  # about a row a line (a quoted note may take more)
                    while chunk := opened.read(_CHUNK):
                        total += chunk.count(b"\n")
                    continue
                if looks_like_image(opened.read(16)):
                    total += 1  # a picture: a card or two, read in one go
                    continue
                opened.seek(0)
                while chunk := opened.read(_COUNT_CHUNK):
                    if pause is not None:
                        pause()
                    total += len(_BEGIN.findall(tail + chunk))
                    cut = chunk.rfind(b"\n")  # a BEGIN split between chunks is counted once
                    tail = chunk[cut + 1:] if cut >= 0 else b""
                    total -= len(_BEGIN.findall(tail)) if tail else 0
                total += len(_BEGIN.findall(tail)) if tail else 0
            except OSError:
                continue
    return total or 1
