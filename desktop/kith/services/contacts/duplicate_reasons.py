"""Why the duplicate finder thinks two people may be one: a kind and its values.

The core never words a reason for the window: the window words it in the user's
language (``kith.ui.duplicates_dialog``), and ``Reason.english`` gives the command
line's words ("same e-mail ana@x.org", "nickname: Bob and Robert Ng at Acme").
"""

from __future__ import annotations

from dataclasses import dataclass

EMAIL, PHONE = "same-email", "same-phone"  # values: (the e-mail or phone as written,)
SAME_NAME = "same-name"  # values: (the name,)
NAMES = "names"  # values: (one name, the other name): another spelling, a nickname
NICKNAMES = "nicknames"  # values: (one given name, the other, the family name both share)
AT, IN = "at", "in"  # where both are: at an organisation, in a city


@dataclass(frozen=True)
class Reason:
    """Why two people may be one: ``kind`` (one of the constants above) with its
    ``values``, and where both are (``place_kind`` AT or IN, ``place``; or none)."""

    kind: str
    values: tuple[str, ...]
    place_kind: str = ""
    place: str = ""

    def english(self) -> str:
        """"same e-mail ana@x.org", "nickname: Bob and Robert Ng at Acme", "similar names:
        José Silva and Jose Silva" (the command line's words)."""
        if self.kind == EMAIL:
            text = f"same e-mail {self.values[0]}"
        elif self.kind == PHONE:
            text = f"same phone {self.values[0]}"
        elif self.kind == SAME_NAME:
            text = f"same name {self.values[0]}"
        elif self.kind == NICKNAMES:
            text = f"nickname: {self.values[0]} and {self.values[1]} {self.values[2]}"
        else:  # never the names alone: that reads as a list of people, not a reason
            text = f"similar names: {self.values[0]} and {self.values[1]}"
        if self.place_kind == AT:
            return f"{text} at {self.place}"
        if self.place_kind == IN:
            return f"{text} in {self.place}"
        return text

