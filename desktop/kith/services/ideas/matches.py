"""The matching prompt rules: introduce two contacts, help a contact with your own offers.

introduce: contact A's open need is met (``text_match``) by contact B's open
offer; A and B are different, live, and have no introduction in the pipeline
(either way round; ``pipeline.blocked_pairs``), and a pair whose introduction was no
fit lowers the proposals like it for either person (``pipeline.Feedback``).
Each need proposes its ``PER_NEED`` best offers from different people
(newest first among equal scores); dismissing that pair brings up the next
best. The prompts of one pair merge into one (a mutual match scores higher).
Its signature is the set of need-offer matches behind it, so a dismissed pair
comes back only for a match it did not have.

help: a live contact's open need is met by one of the user's own open offers
(``need_offer.contact_id`` NULL).

Offers are indexed by concept and word (``text_match.OfferIndex``), so a need
is scored only against offers sharing a concept or a word with it. The
readings of the texts are kept beside the database (``text.kept``), so that the
first prompts after a start do not read every text again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from peewee import JOIN

from kith.services.ideas import pipeline, wording
from kith.services.ideas.context import (
    ACT_DISMISS,
    ACT_DRAFT,
    ACT_INTRODUCE,
    ACT_LOG,
    ACT_SNOOZE,
    Context,
    Prompt,
    quote,
    rows,
    select,
)
from kith.services.ideas.text import kept, reader
from kith.services.ideas.text import match as text_match
from kith.store import database as store_database
from kith.store.models import Contact, NeedOffer

PER_NEED = 1


class OpenItem(NamedTuple):
    id: int
    contact_id: int | None
    kind: str
    text: str


def open_items(ctx: Context) -> list[OpenItem]:
    """Open needs and offers of live contacts and of the user, newest first."""
    n = NeedOffer
    query = (select(n, n.id, n.contact, n.kind, n.text)
             .join(Contact, JOIN.LEFT_OUTER, on=(Contact.id == n.contact))
             .where(n.closed_at.is_null() & (n.created_on <= ctx.today)
                    & (n.expires_on.is_null() | (n.expires_on >= ctx.today))
                    & (n.contact.is_null() | Contact.deleted_at.is_null()))
             .order_by(n.created_on.desc(), n.id.desc()))
    items = [OpenItem(*row) for row in rows(query)]
    kept_file = _kept_file()
    if kept_file is not None:
        kept.load(kept_file)
    return items


KEPT_FILE = "readings.cache"


def _kept_file() -> Path | None:
    """Where the readings of needs and offers are kept: beside the database."""
    where = store_database.path()
    if not where or where == ":memory:" or where.startswith("file:"):
        return None
    return Path(where).with_name(KEPT_FILE)


_kept: list[list[OpenItem]] = []  # the items whose readings were kept last


def _keep(items: list[OpenItem]) -> None:
    if _kept and _kept[0] is items and not reader.FRESH:
        return  # both rules keep the same items: the second has nothing to add
    kept_file = _kept_file()
    if kept_file is not None:
        kept.save(kept_file, ((i.text, i.kind) for i in items))
        _kept[:] = [items]


# The last index of the contacts' offers, and of the user's own (``mine``).
_last_index: dict[bool, tuple[list[tuple[int, str]], text_match.OfferIndex]] = {}


def _index(offers: list[tuple[int, str]], mine: bool = False) -> text_match.OfferIndex:
    """The index of these offers, kept from the last call when they are the same
    (the detail pane asks for one person's prompts again and again)."""
    last = _last_index.get(mine)
    if last is None or last[0] != offers:
        last = _last_index[mine] = (offers, text_match.OfferIndex(offers))
    return last[1]


def introduced_pairs(today: dt.date) -> set[tuple[int, int]]:
    """The pairs in the introductions pipeline, never proposed (smaller id first)."""
    return pipeline.blocked_pairs(today)


def _match_id(need: OpenItem, offer: OpenItem) -> str:
    return f"{need.id}-{offer.id}"


@dataclass
class _Pair:
    # (need, offer, candidate) behind the pair; one need-offer match appears once.
    matches: list[tuple[OpenItem, OpenItem, text_match.Candidate]]
    rank: int  # best place this pair took among a need's proposals (0 = first)


def introduce(ctx: Context, items: list[OpenItem]) -> list[Prompt]:
    # open_items holds live contacts' items only (and the user's: contact_id None)
    needs = [i for i in items if i.kind == "need" and i.contact_id is not None]
    offers = [i for i in items if i.kind == "offer" and i.contact_id is not None]
    if not needs or not offers:
        return []
    by_id = {o.id: o for o in offers}
    index = _index([(o.id, o.text) for o in offers])
    if ctx.only is not None:
        # The needs that could involve this person: their own, and those their
        # offers meet. Each is then ranked against every offer, as for everyone,
        # so the one person's prompts are exactly their share of the full list.
        theirs = text_match.OfferIndex((o.id, o.text) for o in offers
                                       if o.contact_id == ctx.only)
        needs = [n for n in needs if n.contact_id == ctx.only
                 or (len(theirs) and next(theirs.candidates(n.text), None) is not None)]
    introduced = introduced_pairs(ctx.today)
    feedback = pipeline.feedback()
    pairs: dict[tuple[int, int], _Pair] = {}
    for need in needs:
        a = need.contact_id
        taken: set[int] = set()
        for candidate in index.candidates(need.text):
            offer = by_id[candidate.offer_id]
            b = offer.contact_id
            assert a is not None and b is not None
            if a == b or b in taken:
                continue
            pair = (a, b) if a < b else (b, a)
            if pair in introduced or ctx.hidden_part(
                f"introduce:{pair[0]}:{pair[1]}", _match_id(need, offer)
            ):
                continue
            taken.add(b)
            if ctx.only is None or ctx.only in pair:
                entry = pairs.get(pair)
                if entry is None:
                    entry = pairs[pair] = _Pair([], len(taken) - 1)
                entry.rank = min(entry.rank, len(taken) - 1)
                entry.matches.append((need, offer, candidate))
            if len(taken) >= PER_NEED:
                break
    out: list[Prompt] = []
    for pair, entry in pairs.items():
        if len(entry.matches) > 1:
            entry.matches.sort(key=lambda m: (-m[2].score, -m[1].id))
        need, offer, candidate = entry.matches[0]
        a, b = need.contact_id, offer.contact_id
        assert a is not None and b is not None
        why = candidate.match().why
        other = next((m for m in entry.matches if m[0].contact_id != a), None)
        signature = ",".join(sorted(_match_id(n, o) for n, o, _ in entry.matches))
        # What the user reads (and records with the introduction): the need and the offer
        # in their own words; the matcher's keyword only in ``why``, the dialog's hint.
        reason = wording.introduction_reason(ctx.first(a), ctx.first(b), quote(need.text, 200),
                                             quote(offer.text, 200))
        text = (wording.introduce_mutual if other else wording.introduce)(
            ctx.name(a), ctx.name(b), ctx.first(a), ctx.first(b), quote(need.text),
            quote(offer.text))
        ctx.add(out, Prompt(
            "introduce", [a, b], text,
            [ACT_INTRODUCE, ACT_SNOOZE, ACT_DISMISS],
            f"introduce:{pair[0]}:{pair[1]}", signature,
            60 + 25 * candidate.score + (5 if other else 0) - 4 * entry.rank
            - feedback.penalty(a, b, need.text, offer.text),
            {"need_id": need.id, "offer_id": offer.id, "why": why, "reason": reason,
             "need": need.text, "offer": offer.text, "mutual": other is not None},
        ))
    _keep(items)
    return out


def help_with_needs(ctx: Context, items: list[OpenItem]) -> list[Prompt]:
    mine = [i for i in items if i.kind == "offer" and i.contact_id is None]
    if not mine:
        return []
    by_id = {o.id: o for o in mine}
    index = _index([(o.id, o.text) for o in mine], mine=True)
    out: list[Prompt] = []
    for need in items:
        cid = need.contact_id
        if need.kind != "need" or cid is None:
            continue
        if ctx.only is not None and cid != ctx.only:
            continue
        found = next(index.matches(need.text), None)
        if found is None:
            continue
        offer_id, match = found
        offer = by_id[offer_id]
        subject, message = wording.help_mail(ctx.first(cid), need.text, offer.text)
        ctx.add(out, Prompt(
            "help", [cid],
            wording.help_them(ctx.name(cid), ctx.first(cid), quote(need.text), quote(offer.text)),
            [ACT_LOG, ACT_DRAFT, ACT_SNOOZE, ACT_DISMISS],
            f"help:{need.id}", str(offer.id),
            65 + 25 * match.score,
            {"need_id": need.id, "offer_id": offer.id, "why": match.why,
             "subject": subject, "message": message},
        ))
    _keep(items)
    return out
