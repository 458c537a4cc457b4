"""``kith install-desktop-entry``: Kith in the applications menu, or out of it again."""

from __future__ import annotations

import argparse
import shlex
import sys

from kith.cli.common import EXIT_OK, fail


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "install-desktop-entry",
        help="add Kith to the applications menu (menu entry, icons, 'Open with' for .vcf)",
        description=(
            "Install Kith's desktop entry, AppStream metainfo and icons into your XDG data "
            "folder (~/.local/share), so Kith appears in the applications menu and offers "
            "to open vCard files. --uninstall removes them, and the login entry."
        ),
    )
    p.add_argument(
        "--uninstall", action="store_true", help="remove what an earlier install wrote"
    )
    p.set_defaults(func=cmd_install_desktop_entry)


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        fail("Desktop entries are for Linux and BSD desktops (freedesktop.org); not needed here.")
    from kith.services.desktop import entries as desktop_files

    try:
        if args.uninstall:
            outcome = desktop_files.uninstall()
        else:
            outcome = desktop_files.install()
    except desktop_files.DesktopFilesError as exc:
        fail(str(exc))
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        fail(f"Cannot write{where}: {exc.strerror or exc}.")

    if args.uninstall:
        if not outcome.removed:
            print("Kith was not installed in the applications menu; nothing to remove.")
        else:
            print("Removed:")
            for path in outcome.removed:
                print(f"  {path}")
    else:
        print("Installed Kith in the applications menu:")
        for path in outcome.written:
            print(f"  {path}")
        print(f"The menu entry runs: {shlex.join(outcome.command)}")
    if outcome.refreshed:
        print(f"Refreshed: {', '.join(outcome.refreshed)}")
    return EXIT_OK
