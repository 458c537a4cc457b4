"""The engine's pure parts: patching a server's card text, and merging two sides."""

from __future__ import annotations

from dataclasses import replace

import vobject

from kith.services.cards.mapping import record_from_card
from kith.services.contacts.records import ContactRecord
from kith.services.sync import state
from kith.services.sync.patch import patch
from kith.vcard import read_bytes
from kith.vcard.model import CardPoint

SERVER = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "UID:ana-1\r\n"
    "FN:Ana Silva\r\n"
    "N:Silva;Ana;;;\r\n"
    "EMAIL;TYPE=INTERNET,WORK:ana@acme.com\r\n"
    "item1.TEL:+1 555 010 2030\r\n"
    "item1.X-ABLabel:Studio\r\n"
    "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/ana\r\n"
    "IMPP;X-SERVICE-TYPE=Skype:skype:ana.silva\r\n"
    "item2.X-ABRELATEDNAMES:Bob\r\n"
    "item2.X-ABLabel:_$!<Friend>!$_\r\n"
    "X-CUSTOM-FIELD;X-PARAM=keep:some value\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\r\n"
    " AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=\r\n"
    "END:VCARD\r\n"
)


def _record(text: str) -> ContactRecord:
    return record_from_card(read_bytes(text.encode(), "x.vcf").cards[0])


def _unchanged_lines(text: str) -> list[str]:
    return [line for line in text.split("\r\n") if line.startswith(
        ("X-SOCIALPROFILE", "IMPP", "item2.", "X-CUSTOM-FIELD", "PHOTO", " AQEB", "item1.",
         "UID"))]


def test_a_title_edit_touches_only_title_and_keeps_every_other_line_byte_identical() -> None:
    base = _record(SERVER)
    new = replace(base, title="CTO")
    out = patch(SERVER, base, new)
    assert "TITLE:CTO" in out.split("\r\n")
    assert _unchanged_lines(out) == _unchanged_lines(SERVER)
    assert out.count("FN:") == 1 and "EMAIL;TYPE=INTERNET,WORK:ana@acme.com" in out
    card = vobject.readOne(out)
    assert card.title.value == "CTO" and card.fn.value == "Ana Silva"


def test_a_new_email_adds_one_line_and_a_removed_phone_takes_its_label_with_it() -> None:
    base = _record(SERVER)
    new = replace(base, points=[p for p in base.points if p.kind != "phone"]
                  + [CardPoint("email", "ana@home.example", "home")])
    out = patch(SERVER, base, new)
    lines = out.split("\r\n")
    assert not any(line.startswith("item1.") for line in lines)
    assert "item2.X-ABLabel:_$!<Friend>!$_" in lines  # another group's label stays
    assert sum(1 for line in lines if "ana@home.example" in line) == 1
    assert "EMAIL;TYPE=INTERNET,WORK:ana@acme.com" in lines
    back = _record(out)
    assert {p.value for p in back.points if p.kind == "email"} == {"ana@acme.com",
                                                                 "ana@home.example"}
    assert not [p for p in back.points if p.kind == "phone"]


def test_a_new_labelled_phone_gets_a_group_the_card_does_not_use_yet() -> None:
    base = _record(SERVER)
    new = replace(base, points=[*base.points, CardPoint("phone", "+1 555 999 0000", "Boat")])
    out = patch(SERVER, base, new)
    lines = out.split("\r\n")
    added = [line for line in lines if "555 999" in line]
    assert len(added) == 1 and added[0].startswith("item3.TEL")
    assert "item3.X-ABLabel:Boat" in lines
    assert "item1.X-ABLabel:Studio" in lines


def test_tags_become_categories_and_a_renamed_person_rewrites_fn_and_n() -> None:
    base = _record(SERVER)
    new = replace(base, display_name="Ana Souza", family_name="Souza", tags=["Design", "VIP"])
    out = patch(SERVER, base, new)
    card = vobject.readOne(out)
    assert card.fn.value == "Ana Souza" and card.n.value.family == "Souza"
    assert sorted(card.categories.value) == ["Design", "VIP"]
    assert _unchanged_lines(out) == _unchanged_lines(SERVER)


def test_nothing_changed_gives_the_server_text_back() -> None:
    base = _record(SERVER)
    assert patch(SERVER, base, replace(base)) == SERVER


def test_only_the_server_changed_a_field_the_server_wins_without_a_conflict() -> None:
    base = ContactRecord(display_name="Ana", title="Designer", organization="Acme")
    local = replace(base, organization="Acme Corp")
    remote = replace(base, title="CTO")
    merged = state.merge_sides(local, base, remote, remote_newer=True)
    assert (merged.record.title, merged.record.organization) == ("CTO", "Acme Corp")
    assert merged.conflicts == [] and merged.kept_aside == []


def test_both_sides_changed_one_field_the_newer_wins_and_the_other_is_kept_aside() -> None:
    base = ContactRecord(display_name="Ana", title="Designer")
    local, remote = replace(base, title="Lead designer"), replace(base, title="CTO")
    newer_remote = state.merge_sides(local, base, remote, remote_newer=True)
    assert newer_remote.record.title == "CTO"
    assert newer_remote.kept_aside == [
        "Title was Lead designer in Kith; the newer value CTO was kept."]
    newer_local = state.merge_sides(local, base, remote, remote_newer=False)
    assert newer_local.record.title == "Lead designer"
    assert newer_local.kept_aside == [
        "Title was CTO on the server; the newer value Lead designer was kept."]


def test_emails_added_on_both_sides_are_all_kept() -> None:
    base = ContactRecord(display_name="Ana", points=[CardPoint("email", "a@x.org")])
    local = replace(base, points=[*base.points, CardPoint("email", "b@x.org")])
    remote = replace(base, points=[*base.points, CardPoint("email", "c@x.org")])
    merged = state.merge_sides(local, base, remote, remote_newer=True)
    assert [p.value for p in merged.record.points] == ["a@x.org", "b@x.org", "c@x.org"]


def test_rev_is_read_as_local_time() -> None:
    when = state.revised_at("BEGIN:VCARD\r\nREV:20261130T120000Z\r\nEND:VCARD\r\n")
    assert when is not None and when.year == 2026
    assert state.revised_at("BEGIN:VCARD\r\nEND:VCARD\r\n") is None
