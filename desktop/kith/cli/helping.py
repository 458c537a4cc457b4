"""``kith prompts`` ("how can I help?"); ``kith me`` is in :mod:`kith.cli.me`."""

from __future__ import annotations

import argparse

from kith import clock
from kith.cli.common import EXIT_OK, open_profile, parse_date, parse_positive, print_json


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("prompts", help='"how can I help?": the ideas worth acting on this week, '
                                       'best first (at most 50)')
    p.add_argument("--today", metavar="YYYY-MM-DD", type=parse_date,
                   help="compute the prompts as of this day (default: today)")
    p.add_argument("--limit", metavar="N", type=parse_positive,
                   help="only the best N (default: 50)")
    p.add_argument("--all", action="store_true",
                   help="every candidate, ranked, with no cap and no spreading (for scripts)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_prompts)


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
