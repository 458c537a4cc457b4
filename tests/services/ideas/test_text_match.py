"""The need/offer matcher: tables of pairs worded differently, and its parts.

The development table of issue #13 (role-aware matching) lives in
``intro_dev_pairs.py``; the blind set in tests/benchmarks/intro_eval/ is never
used here.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kith.services.ideas.text import match as text_match
from kith.services.ideas.text.match import OfferIndex, correct, lemma, read, score

from .intro_dev_pairs import PAIRS
from .intro_dev_pairs_more import PAIRS_MORE

# (need, offer) pairs a person would want introduced: different words, same thing.
SHOULD_MATCH = [
    ("looking for an accountant", "tax advice"),
    ("need a CPA for my small business", "accountant, 15 years in practice"),
    ("help with bookkeeping for my startup", "CPA, can review your books"),
    ("anyone know a good tax person?", "bookkeeping and payroll"),
    ("looking for an accountant in Nashville", "does tax returns for freelancers"),
    ("we are hiring a frontend developer", "frontend engineer looking for work"),
    ("hiring React developer", "front-end engineer, open to new roles"),
    ("hiring React developer", "frontend engineer looking for work"),  # the issue's own
    ("looking for an accountant", "CPA"),
    ("we're hiring Vue devs", "React developer between jobs"),
    ("hiring a developer", "software engineer looking for a new job"),
    ("need a lawyer to review a contract", "attorney, happy to give legal advice"),
    ("looking for legal advice on incorporating", "startup lawyer"),
    ("need a UX designer for our app", "UI/UX design, Figma"),
    ("looking for a designer", "product designer, freelance"),
    ("raising a seed round", "angel investor"),
    ("looking for investors for our pre-seed", "invests in early-stage B2B startups"),
    ("angel investor looking for deal flow in climate", "founder raising a Series A"),
    ("moving to Austin in March", "knows the Austin startup scene"),
    ("relocating to Denver this summer", "lives in Denver"),
    ("just moved to NYC, wants to meet people", "born and raised in New York"),
    ("looking for a mentor in product management", "happy to mentor first-time PMs"),
    ("career advice, thinking about switching to data science", "career coach"),
    ("need help with SEO", "growth marketer"),
    ("looking for someone to run our social media", "social media marketing"),
    ("need press coverage for our launch", "former journalist, knows tech reporters"),
    ("hiring a data scientist", "ML engineer looking for a new role"),
    ("need help setting up AWS", "DevOps, Kubernetes, cloud infrastructure"),
    ("looking for an iOS developer", "mobile app developer (Swift, Kotlin)"),
    ("need a photographer for headshots", "portrait photography"),
    ("looking for a translator for Japanese", "translation services"),
    ("want to practice Spanish", "native Spanish speaker"),
    ("looking for a technical cofounder", "engineer interested in co-founding something"),
    ("need a realtor in Austin", "real estate agent"),
    ("looking for a therapist", "licensed counselor"),
    ("hiring a backend engineer (Python)", "Django developer available for freelance work"),
    ("lookng for an acountant", "tax prep"),  # typos
    ("need a laywer", "attorney"),
    ("hiring a frontent developer", "React engineer looking for a job"),
    ("need someone to design a logo", "graphic designer"),
    ("looking for a job in digital marketing", "hiring marketers at Acme"),
    ("looking for work as a designer", "design recruiter"),
    ("hiring two frontend developers", "tech recruiter"),
    ("intro to someone at Stripe", "used to work at Stripe"),
    ("need help with my H-1B visa", "immigration attorney"),
    ("need a sales lead for our B2B SaaS", "business development, enterprise sales"),
    ("need a copywriter for our website", "freelance writer and editor"),
    ("want to learn public speaking", "gives talks at conferences, happy to coach"),
    ("looking for a Rails developer", "Ruby on Rails contractor"),
    ("looking for a fractional CFO", "CFO for early-stage companies"),
    ("need a babysitter on Fridays", "nanny with references"),
    ("wants to get into Kubernetes", "Kubernetes"),
    ("family hiring a nanny", "nanny looking for work"),
    ("raising a seed round", "angel investor, hiring analysts"),
]

# Pairs that share words or a field but where the offer does not meet the need.
SHOULD_NOT_MATCH = [
    ("looking for an accountant", "frontend engineer looking for work"),
    ("we are hiring a frontend developer", "hiring React developers"),  # both hiring
    ("we are hiring a frontend developer", "backend engineer looking for work"),
    ("raising a seed round", "raising our Series A"),  # both raising
    ("moving to Austin", "knows the Denver startup scene"),
    ("moving to Austin", "moving to Austin in May"),
    ("looking for a patent attorney", "immigration lawyer"),
    ("need a logo designed", "UX researcher"),
    ("looking for a mentor", "looking for a mentor too"),
    ("frontend engineer looking for work", "React developer open to work"),
    ("need a dentist", "licensed therapist"),
    ("looking for a house in Austin", "house music DJ"),
    ("need a Japanese translator", "Spanish tutor"),
    ("looking for a job in digital marketing", "marketing advice for startups"),
    ("looking for an iOS developer", "web designer"),
    ("need a plumber", "tax advice"),
    ("need a babysitter on weekends", "weekend hiking buddy"),
    ("hiring a salesperson", "selling my old car"),
    ("intro to someone at Google", "knows people at Stripe"),
    ("looking for a cofounder", "looking for a cofounder too"),
    ("looking for a mentor in design", "hiring designers"),
    ("need help with taxes", "looking for a tax accountant"),
    ("need a wedding venue in Nashville", "knows the Nashville music scene"),
    ("hiring an accountant", "tech recruiter"),
    ("looking for a frontend contractor", "backend developer, available"),
    ("want to invest in startups", "angel investor"),
    ("accountant looking for work", "tax advice"),
    ("hiring a data scientist", "UX designer looking for work"),
    ("need a mentor", "hiring mentors"),  # both looking for one
    ("need a nanny", "family hiring a nanny"),
]

# Written after the matcher, without trying them first, to check that the
# table above is not just the matcher's own examples.
BLIND_MATCH = [
    ("Our startup needs help filing taxes", "Certified public accountant"),
    ("searching for an employment lawyer", "lawyer at a big firm, happy to answer questions"),
    ("We are recruiting a senior Angular engineer", "Front end dev, laid off last month"),
    ("Need someone to redo our website design", "web designer"),
    ("Seeking seed investment for a fintech startup", "VC at Sequoia"),
    ("Heading to Berlin for three months", "grew up in Berlin"),
    ("Wants an intro at Airbnb", "ex-Airbnb product manager"),
    ("looking for a job as a data analyst", "hiring analytics folks"),
    ("Would love a mentor", "mentors early-career engineers"),
    ("need a physical therapist after knee surgery", "physiotherapist"),
    ("Looking for a good divorce lawyer", "family law attorney"),
    ("needs someone to help with Facebook ads", "paid ads specialist"),
    ("trying to find a place to live in Seattle", "realtor in Seattle"),
    ("need a podcast guest for next week", "loves speaking on podcasts"),
    ("Getting a green card — need advice", "immigration lawyer, does visas"),
    ("Hiring a head of sales", "sales leader between jobs"),
    ("need someone to proofread my book", "professional editor"),
    ("looking for a Go developer", "backend engineer open to work"),
    ("wants feedback on pitch deck from investors", "angel who invests in consumer apps"),
    ("new to London, doesn't know anyone", "London native"),
]
BLIND_NOT_MATCH = [
    ("need a tax accountant", "hiring a tax accountant"),
    ("Looking for a React Native dev", "hiring iOS developers"),
    ("seeking a dermatologist", "dentist"),
    ("needs an interior designer", "UX designer"),
    ("Looking for a new role in product", "product manager looking for work"),
    ("moving to Chicago", "lives in Boston"),
    ("need a guitar teacher", "math tutor"),
    ("raising money for a charity run", "angel investor"),
    ("need help with my resume", "tax advice"),
    ("looking for a dog sitter", "babysitter"),
]

# Known misreadings, kept in the table so the figures below stay honest. Strict:
# a fix makes the test fail until the pair moves out of this set.
KNOWN_WRONG: set[tuple[str, str]] = {
    # "loves ..." reads as a hobby, and a hobby offers nothing ("loves cooking for
    # friends" is no chef); here the hobby is the offer.
    ("need a podcast guest for next week", "loves speaking on podcasts"),
}


def _param(need: str, offer: str, expected: bool) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known misreading")] \
        if (need, offer) in KNOWN_WRONG else []
    return pytest.param(need, offer, expected, marks=marks, id=f"{need} / {offer}")


TABLE = [(n, o, True) for n, o in SHOULD_MATCH + BLIND_MATCH] + [
    (n, o, False) for n, o in SHOULD_NOT_MATCH + BLIND_NOT_MATCH] + [
    (n, o, expected) for n, o, expected, _ in PAIRS]


@pytest.mark.parametrize(("need", "offer", "expected"), [_param(*row) for row in TABLE])
def test_table(need: str, offer: str, expected: bool) -> None:
    found = score(need, offer)
    assert found.matched is expected, found
    assert bool(found.why) is expected, found


def test_precision_and_recall_over_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(TABLE) >= 300
    tp = fp = fn = tn = 0
    for need, offer, expected in TABLE:
        got = score(need, offer).matched
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
        tn += not got and not expected
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    with capsys.disabled():
        print(f"\nmatcher on {len(TABLE)} pairs: precision {precision:.3f}, recall {recall:.3f} "
              f"(tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    assert precision >= 0.9
    assert recall >= 0.85


def test_dev_table_has_half_matches_and_every_kind_of_hard_negative() -> None:
    kinds = {kind for _, _, _, kind in PAIRS}
    positives = sum(expected for _, _, expected, _ in PAIRS)
    assert len(PAIRS) >= 200
    assert 0.45 <= positives / len(PAIRS) <= 0.55
    assert {"topic_without_role", "false_friend", "same_side", "other_negative"} <= kinds


def test_why_says_who_seeks_and_who_provides_in_their_own_words() -> None:
    assert score("hiring a pharmacist", "licensed pharmacist looking for a new position").why == (
        "hiring a pharmacist; licensed pharmacist looking for a new position")
    assert score("Our kitchen tap is leaking. Weekends only", "Heating engineer, callouts").why \
        == "our kitchen tap is leaking; heating engineer"
    assert score("moving to Austin in March", "knows the Austin startup scene").why == (
        "moving to Austin in March; knows the Austin startup scene")
    assert score("need a plumber", "tax advice") == text_match.Match(0.0, "")


def test_topic_alone_ranks_but_never_matches() -> None:
    found = score("needs a plumber for the new kitchen", "kitchen designer, new kitchens")
    assert not found.matched and found.why == ""
    assert found.score > score("needs a plumber for the new kitchen", "tax advice").score


def test_who_seeks_and_who_provides() -> None:
    hiring = read("hiring a pharmacist", "need")
    assert [(m.key, m.side) for m in hiring.seeks] == [("a:pharmac", "S")] or any(
        m.side == "S" and m.hire for m in hiring.seeks)
    seeker = read("licensed pharmacist looking for a new position", "offer")
    assert any(m.side == "P" and m.hire for m in seeker.provides)
    assert any(m.key.startswith("job:") for m in seeker.seeks)
    selling = read("sells kitchen cabinets", "offer")
    assert [m.how for m in selling.provides] == ["goods"]
    assert read("also looking for a plumber", "offer").provides == ()


def test_same_concept_scores_higher_than_generic_against_special() -> None:
    exact = score("hiring a React developer", "React developer looking for work").score
    generic = score("hiring a developer", "React developer looking for work").score
    assert exact > generic >= text_match.THRESHOLD


def test_lemmas_fold_forms_but_keep_different_words_apart() -> None:
    assert lemma("hiring") == lemma("hire") == lemma("hired") == lemma("hires")
    assert lemma("books") == "book" and lemma("bookbinder") == "bookbinder"
    assert lemma("landscapes") == "landscape" and lemma("landscaper") == "landscaper"
    assert lemma("companies") == "company"
    assert lemma("taxes") == "tax"
    assert lemma("need") == "need" and lemma("business") == "business"
    assert lemma("counsel") != lemma("counselor")


def test_typos_are_read_as_the_word_meant_but_real_words_are_left_alone() -> None:
    assert correct("acountant") == "accountant"
    assert correct("laywer") == "lawyer"
    assert correct("desinger") == "designer"
    assert correct("counting") is None  # a real word, first letter differs from "accounting"
    assert correct("resign") is None
    assert correct("plumber") is None


def test_accents_case_and_punctuation_do_not_matter() -> None:
    assert score("LOOKING FOR A COMPTABLE… no, an ACCOUNTANT!", "Tax advice").matched
    assert score("déménage à Zürich: moving to Zürich", "lives in Zurich").matched


def test_a_place_alone_is_not_a_match() -> None:
    need = read("looking for an accountant in Nashville", "need")
    assert not any(m.how == "place" for m in need.mentions)
    assert not score("looking for a plumber in Nashville", "knows Nashville").matched


def test_offer_index_finds_the_same_matches_as_scoring_every_pair() -> None:
    offers = [offer for _, offer in SHOULD_MATCH + SHOULD_NOT_MATCH]
    index = OfferIndex(enumerate(offers))
    assert len(index) == len(offers)
    for need, _ in SHOULD_MATCH + SHOULD_NOT_MATCH:
        expected = {i for i, offer in enumerate(offers) if score(need, offer).matched}
        found = [i for i, _ in index.matches(need)]
        assert set(found) == expected, need
        scores = [m.score for _, m in index.matches(need)]
        assert scores == sorted(scores, reverse=True)


def test_offer_index_prefers_the_given_order_among_equals() -> None:
    index = OfferIndex([(7, "tax advice"), (3, "CPA"), (9, "bookkeeping")])
    assert [i for i, _ in index.matches("need an accountant")] == [7, 3, 9]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.text(max_size=120))
def test_any_text_scores_between_0_and_1_without_error(need: str, offer: str) -> None:
    found = score(need, offer)
    assert 0.0 <= found.score <= 1.0
    assert bool(found.why) is found.matched


def test_odd_texts() -> None:
    assert score("", "") == text_match.Match(0.0, "")
    assert not score("寻找会计师", "税务咨询").matched  # no vocabulary beyond English
    assert score("🙂 looking for an accountant 🙂", "CPA 📈").matched
    long_need = "looking for an accountant " + "and more words " * 200
    assert score(long_need, "tax advice").matched


def test_a_problem_meets_a_trade_that_names_what_it_works_on() -> None:
    found = score("the shower has no pressure", "plumbing services, showers and bathrooms")
    assert found.matched
    assert found.why == "the shower has no pressure; plumbing services, showers and bathrooms"
    assert score("patio door is stuck", "carpenter, doors and windows").matched
    assert score("need someone to hang some doors", "joiner, doors and skirting").matched
    # the thing alone is no trade: a seller, a collector, someone naming a role
    assert not score("the shower has no pressure", "sells showers and bathroom fittings").matched
    assert not score("grandfather clock stopped working", "collects antique clocks").matched
    assert not score("need a plumber for the doors", "carpenter, doors and windows").matched


def test_a_place_no_list_knows_must_agree() -> None:
    assert not score("need a builder in Leith", "builder working in Ayr").matched
    assert score("need a builder in Leith", "builder based in Leith").matched
    assert score("need a UX designer in London", "UX designer experienced in Figma").matched
    assert score("need a nanny in March", "nanny in Leeds").matched


def test_an_offer_that_takes_no_work_offers_nothing() -> None:
    assert score("need a dog walker", "dog walker, weekdays").matched
    for offer in ("dog walker, fully booked", "dog walker, no longer working",
                  "dog walker, not taking new clients"):
        assert not score("need a dog walker", offer).matched, offer


def test_precision_and_recall_over_the_new_development_pairs(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A floor, not a target: the pairs were written before the matcher saw them
    (precision 0.79, recall 0.62 then); the targets of #13 are not met yet."""
    tp = fp = fn = 0
    for need, offer, expected, _ in PAIRS_MORE:
        got = score(need, offer).matched
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(f"\nmatcher on {len(PAIRS_MORE)} new development pairs: precision "
              f"{precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= 0.8
    assert recall >= 0.68


def test_a_title_no_table_knows_is_read_by_its_form() -> None:
    assert score("need a jeweler to resize a ring", "jeweller, ring resizing").matched
    assert not score("need a jeweler", "selling a jewellery box").matched
    assert not score("need a jeweler", "looking for a jeweller too").matched


def test_a_count_after_a_title_is_no_kind_of_thing() -> None:
    assert score("looking for a nanny three days a week", "nanny, 12 years").matched


def test_hiring_a_recruiter_meets_a_recruiter_of_any_field() -> None:
    assert score("hiring a recruiter", "recruiter, tech roles").matched
    assert not score("looking for a nursing job", "tech recruiter").matched


def test_offer_index_finds_the_trades_a_problem_needs() -> None:
    index = OfferIndex([(1, "sells showers and bathroom fittings"),
                        (2, "plumbing services, showers and bathrooms"),
                        (3, "plumber, showers fitted")])
    found = list(index.matches("the shower has no pressure"))
    assert [offer_id for offer_id, _ in found] == [2, 3]
    assert found[0][1] == score("the shower has no pressure",
                                "plumbing services, showers and bathrooms")


def test_offer_index_agrees_with_scoring_every_pair_over_the_development_pairs() -> None:
    rows = PAIRS + PAIRS_MORE
    offers = list(dict.fromkeys(offer for _, offer, _, _ in rows))
    offers += [f"{offer}, in Leeds" for offer in offers[:40]]  # places that agree or not
    index = OfferIndex(enumerate(offers))
    for need in dict.fromkeys([n for n, _, _, _ in rows] + ["need a plumber in Leeds"]):
        expected = {i: score(need, offer) for i, offer in enumerate(offers)}
        found = list(index.matches(need))
        assert {i for i, _ in found} == {i for i, m in expected.items() if m.matched}, need
        assert all(m == expected[i] for i, m in found), need
        scores = [m.score for _, m in found]
        assert scores == sorted(scores, reverse=True), need
