"""Does one person's need meet another's offer? Role-aware matching, offline.

The matcher's public face; the work is done by the modules it gathers:

- ``reader``: both texts read into what each seeks and provides.
- ``pair``: an introduction is proposed only when one side provides the role
  or service the other seeks: the same service family or occupation ("hiring
  a pharmacist" / "pharmacist looking for a new position"; "no hot water" /
  "heating engineer"), a generic trade on the same thing ("fix an old sailing
  boat" / "restores wooden boats"), goods to a buyer ("wants a second-hand
  bike" / "selling my bike"), a job to someone looking for one, a place to
  someone moving there. Both seeking the same thing never matches, nor do
  texts that disagree on a facet (place, language, animal, subject, day...).
  Shared topic words alone add a little to the score but never reach
  ``THRESHOLD``. ``score(need, offer)`` gives ``Match(score, why)``; ``why``
  says it in plain words ("is hiring a pharmacist; is a pharmacist looking for
  a new position").
- ``index``: ``OfferIndex`` finds the offers meeting a need among thousands
  without scoring every pair: offers are grouped by what matters to matching
  (``profiles``) and indexed by what they provide and seek.
"""

from __future__ import annotations

from kith.services.ideas.text.index import OfferIndex
from kith.services.ideas.text.lexicon import correct, lemma
from kith.services.ideas.text.pair import (
    PROBLEM_SCORE,
    THRESHOLD,
    Best,
    Candidate,
    Match,
    explain,
    matches,
    pair_score,
    problem_match,
    score,
)
from kith.services.ideas.text.profiles import profile
from kith.services.ideas.text.reader import read

__all__ = ["PROBLEM_SCORE", "THRESHOLD", "Best", "Candidate", "Match", "OfferIndex", "analyse",
           "correct", "explain", "lemma", "matches", "pair_score", "problem_match", "profile",
           "read", "score"]

analyse = read  # the former name
