"""Natural sentences for an introduction, made from what one person needs and the other offers.

People write needs and offers as fragments ("hiring a senior frontend developer",
"tax advice", "knows the Austin scene", "anyone know a good CPA?"). These
functions fit a fragment into a sentence that speaks to the reader:

- to the one with the need: "You mentioned you are hiring a senior frontend
  developer. Bob Ng is a senior React developer at Initech."
- to the one with the offer: "Ana Silva is hiring a senior frontend developer, and
  I thought of you: you are a senior React developer."

The matcher's reason (its keyword) is never part of them.
"""

from __future__ import annotations

import re

from kith.i18n import translate

# Words that begin a fragment already written as a verb phrase about the person.
_THIRD_PERSON = {"knows": "know", "lives": "live", "invests": "invest", "offers": "offer",
                 "does": "do", "has": "have", "works": "work", "speaks": "speak",
                 "runs": "run", "helps": "help", "teaches": "teach", "writes": "write",
                 "builds": "build", "owns": "own", "leads": "lead", "manages": "manage",
                 "mentors": "mentor", "advises": "advise", "loves": "love", "coaches": "coach"}
_MODAL = ("can ", "could ", "used to ", "will ", "is ", "was ")
_PERSON_NOUN = re.compile(
    r"(er|or|ist|ant|ian|ect|ney|ee|ent|ive|ach|cpa|cfo|cto|ceo|coo|vp|founder|lead|"
    r"expert|specialist|pro|nanny|realtor|head|partner|freelancer|consultant|attorney|"
    r"agent|dev|engineer|designer|mentor|investor|recruiter)s?$", re.IGNORECASE)


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip()
    return text.rstrip(".!;, ")


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name-like word."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _article(noun_phrase: str) -> str:
    first = noun_phrase.split(" ", 1)[0]
    if first.lower() in ("a", "an", "the", "my", "our", "their", "his", "her", "one"):
        return noun_phrase
    vowel = first[:1].lower() in "aeiou" if not first.isupper() else first[:1] in "AEFHILMNORSX"
    return ("an " if vowel else "a ") + noun_phrase


def _head(offer: str) -> str:
    """The offer up to its first comma, bracket or "in/at/for ...": the role, if it is one."""
    return re.split(r",|\(| in | at | for | with ", offer, maxsplit=1)[0].strip()


def _is_role(offer: str) -> bool:
    return bool(_PERSON_NOUN.search(_head(offer)))


def _with_place(offer: str, at: str) -> str:
    """"senior developer (React)" + " at Initech": the place after the role itself."""
    head = _head(offer)
    return head + at + offer[len(head):] if at else offer


def role(title: str, organization: str) -> str:
    """ "senior React developer at Initech", "at Initech", "CPA" or ""."""
    title, organization = title.strip(), organization.strip()
    if title and organization:
        return translate("Introductions", "{title} at {organization}").format(
            title=title, organization=organization)
    if organization:
        return translate("Introductions", "at {organization}").format(organization=organization)
    return title


def you_mentioned(need: str) -> str:
    """The need, said to the one who has it: "You mentioned you are hiring ...",
    "You asked: “anyone know a good CPA?”"."""
    if need.strip().endswith("?"):
        return translate("Introductions", "You asked: “{need}”").format(
            need=_clean(need).rstrip("?") + "?")
    return translate("Introductions", "You mentioned {need}").format(need=you_need(need))


def you_need(need: str) -> str:
    """The need, said to the one who has it: "you are hiring ...", "you need ..."."""
    text = _lower_first(_clean(need))
    low = text.lower()
    for prefix in ("i'm ", "i am ", "we're ", "we are "):
        if low.startswith(prefix):
            return translate("Introductions", "you are {need}").format(need=text[len(prefix):])
    for prefix in ("i need ", "we need ", "need ", "needs "):
        if low.startswith(prefix):
            return translate("Introductions", "you need {need}").format(need=text[len(prefix):])
    for prefix in ("i want ", "we want ", "want ", "wants ", "would like "):
        if low.startswith(prefix):
            return translate("Introductions", "you want {need}").format(need=text[len(prefix):])
    if low.split(" ", 1)[0].endswith("ing"):
        return translate("Introductions", "you are {need}").format(need=text)
    return translate("Introductions", "you need {need}").format(need=text)


def they_need(name: str, need: str) -> str:
    """The need, said of the one who has it: "Ana Silva is hiring ..."."""
    text = _lower_first(_clean(need))
    low = text.lower()
    if need.strip().endswith("?"):
        return translate("Introductions", "{name} asked: “{need}?”").format(
            name=name, need=text.rstrip("?"))
    for prefix in ("i'm ", "i am ", "we're ", "we are "):
        if low.startswith(prefix):
            return translate("Introductions", "{name} is {need}").format(
                name=name, need=text[len(prefix):])
    for prefix in ("i need ", "we need ", "need ", "needs "):
        if low.startswith(prefix):
            return translate("Introductions", "{name} needs {need}").format(
                name=name, need=text[len(prefix):])
    if low.split(" ", 1)[0].endswith("ing"):
        return translate("Introductions", "{name} is {need}").format(name=name, need=text)
    return translate("Introductions", "{name} needs {need}").format(name=name, need=text)


def they_offer(name: str, offer: str, title: str = "", organization: str = "") -> str:
    """The offer, said of the one who has it: "Bob Ng is a senior React developer at Initech"."""
    text = _lower_first(_clean(offer))
    low = text.lower()
    first = low.split(" ", 1)[0]
    at = (" " + translate("Introductions", "at {organization}").format(
        organization=organization)) if organization and not title else ""
    role_text = role(title, organization)
    if first in _THIRD_PERSON or low.startswith(_MODAL):
        return translate("Introductions", "{name} {offer}").format(name=name, offer=text)
    if first.endswith("ing") or first in ("a", "an", "the"):
        return translate("Introductions", "{name} is {offer}").format(name=name, offer=text)
    if _is_role(text):
        if organization and " at " not in low:
            at = " " + translate("Introductions", "at {organization}").format(
                organization=organization)
        return translate("Introductions", "{name} is {offer}").format(
            name=name, offer=_article(_with_place(text, at)))
    sentence = translate("Introductions", "{name} can help with {offer}").format(
        name=name, offer=text)
    if role_text and not at:
        sentence += translate("Introductions", "; {name} is {role}").format(
            name=name.split(" ", 1)[0], role=_article(role_text))
    return sentence


def you_offer(offer: str) -> str:
    """The offer, said to the one who has it: "you are a senior React developer"."""
    text = _lower_first(_clean(offer))
    low = text.lower()
    first = low.split(" ", 1)[0]
    if first in _THIRD_PERSON:
        rest = text.split(" ", 1)[1] if " " in text else ""
        return translate("Introductions", "you {verb} {rest}").format(
            verb=_THIRD_PERSON[first], rest=rest).rstrip()
    if low.startswith(("can ", "could ", "used to ", "will ")):
        return translate("Introductions", "you {offer}").format(offer=text)
    if low.startswith(("is ", "was ")):
        verb, rest = text.split(" ", 1)
        return translate("Introductions", "you {verb} {rest}").format(
            verb="are" if verb.lower() == "is" else "were", rest=rest)
    if first.endswith("ing") or first in ("a", "an", "the"):
        return translate("Introductions", "you are {offer}").format(offer=text)
    if _is_role(text):
        return translate("Introductions", "you are {offer}").format(offer=_article(text))
    return translate("Introductions", "you can help with {offer}").format(offer=text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def english_grammar() -> bool:
    """Whether the sentences are built with English grammar (verbs turned to "you", "a"/"an").

    A translation says so, as Qt's own QT_LAYOUT_DIRECTION does: it translates this
    marker to anything else, and the drafts then quote what people wrote in whole
    translated sentences instead."""
    return translate("Introductions", "GRAMMAR:en") == "GRAMMAR:en"


def to_the_one_in_need(need: str, offer: str, other_name: str, title: str,
                       organization: str) -> str:
    """ "You mentioned you are hiring a frontend developer. Bob Ng is a React developer at X." """
    if not english_grammar():
        described = role(title, organization)
        return (translate("Introductions", "You mentioned: “{need}”. {name} offers: “{offer}”.")
                .format(need=_clean(need), name=other_name, offer=_clean(offer))
                + (" " + translate("Introductions", "{name}: {role}.").format(
                    name=other_name, role=described) if described else ""))
    return translate("Introductions", "{need}. {offer}.").format(
        need=you_mentioned(need),
        offer=_capital(they_offer(other_name, offer, title, organization)))


def to_the_one_offering(need: str, offer: str, other_name: str) -> str:
    """ "Ana Silva is hiring a frontend developer, and I thought of you: you are a ..." """
    if not english_grammar():
        return translate("Introductions", "{name} mentioned: “{need}”. I thought of you, as "
                         "you offer: “{offer}”.").format(
            name=other_name, need=_clean(need), offer=_clean(offer))
    return translate("Introductions", "{need}, and I thought of you: {offer}.").format(
        need=_capital(they_need(other_name, need)), offer=you_offer(offer))


def generic(other_name: str, title: str, organization: str, reason: str) -> str:
    """Without a need and an offer to go by: who the other is, and the user's own reason."""
    if title:
        described = role(title, organization)
        text = translate("Introductions", "I'd like to introduce you to {name}, {role}.").format(
            name=other_name, role=_article(described) if english_grammar() else described)
    elif organization:
        text = translate("Introductions", "I'd like to introduce you to {name} at "
                         "{organization}.").format(name=other_name, organization=organization)
    else:
        text = translate("Introductions", "I'd like to introduce you to {name}.").format(
            name=other_name)
    return text + (" " + reason if reason else "")
