"""Making an introduction: the double opt-in drafts, and recording that it was made."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from kith import clock
from kith.errors import Invalid, NotFound
from kith.services.contacts.records import clean_text
from kith.services.followups import interactions, schedule
from kith.store.database import database
from kith.store.models import Contact, ContactPoint, FollowUp, Introduction, TimelineEntry

FOLLOW_UP_AFTER = dt.timedelta(days=7)


def _person(contact_id: int) -> tuple[str, str, str, str]:
    """(display name, first name, "title at organisation", e-mail) of a live contact."""
    row = (Contact.select(Contact.display_name, Contact.given_name, Contact.title,
                          Contact.organization)
           .where((Contact.id == contact_id) & Contact.deleted_at.is_null())
           .tuples().first())
    if row is None:
        raise NotFound(f"No contact with id {contact_id}.")
    display, given, title, org = row
    p = ContactPoint
    email = (p.select(p.value).where((p.contact == contact_id) & (p.kind == "email"))
             .order_by(p.preferred.desc(), p.position, p.id).limit(1).scalar())
    role = " at ".join(x for x in (title, org) if x)
    return display, given or (display.split() or [display])[0], role, email or ""


def _pair(a_id: int, b_id: int) -> None:
    if a_id == b_id:
        raise Invalid("Introduce two different people.")


def _sentence(text: str) -> str:
    text = " ".join(clean_text(text).split())
    return text if not text or text[-1] in ".!?…" else text + "."


def _mailto(address: str, subject: str, body: str) -> str:
    return (f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}")


def introduction_draft(a_id: int, b_id: int, reason: str) -> dict[int, str]:
    """A double opt-in e-mail to each of the two, as ``mailto:`` URLs keyed by contact id.

    Each asks one person whether they would like to be introduced to the
    other and says why (``reason``); nothing is sent to either before both
    agree. The address is the contact's preferred e-mail (empty when they
    have none, for the user to fill in).
    """
    _pair(a_id, b_id)
    people = {a_id: _person(a_id), b_id: _person(b_id)}
    why = _sentence(reason)
    drafts = {}
    for me, other in ((a_id, b_id), (b_id, a_id)):
        _, first, _, email = people[me]
        other_name, other_first, other_role, _ = people[other]
        who = f"{other_name} ({other_role})" if other_role else other_name
        body = "\n".join([
            f"Hi {first},",
            "",
            f"I'd like to introduce you to {who}. I think you two should talk."
            + (f" Why I thought of you both: {why}" if why else ""),
            "",
            f"Would you like me to make the introduction? If so, I'll put you and "
            f"{other_first} in touch by e-mail. If the timing isn't right, no problem at all.",
            "",
            "Best,",
            "",
        ])
        drafts[me] = _mailto(email, f"Would you like an introduction to {other_name}?", body)
    return drafts


def record_introduction(a_id: int, b_id: int, reason: str, today: dt.date) -> int:
    """Record that ``a_id`` and ``b_id`` were introduced today; returns the introduction id.

    In one transaction: the introduction row; on each person a "gave"
    interaction by e-mail ("Introduced to NAME", the reason as its note), a
    timeline entry of kind 'introduction', and an explicit follow-up a week
    later to ask how it went; then both people's schedules are refreshed.
    The pair is never proposed again.
    """
    _pair(a_id, b_id)
    why = " ".join(clean_text(reason).split())
    stamp = clock.now()
    with database.atomic():
        names = {a_id: _person(a_id)[0], b_id: _person(b_id)[0]}
        intro_id = int(Introduction.insert(a=a_id, b=b_id, made_on=today, reason=why).execute())
        for me, other in ((a_id, b_id), (b_id, a_id)):
            name = names[other]
            # Through the interactions service, so that it counts as contact (the
            # cadence round and a post-event follow-up are done).
            interactions.log(interactions.Interaction(
                me, today, "email", "me", "gave", f"Introduced to {name}", why))
            TimelineEntry.insert(
                contact=me, occurred_on=today, kind="introduction",
                summary=f"Introduced to {name}" + (f": {why}" if why else ""), ref_id=intro_id,
                created_at=stamp,
            ).execute()
            FollowUp.insert(
                contact=me, due_on=today + FOLLOW_UP_AFTER,
                reason=f"Ask how the introduction to {name} went", kind="explicit",
                status="open", created_at=stamp,
            ).execute()
        schedule.refresh([a_id, b_id])
    return intro_id
