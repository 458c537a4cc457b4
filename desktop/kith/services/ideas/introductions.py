"""Making an introduction: the double opt-in drafts, and recording that it was made
(the steps between are ``kith.services.ideas.pipeline``)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple
from urllib.parse import quote

from kith import clock
from kith.errors import Invalid, NotFound
from kith.i18n import translate
from kith.services.contacts.records import clean_text
from kith.services.ideas import phrasing
from kith.services.ideas.text import match as text_match
from kith.store.models import Contact, ContactPoint, NeedOffer


def person(contact_id: int) -> tuple[str, str, str, str, str, str]:
    """(display name, first name, "title at organisation", e-mail, title, organisation)
    of a live contact."""
    row = (Contact.select(Contact.display_name, Contact.given_name, Contact.title,
                          Contact.organization)
           .where((Contact.id == contact_id) & Contact.deleted_at.is_null())
           .tuples().first())
    if row is None:
        raise NotFound(translate("Introductions", "That person is no longer in your "
                                 "contacts: they may be in the trash."))
    display, given, title, org = row
    p = ContactPoint
    email = (p.select(p.value).where((p.contact == contact_id) & (p.kind == "email"))
             .order_by(p.preferred.desc(), p.position, p.id).limit(1).scalar())
    role = phrasing.role(title or "", org or "")
    return (display, given or (display.split() or [display])[0], role, email or "",
            title or "", org or "")


def _pair(a_id: int, b_id: int) -> None:
    if a_id == b_id:
        raise Invalid(translate("Introductions", "Introduce two different people."))


def _sentence(text: str) -> str:
    text = " ".join(clean_text(text).split())
    return text if not text or text[-1] in ".!?…" else text + "."


def _mailto(address: str, subject: str, body: str) -> str:
    return (f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}")


def introduction_draft(a_id: int, b_id: int, reason: str = "") -> dict[int, str]:
    """A double opt-in e-mail to each of the two, as ``mailto:`` URLs keyed by contact id.

    Each speaks to its reader and asks whether they would like to be introduced
    to the other, in sentences made from what ``a_id`` needs and ``b_id``
    offers (``pair_match``); without such a pair, from ``reason`` (what the
    user wrote). The matcher's keyword never appears. Nothing is sent to either
    before both agree. The address is the contact's preferred e-mail (empty
    when they have none, for the user to fill in).
    """
    _pair(a_id, b_id)
    people = {a_id: person(a_id), b_id: person(b_id)}
    found = pair_match(a_id, b_id)
    drafts = {}
    for me, other in ((a_id, b_id), (b_id, a_id)):
        first, email = people[me][1], people[me][3]
        other_name, other_first, _, _, title, org = people[other]
        if found is not None:
            need, offer = found.need, found.offer
            if me == found.needs:
                why = phrasing.to_the_one_in_need(need, offer, other_name, title, org)
            else:
                why = phrasing.to_the_one_offering(need, offer, other_name)
        else:
            why = phrasing.generic(other_name, title, org, _sentence(reason))
        body = "\n".join([
            translate("Introductions", "Hi {first},").format(first=first),
            "",
            why + " " + translate("Introductions", "I think you two should talk."),
            "",
            translate("Introductions", "Would you like me to introduce you? If so, I'll put you "
                      "and {other} in touch by e-mail. If the timing isn't right, no problem "
                      "at all.").format(other=other_first),
            "",
            translate("Introductions", "Best,"),
            "",
        ])
        subject = translate("Introductions", "Would you like an introduction to {name}?").format(
            name=other_name)
        drafts[me] = _mailto(email, subject, body)
    return drafts


class PairMatch(NamedTuple):
    needs: int  # the contact with the need
    need: str
    offer: str
    why: str  # the matcher's reason: a hint for the user, never in an e-mail


def pair_match(a_id: int, b_id: int) -> PairMatch | None:
    """The best match of one's open need with the other's open offer (either way round)."""
    today = clock.today()
    n = NeedOffer
    items = list(n.select(n.contact, n.kind, n.text, n.id)
                 .where(n.contact.in_([a_id, b_id]) & n.closed_at.is_null()
                        & (n.expires_on.is_null() | (n.expires_on >= today)))
                 .order_by(n.created_on.desc(), n.id.desc()).tuples())
    best: tuple[float, PairMatch] | None = None
    for needs, offers in ((a_id, b_id), (b_id, a_id)):
        offered = [(i, text) for cid, kind, text, i in items if cid == offers and kind == "offer"]
        if not offered:
            continue
        index = text_match.OfferIndex(offered)
        texts = dict(offered)
        for cid, kind, text, _ in items:
            if cid != needs or kind != "need":
                continue
            hit = next(index.matches(text), None)
            if hit is not None and (best is None or hit[1].score > best[0]):
                best = (hit[1].score, PairMatch(needs, text, texts[hit[0]], hit[1].why))
    return best[1] if best is not None else None


def record_introduction(a_id: int, b_id: int, reason: str, today: dt.date) -> int:
    """Record that ``a_id`` and ``b_id`` were introduced today, without the double opt-in
    steps before it (``pipeline.start`` with "introduced"); returns the introduction id.

    In one transaction: the introduction and its step; on each person a "gave"
    interaction by e-mail ("Introduced to NAME", the reason as its note), a timeline
    entry of kind 'introduction', and a follow-up a week later to ask how it went; then
    both people's schedules are refreshed. The pair is never proposed again.
    """
    from kith.services.ideas import pipeline

    return pipeline.start(a_id, b_id, reason, today, step="introduced")
