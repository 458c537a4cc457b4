"""``kith intro`` (start an introduction, or move one on) and ``kith intros`` (list them)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from kith import clock
from kith.cli.common import EXIT_OK, EXIT_USAGE, fail, open_profile, parse_date, print_json, table

STEP_CHOICES = ("agreed-a", "agreed-b", "introduced", "helped", "no-fit", "no-answer")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "intro", help="start an introduction of A and B (kith intro A B), or move one on "
                      "(kith intro ID --step STEP)",
        description="Start an introduction: 'kith intro A B [--reason TEXT]' (A and B are "
                    "ids, e-mails or names; A is asked first). Move one on: 'kith intro ID "
                    "--step STEP', in the order agreed-a, agreed-b, introduced, then helped; "
                    "no-fit (a no, or not a fit) or no-answer end it at any waiting step.")
    p.add_argument("people", metavar="A B | ID", nargs="+",
                   help="the two people to introduce, or the introduction's id with --step")
    p.add_argument("--step", choices=STEP_CHOICES, help="the step taken")
    p.add_argument("--reason", metavar="TEXT", default="", help="why they should meet")
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD",
                   help="the day it happened (default: today)")
    p.set_defaults(func=cmd_intro)

    p = sub.add_parser("intros", help="the introductions and where each one is")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_intros)


def _name(contact_id: int) -> str:
    from kith.store.models import Contact

    row = Contact.select(Contact.display_name).where(Contact.id == contact_id).tuples().first()
    return row[0] if row else "?"


def _next(intro: Any) -> str:
    if not intro.next_steps:
        return "Ended."
    follow = (f" Follow-up on {intro.next_follow_up.isoformat()}."
              if intro.next_follow_up else "")
    return (f"Next: kith intro {intro.id} --step {intro.next_steps[0]} "
            f"(or {', '.join(intro.next_steps[1:])}).{follow}")


def cmd_intro(args: argparse.Namespace) -> int:
    if args.step is not None and args.reason:
        fail("--reason goes with a new introduction (kith intro A B --reason TEXT), not "
             "with --step", EXIT_USAGE)
    if args.step is None and len(args.people) != 2:
        fail("give two people to introduce (kith intro A B), or an introduction's id and "
             "a step (kith intro ID --step agreed-a)", EXIT_USAGE)
    if args.step is not None and (len(args.people) != 1 or not args.people[0].isdigit()):
        fail("with --step, give one introduction's id ('kith intros' lists them)",
             EXIT_USAGE)
    open_profile(args)
    from kith.cli.relationships import resolve
    from kith.errors import Conflict, Invalid, NotFound
    from kith.services.ideas import pipeline

    on = args.on or clock.today()
    if args.step is None:
        a, b = resolve(args.people[0]), resolve(args.people[1])
        try:
            intro_id = pipeline.start(a, b, args.reason, on)
        except Invalid as exc:
            fail(str(exc), EXIT_USAGE)
        except (Conflict, NotFound) as exc:
            fail(str(exc))
        intro = pipeline.get(intro_id)
        print(f"Started introduction {intro_id}: asked {_name(a)} about meeting {_name(b)}. "
              f"{_next(intro)}")
        return EXIT_OK
    try:
        intro = pipeline.take(int(args.people[0]), args.step, on)
    except Invalid as exc:  # an impossible step (with the allowed ones), or a day too early
        fail(str(exc), EXIT_USAGE)
    except NotFound as exc:
        fail(f"{exc} 'kith intros' lists them.")
    print(f"Introduction {intro.id} of {_name(intro.a)} and {_name(intro.b)}: {intro.state} "
          f"on {intro.since.isoformat()}. {_next(intro)}")
    return EXIT_OK


def cmd_intros(args: argparse.Namespace) -> int:
    open_profile(args, read_only=True)
    from kith.services.ideas import pipeline
    from kith.store.models import Contact

    found = pipeline.introductions()
    if args.json:
        print_json([intro.as_json() for intro in found])
        return EXIT_OK
    if not found:
        print("No introductions yet. Start one: kith intro A B --reason TEXT")
        return EXIT_OK
    names = dict(Contact.select(Contact.id, Contact.display_name)
                 .where(Contact.id.in_(sorted(pipeline.people_of(found)))).tuples())

    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else "-"

    rows = [[str(x.id), names.get(x.a, "?"), names.get(x.b, "?"), x.state, day(x.since),
             day(x.next_follow_up), ", ".join(x.next_steps) or "-"] for x in found]
    print(table(["ID", "ASKED FIRST", "AND", "STATE", "SINCE", "FOLLOW-UP", "NEXT STEPS"],
                rows, [4, 20, 20, 10, 10, 10, 30]))
    return EXIT_OK
