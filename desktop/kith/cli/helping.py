"""``kith me`` (the user's own needs and offers) and ``kith prompts`` ("how can I help?")."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kith import clock
from kith.cli.common import EXIT_OK, EXIT_USAGE, fail, open_profile, parse_date, print_json


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return value


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "me", help="your own needs and offers (list them, or add with --add-need/--add-offer)"
    )
    p.add_argument("--add-need", metavar="TEXT", action="append", default=[],
                   help="add something you need (repeatable)")
    p.add_argument("--add-offer", metavar="TEXT", action="append", default=[],
                   help="add something you can offer (repeatable)")
    p.add_argument("--expires", metavar="YYYY-MM-DD", type=parse_date,
                   help="the last day the added needs and offers stay open")
    p.add_argument("--close", metavar="ID", type=_positive, action="append", default=[],
                   help="close one of your needs or offers (repeatable)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_me)

    p = sub.add_parser("prompts", help='"how can I help?": the ideas worth acting on this week, '
                                       'best first (at most 50)')
    p.add_argument("--today", metavar="YYYY-MM-DD", type=parse_date,
                   help="compute the prompts as of this day (default: today)")
    p.add_argument("--limit", metavar="N", type=_positive,
                   help="only the best N (default: 50)")
    p.add_argument("--all", action="store_true",
                   help="every candidate, ranked, with no cap and no spreading (for scripts)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_prompts)


def _item_json(item: Any, today: dt.date) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "created_on": item.created_on.isoformat(),
        "expires_on": item.expires_on.isoformat() if item.expires_on else None,
        "open": item.is_open(today),
    }


def cmd_me(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.errors import NotFound
    from kith.services.ideas import needs

    today = clock.today()
    added = []
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
    except ValueError as exc:
        fail(str(exc), EXIT_USAGE)
    except NotFound as exc:
        fail(str(exc))
    mine = needs.for_me()
    if args.json:
        print_json({
            "needs": [_item_json(i, today) for i in mine if i.kind == "need"],
            "offers": [_item_json(i, today) for i in mine if i.kind == "offer"],
        })
        return EXIT_OK
    for item in added:
        print(f"Added {item.kind} {item.id}: {item.text}")
    for item_id in args.close:
        print(f"Closed {item_id}.")
    if added or args.close:
        return EXIT_OK
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


def cmd_prompts(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.ideas import prompts

    today = args.today or clock.today()
    if args.all:
        found = prompts.ideas(today, None)
        if args.limit:
            found = found[: args.limit]
    else:
        found = prompts.ideas(today, args.limit or prompts.ranking.LIMIT)
    if args.json:
        print_json([p.as_json() for p in found])
        return EXIT_OK
    if not found:
        print("Nothing to suggest today. Add needs and offers to people "
              "(kith me --add-offer TEXT) and log your interactions.")
        return EXIT_OK
    width = len(str(len(found)))
    for n, prompt in enumerate(found, 1):
        print(f"{n:>{width}}. [{prompt.kind}] {' '.join(prompt.text.split())}")
        print(f"{'':>{width}}  {' · '.join(prompt.actions)}")
    return EXIT_OK
