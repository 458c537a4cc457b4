"""An introduction as a small pipeline: ask one, then the other, introduce, hear how it went.

The steps, in order (``state`` is the last one taken)::

    asked -> agreed-a -> agreed-b -> introduced -> helped
       \\          \\           \\            \\-> no-fit | no-answer
        `-> no-fit | no-answer (at any waiting step: a "no" or silence ends it)

- ``asked``: the user asked A (the one who needs something) whether they would like
  the introduction; a follow-up on A waits for the answer.
- ``agreed-a``: A said yes, and the user asks B; a follow-up on B waits for B.
- ``agreed-b``: both said yes; a follow-up on A reminds the user to introduce them.
- ``introduced``: the user put them in touch: a "gave" e-mail on both people (it counts
  as contact) and a follow-up on each, a week later, to ask how it went; the two are
  linked as having met through the user (``contacts.links``, ``met-through-you``).
- ``helped``, ``no-fit``, ``no-answer``: the end. A "no" (declined, or not a fit) is
  ``no-fit``; silence is ``no-answer``. Ending closes the introduction's open follow-ups.

Every step is dated, and is an entry of kind ``introduction`` on both people's
timelines. The follow-ups a step sets are linked to the introduction
(``IntroductionFollowUp``): the next step closes them (done; skipped on no-answer).

The ideas never propose a pair with an introduction, whatever its state
(``blocked_pairs``), with one exception: ``no-answer`` was silence, not a "no", so the
pair may come back ``QUIET_AFTER_NO_ANSWER`` days after that step. A ``no-fit`` lowers
the other proposals for either of the two people whose need or offer reads like the one
that did not fit (``Feedback.penalty``): lowered, not hidden.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, fn

from kith import clock
from kith.errors import Conflict, Invalid, NotFound
from kith.i18n import translate
from kith.services.contacts.records import clean_text
from kith.services.followups import actions, interactions, schedule
from kith.store.database import database, fetch
from kith.store.models import (
    FollowUp,
    Introduction,
    IntroductionFollowUp,
    IntroductionStep,
    TimelineEntry,
)

STEPS = ("asked", "agreed-a", "agreed-b", "introduced", "helped", "no-fit", "no-answer")
ENDS = ("helped", "no-fit", "no-answer")
# The steps that may follow each state; an end has none.
NEXT: dict[str, tuple[str, ...]] = {
    "asked": ("agreed-a", "no-fit", "no-answer"),
    "agreed-a": ("agreed-b", "no-fit", "no-answer"),
    "agreed-b": ("introduced", "no-fit", "no-answer"),
    "introduced": ("helped", "no-fit", "no-answer"),
    "helped": (),
    "no-fit": (),
    "no-answer": (),
}
# Days until the follow-up of each waiting state is due.
WAIT = {"asked": 5, "agreed-a": 5, "agreed-b": 2, "introduced": 7}
QUIET_AFTER_NO_ANSWER = dt.timedelta(days=90)
NO_FIT_PENALTY = 20.0


class StepRefused(Invalid):
    """A step that cannot follow the introduction's state; ``allowed`` are those that can."""

    def __init__(self, message: str, allowed: tuple[str, ...]) -> None:
        super().__init__(message)
        self.allowed = allowed


@dataclass(frozen=True)
class Intro:
    id: int
    a: int  # asked first: the one who needs something
    b: int
    state: str
    since: dt.date  # the day of the last step
    next_follow_up: dt.date | None  # the earliest open follow-up of a waiting step
    reason: str
    need: str
    offer: str

    @property
    def ended(self) -> bool:
        return self.state in ENDS

    @property
    def next_steps(self) -> tuple[str, ...]:
        return NEXT.get(self.state, ())

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "contact_ids": [self.a, self.b], "state": self.state,
                "since": self.since.isoformat(),
                "next_follow_up": self.next_follow_up.isoformat() if self.next_follow_up
                else None}


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _names(a: int, b: int) -> dict[int, str]:
    from kith.services.ideas.introductions import person

    return {a: person(a)[0], b: person(b)[0]}


