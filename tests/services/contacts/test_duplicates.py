"""Finding people who are likely one person (issue #15): each kind of reason, scores best
first, blocking that still meets same-e-mail pairs with different names, and "not the
same person" remembered."""

from __future__ import annotations

from pathlib import Path

from kith.services.contacts import duplicates
from kith.services.contacts import people as contacts
from kith.services.contacts.duplicate_reasons import (
    AT,
    EMAIL,
    IN,
    NAMES,
    NICKNAMES,
    PHONE,
    SAME_NAME,
    Reason,
)
from kith.services.contacts.records import ContactRecord
from kith.vcard.model import CardPoint


def person(given: str, family: str, org: str = "", emails: tuple[str, ...] = (),
           phones: tuple[str, ...] = (), city: str = "", nickname: str = "") -> int:
    points = [CardPoint("email", e) for e in emails] + [CardPoint("phone", p) for p in phones]
    if city:
        points.append(CardPoint("address", f"1 Main St\n{city}", extra={"city": city}))
    return contacts.create(ContactRecord(given_name=given, family_name=family,
                                         organization=org, nickname=nickname, points=points))


def groups() -> list[tuple[list[int], str]]:
    return [(g.contact_ids, g.reason) for g in duplicates.find()]


def test_same_email_across_different_names_is_found(db: Path) -> None:
    a = person("Ana", "Silva", emails=("Ana@X.org",))
    b = person("Zed", "Quux", emails=("ana@x.org",))
    person("Cara", "Diaz", emails=("cara@x.org",))
    assert groups() == [([a, b], "same e-mail Ana@X.org")]


def test_same_phone_written_two_ways(db: Path) -> None:
    a = person("Bob", "Ng", phones=("+1 (512) 555-0199",))
    b = person("Robin", "Hood", phones=("512.555.0199",))
    found = duplicates.find()
    assert [g.contact_ids for g in found] == [[a, b]]
    assert found[0].reason == "same phone +1 (512) 555-0199"
    assert 0 < found[0].score <= 1


def test_nickname_at_the_same_organisation(db: Path) -> None:
    bob = person("Bob", "Ng", org="Acme")
    robert = person("Robert", "Ng", org="Acme Inc")
    person("Robert", "Ng", org="Initech")  # a nickname alone is a weak sign...
    person("William", "Ng", org="Acme")  # ...and Bill is not Bob's other name
    found = duplicates.find()
    assert found[0].contact_ids == [bob, robert]
    assert found[0].reason.startswith("nickname: Bob and Robert Ng at Acme")
    weak = [g for g in found if g.score < found[0].score]
    assert all(g.score <= duplicates.NICKNAME_ALONE for g in weak)
    assert not any(set(g.contact_ids) >= {bob, robert} and len(g.contact_ids) > 3
                   for g in found)


def test_transliteration_and_umlauts(db: Path) -> None:
    jose = person("José", "Silva", org="Acme")
    jose2 = person("Jose", "Silva", org="Acme")
    lukasz = person("Łukasz", "Nowak", city="Kraków")
    lukasz2 = person("Lukasz", "Nowak", city="Krakow")
    muller = person("Jürgen", "Müller")
    mueller = person("Juergen", "Mueller")
    found = {tuple(g.contact_ids): g for g in duplicates.find()}
    assert found[(jose, jose2)].reason == "similar names: José Silva and Jose Silva at Acme"
    assert found[(lukasz, lukasz2)].reason == ("similar names: Łukasz Nowak and Lukasz Nowak "
                                               "in Kraków")
    assert found[(muller, mueller)].reason == "similar names: Jürgen Müller and Juergen Mueller"
    # the same name in other writing with the same organisation or city beats it alone
    assert found[(jose, jose2)].score > found[(muller, mueller)].score


def test_near_identical_name_needs_the_same_place(db: Path) -> None:
    kasia = person("Katarzyna", "Kowalska", org="Globex")
    kasia2 = person("Katarzyna", "Kowalski", org="Globex")
    person("Katarzyna", "Kowalsky", org="Initech")  # near, but somewhere else
    same = person("Ana", "Silva", org="Globex")
    same2 = person("Ana", "Silva", org="Globex Corp")
    person("Ana", "Silva", org="Hooli")  # the same name elsewhere: not proposed
    found = {tuple(g.contact_ids): g.reason for g in duplicates.find()}
    assert found == {(kasia, kasia2): "similar names: Katarzyna Kowalska and Katarzyna "
                                      "Kowalski at Globex",
                     (same, same2): "same name Ana Silva at Globex"}


