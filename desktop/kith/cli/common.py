"""What every subcommand shares: errors, output, opening the profile."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CliError(Exception):
    """An error for the user: printed as ``kith: MESSAGE`` with ``code`` as the exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    raise CliError(message, code)


def parse_date(text: str) -> dt.date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def parse_positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def print_json(value: Any) -> None:
    # One write: json.dump into stdout makes one system call per token.
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def open_profile(args: argparse.Namespace, read_only: bool = False) -> Any:
    """Open the profile's database; ``read_only`` for the commands that only read, which
    then work on a full disk or in a read-only folder too (to get the data off)."""
    from kith.errors import DatabaseError
    from kith.profile import open_profile as _open

    try:
        return _open(args.data_dir, daily_backup=False, read_only=read_only)
    except DatabaseError as exc:
        fail(str(exc))


def fault_message(exc: BaseException) -> str | None:
    """One line for a fault of the database or the disk behind ``exc``; None for anything else."""
    from kith.store import database, faults

    fault = faults.classify(exc, database.path())
    return None if fault is None else str(fault)


def table(
    headers: list[str], rows: list[list[str]], widths: list[int],
    whole: tuple[int, ...] | None = None,
) -> str:
    """A plain fixed-width table; cells longer than their column are cut with an ellipsis.

    The columns in ``whole`` (by default those headed "ID") are never cut: they widen to
    their longest cell, so an id can always be copied from the table.
    """

    def cell(text: str, width: int) -> str:
        text = " ".join(str(text).split())
        return text if len(text) <= width else text[: width - 1] + "…"

    keep = {i for i, h in enumerate(headers) if h == "ID"} if whole is None else set(whole)
    widths = [max([w, *(len(" ".join(str(r[i]).split())) for r in rows)]) if i in keep else w
              for i, w in enumerate(widths)]
    lines = ["  ".join(cell(h, w).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append(
            "  ".join(cell(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)