# --- reading ---------------------------------------------------------------------------


def _query(where: object = None) -> list[Intro]:
    i, s = Introduction, IntroductionStep
    last = fn.MAX(s.taken_on).coerce(False)
    query = (i.select(i.id, i.a, i.b, i.state, i.made_on.coerce(False), last, i.reason,
                      i.need, i.offer)
             .join(s, JOIN.LEFT_OUTER, on=(s.introduction == i.id))
             .group_by(i.id).order_by(i.id))
    if where is not None:
        query = query.where(where)
    found = list(query.tuples())
    if not found:
        return []
    f, link = FollowUp, IntroductionFollowUp
    due: dict[int, dt.date] = {}
    for intro_id, due_on, snoozed in (
            link.select(link.introduction, f.due_on.coerce(False), f.snoozed_until.coerce(False))
            .join(f, on=(f.id == link.follow_up))
            .where(f.status == "open", link.introduction.in_([r[0] for r in found]))
            .tuples()):
        when = max(_day(due_on), _day(snoozed)) if snoozed else _day(due_on)
        due[intro_id] = min(due.get(intro_id, when), when)
    return [Intro(iid, a, b, state, _day(last or made), due.get(iid), reason, need, offer)
            for iid, a, b, state, made, last, reason, need, offer in found]


def introductions(contact_id: int | None = None) -> list[Intro]:
    """Every introduction (or those of one person), oldest first."""
    if contact_id is None:
        return _query()
    return _query((Introduction.a == contact_id) | (Introduction.b == contact_id))


def get(intro_id: int) -> Intro:
    found = _query(Introduction.id == intro_id)
    if not found:
        raise NotFound(translate("Introductions", "There is no introduction {id}.").format(
            id=intro_id))
    return found[0]


def active_for(a: int, b: int) -> Intro | None:
    """The introduction of these two that has not ended, if there is one."""
    i = Introduction
    pair = ((i.a == a) & (i.b == b)) | ((i.a == b) & (i.b == a))
    return next((x for x in _query(pair) if not x.ended), None)


def blocked_pairs(today: dt.date) -> set[tuple[int, int]]:
    """The pairs (smaller id first) the ideas never propose: every pair with an
    introduction, but those whose last one ended in no answer long enough ago."""
    i, s = Introduction, IntroductionStep
    # Straight from the cursor (``fetch``): every prompts() reads this.
    quiet = (today - QUIET_AFTER_NO_ANSWER).isoformat()
    last = s.select(fn.MAX(s.taken_on)).where(s.introduction == i.id)
    query = i.select(i.a, i.b).where(
        (i.state != "no-answer") | (fn.COALESCE(last, i.made_on) > quiet))
    return {(a, b) if a < b else (b, a) for a, b in fetch(query)}


# --- the no-fit feedback -----------------------------------------------------------------

_STOP = frozenset(
    "a an and any are as at be by can could for from get have help i in into is it its "
    "looking look looks me my need needs needed of offer offers offering on or our seek "
    "seeks seeking some someone the their them to wants want wanted with would you your "
    "who will".split())


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    """The content words of a need or an offer, lower case, a plural 's' dropped."""
    words = set()
    for word in re.findall(r"\w+", text.casefold()):
        if len(word) < 3 or word in _STOP or word.isdigit():
            continue
        words.add(word[:-1] if len(word) > 4 and word.endswith("s") else word)
    return frozenset(words)


def similar(one: str, other: str) -> bool:
    """Two texts about the same thing: at least half the words of the shorter one shared."""
    a, b = _words(one), _words(other)
    if not a or not b:
        return False
    return len(a & b) * 2 >= min(len(a), len(b))


