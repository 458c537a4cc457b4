"""The duplicate finder's reasons in the window's language (the core hands over a kind and
its values, ``kith.services.contacts.duplicate_reasons``; the command line words them in
English). Whole sentences per kind and place, never pieces put together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kith.i18n import plural, translate

if TYPE_CHECKING:
    from kith.services.contacts.duplicate_groups import Group
    from kith.services.contacts.duplicate_reasons import Reason


def _sentences() -> dict[tuple[str, str], str]:
    """(kind, place kind) -> the sentence, with {value}/{name}/{other}/{family}/{place}."""
    return {
        ("same-email", ""): translate("DuplicatesDialog", "same e-mail {value}"),
        ("same-phone", ""): translate("DuplicatesDialog", "same phone {value}"),
        ("same-name", ""): translate("DuplicatesDialog", "same name {name}"),
        ("same-name", "at"): translate("DuplicatesDialog", "same name {name} at {place}"),
        ("same-name", "in"): translate("DuplicatesDialog", "same name {name} in {place}"),
        ("names", ""): translate("DuplicatesDialog", "similar names: {name} and {other}"),
        ("names", "at"): translate("DuplicatesDialog",
                                   "similar names: {name} and {other} at {place}"),
        ("names", "in"): translate("DuplicatesDialog",
                                   "similar names: {name} and {other} in {place}"),
        ("nicknames", ""): translate("DuplicatesDialog",
                                     "nickname: {name} and {other} {family}"),
        ("nicknames", "at"): translate("DuplicatesDialog",
                                       "nickname: {name} and {other} {family} at {place}"),
        ("nicknames", "in"): translate("DuplicatesDialog",
                                       "nickname: {name} and {other} {family} in {place}"),
    }


def reason_text(reason: Reason) -> str:
    """One reason in the window's language: "same e-mail ana@x.org"."""
    values = list(reason.values)
    if reason.kind in ("same-email", "same-phone"):
        fields = {"value": values[0]}
    else:
        fields = {"name": values[0]}
        if len(values) > 1:
            fields["other"] = values[1]
        if len(values) > 2:
            fields["family"] = values[2]
    fields["place"] = reason.place
    sentence = _sentences().get((reason.kind, reason.place_kind))
    if sentence is None:  # a kind this window does not know: the core's English
        return reason.english()
    return sentence.format(**fields)


def reasons_text(reasons: Sequence[Reason], most: int = 3) -> str:
    """The strongest reasons, in the window's language, one after the other."""
    return "; ".join(reason_text(r) for r in reasons[:most])


def group_text(group: Group, names: dict[int, str], most: int = 3) -> str:
    """Why a group may be one person: what they all share ("same e-mail ana@x.org"), or,
    when each shares something else with the group's anchor, who shares what with whom
    ("Roid Ando and Sherlock Holmes: same phone ...", the first ``most`` of them).
    ``names``: the people on show."""
    shares = {cid: why for cid, why in group.shares.items() if cid in names and why}
    if len(shares) < 2 or group.anchor not in names:
        return reasons_text(group.why)
    common = set.intersection(*({r.english() for r in why} for why in shares.values()))
    if common:
        return reasons_text([r for r in group.why if r.english() in common])
    said = [translate("DuplicatesDialog", "{one} and {other}: {reason}").format(
        one=names[group.anchor], other=names[cid], reason=reason_text(why[0]))
        for cid, why in sorted(shares.items())]
    if len(said) > most:  # the row Shares has them all
        more = len(said) - most
        said = [*said[:most], plural("DuplicatesDialog", "%Ln more in the row Shares",
                                     "%Ln more in the row Shares", more)]
    return "; ".join(said)
