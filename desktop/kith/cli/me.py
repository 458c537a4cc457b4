"""``kith me``: your own details, needs and offers, and the card that says how you can help."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kith import clock
from kith.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    fail,
    open_profile,
    parse_date,
    parse_positive,
    print_json,
)

_DETAILS = (("name", "name"), ("email", "email"), ("phone", "phone"), ("org", "organization"),
            ("title", "title"))


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "me", help="your own details, needs and offers (list them, add with "
                   "--add-need/--add-offer), and your card (--card, --qr)"
    )
    p.add_argument("--add-need", metavar="TEXT", action="append", default=[],
                   help="add something you need (repeatable)")
    p.add_argument("--add-offer", metavar="TEXT", action="append", default=[],
                   help="add something you can offer (repeatable)")
    p.add_argument("--expires", metavar="YYYY-MM-DD", type=parse_date,
                   help="the last day the added needs and offers stay open")
    p.add_argument("--close", metavar="ID", type=parse_positive, action="append", default=[],
                   help="close one of your needs or offers (repeatable)")
    details = p.add_argument_group("your details, for your card ('' clears one)")
    details.add_argument("--name", metavar="NAME", help="your name")
    details.add_argument("--email", metavar="E", help="your e-mail address")
    details.add_argument("--phone", metavar="P", help="your phone number")
    details.add_argument("--org", metavar="ORG", help="your organisation")
    details.add_argument("--title", metavar="T", help="your job title")
    card = p.add_argument_group("your card")
    which = card.add_mutually_exclusive_group()
    which.add_argument("--card", action="store_true",
                       help="write your card as vCard 4.0 (your open offers in X-KITH-OFFER)")
    which.add_argument("--qr", action="store_true",
                       help="write your card as a QR code a phone camera imports "
                            "(FILE.png or FILE.svg; without -o, drawn in the terminal)")
    card.add_argument("--with-needs", action="store_true",
                      help="put your open needs on the card too (X-KITH-NEED)")
    card.add_argument("-o", "--output", metavar="FILE",
                      help="where to write the card or QR code (default: print it)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_me)


def _item_json(item: Any, today: dt.date) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "created_on": item.created_on.isoformat(),
        "expires_on": item.expires_on.isoformat() if item.expires_on else None,
        "open": item.is_open(today),
    }


def _one_line(mine: Any) -> str:
    parts = [mine.name, mine.organization, mine.title, mine.email, mine.phone]
    return " · ".join(p for p in parts if p)


def cmd_me(args: argparse.Namespace) -> int:
    if args.output and not (args.card or args.qr):
        fail("-o names the file for --card or --qr; add one of them.", EXIT_USAGE)
    open_profile(args)
    from kith.errors import NotFound
    from kith.services.cards import my_card
    from kith.services.ideas import needs

    today = clock.today()
    added = []
    saved = None
    try:
        for item_id in args.close:
            item = needs.get(item_id)
            if item.contact_id is not None:
                fail(f"Need or offer {item_id} belongs to a contact, not to you.", EXIT_USAGE)
            needs.close(item_id)
        for kind, texts in (("need", args.add_need), ("offer", args.add_offer)):
            for text in texts:
                item_id = needs.add(None, kind, text, today, args.expires)
                added.append(needs.get(item_id))
        changes = {field: getattr(args, option) for option, field in _DETAILS
                   if getattr(args, option) is not None}
        if changes:
            saved = my_card.save(my_card.MyDetails(**{**vars(my_card.details()), **changes}))
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    except NotFound as exc:
        fail(str(exc))
    if args.card or args.qr:
        for item in added:
            print(f"Added {item.kind} {item.id}: {item.text}", file=sys.stderr)
        return _write_card(args, my_card, today)
    mine = needs.for_me()
    details = my_card.details()
    if args.json:
        print_json({
            "details": vars(details),
            "needs": [_item_json(i, today) for i in mine if i.kind == "need"],
            "offers": [_item_json(i, today) for i in mine if i.kind == "offer"],
        })
        return EXIT_OK
    if saved is not None:
        print(f"Saved your details: {_one_line(saved) or '(none)'}")
    for item in added:
        print(f"Added {item.kind} {item.id}: {item.text}")
    for item_id in args.close:
        print(f"Closed {item_id}.")
    if added or args.close or saved is not None:
        return EXIT_OK
    if details.name:
        print(f"You: {_one_line(details)}")
    if not mine:
        print("You have no needs or offers yet. Add one: kith me --add-offer 'tax advice'")
        return EXIT_OK
    for title, kind in (("Your needs", "need"), ("Your offers", "offer")):
        items = [i for i in mine if i.kind == kind]
        print(f"{title}:")
        if not items:
            print("  (none)")
        for item in items:
            until = f" (until {item.expires_on})" if item.expires_on else ""
            gone = "" if item.is_open(today) else " [expired]"
            print(f"  {item.id:>5}  {item.text}{until}{gone}")
    return EXIT_OK


def _write_card(args: argparse.Namespace, my_card: Any, today: dt.date) -> int:
    """``--card`` / ``--qr``: the card to a file (0600) or to standard output."""
    from kith.errors import Invalid

    try:
        card = my_card.card(with_needs=args.with_needs, today=today)
        text = my_card.card_text(card)
        code = my_card.qr_code(text) if args.qr else None
    except Invalid as exc:
        fail(str(exc), EXIT_USAGE)
    target = Path(args.output).expanduser() if args.output else None
    if target is None:
        if code is None:
            sys.stdout.write(text)
        else:
            code.terminal(out=sys.stdout, compact=True)
        return EXIT_OK
    if target.is_dir():
        fail(f"{target} is a folder; give a file name, e.g. {target / _default_name(args)}",
             EXIT_USAGE)
    try:
        if args.qr:
            my_card.write_qr(target, text)
        else:
            my_card.write_card(target, text)
    except Invalid as exc:
        fail(str(exc), EXIT_USAGE)
    except OSError as exc:
        fail(f"Cannot write {target}: {exc.strerror}.")
    what = "QR code of your card" if args.qr else "your card"
    counts = [f"{len(card.offers)} offer{'s' * (len(card.offers) != 1)}"]
    if args.with_needs:
        counts.append(f"{len(card.needs)} need{'s' * (len(card.needs) != 1)}")
    print(f"Wrote {what} to {target} ({', '.join(counts)}).")
    return EXIT_OK


def _default_name(args: argparse.Namespace) -> str:
    return "my-card.png" if args.qr else "my-card.vcf"