@dataclass(frozen=True)
class Feedback:
    """What the introductions that ended in no-fit were about, per person involved."""

    topics: dict[int, list[tuple[str, str]]]  # contact id -> [(need, offer)]

    def penalty(self, a: int, b: int, need: str, offer: str) -> float:
        """How much lower to score a proposal that ``a``'s ``need`` meets ``b``'s ``offer``:
        ``NO_FIT_PENALTY`` when either person had a no-fit introduction about a need or
        an offer that reads like this one, else 0."""
        topics = self.topics
        if a not in topics and b not in topics:
            return 0.0
        for cid in (a, b):
            for old_need, old_offer in topics.get(cid, ()):
                if similar(need, old_need) or similar(offer, old_offer):
                    return NO_FIT_PENALTY
        return 0.0


def feedback() -> Feedback:
    i = Introduction
    topics: dict[int, list[tuple[str, str]]] = {}
    for a, b, reason, need, offer in (i.select(i.a, i.b, i.reason, i.need, i.offer)
                                      .where(i.state == "no-fit").tuples()):
        # Started without a matched need and offer: the user's reason says what it was about.
        topic = (need, offer) if need or offer else (reason, reason)
        for cid in (a, b):
            topics.setdefault(cid, []).append(topic)
    return Feedback(topics)


# --- writing -----------------------------------------------------------------------------


def _summary(step: str, other: str, a: str, b: str, reason: str) -> str:
    """The timeline line of a step, on the timeline of the person introduced to ``other``."""
    if step == "asked":
        text = translate("Introductions", "Introduction to {other}: asked {a} first")
    elif step == "agreed-a":
        text = translate("Introductions", "Introduction to {other}: {a} agreed; asked {b}")
    elif step == "agreed-b":
        text = translate("Introductions", "Introduction to {other}: {b} agreed too")
    elif step == "introduced":
        text = translate("Introductions", "Introduced to {other}")
        if reason:
            text += ": " + reason.replace("{", "{{").replace("}", "}}")
    elif step == "helped":
        text = translate("Introductions", "Introduction to {other}: it helped")
    elif step == "no-fit":
        text = translate("Introductions", "Introduction to {other}: not a fit")
    else:
        text = translate("Introductions", "Introduction to {other}: no answer, closed")
    return text.format(other=other, a=a, b=b)


def _follow_ups(step: str, a: int, b: int, names: dict[int, str]) -> list[tuple[int, str]]:
    """(contact, reason) of the follow-ups a waiting step sets."""
    if step == "asked":
        return [(a, translate("Introductions", "Has {a} answered about an introduction to "
                              "{b}?").format(a=names[a], b=names[b]))]
    if step == "agreed-a":
        return [(b, translate("Introductions", "Has {b} answered about an introduction to "
                              "{a}?").format(a=names[a], b=names[b]))]
    if step == "agreed-b":
        return [(a, translate("Introductions", "Both agreed: introduce {a} and {b}").format(
            a=names[a], b=names[b]))]
    if step == "introduced":
        return [(me, translate("Introductions", "Ask how the introduction to {name} went")
                 .format(name=names[other])) for me, other in ((a, b), (b, a))]
    return []


def _apply(intro_id: int, a: int, b: int, step: str, on: dt.date, reason: str,
           names: dict[int, str]) -> None:
    """Record ``step`` (inside the caller's transaction): the step row and the state, the
    previous follow-ups closed, both timelines, the new follow-ups, both schedules."""
    stamp = dt.datetime.combine(on, clock.now().time())
    IntroductionStep.insert(introduction=intro_id, step=step, taken_on=on,
                            created_at=stamp).execute()
    Introduction.update(state=step).where(Introduction.id == intro_id).execute()
    linked = IntroductionFollowUp.select(IntroductionFollowUp.follow_up).where(
        IntroductionFollowUp.introduction == intro_id)
    (FollowUp.update(status="skipped" if step == "no-answer" else "done", resolved_at=stamp)
     .where(FollowUp.id.in_(linked), FollowUp.status == "open").execute())
    for me, other in ((a, b), (b, a)):
        if step == "introduced":
            # Through the interactions service, so that it counts as contact (the
            # cadence round and a post-event follow-up are done).
            interactions.log(interactions.Interaction(
                me, on, "email", "me", "gave",
                translate("Introductions", "Introduced to {name}").format(name=names[other]),
                reason))
        TimelineEntry.insert(contact=me, occurred_on=on, kind="introduction",
                             summary=_summary(step, names[other], names[a], names[b], reason),
                             ref_id=intro_id, created_at=stamp).execute()
    if step == "introduced":
        # They now know each other through the user: a "met through you" link, dated
        # that day, on both people (a pair linked already keeps its link).
        from kith.services.contacts import links

        links.introduce_link(a, b, on)
    for cid, why in _follow_ups(step, a, b, names):
        fid = actions.set_explicit(cid, on + dt.timedelta(days=WAIT[step]), why, on)
        IntroductionFollowUp.insert(introduction=intro_id, follow_up=fid).execute()
    schedule.refresh([a, b])


