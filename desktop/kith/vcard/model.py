"""Plain records that carry a vCard's content, free of vobject and of Qt."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CardPoint:
    """One way to reach a person: an e-mail, phone, URL, address or IM handle.

    ``label`` is the human label ("work", "home", "mobile", or an X-ABLabel);
    ``extra`` holds structured parts where the format has them (the seven ADR
    components: ``box``, ``extended``, ``street``, ``city``, ``region``,
    ``code``, ``country``), so that an address survives a round trip.
    """

    kind: str  # "email" | "phone" | "url" | "address" | "im"
    value: str
    label: str = ""
    preferred: bool = False
    extra: dict[str, str] | None = None


def derive_name(shown: str, name_parts: list[str], nickname: str, organization: str,
                points: list[CardPoint]) -> str:
    """The name to show: as given, else from the name parts, the nickname, the
    organisation, the first e-mail or phone; "" when there is nothing."""
    if shown.strip():
        return shown.strip()
    from_parts = " ".join(p.strip() for p in name_parts if p and p.strip())
    if from_parts:
        return from_parts
    for candidate in (nickname, organization):
        if candidate.strip():
            return candidate.strip()
    for point in points:
        if point.kind in ("email", "phone") and point.value.strip():
            return point.value.strip()
    return ""


@dataclass
class Card:
    """One person as read from (or written to) a vCard."""

    uid: str | None = None
    formatted_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    birthday: str | None = None  # "YYYY-MM-DD" or "--MM-DD" when parseable
    birthday_raw: str | None = None  # the text as written when it was not parseable
    notes: str = ""
    emails: list[CardPoint] = field(default_factory=list)
    phones: list[CardPoint] = field(default_factory=list)
    urls: list[CardPoint] = field(default_factory=list)
    addresses: list[CardPoint] = field(default_factory=list)
    ims: list[CardPoint] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str | None = None
    categories: list[str] = field(default_factory=list)
    # What the person can offer and is looking for, as their own card says (Kith's
    # X-KITH-OFFER and X-KITH-NEED properties; other clients ignore them).
    offers: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    # Where it came from, for problem reports.
    source_file: str = ""
    line: int = 0

    def points(self) -> list[CardPoint]:
        return [*self.emails, *self.phones, *self.urls, *self.addresses, *self.ims]

    def display_name(self) -> str:
        """FN, else a name built from N, else ORG, else an e-mail, else a phone; "" if none."""
        return derive_name(self.formatted_name, [self.prefix, self.given_name,
                           self.additional_names, self.family_name, self.suffix],
                           self.nickname, self.organization, [*self.emails, *self.phones])

    def is_usable(self) -> bool:
        """A card with no name, organisation, e-mail or phone carries nothing to store."""
        return bool(self.display_name())


@dataclass
class Problem:
    """Something in the input that was skipped or repaired, reported to the user.

    ``lost_card`` marks a problem that stands for one card that was not
    imported (each such card has exactly one): the import counts these as failed.
    """

    file: str
    line: int
    card: str
    message: str
    lost_card: bool = False


@dataclass
class ParseResult:
    cards: list[Card] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
