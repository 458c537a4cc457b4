"""What a sync tells the person afterwards: the cards that failed, in one line.

A run that completed with per-card errors (a card the server refused, one it gave
that could not be read) is recorded as the collection's last error, so ``kith sync
status`` and Preferences > Accounts show it until a run goes through clean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kith.i18n import plural, translate

#: How many names a one-line summary spells out before "and N more".
NAMES_SHOWN = 3
#: The longest a name given by the server is shown; longer ones end in "…".
NAME_LENGTH = 80


def cap(name: str, length: int = NAME_LENGTH) -> str:
    """``name`` cut to ``length`` characters with "…" (a server may send any length)."""
    return name if len(name) <= length else name[:length - 1].rstrip() + "…"


def names(cards: Sequence[str], shown: int = NAMES_SHOWN) -> str:
    """"Ana, Bob, Cara and 2 more": the first ``shown`` names (each capped), then how
    many others."""
    unique = [cap(c) for c in dict.fromkeys(cards)]
    first = ", ".join(unique[:shown])
    rest = len(unique) - shown
    if rest <= 0:
        return first
    return plural("Sync", "{names} and %Ln more", "{names} and %Ln more", rest).format(
        names=first)


def card_errors(errors: Sequence[tuple[str, str]], when: dt.datetime) -> str | None:
    """One line for the per-card errors of a run, or None when there were none:
    "4 cards could not be synced: Ana, Bob, Cara and 1 more (the first reason);
    last tried 2026-03-01 14:05"."""
    if not errors:
        return None
    count = len({card for card, _ in errors})
    head = plural("Sync", "%Ln card could not be synced", "%Ln cards could not be synced",
                  count)
    return translate("Sync", "{head}: {names} ({reason}); last tried {when}.").format(
        head=head, names=names([card for card, _ in errors]),
        reason=errors[0][1].split(". ", 1)[0].rstrip("."), when=when.strftime("%Y-%m-%d %H:%M"))


def short(errors: Sequence[tuple[str, str]]) -> str:
    """The status bar's few words for the per-card errors of a run."""
    count = len({card for card, _ in errors})
    return plural("Sync", "%Ln card could not be synced (details in the tooltip).",
                  "%Ln cards could not be synced (details in the tooltip).", count)


def details(errors: Sequence[tuple[str, str]], limit: int = 20) -> str:
    """Each failed card on a line of its own ("Ana Silva: the server refused ..."),
    at most ``limit`` of them."""
    lines = [translate("Sync", "{card}: {message}").format(card=cap(card), message=message)
             for card, message in errors[:limit]]
    if len(errors) > limit:
        lines.append(plural("Sync", "…and %Ln more.", "…and %Ln more.", len(errors) - limit))
    return "\n".join(lines)
