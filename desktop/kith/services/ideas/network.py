"""The ideas that read who knows whom (``contacts.links``).

thank_introducer: someone introduced you to a person (an ``introduced`` link: A -> B,
"B was introduced by A") and that relationship went well: ``THANK_AFTER`` or more live
interactions with B on or after the day of the link, or an introduction in Kith
involving B that ended "helped" since then. One idea per introducer, naming everyone
they introduced whose relationship went well. It goes once you have been in touch with
the introducer on or after the day it went well (logging the thanks is "done"); its
signature never changes, so once dismissed (skipped) it does not come back.

ask_introduction (one hop): one of your own open needs (``need_offer`` with no contact:
your card's needs) is met (``text.match``) by the open offer of someone B who is linked
to someone else A: "Ana knows Bob, who offers ...: ask Ana to introduce you". One idea
per need: the best offer whose person has a link, through the first of their links (by
name). A contact's own need that someone's offer meets is the ``introduce`` idea already
(you know both); this one is for what you need yourself.
"""

from __future__ import annotations

from collections import defaultdict

from peewee import fn

from kith.i18n import translate
from kith.services.contacts import links
from kith.services.ideas.context import (
    ACT_DISMISS,
    ACT_DRAFT,
    ACT_LOG,
    ACT_SNOOZE,
    Context,
    Prompt,
    day,
    quote,
    rows,
    select,
    show_date,
)
from kith.services.ideas.matches import OpenItem
from kith.services.ideas.text import match as text_match
from kith.store.database import one_of
from kith.store.models import ContactLink, Interaction, Introduction, IntroductionStep

THANK_AFTER = 3


def _names(ctx: Context, ids: list[int]) -> str:
    names = [ctx.name(i) for i in ids]
    if len(names) == 1:
        return names[0]
    return translate("Ideas", "{some} and {last}").format(some=", ".join(names[:-1]),
                                                           last=names[-1])


def _went_well(ctx: Context, introduced: dict[int, str]) -> dict[int, str]:
    """Introduced person -> the day (ISO) their relationship went well, for those it did.

    ``introduced``: person -> the day (ISO) of their link."""
    if not introduced:
        return {}
    ids = list(introduced)
    out: dict[int, str] = {}
    i = Interaction
    seen: dict[int, list[str]] = defaultdict(list)
    for cid, on in rows(select(i, i.contact, i.occurred_on)
                        .where(one_of(i.contact, ids) & i.deleted_at.is_null())
                        .order_by(i.contact, i.occurred_on, i.id)):
        if str(on) >= introduced[cid]:
            seen[cid].append(str(on))
    for cid, days in seen.items():
        if len(days) >= THANK_AFTER:
            out[cid] = days[THANK_AFTER - 1]
    s = IntroductionStep
    for a, b, on in rows(select(s, Introduction.a, Introduction.b, s.taken_on)
                         .join(Introduction, on=(Introduction.id == s.introduction))
                         .where((s.step == "helped")
                                & (one_of(Introduction.a, ids) | one_of(Introduction.b, ids)))):
        for cid in (a, b):
            if cid in introduced and str(on) >= introduced[cid]:
                out[cid] = min(out.get(cid, "9999-12-31"), str(on))
    return out


def _in_touch_since(ids: list[int]) -> dict[int, str]:
    """Contact -> the day (ISO) of their last live interaction."""
    i = Interaction
    if not ids:
        return {}
    return dict(rows(select(i, i.contact, fn.MAX(i.occurred_on))
                     .where(one_of(i.contact, ids) & i.deleted_at.is_null())
                     .group_by(i.contact)))