def test_best_first_and_reasons_add_up(db: Path) -> None:
    a = person("Ana", "Silva", org="Acme", emails=("ana@acme.com",))
    b = person("Ana", "Silva", org="Acme", emails=("ana@acme.com",))
    c = person("Katarzyna", "Kowalska", org="Globex")
    d = person("Katarzyna", "Kowalski", org="Globex")
    found = duplicates.find()
    assert [g.contact_ids for g in found] == [[a, b], [c, d]]
    assert found[0].reason == "same e-mail ana@acme.com; same name Ana Silva at Acme"
    assert found[0].score > duplicates.SAME_EMAIL > found[1].score
    assert found[0].as_json() == {"contact_ids": [a, b], "score": round(found[0].score, 3),
                                  "reason": found[0].reason}


def test_trash_is_left_out(db: Path) -> None:
    a = person("Ana", "Silva", emails=("ana@x.org",))
    person("Ana", "S", emails=("ana@x.org",))
    contacts.delete([a])
    assert groups() == []


def test_not_the_same_person_is_remembered_and_splits_groups(db: Path) -> None:
    a = person("Ana", "Silva", emails=("ana@x.org",))
    b = person("Ana", "Silva", emails=("ana@x.org", "shared@x.org"))
    c = person("Cara", "Diaz", emails=("shared@x.org",))
    assert [g.contact_ids for g in duplicates.find()] == [[a, b, c]]
    assert duplicates.mark_not_same([a, c]) == 1
    assert duplicates.mark_not_same([c, a]) == 0  # the same pair, either way round
    found = [g.contact_ids for g in duplicates.find()]
    assert found == [[a, b]]  # the strongest pair stays; c may not join a
    duplicates.mark_not_same([a, b])
    assert [g.contact_ids for g in duplicates.find()] == [[b, c]]
    duplicates.forget_not_same([a, b])
    assert [g.contact_ids for g in duplicates.find()] == [[a, b]]


def test_a_shared_office_address_is_not_evidence(db: Path) -> None:
    for i in range(duplicates.MAX_BLOCK + 1):
        person(f"Given{i}", f"Family{i}", emails=("info@acme.com",))
    assert groups() == []


def test_progress_and_cancel(db: Path) -> None:
    person("Ana", "Silva", emails=("ana@x.org",))
    person("Ana", "S", emails=("ana@x.org",))
    seen: list[tuple[int, int]] = []
    assert len(duplicates.find(progress=lambda d, t: seen.append((d, t)))) == 1
    assert seen[-1] == (5, 5)
    assert duplicates.find(cancelled=lambda: True) == []


def test_each_reason_is_a_kind_with_its_values(db: Path) -> None:
    """The window words reasons in the user's language: the core hands it the kind and
    the values, never a sentence; the English sentence stays what it was."""
    bob = person("Bob", "Ng", org="Acme", emails=("bob@acme.com",))
    robert = person("Robert", "Ng", org="Acme Inc", emails=("BOB@acme.com",))
    lukasz = person("Łukasz", "Nowak", city="Kraków")
    lukasz2 = person("Lukasz", "Nowak", city="Krakow")
    found = {tuple(g.contact_ids): g for g in duplicates.find()}
    assert found[(bob, robert)].why == [
        Reason(EMAIL, ("bob@acme.com",)),
        Reason(NICKNAMES, ("Bob", "Robert", "Ng"), AT, "Acme")]
    assert found[(bob, robert)].reason == ("same e-mail bob@acme.com; nickname: Bob and "
                                           "Robert Ng at Acme")
    assert found[(lukasz, lukasz2)].why == [
        Reason(NAMES, ("Łukasz Nowak", "Lukasz Nowak"), IN, "Kraków")]
    assert Reason(SAME_NAME, ("Ana Silva",)).english() == "same name Ana Silva"
    assert Reason(PHONE, ("+1 512",), IN, "Austin").english() == "same phone +1 512 in Austin"


def test_remember_returns_the_new_pairs_and_forget_pairs_takes_only_those(db: Path) -> None:
    a = person("Ana", "Silva", emails=("ana@x.org",))
    b = person("Ana", "Silva", emails=("ana@x.org",))
    c = person("Ana", "Silva", emails=("ana@x.org",))
    duplicates.mark_not_same([a, b])
    new = duplicates.remember_not_same([c, b, a])
    assert new == [(a, c), (b, c)]
    duplicates.forget_pairs(new)
    assert duplicates.not_same_pairs() == {(a, b)}


def test_a_rare_name_alone_is_proposed_with_a_low_score(db: Path) -> None:
    ana = person("Ana", "Silva", emails=("ana@a.com",), phones=("111 222 3333",))
    ana2 = person("Ana", "Silva", emails=("ana@b.com",), phones=("444 555 6666",))
    (group,) = duplicates.find()
    assert (group.contact_ids, group.reason) == ([ana, ana2], "same name Ana Silva")
    assert group.score == duplicates.SAME_NAME_ALONE < duplicates.JOIN_MIN
    assert group.why == [Reason(SAME_NAME, ("Ana Silva",))]


