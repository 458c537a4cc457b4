"""The ideas that read who knows whom (``contacts.links``).

thank_introducer: someone introduced you to a person (an ``introduced`` link: A -> B,
"B was introduced by A") and that relationship went well. One idea per introducer,
naming everyone they introduced whose relationship went well. The rule, kept simple so
that it can be explained:

- It went well when, while the link exists, you had ``THANK_AFTER`` or more
  interactions with B in the ``WINDOW_DAYS`` days up to today (whenever the link was
  recorded: it is often written down a week after the introduction), or an
  introduction in Kith involving B ended "helped" in those days.
- "Since" is the day it first went well: the first day with ``THANK_AFTER``
  interactions with B within ``WINDOW_DAYS`` days of each other (or an earlier
  "helped"). It does not move as old interactions leave the window.
- It is done once you had a one-to-one interaction with A (not a group moment, which
  happens anyway: ``Interaction.moment_id`` is set) on or after that day, up to today:
  logging the thanks. The idea shows from the day it went well, so this is the first
  one-to-one contact after the idea appeared. Its signature never changes, so once
  dismissed (skipped) it does not come back.

ask_introduction (one hop): one of your own open needs (``need_offer`` with no contact:
your card's needs) is met (``text.match``) by the open offer of someone B who is linked
to someone else A: "Ana knows Bob, who offers ...: ask Ana to introduce you". One idea
per need: the best offer whose person has a link, through the first of their links (by
name). A contact's own need that someone's offer meets is the ``introduce`` idea already
(you know both); this one is for what you need yourself.
"""

from __future__ import annotations

import datetime as dt
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
WINDOW_DAYS = 180


def _names(ctx: Context, ids: list[int]) -> str:
    names = [ctx.name(i) for i in ids]
    if len(names) == 1:
        return names[0]
    return translate("Ideas", "{some} and {last}").format(some=", ".join(names[:-1]),
                                                           last=names[-1])


def _first_run(days: list[str]) -> str | None:
    """The first day (ISO) that ends ``THANK_AFTER`` interactions within ``WINDOW_DAYS``
    days of each other; ``days`` sorted."""
    for j in range(THANK_AFTER - 1, len(days)):
        first = dt.date.fromisoformat(days[j - THANK_AFTER + 1][:10])
        if (dt.date.fromisoformat(days[j][:10]) - first).days <= WINDOW_DAYS:
            return days[j][:10]
    return None


def _went_well(ctx: Context, introduced: list[int]) -> dict[int, str]:
    """Introduced person -> the day (ISO) their relationship first went well, for those
    for whom it holds today (see the module's docstring)."""
    if not introduced:
        return {}
    window = (ctx.today - dt.timedelta(days=WINDOW_DAYS)).isoformat()
    i = Interaction
    seen: dict[int, list[str]] = defaultdict(list)
    for cid, on in rows(select(i, i.contact, i.occurred_on)
                        .where(one_of(i.contact, introduced) & i.deleted_at.is_null()
                               & (i.occurred_on <= ctx.today))
                        .order_by(i.contact, i.occurred_on, i.id)):
        seen[cid].append(str(on)[:10])
    first: dict[int, str] = {}
    now: set[int] = set()
    for cid, days in seen.items():
        run = _first_run(days)
        if run is not None:
            first[cid] = run
            if sum(1 for d in days if d >= window) >= THANK_AFTER:
                now.add(cid)
    wanted = set(introduced)
    s = IntroductionStep
    for a, b, on in rows(select(s, Introduction.a, Introduction.b, s.taken_on)
                         .join(Introduction, on=(Introduction.id == s.introduction))
                         .where((s.step == "helped") & (s.taken_on <= ctx.today)
                                & (one_of(Introduction.a, introduced)
                                   | one_of(Introduction.b, introduced)))):
        day_ = str(on)[:10]
        for cid in (a, b):
            if cid in wanted:
                first[cid] = min(first.get(cid, "9999-12-31"), day_)
                if day_ >= window:
                    now.add(cid)
    return {cid: first[cid] for cid in now}


def _thanked_since(ctx: Context, ids: list[int]) -> dict[int, str]:
    """Contact -> the day (ISO) of their last one-to-one interaction up to today (a group
    moment is not a thanks: it happens anyway)."""
    i = Interaction
    if not ids:
        return {}
    return dict(rows(select(i, i.contact, fn.MAX(i.occurred_on))
                     .where(one_of(i.contact, ids) & i.deleted_at.is_null()
                            & i.moment_id.is_null() & (i.occurred_on <= ctx.today))
                     .group_by(i.contact)))


def thank_introducer(ctx: Context) -> list[Prompt]:
    k = ContactLink
    introduced_by = k.relation == "introduced"
    introducers = select(k, k.from_contact).where(introduced_by)
    if ctx.only is not None:  # the ideas about their introducer, or theirs as one
        introducers = introducers.where((k.from_contact == ctx.only) | (k.to_contact == ctx.only))
    by_introducer: dict[int, list[int]] = defaultdict(list)
    for a, b in rows(select(k, k.from_contact, k.to_contact)
                     .where(introduced_by & k.from_contact.in_(introducers))):
        if ctx.live(a) and ctx.live(b):
            by_introducer[a].append(b)
    well = _went_well(ctx, sorted({b for people in by_introducer.values() for b in people}))
    last_contact = _thanked_since(ctx, list(by_introducer))
    out: list[Prompt] = []
    for a, people in sorted(by_introducer.items()):
        good = sorted((b for b in people if b in well), key=lambda b: (well[b], b))
        if not good or (ctx.only is not None and ctx.only not in (a, *good)):
            continue
        since = max(well[b] for b in good)
        if str(last_contact.get(a, ""))[:10] >= since:
            continue  # a one-to-one with them since it went well: thanked
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