def thank_introducer(ctx: Context) -> list[Prompt]:
    k = ContactLink
    introduced_by = k.relation == "introduced"
    introducers = select(k, k.from_contact).where(introduced_by)
    if ctx.only is not None:  # the ideas about their introducer, or theirs as one
        introducers = introducers.where((k.from_contact == ctx.only) | (k.to_contact == ctx.only))
    by_introducer: dict[int, dict[int, str]] = defaultdict(dict)
    for a, b, stamp in rows(select(k, k.from_contact, k.to_contact, k.created_at)
                            .where(introduced_by & k.from_contact.in_(introducers))):
        if ctx.live(a) and ctx.live(b):
            by_introducer[a][b] = str(stamp)[:10]
    introduced = {b: on for people in by_introducer.values() for b, on in people.items()}
    well = _went_well(ctx, introduced)
    last_contact = _in_touch_since(list(by_introducer))
    out: list[Prompt] = []
    for a, people in sorted(by_introducer.items()):
        good = sorted((b for b in people if b in well), key=lambda b: (well[b], b))
        if not good or (ctx.only is not None and ctx.only not in (a, *good)):
            continue
        since = max(well[b] for b in good)
        if last_contact.get(a, "") >= since:
            continue  # in touch with them since it went well: thanked
        first = ctx.first(a)
        names = _names(ctx, good)
        text = translate("Ideas", "Thank {name} for introducing you to {people}: it went well "
                         "(since {date}). Tell {first} how it is going.").format(
            name=ctx.name(a), people=names, date=show_date(day(since)), first=first)
        subject = translate("Ideas", "Thank you for the introduction")
        message = translate("Ideas", "Hi {first},\n\nthank you again for introducing me to "
                            "{people}: it has been really worthwhile.\n").format(
            first=first, people=names)
        ctx.add(out, Prompt(
            "thank_introducer", [a, *good], text,
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"thank_introducer:{a}", "thank",
            55 + min(10, 2 * len(good)),
            {"introduced": good, "since": since, "subject": subject, "message": message},
        ))
    return out


def ask_introduction(ctx: Context, items: list[OpenItem]) -> list[Prompt]:
    mine = [i for i in items if i.kind == "need" and i.contact_id is None]
    offers = [i for i in items if i.kind == "offer" and i.contact_id is not None]
    if not mine or not offers:
        return []
    by_id = {o.id: o for o in offers}
    index = text_match.OfferIndex((o.id, o.text) for o in offers)
    k = ContactLink
    linked = {cid for (cid,) in rows(select(k, k.from_contact).union(select(k, k.to_contact)))}
    seen: dict[int, list[links.Seen]] = {}
    out: list[Prompt] = []
    for need in mine:
        for candidate in index.candidates(need.text):
            offer = by_id[candidate.offer_id]
            b = offer.contact_id
            assert b is not None
            if b not in linked:
                continue
            if b not in seen:
                seen[b] = [s for s in links.for_contact(b) if ctx.live(s.contact_id)]
            if not seen[b] or not ctx.live(b):
                continue
            via = seen[b][0]
            a = via.contact_id
            if ctx.only is not None and ctx.only not in (a, b):
                break
            first_a = ctx.first(a)
            text = translate(
                "Ideas", "You need {need}: {a} knows {b}, who offers {offer} ({first_b}: "
                "{how}). Ask {first_a} to introduce you.").format(
                need=quote(need.text), a=ctx.name(a), b=ctx.name(b), offer=quote(offer.text),
                first_b=ctx.first(b), how=via.text, first_a=first_a)
            subject = translate("Ideas", "Could you introduce me to {b}?").format(
                b=ctx.first(b))
            message = translate("Ideas", "Hi {first},\n\nI am looking for {need}, and {b} "
                                "offers {offer}. Would you introduce us?\n").format(
                first=first_a, need=need.text, b=ctx.name(b), offer=offer.text)
            ctx.add(out, Prompt(
                "ask_introduction", [a, b], text,
                [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
                f"ask_introduction:{need.id}", f"{a}-{b}-{offer.id}",
                62 + 20 * candidate.score,
                {"need_id": need.id, "offer_id": offer.id, "via": a, "offerer": b,
                 "relation": via.relation, "subject": subject, "message": message},
            ))
            break
    return out
