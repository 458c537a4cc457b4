"""Reading intent: which side each phrase of a clause is on, and what that side implies.

A need seeks and an offer provides unless the wording says otherwise. What
comes after "looking for", "needs", "hiring" is sought; "happy to", "can",
"keen to give" provide; "selling X" provides X to a buyer, "wants to buy X"
seeks it. ``Intent`` follows the markers (``concepts.MARKERS``) of a clause
word by word; ``jobs`` and ``goods_roles`` add what a reading implies on the
other side (hiring provides a job, selling seeks a buyer).
"""

from __future__ import annotations

from kith.services.ideas.text.mentions import PROVIDE, SEEK, Mention

_WEAK_SEEK = frozenset({("help",), ("help", "with"), ("advice", "on")})


class Intent:
    """Where a clause stands so far: on which side, by which marker, doing what."""

    __slots__ = ("side", "how", "doing", "hire", "hobby")

    def __init__(self, side: str) -> None:
        self.side = side
        self.how = ""
        self.doing = False
        self.hire = False
        self.hobby = False

    def marker(self, marker: str, key: tuple[str, ...], after_to: bool = False) -> None:
        if after_to and self.side == SEEK and marker in ("PROVIDE", "DO", "GIVE"):
            return  # "someone to run our social media"
        if marker in ("SEEK", "IN", "LEARN"):
            if key in _WEAK_SEEK and self.how in ("PROVIDE", "DO", "GIVE"):
                return
            self.side, self.how, self.doing, self.hobby = SEEK, marker, False, False
        elif marker == "HIRE":
            self.side, self.how, self.doing, self.hire, self.hobby = SEEK, marker, False, True, \
                False
        elif marker == "JOBSEEK":
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, False, False
        elif marker in ("PROVIDE", "OUT", "GIVE"):
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, False, False
        elif marker == "DO":
            self.side, self.how, self.doing, self.hobby = PROVIDE, marker, True, False
        elif marker == "HOBBY":
            self.hobby = True
        elif marker == "RELOCATE":
            self.side, self.how = SEEK, marker
        elif marker == "LOCAL" and self.how != "RELOCATE":
            self.side, self.how = PROVIDE, marker


def jobs(mentions: list[Mention], hiring: bool, jobseek: bool, job_fields: list[str],
         self_fields: list[str]) -> list[Mention]:
    """Hiring a pharmacist provides a pharmacist's job; a pharmacist looking for work
    seeks one (and provides a pharmacist)."""
    out = list(mentions)
    said = next((m.said for m in mentions if m.hire), "")
    if hiring:
        for key in job_fields or ["any"]:
            out.append(Mention(f"job:{key}", PROVIDE, "job", "", said=said))
    if jobseek:
        fields = self_fields or [m.key for m in mentions if m.how in ("role", "service")]
        said = next((m.said for m in mentions if m.key in fields), "")
        out = [Mention(m.key, PROVIDE, m.how, m.written, m.generic, True, m.said)
               if m.how in ("role", "service") and m.key in fields else m for m in out]
        for key in fields or ["any"]:
            out.append(Mention(f"job:{key}", SEEK, "job", "", said=said))
    return out


def goods_roles(mentions: list[Mention]) -> list[Mention]:
    """Seeking a flat makes a tenant, selling a bike wants a buyer, and so on."""
    out = list(mentions)
    for m in mentions:
        if m.key == "f:housing":
            out.append(Mention("f:tenant", PROVIDE if m.side == SEEK else SEEK, "role",
                               m.written, said=m.said))
        elif m.how == "goods":
            out.append(Mention(f"buyer:{m.key[2:]}", PROVIDE if m.side == SEEK else SEEK,
                               "role", m.written, said=m.said))
    return out
