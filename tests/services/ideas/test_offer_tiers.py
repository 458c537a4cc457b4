"""The offer index reads the offers a need meets in tiers, only as far as asked (issue
#13: the first prompts of a run under one second), and finds exactly what scoring every
pair finds, in the same order."""

from __future__ import annotations

import itertools
import random
import sys
import threading

from kith.services.ideas.text import index as index_module
from kith.services.ideas.text.cores import CoreScores
from kith.services.ideas.text.index import OfferIndex
from kith.services.ideas.text.pair import THRESHOLD, core_score, pair_score
from kith.services.ideas.text.profiles import core_of, profile
from kith.services.ideas.text.reader import read

from .intro_dev_pairs import PAIRS
from .intro_dev_pairs_more import PAIRS_MORE

ROLES = ["React developer", "frontend developer", "accountant", "CPA", "bookkeeper",
         "UX designer", "graphic designer", "product designer", "immigration lawyer",
         "lawyer", "recruiter", "tech recruiter", "photographer", "translator", "mentor"]
CITIES = ["Austin", "Denver", "Boston", "Berlin", "Lisbon"]
NEEDS = ["looking for a {role}", "hiring a {role}", "looking for a {role} in {city}",
         "need a {role} for our {topic} startup", "looking for work as a {role}",
         "moving to {city} in May", "need help with {topic}"]
OFFERS = ["{role}", "{role}, happy to help", "{role} looking for work",
          "experienced {role} in {city}", "lives in {city}", "knows the {city} scene",
          "hiring {role}s", "can give advice on {topic}", "{role} in {city}, {topic}"]
TOPICS = ["tax returns", "payroll", "fintech", "visa applications", "branding", "Figma"]


def _texts(templates: list[str], n: int, rng: random.Random) -> list[str]:
    return [rng.choice(templates).format(role=rng.choice(ROLES), city=rng.choice(CITIES),
                                         topic=rng.choice(TOPICS)) for _ in range(n)]


def _every_pair(need: str, offers: list[str]) -> list[tuple[int, float]]:
    """The offers meeting ``need`` through a role, scored one by one, best first; among
    equals, the offers read alike (one profile) together, in the order of each one's
    first offer, and each in the given order."""
    pid = profile(read(need, "need"))
    profiles = [profile(read(offer, "offer")) for offer in offers]
    first = {}
    for i, offer_pid in enumerate(profiles):
        first.setdefault(offer_pid, i)
    scored = [(i, round(pair_score(pid, offer_pid)[0], 3), first[offer_pid])
              for i, offer_pid in enumerate(profiles)]
    return [(i, s) for i, s, _ in sorted((found for found in scored if found[1] >= THRESHOLD),
                                         key=lambda found: (-found[1], found[2], found[0]))]


def test_the_index_finds_what_scoring_every_pair_finds_in_the_same_order() -> None:
    rng = random.Random(13)
    offers = _texts(OFFERS, 600, rng)  # many alike: long runs of equal scores
    needs = list(dict.fromkeys(_texts(NEEDS, 150, rng)))
    index = OfferIndex(enumerate(offers))
    for need in needs:
        expected = _every_pair(need, offers)
        found = [(c.offer_id, c.score)
                 for c in itertools.islice(index.candidates(need), len(expected))]
        assert found == expected, need


def test_a_need_asked_for_its_first_offers_again_gets_the_same_ones() -> None:
    rng = random.Random(7)
    offers = _texts(OFFERS, 300, rng)
    index = OfferIndex(enumerate(offers))
    need = "looking for a CPA in Austin"
    first = [c.offer_id for c in itertools.islice(index.candidates(need), 3)]
    every = [c.offer_id for c in index.candidates(need)]
    assert every[:3] == first
    assert [i for i, _ in _every_pair(need, offers)] == every[:len(_every_pair(need, offers))]
    assert len(every) > 20  # the Austin CPAs first, then every other accountant


def test_core_scores_of_a_need_are_those_of_each_pair() -> None:
    rows = PAIRS + PAIRS_MORE
    rng = random.Random(3)
    offers = [offer for _, offer, _, _ in rows] + _texts(OFFERS, 200, rng)
    needs = [need for need, _, _, _ in rows] + _texts(NEEDS, 100, rng)
    offer_cores = sorted({core_of(profile(read(text, "offer"))) for text in offers})
    scores = CoreScores(offer_cores)
    met = 0
    for need in needs:
        need_core = core_of(profile(read(need, "need")))
        found = scores.of(need_core)
        for core in offer_cores:
            expected = core_score(need_core, core, False)
            assert found.get(core, (0.0, -1, -1, False)) == expected, need
            met += expected[0] > 0
    assert met > 1000


def test_an_index_of_the_same_offers_shares_the_work_and_finds_the_same() -> None:
    offers = [(3, "CPA in Austin"), (5, "accountant"), (8, "bookkeeper, happy to help")]
    first = OfferIndex(offers)
    found = [(c.offer_id, c.score) for c in first.candidates("looking for an accountant")]
    again = OfferIndex(iter(list(offers)))  # another rule, the same offers
    assert again._ranked is first._ranked
    assert [(c.offer_id, c.score) for c in again.candidates("looking for an accountant")] \
        == found == [(3, 0.9), (5, 0.9), (8, 0.9)]
    other = OfferIndex(offers[1:])  # other offers: an index of their own
    assert other._ranked is not first._ranked
    assert [c.offer_id for c in other.candidates("looking for an accountant")] == [5, 8]


def test_two_threads_reading_one_index_find_what_one_finds() -> None:
    """The Ideas page's worker and the detail pane ask one index at once."""
    rng = random.Random(11)
    offers = list(enumerate(_texts(OFFERS, 400, rng)))
    needs = list(dict.fromkeys(_texts(NEEDS, 120, rng)))
    expected = {need: [c.offer_id for c in OfferIndex(offers).candidates(need)]
                for need in needs}
    index_module._MADE.clear()  # a fresh index: nothing ranked yet
    index = OfferIndex(offers)
    found: dict[int, dict[str, list[int]]] = {0: {}, 1: {}}
    failed: list[BaseException] = []

    def read_all(who: int) -> None:
        try:
            for need in needs if who == 0 else reversed(needs):
                found[who][need] = [c.offer_id for c in index.candidates(need)]
        except BaseException as error:  # reported below
            failed.append(error)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=read_all, args=(who,)) for who in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failed == []
    assert found[0] == found[1] == expected
