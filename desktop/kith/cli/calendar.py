"""``kith calendar``: follow-ups and birthdays as iCalendar, to a file or a CalDAV calendar.

``--push`` sends them to a calendar of a sync account (``kith sync add``) and keeps it
in step: ``--json`` then prints ``{"calendar", "created", "updated", "deleted",
"unchanged", "errors": [{"event", "message"}]}``; the exit status is 0 when the push
completed (even with errors on single events), 1 when the server could not be reached
or refused the login, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
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

DESCRIPTION = """\
Write your follow-ups and birthdays as an iCalendar file (.ics) that any calendar
imports: every reminder 'kith due --days N' lists (an overdue one on today), every
follow-up you set for a later date, and each person's birthday as a yearly event.
Each entry has an alarm at 9:00 and a UID that stays the same, so importing a
newer export updates the entries instead of adding them twice.

With --push, the same events go to a CalDAV calendar of a sync account instead
(the one named with --calendar, created if there is none; by default the one used
last time, or a new "Kith follow-ups"), and each push keeps it in step: new
follow-ups are added, changed ones replaced, done ones removed.
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
    p.add_argument("--push", action="store_true",
                   help="send them to a CalDAV calendar of a sync account, kept in step")
    p.add_argument("--account", type=parse_positive, metavar="ID",
                   help="the sync account to push to (needed when there are several)")
    p.add_argument("--calendar", metavar="NAME",
                   help="push to the calendar called NAME (created if missing)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the account's password from the standard input instead of "
                        "the keyring")
    p.add_argument("--json", action="store_true", help="with --push: the counts as JSON")
    p.add_argument("--today", type=parse_date, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_calendar)


def cmd_calendar(args: argparse.Namespace) -> int:
    if args.days < 0:
        fail("--days takes 0 or more", EXIT_USAGE)
    if args.push:
        if args.output:
            fail("--push sends to a calendar on the server; leave out -o", EXIT_USAGE)
        return cmd_push(args)
    if args.account or args.calendar or args.password_stdin or args.json:
        fail("--account, --calendar, --password-stdin and --json go with --push", EXIT_USAGE)
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


def _account(wanted: int | None) -> Any:
    from kith.errors import NotFound
    from kith.services.sync import accounts

    if wanted is not None:
        try:
            return accounts.get_account(wanted)
        except NotFound as exc:
            fail(str(exc), EXIT_USAGE)
    found = accounts.list_accounts()
    if not found:
        fail("there is no sync account to push to. Add one with "
             "'kith sync add URL --user USER'.")
    if len(found) > 1:
        listing = "\n".join(f"  {a.id}  {a.label}" for a in found)
        fail(f"there are {len(found)} sync accounts; choose one with --account ID:\n{listing}",
             EXIT_USAGE)
    return found[0]


def _password(args: argparse.Namespace, account_id: int) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    from kith.platform import secrets  # the keyring 'kith sync add' wrote (Qt-free)

    password = secrets.get_password(account_id)
    if not password:
        fail(f"no password is kept for sync account {account_id}. Give it with "
             "--password-stdin, or add the account again with 'kith sync add'.")
    return str(password)


def cmd_push(args: argparse.Namespace) -> int:
    open_profile(args)
    from kith.services.calendar import push
    from kith.services.sync.dav import DavClient, DavError

    account = _account(args.account)
    password = _password(args, account.id)
    try:
        with DavClient(account.url, account.user, password) as client:
            calendar = push.choose_calendar(client, account.id, args.calendar)
            report = push.push(client, account.id, calendar, args.today or clock.today(),
                               args.days)
    except DavError as exc:
        fail(f"{exc}")
    if args.json:
        print_json(report.as_json())
        return EXIT_OK
    print(f"Pushed to the calendar {report.calendar!r}: {report.created} new, "
          f"{report.updated} changed, {report.deleted} removed, {report.unchanged} unchanged.")
    for event, message in report.errors:
        print(f"  not sent: {event}: {message}", file=sys.stderr)
    return EXIT_OK
