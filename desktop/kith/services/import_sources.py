"""Finding and reading the files an import is given.

``collect_files`` expands folders into the vCard files inside them;
``read_sources`` yields each file's bytes, reporting a file it cannot read
as a Problem instead of failing the import; ``estimate_cards`` counts cards
up front for the progress bar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kith.vcard.model import Problem

VCARD_SUFFIXES = (".vcf", ".vcard")
_BEGIN = re.compile(rb"^[ \t]*(?:\x00?b\x00?e\x00?g\x00?i\x00?n)", re.IGNORECASE | re.MULTILINE)


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """The vCard files named, and those inside the folders named (recursively), sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            found.extend(sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in VCARD_SUFFIXES))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_sources(files: list[Path], problems: list[Problem]) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) for each file that can be read; the others become problems."""
    for path in files:
        try:
            yield str(path), path.read_bytes()
        except OSError as exc:
            problems.append(Problem(str(path), 0, "", f"cannot read the file: {exc.strerror}"))


def estimate_cards(contents: list[tuple[str, bytes]]) -> int:
    """How many cards the files hold, roughly (BEGIN lines), for progress."""
    return sum(len(_BEGIN.findall(data)) for _, data in contents) or 1
