"""``kith log``, ``kith edit``, ``kith due``, ``kith timeline``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING, Any

from kith import clock
from kith.cli.common import EXIT_OK, EXIT_USAGE, fail, open_profile, parse_date, print_json, table

if TYPE_CHECKING:
    from kith.services.contacts.records import ContactRecord


def _cadence(text: str) -> int:
    if text.lower() == "none":
        return 0
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("give a number of days (1 or more), or 'none'")
    return int(text)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kith.services.followups.channels import CHANNELS

    p = sub.add_parser("log", help="log an interaction with someone (or with several people)")
    p.add_argument("contacts", nargs="+", metavar="CONTACT",
                   help="an id, an e-mail or a name; several for a moment with several "
                        "people (a lunch with three): it goes on each one's timeline")
    p.add_argument("--channel", required=True, choices=list(CHANNELS))
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--note", default="", metavar="TEXT")
    helped = p.add_mutually_exclusive_group()
    helped.add_argument("--gave", action="store_true", help="you helped them")
    helped.add_argument("--asked", action="store_true", help="you asked them for help")
    p.add_argument("--they-initiated", action="store_true", help="they reached out")
    p.set_defaults(func=cmd_log)

    p = sub.add_parser("edit", help="change someone's cadence, circle, follow-up, tags...")
    p.add_argument("contact", metavar="CONTACT", help="an id, an e-mail or a name")
    p.add_argument("--cadence", type=_cadence, metavar="DAYS|none")
    p.add_argument("--circle", metavar="NAME")
    p.add_argument("--follow-up", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--add-tag", action="append", default=[], metavar="TAG")
    p.add_argument("--how-met", metavar="TEXT")
    p.add_argument("--add-need", action="append", default=[], metavar="TEXT")
    p.add_argument("--add-offer", action="append", default=[], metavar="TEXT")
    p.add_argument("--link", metavar="OTHER", help="link them to OTHER (an id, an e-mail or a "
                   "name), with --as")
    p.add_argument("--as", dest="relation", metavar="RELATION",
                   help="how they know OTHER: introduced-by, introduced, works-with, "
                        "reports-to, manages, partner-of, friend-of, or any other text; "
                        "two people have one link, so this replaces theirs (and says what "
                        "it was)")
    p.add_argument("--unlink", metavar="OTHER", help="remove their link to OTHER")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("due", help="who needs a follow-up")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help="compute as of this date")
    p.add_argument("--days", type=int, default=0, metavar="N",
                   help="also what comes due in the next N days")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due)

    p = sub.add_parser("done", help="mark someone's current follow-up done (as Today's Done)")
    p.add_argument("contact", metavar="CONTACT", help="an id, an e-mail or a name")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_done)

    p = sub.add_parser("snooze", help="put someone's current follow-up off (as Today's Snooze)")
    p.add_argument("contact", metavar="CONTACT", help="an id, an e-mail or a name")
    until = p.add_mutually_exclusive_group(required=True)
    until.add_argument("--until", type=parse_date, metavar="YYYY-MM-DD")
    until.add_argument("--days", type=_cadence, metavar="N", help="for N days (1 or more)")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_snooze)

    p = sub.add_parser("timeline", help="someone's timeline, newest first")
    p.add_argument("contact", metavar="CONTACT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_timeline)


def resolve(text: str) -> int:
    from kith.services.contacts import lookup

    found = lookup.candidates(text)
    if len(found) == 1:
        return found[0][0]
    if not found:
        fail(f"no contact matches {text!r}. 'kith contacts --search TEXT' finds people.",
             EXIT_USAGE)
    listing = "\n".join(f"  {cid}  {name}" for cid, name in found)
    fail(f"{text!r} matches {len(found)} contacts; give the id of one:\n{listing}", EXIT_USAGE)


def cmd_log(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.services.followups import interactions

    cid, *others = dict.fromkeys(resolve(text) for text in args.contacts)
    item = interactions.Interaction(
        contact_id=cid, occurred_on=args.on or clock.today(), channel=args.channel,
        initiated_by="them" if args.they_initiated else "me",
        help="gave" if args.gave else "asked" if args.asked else "none", note=args.note,
        with_ids=tuple(others))
    iid = interactions.log(item)
    channel = interactions.CHANNELS[args.channel].lower()
    if not others:
        print(f"Logged {channel} with contact {cid} (interaction {iid}).")
        return EXIT_OK
    from kith.services.contacts.rows import read_record

    names = [r.display_name if (r := read_record(i)) else str(i) for i in (cid, *others)]
    print(f"Logged {channel} with {', '.join(names[:-1])} and {names[-1]} "
          f"(contacts {', '.join(str(i) for i in (cid, *others))}; interaction {iid}); "
          f"it is on each one's timeline.")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    if (args.follow_up is None) != (args.reason is None):
        fail("--follow-up and --reason go together: when, and why", EXIT_USAGE)
    if (args.link is None) != (args.relation is None):
        fail("--link and --as go together: who, and how they know each other", EXIT_USAGE)
    open_profile(args)
    from kith.services.contacts import people as contacts
    from kith.store.database import database

    cid = resolve(args.contact)
    today = args.today or clock.today()
    # Read, change and write in one transaction that holds the write lock from the
    # start: another process's edit to this person in between cannot be overwritten.
    others = {flag: resolve(text) for flag, text in (("link", args.link),
                                                     ("unlink", args.unlink)) if text}
    with database.atomic():
        record = _edited(args, contacts.load(cid), today)
        linked = _linked(args, cid, others)
    print(f"Updated {record.display_name} (contact {cid}).")
    if linked:
        print(f"{linked}.")
    return EXIT_OK


def _linked(args: argparse.Namespace, cid: int, others: dict[str, int]) -> str:
    """--link OTHER --as RELATION and --unlink OTHER (inside the edit's transaction); the
    new link in words ("Yasmin Ali: friend of Noor Aziz (was: climbing buddy)": one link
    per pair, so the one it replaced is named), or ''."""
    from kith import errors
    from kith.services.contacts import links

    try:
        if "unlink" in others and links.unlink(cid, others["unlink"]) is None:
            fail(f"they have no link to {args.unlink!r}; nothing was changed.", EXIT_USAGE)
        if "link" in others:
            made, replaced = links.link(cid, others["link"], args.relation)
            return links.change_text(cid, made, replaced)
    except (errors.Invalid, errors.NotFound) as exc:
        fail(str(exc), EXIT_USAGE)
    return ""


def _edited(args: argparse.Namespace, record: ContactRecord, today: dt.date) -> ContactRecord:
    from kith.services.contacts import people as contacts
    from kith.services.followups import actions as followups

    cid = int(record.id or 0)
    if args.cadence is not None:
        record.cadence_days = args.cadence
    if args.circle is not None:
        names = [name for name, _ in contacts.circles()]
        match = next((n for n in names if n.casefold() == args.circle.casefold()), None)
        if match is None:
            fail(f"there is no circle {args.circle!r}; the circles are: {', '.join(names)}",
                 EXIT_USAGE)
        record.circle = match
    record.tags = [*record.tags, *args.add_tag]
    if args.how_met is not None:
        record.how_met = args.how_met
    try:
        contacts.update(cid, record)
        if args.follow_up is not None:
            followups.set_explicit(cid, args.follow_up, args.reason, today)
        if args.add_need or args.add_offer:
            from kith.services.ideas import needs

            for text in args.add_need:
                needs.add(cid, "need", text, today)
            for text in args.add_offer:
                needs.add(cid, "offer", text, today)
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    return record


def cmd_due(args: argparse.Namespace) -> int:
    if args.days < 0:
        fail("--days takes 0 or more", EXIT_USAGE)
    open_profile(args, read_only=True)
    from kith.services.followups import actions as followups

    items = followups.due(args.today or clock.today(), args.days)
    if args.json:
        print_json([i.as_json() for i in items])
        return EXIT_OK
    if not items:
        print("Nobody is due. Enjoy your day.")
        return EXIT_OK
    rows = []
    for i in items:
        when = ("today" if i.overdue_days == 0 else f"{i.overdue_days}d overdue"
                if i.overdue_days > 0 else f"in {-i.overdue_days}d")
        rows.append([str(i.contact_id), i.display_name, i.due.isoformat(), when, i.reason])
    print(table(["ID", "Name", "Due", "When", "Why"], rows, [6, 26, 10, 12, 50]))
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.followups import timeline

    cid = resolve(args.contact)
    entries = []
    offset = 0
    while True:
        page = timeline.for_contact(cid, limit=1000, offset=offset)
        entries.extend(page)
        offset += len(page)
        if len(page) < 1000:
            break
    if args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    if not entries:
        print("Nothing on this timeline yet. Log an interaction with 'kith log'.")
    for e in entries:
        channel = f" ({e.channel})" if e.channel else ""
        others = ", ".join(name for _, name in e.with_people)
        with_ = f" with {others}" if others else ""
        sys.stdout.write(f"{e.date}  {e.kind}{channel}{with_}: {e.summary}\n")
    return EXIT_OK


def _current(args: argparse.Namespace) -> tuple[Any, dt.date]:
    """The person's most urgent follow-up due on ``--today`` or before, as Today shows it."""
    open_profile(args)
    from kith.services.followups import actions as followups

    cid = resolve(args.contact)
    today = args.today or clock.today()
    items = followups.due(today, 0, cid)
    if not items:
        fail(f"nothing is due for contact {cid} on {today.isoformat()}.")
    return items[0], today


def cmd_done(args: argparse.Namespace) -> int:
    from kith.services.followups import actions as followups

    item, today = _current(args)
    followups.done(item, today)
    print(f"Done: {item.display_name} ({item.reason}).")
    return EXIT_OK


def cmd_snooze(args: argparse.Namespace) -> int:
    from kith.services.followups import actions as followups

    item, today = _current(args)
    until = args.until or today + dt.timedelta(days=args.days)
    if until <= today:
        fail("--until must be after today: a follow-up is put off to a later day.", EXIT_USAGE)
    followups.snooze(item, until, today)
    print(f"Snoozed: {item.display_name} ({item.reason}) until {until.isoformat()}.")
    return EXIT_OK
