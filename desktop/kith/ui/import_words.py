"""One vocabulary for what an import does, in the preview and in the result.

new: a person Kith did not know; updated: someone in Kith the cards add to (or the
import ties to its event); unchanged: someone in Kith the cards add nothing to;
duplicates within the files: a card of the same person as an earlier card of the same
import (combined with it); skipped: chosen so in the preview; failed: cards that could
not be read. The JSON of ``kith import --json`` keeps its own keys (the CLI contract).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kith.i18n import plural, translate

if TYPE_CHECKING:
    from kith.services.cards.importer import ImportPlan, ImportResult


@dataclass
class Outcome:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0

    def words(self) -> str:
        """"2 new, 1 updated, 14 duplicates within the files": every count that is not 0
        (new always, so the line is never empty)."""
        # Each call spelled out: lupdate (through resources/translations/update.py) reads
        # only literal texts.
        parts = [plural("ImportWords", "%Ln new", "%Ln new", self.new)]
        if self.updated:
            parts.append(plural("ImportWords", "%Ln updated", "%Ln updated", self.updated))
        if self.unchanged:
            parts.append(plural("ImportWords", "%Ln unchanged", "%Ln unchanged",
                                self.unchanged))
        if self.duplicates:
            parts.append(plural("ImportWords", "%Ln duplicate within the files",
                                "%Ln duplicates within the files", self.duplicates))
        if self.skipped:
            parts.append(plural("ImportWords", "%Ln skipped", "%Ln skipped", self.skipped))
        if self.failed:
            parts.append(plural("ImportWords", "%Ln failed", "%Ln failed", self.failed))
        return translate("ImportWords", ", ").join(parts)


def result_outcome(result: ImportResult, plan: ImportPlan) -> Outcome:
    """The committed batch in the preview's words.

    The batch counts a duplicate card as unchanged when the card it joins was created, and
    as skipped otherwise; here both are duplicates, as the preview said.
    """
    into_new = into_other = 0
    for card in plan.cards:
        if card.action != "fold" or card.fold_into is None:
            continue
        target = plan.cards[card.fold_into]
        if target.action in ("create", "separate") or target.match is None:
            into_new += 1
        else:
            into_other += 1
    return Outcome(new=result.created, updated=result.merged,
                   unchanged=max(0, result.unchanged - into_new), duplicates=into_new + into_other,
                   skipped=max(0, result.skipped - into_other), failed=result.failed)


def result_text(result: ImportResult, plan: ImportPlan) -> str:
    """The status line after an import: "Imported 20,000 cards: 19,986 new, 14 duplicates
    within the files. Undo with Ctrl+Z." """
    return plural("ImportWords", "Imported %Ln card: {outcome}. Undo with Ctrl+Z.",
                  "Imported %Ln cards: {outcome}. Undo with Ctrl+Z.", result.cards_read
                  ).format(outcome=result_outcome(result, plan).words())
