"""``kith calendar``: follow-ups and birthdays as iCalendar, to a file or a CalDAV calendar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kith import clock
from kith.cli.common import EXIT_OK, EXIT_USAGE, fail, open_profile, parse_date

DESCRIPTION = """\
Write your follow-ups and birthdays as an iCalendar file (.ics) that any calendar
imports: every reminder 'kith due --days N' lists (an overdue one on today), every
follow-up you set for a later date, and each person's birthday as a yearly event.
Each entry has an alarm at 9:00 and a UID that stays the same, so importing a
newer export updates the entries instead of adding them twice.
"""


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kith.services.calendar.items import DEFAULT_DAYS

    p = sub.add_parser("calendar", help="follow-ups and birthdays as an iCalendar file",
                       description=DESCRIPTION,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE (private, 0600) instead of the standard output")
    p.add_argument("--days", type=int, default=DEFAULT_DAYS, metavar="N",
                   help=f"the reminders coming due in the next N days (default {DEFAULT_DAYS}); "
                        "follow-ups set for a date and birthdays are always in")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_calendar)


def cmd_calendar(args: argparse.Namespace) -> int:
    if args.days < 0:
        fail("--days takes 0 or more", EXIT_USAGE)
    open_profile(args, read_only=True)
    from kith.services.calendar import ics

    text, count = ics.export(args.today or clock.today(), args.days)
    if args.output:
        from kith.private_files import write_private_text

        target = Path(args.output).expanduser()
        try:
            write_private_text(target, text)  # 0600, like the database
        except OSError as exc:
            fail(f"could not write {target}: {exc.strerror}. Choose another file.")
        noun = "event" if count == 1 else "events"
        print(f"Exported {count} calendar {noun} to {target}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK
