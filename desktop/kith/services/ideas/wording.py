"""The words of the ideas: channel names, suggestions and the e-mail drafts the rules offer.

Every text goes through ``kith.i18n`` (context "Ideas"); names and what people wrote
(needs, offers) are put in with ``.format`` and never translated.
"""

from __future__ import annotations

from kith.i18n import plural, translate

# What to suggest after a run of one channel.
SWITCH_TO = {
    "email": "call", "message": "call", "social": "call", "letter": "call", "other": "call",
    "event": "call", "call": "meeting", "video": "meeting", "meeting": "call",
}


def last_were(channel: str, n: int) -> str:
    """"the last 3 were e-mails"."""
    if channel == "email":
        return plural("Ideas", "the last %Ln was an e-mail", "the last %Ln were e-mails", n)
    if channel == "call":
        return plural("Ideas", "the last %Ln was a call", "the last %Ln were calls", n)
    if channel == "video":
        return plural("Ideas", "the last %Ln was a video call",
                      "the last %Ln were video calls", n)
    if channel == "meeting":
        return plural("Ideas", "the last %Ln was a meeting", "the last %Ln were meetings", n)
    if channel == "message":
        return plural("Ideas", "the last %Ln was a message", "the last %Ln were messages", n)
    if channel == "social":
        return plural("Ideas", "the last %Ln was a social media message",
                      "the last %Ln were social media messages", n)
    if channel == "event":
        return plural("Ideas", "the last %Ln was an event", "the last %Ln were events", n)
    if channel == "letter":
        return plural("Ideas", "the last %Ln was a letter", "the last %Ln were letters", n)
    return plural("Ideas", "the last %Ln used one channel",
                  "the last %Ln used the same channel", n)


def suggestion(channel: str) -> str:
    if channel == "meeting":
        return translate("Ideas", "meeting in person")
    if channel == "email":
        return translate("Ideas", "an e-mail")
    if channel == "message":
        return translate("Ideas", "a quick message")
    return translate("Ideas", "a call")


def vary_channel(name: str, channel: str, n: int, other: str) -> str:
    return translate("Ideas", "Vary the channel with {name}: {last}; try {suggestion}.").format(
        name=name, last=last_were(channel, n), suggestion=suggestion(other))


def check_in(name: str, first: str, days: int, last: int, asks: int) -> str:
    if asks == last:
        what = plural("Ideas", "the last one was an ask", "the last %Ln were asks", last)
    elif not asks:
        what = plural("Ideas", "the last one was business", "the last %Ln were business", last)
    else:
        what = plural("Ideas", "the last one was an ask or business",
                      "the last %Ln were asks or business", last)
    return translate(
        "Ideas", "Check in with {name}, no agenda: {days} since you last talked and {what}. "
        "Ask how {first} is doing.").format(
        name=name, first=first, what=what,
        days=plural("Ideas", "%Ln day", "%Ln days", days))


def check_in_mail(first: str) -> tuple[str, str]:
    return (translate("Ideas", "How are you doing?"),
            translate("Ideas", "Hi {first},\n\nit's been a while! How are you doing? No agenda, "
                      "I was just thinking of you and wanted to hear how things are going.\n"
                      ).format(first=first))


def give_first(name: str, first: str, asked: str, gave: str, need: str | None) -> str:
    if need is not None:
        then = translate("Ideas", "{first} needs {need}: can you help?").format(
            first=first, need=need)
    else:
        then = translate("Ideas", "Ask what {first} needs right now.").format(first=first)
    return translate("Ideas", "Give before you ask: you asked {name} for help {asked} and gave "
                     "{gave}. {then}").format(name=name, asked=asked, gave=gave, then=then)


def give_first_mail(first: str, need: str | None) -> tuple[str, str]:
    subject = translate("Ideas", "Anything I can help with?")
    if need is not None:
        return subject, translate("Ideas", "Hi {first},\n\nyou mentioned {need}. Could I help "
                                  "with that?\n").format(first=first, need=need)
    return subject, translate("Ideas", "Hi {first},\n\nis there anything I can help you with at "
                              "the moment?\n").format(first=first)


def news(name: str, first: str, when: str, what: str) -> str:
    return translate("Ideas", "News from {name} ({when}): {what}. Congratulate {first} or ask "
                     "how it's going?").format(name=name, when=when, what=what, first=first)


def news_mail(first: str) -> tuple[str, str]:
    return (translate("Ideas", "Congratulations!"),
            translate("Ideas", "Hi {first},\n\nI saw the news: congratulations! How is it "
                      "going?\n").format(first=first))


def birthday(name: str, when: str, on: str, age: int | None) -> str:
    if age is None:
        return translate("Ideas", "{name}'s birthday is {when} ({date}).").format(
            name=name, when=when, date=on)
    return translate("Ideas", "{name}'s birthday is {when} ({date}, turning {age}).").format(
        name=name, when=when, date=on, age=age)


def birthday_mail(first: str) -> tuple[str, str]:
    return (translate("Ideas", "Happy birthday!"),
            translate("Ideas", "Happy birthday, {first}! I hope you have a great day.\n").format(
                first=first))


def expiring(name: str, need: str, when: str, on: str) -> str:
    return translate("Ideas", "{name}'s {need} ends {when} ({date}): help before then?").format(
        name=name, need=need, when=when, date=on)


def expiring_mail(first: str, need: str) -> tuple[str, str]:
    return (translate("Ideas", "Can I help?"),
            translate("Ideas", "Hi {first},\n\nyou mentioned {need}. Is there anything I can do "
                      "to help before then?\n").format(first=first, need=need))


def introduce(a: str, b: str, first_a: str, first_b: str, need: str, offer: str) -> str:
    return translate("Ideas", "Introduce {a} to {b}: {first_a} needs {need}, {first_b} offers "
                     "{offer}.").format(a=a, b=b, first_a=first_a, first_b=first_b,
                                        need=need, offer=offer)


def introduce_mutual(a: str, b: str, first_a: str, first_b: str, need: str,
                     offer: str) -> str:
    return translate("Ideas", "Introduce {a} to {b}: {first_a} needs {need}, {first_b} offers "
                     "{offer}, and the other way round too.").format(
        a=a, b=b, first_a=first_a, first_b=first_b, need=need, offer=offer)


def help_them(name: str, first: str, need: str, offer: str) -> str:
    return translate("Ideas", "Help {name}: {first} needs {need} and you offer {offer}.").format(
        name=name, first=first, need=need, offer=offer)


def help_mail(first: str, need: str, offer: str) -> tuple[str, str]:
    return (translate("Ideas", "I can help with that"),
            translate("Ideas", "Hi {first},\n\nyou mentioned {need}. I can help: {offer}. "
                      "Shall we talk?\n").format(first=first, need=need, offer=offer))


def introduction_reason(first_a: str, first_b: str, need: str, offer: str) -> str:
    """What is recorded with an introduction: "Ana needs “...”; Bob offers “...”"."""
    return translate("Ideas", "{first_a} needs {need}; {first_b} offers {offer}").format(
        first_a=first_a, first_b=first_b, need=need, offer=offer)


def event_idea(event: str, date: str, met: int, pending: int) -> str:
    """The one idea about an event's crowd: "You met 40 people at EVENT on DATE; 32 not
    contacted yet." (``date`` already shown as the reader's dates are)."""
    return translate("Ideas", "You met {people} at {event} on {date}; {pending}.").format(
        people=plural("Ideas", "%Ln person", "%Ln people", met), event=event, date=date,
        pending=plural("Ideas", "%Ln not contacted yet", "%Ln not contacted yet", pending))
