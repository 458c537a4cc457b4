"""Planning an import: reading the cards and deciding who each one is. Writes nothing.

``plan(paths)`` reads the files and decides, card by card, who is new, who is
already in Kith (and what a merge would add), and which cards are the same
person as an earlier card of the same import (folded into it). ``replan``
does the matching again against the database as it is now: the commit calls
it inside its write transaction when someone wrote in between.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kith.errors import Cancelled, Invalid
from kith.i18n import plural, translate
from kith.services.cards.mapping import record_from_card
from kith.services.cards.matching import Match, Matcher
from kith.services.cards.merge import merge
from kith.services.cards.sources import (
    collect_files,
    display_name,
    estimate_cards,
    open_sources,
    read_cards,
)
from kith.services.contacts import rows
from kith.services.contacts.records import ContactRecord
from kith.store.database import write_state
from kith.vcard.model import Problem

if TYPE_CHECKING:
    from kith.services.cards.csv_layouts import Moment
    from kith.services.cards.csv_reader import ColumnMaps

# The most cards one import takes. A plan holds every card until it is committed
# (about 1.3 KB each), so this bounds an import's memory to ~150 MB; a real event,
# or a whole address book, is far smaller.
MAX_CARDS = 100_000

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class PlannedCard:
    record: ContactRecord
    source_file: str
    line: int
    match: Match | None = None
    match_name: str = ""
    changes: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    action: str = "create"  # create | merge | separate | skip | fold
    fold_into: int | None = None  # index of an earlier card of this import: same person
    # The record as read from the card, before later cards of the same person were
    # folded into ``record``: what a fresh plan starts from.
    source: ContactRecord | None = None
    # Dated entries the source gives for the timeline (LinkedIn's "Connected On").
    moments: list[Moment] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.match is None or self.match.contact_id < 0


@dataclass
class ImportPlan:
    files: list[str] = field(default_factory=list)
    cards: list[PlannedCard] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cards_read: int = 0
    failed: int = 0
    # ``write_state()`` when matching began: commit() plans again, inside its
    # write transaction, when the database has changed since.
    state: tuple[int, int, int] | None = None


def plan(
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    maps: ColumnMaps | None = None,
) -> ImportPlan:
    """Read and match every card; writes nothing.

    ``maps``: which column holds what in CSV files of a layout Kith does not know,
    by file name or "*" (``csv_reader``); without one such a file raises
    ``csv_reader.UnknownLayout`` and nothing is planned.
    """
    result = ImportPlan(state=write_state())
    files = collect_files(paths)
    result.files = [display_name(f) for f in files]

    def checkpoint() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Imports",
                                      "The import was cancelled; nothing was imported."))

    total = estimate_cards(files, checkpoint)
    if total > MAX_CARDS:
        raise Invalid(too_many(total))

    planner = _Planner(result, checkpoint)
    for filename, stream in open_sources(files, result.problems):
        for item in read_cards(stream, filename, maps):
            checkpoint()
            if isinstance(item, Problem):
                result.problems.append(item)
                result.failed += item.lost_card
                continue
            result.cards_read += 1
            if result.cards_read > MAX_CARDS:
                raise Invalid(too_many())
            try:
                planner.add(record_from_card(item), item.source_file, item.line,
                            list(getattr(item, "moments", ())))
            except Exception as exc:  # one card must never sink the import
                log.warning("card at %s line %s not matched", item.source_file, item.line,
                            exc_info=exc)
                result.problems.append(Problem(
                    item.source_file, item.line, item.display_name(),
                    translate("Imports", "card skipped: it could not be compared with the "
                              "people in Kith"),
                    lost_card=True))
                result.failed += 1
            if progress is not None and result.cards_read % 50 == 0:
                progress(result.cards_read, max(total, result.cards_read))
    planner.resolve_merges()
    if progress is not None:
        progress(result.cards_read, result.cards_read)
    return result


def plan_records(records: Iterable[tuple[ContactRecord, str, int]],
                 files: list[str], alone: Collection[int] = ()) -> ImportPlan:
    """Plan records already read (``(record, source file, line)`` each), as ``plan`` does
    for files: matched against the database and against each other, except the records
    whose places (counted from 0) are in ``alone``: each of those becomes a new person,
    matched with no one. Writes nothing; called under a write lock, the plan holds for a
    ``commit`` in the same transaction."""
    result = ImportPlan(files=list(files), state=write_state())
    planner = _Planner(result)
    for n, (record, source_file, line) in enumerate(records):
        if n in alone:
            result.cards.append(PlannedCard(record, source_file, line, source=record))
        else:
            planner.add(record, source_file, line)
        result.cards_read += 1
    planner.resolve_merges()
    return result


def too_many(count: int | None = None) -> str:
    """Too many cards for one import: what happened and what to do."""
    if count is None:
        held = translate("Imports", "These files hold more than {most} cards").format(
            most=f"{MAX_CARDS:,}")
    else:
        held = plural("Imports", "These files hold %Ln card", "These files hold %Ln cards",
                      count)
    return translate("Imports", "{held}; Kith imports at most {most} at a time. Nothing was "
                     "imported: split the files and import them in parts.").format(
        held=held, most=f"{MAX_CARDS:,}")


def replan(old: ImportPlan) -> ImportPlan:
    """``old`` matched again against the database as it is now.

    What the person chose in the preview holds where it still applies: a card
    they skipped stays skipped, one they kept separate stays separate. A card
    planned as new that now matches someone (another import of the same file
    got there first) merges instead, so nobody is created twice.
    """
    fresh = ImportPlan(files=old.files, problems=old.problems, cards_read=old.cards_read,
                       failed=old.failed, state=write_state())
    planner = _Planner(fresh)
    for card in old.cards:
        source = card.source if card.source is not None else card.record
        planner.add(source, card.source_file, card.line, card.moments)
    planner.resolve_merges()
    for card, planned in zip(old.cards, fresh.cards, strict=True):
        if card.action == "skip":
            planned.action = "skip"
        elif card.action == "separate" and planned.action == "merge":
            planned.action = "separate"
    return fresh


class _Planner:
    """Matches cards one by one; what merges with stored people would add is worked out
    at the end, reading those people a few hundred at a time."""

    def __init__(self, result: ImportPlan, checkpoint: Callable[[], None] | None = None) -> None:
        self.result = result
        self.checkpoint = checkpoint
        self.matcher = Matcher.from_database(checkpoint)
        self.pending: list[PlannedCard] = []

    def add(self, record: ContactRecord, source_file: str, line: int,
            moments: list[Moment] | None = None) -> None:
        result, matcher = self.result, self.matcher
        planned = PlannedCard(record, source_file, line, source=record,
                              moments=moments or [])
        found = matcher.match(record)
        index = len(result.cards)
        if found is None:
            matcher.add(record, -(index + 1))
        elif found.contact_id < 0:
            earlier = result.cards[-found.contact_id - 1]
            while earlier.fold_into is not None:
                earlier = result.cards[earlier.fold_into]
            folded = merge(earlier.record, record)
            earlier.record = folded.merged
            matcher.add(folded.merged, found.contact_id)
            planned.match, planned.action = found, "fold"
            planned.fold_into = result.cards.index(earlier)
            planned.match_name = earlier.record.display_name
            planned.changes = folded.changes
        else:
            planned.match, planned.action = found, "merge"
            self.pending.append(planned)
        result.cards.append(planned)

    def resolve_merges(self) -> None:
        stored = rows.read_records(p.match.contact_id for p in self.pending if p.match)
        for n, planned in enumerate(self.pending):
            if self.checkpoint is not None and n % 200 == 0:
                self.checkpoint()
            assert planned.match is not None
            person = stored.get(planned.match.contact_id)
            if person is None:  # gone since the matcher was built: a new person after all
                planned.match, planned.action = None, "create"
                continue
            outcome = merge(person, planned.record)
            planned.match_name = person.display_name
            planned.changes, planned.differences = outcome.changes, outcome.differences
        self.pending = []