def test_a_common_name_or_a_single_word_alone_is_not(db: Path) -> None:
    for n in range(duplicates.RARE_NAME + 1):
        person("John", "Smith", emails=(f"john{n}@x.com",))
    contacts.create(ContactRecord(display_name="Madonna"))
    contacts.create(ContactRecord(display_name="Madonna"))
    assert duplicates.find() == []


def test_the_same_last_digits_in_two_countries_are_two_phones(db: Path) -> None:
    """+44-555-555-5555 and +1-555-555-5555 end alike but are two phones; a number
    written without its country code may still be either."""
    uk = person("Roid", "Ando", phones=("+44-555-555-5555",))
    us = person("Sherlock", "Holmes", phones=("+1-555-555-5555;ext=5555",))
    assert groups() == []
    local = person("Ami", "Display", phones=("555-555-5555",))
    (group,) = duplicates.find()
    assert (group.contact_ids, group.anchor) == ([uk, us, local], local)
    assert group.reason == ("Ami Display and Roid Ando: same phone +44-555-555-5555; "
                            "Ami Display and Sherlock Holmes: same phone +1-555-555-5555;"
                            "ext=5555")


def test_a_chain_of_shared_phones_is_not_one_group(db: Path) -> None:
    """Ana and Bob share a phone, Bob and Cara another, Cara and Dan a third...: everyone
    in a group shares something with one person of it, and the reason says what."""
    phones = [f"+1 512 555 01{n:02d}" for n in range(7)]
    ana = person("Ana", "Ash", phones=(phones[0], phones[1]))
    bob = person("Bob", "Birch", phones=(phones[1], phones[2], phones[3]))
    cara = person("Cara", "Cole", phones=(phones[2],))
    dan = person("Dan", "Dove", phones=(phones[3], phones[4]))
    eve = person("Eve", "Elm", phones=(phones[4], phones[5]))
    fay = person("Fay", "Fox", phones=(phones[5], phones[6]))
    found = duplicates.find()
    assert max(len(g.contact_ids) for g in found) < 6
    assert found[0].contact_ids == [ana, bob, cara, dan]
    assert found[0].anchor == bob
    assert found[0].reason == (
        f"Bob Birch and Ana Ash: same phone {phones[1]}; "
        f"Bob Birch and Cara Cole: same phone {phones[2]}; "
        f"Bob Birch and Dan Dove: same phone {phones[3]}")
    assert [g.contact_ids for g in found[1:]] == [[eve, fay]]
    for group in found:  # each person shares a phone the anchor has too
        for member, why in group.shares.items():
            assert member != group.anchor and why[0].kind == PHONE


def test_everyone_sharing_one_email_is_one_group_with_one_reason(db: Path) -> None:
    a = person("Ana", "Silva", emails=("ana@x.org",))
    b = person("Ana", "S", emails=("ana@x.org",))
    c = person("A", "Silva", emails=("ANA@x.org",))
    (group,) = duplicates.find()
    assert (group.contact_ids, group.reason) == ([a, b, c], "same e-mail ana@x.org")


def test_names_alone_are_worded_as_a_reason(db: Path) -> None:
    """Two cards of John Doe with other name parts: "similar names: ...", never just the
    two names (which reads as a list of people)."""
    richter = contacts.create(ContactRecord(
        display_name="Mr. John Richter, James Doe Sr.", given_name="John", family_name="Doe",
        nickname="Johny", organization="IBM"))
    third = contacts.create(ContactRecord(display_name="John Doe III", given_name="John",
                                          family_name="Doe", nickname="Joey",
                                          organization="Company, The"))
    assert groups() == [([richter, third], "similar names: Mr. John Richter, James Doe Sr. "
                                           "and John Doe III")]
    assert all(g.reason.startswith(("same ", "similar names: ", "nickname: "))
               for g in duplicates.find())


def test_an_organisation_and_its_longer_name_are_one(db: Path) -> None:
    """"Northwind" and "Northwind Analytics" (legal forms aside) are one organisation for
    the same name; "Northwinds" is another word, not a longer name."""
    priya = person("Priya", "Raman", org="Northwind Analytics", emails=("priya@nwa.com",))
    priya2 = person("Priya", "Raman", org="Northwind Ltd", emails=("p.raman@northwind.io",))
    person("Priya", "Raman", org="Northwinds", emails=("priya@nws.com",))
    person("Priya", "Raman", org="Hooli", emails=("priya@hooli.com",))
    assert groups() == [([priya, priya2], "same name Priya Raman at Northwind Ltd")]