def start(a: int, b: int, reason: str, on: dt.date, step: str = "asked") -> int:
    """Begin an introduction of ``a`` (asked first) and ``b`` on ``on``; its id.

    ``step`` is "asked", or "introduced" for one made without the double opt-in. The
    need and the offer behind it (``introductions.pair_match``) are kept for the no-fit
    feedback. Refused for one person twice, someone not live, or a pair whose
    introduction has not ended.
    """
    from kith.services.ideas.introductions import pair_match

    if a == b:
        raise Invalid(translate("Introductions", "Introduce two different people."))
    if step not in ("asked", "introduced"):
        raise Invalid(translate("Introductions", "An introduction begins with asked or "
                                "introduced."))
    why = " ".join(clean_text(reason).split())
    with database.atomic():
        names = _names(a, b)
        current = active_for(a, b)
        if current is not None:
            raise Conflict(translate(
                "Introductions", "{a} and {b} already have an introduction under way "
                "({state}). Move that one on instead.").format(
                    a=names[a], b=names[b], state=current.state))
        found = pair_match(a, b)
        need, offer = (found.need, found.offer) if found is not None else ("", "")
        intro_id = int(Introduction.insert(a=a, b=b, made_on=on, reason=why, state=step,
                                           need=need, offer=offer).execute())
        _apply(intro_id, a, b, step, on, why, names)
    return intro_id


def take(intro_id: int, step: str, on: dt.date) -> Intro:
    """Move introduction ``intro_id`` on by ``step`` on the day ``on``; it as it is now.

    ``StepRefused`` (with the steps that may come next) for a step that cannot follow
    its state; ``Invalid`` for a day before its last step.
    """
    with database.atomic():
        current = get(intro_id)
        if step not in current.next_steps:
            allowed = current.next_steps
            if allowed:
                message = translate(
                    "Introductions", "Introduction {id} is at {state}: {step} cannot come "
                    "next. The next step can be: {allowed}.")
            else:
                message = translate(
                    "Introductions", "Introduction {id} ended ({state}): {step} cannot come "
                    "next. Start a new one instead.")
            raise StepRefused(message.format(id=intro_id, state=current.state, step=step,
                                             allowed=", ".join(allowed)), allowed)
        if on < current.since:
            raise Invalid(translate(
                "Introductions", "Introduction {id} had its last step on {since}: give that "
                "day or a later one.").format(id=intro_id, since=current.since.isoformat()))
        names = _names(current.a, current.b)
        _apply(intro_id, current.a, current.b, step, on, current.reason, names)
    return get(intro_id)


def steps(intro_id: int) -> list[tuple[str, dt.date]]:
    """The steps of an introduction, in the order taken."""
    s = IntroductionStep
    return [(step, _day(on)) for step, on in
            s.select(s.step, s.taken_on.coerce(False)).where(s.introduction == intro_id)
            .order_by(s.taken_on, s.id).tuples()]


def people_of(intros: Iterable[Intro]) -> set[int]:
    return {cid for x in intros for cid in (x.a, x.b)}
