"""Argument parsing and dispatch for ``kith``."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from kith import __version__
from kith.cli.common import EXIT_FAILED, EXIT_USAGE, CliError

GUI_HELP = """\
With no command, kith opens its window. Files or folders given instead of a
command (kith party.vcf) open the import for them. If Kith is already running,
the running window comes to the front and takes the files.
"""

SUBCOMMAND_MODULES = ("contacts", "vcards", "relationships", "desktop", "me", "helping",
                      "intros", "sync_accounts", "duplicates", "calendar", "links")


class Parser(argparse.ArgumentParser):
    #: The subcommands' names (empty when built without them).
    commands: frozenset[str] = frozenset()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"kith: error: {message}\nRun 'kith --help' for the commands.\n")


def build_parser(with_commands: bool = True) -> Parser:
    parser = Parser(
        prog="kith",
        description="Kith: a local-first personal relationship manager.",
        epilog=GUI_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kith {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the database, backups and settings in DIR (also: KITH_DATA_DIR)",
    )
    parser.add_argument("--minimized", action="store_true", help="start in the system tray only")
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help="open the window with the data loaded, print 'ready in N ms', exit",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    import importlib

    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"kith.cli.{name}").add_parsers(sub)
    parser.commands = frozenset(sub.choices)
    # 'kith import --help' opens with what the command does, as 'kith --help' lists it,
    # unless the command wrote a longer description of its own.
    said = {action.dest: action.help or "" for action in sub._choices_actions}
    for name, command in sub.choices.items():
        if not command.description and (text := said.get(name, "")):
            command.description = text[:1].upper() + text[1:] + "."
    return parser


def _split_gui_files(argv: list[str], commands: frozenset[str]) -> tuple[list[str], list[str]]:
    """Separate file arguments (``kith a.vcf``) from options when no command is given."""
    options: list[str] = []
    files: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--data-dir":
            options.extend(argv[i : i + 2])
            i += 2
            continue
        if arg.startswith("-"):
            options.append(arg)
        elif not files and arg in commands:
            return argv, []
        else:
            files.append(arg)
        i += 1
    return options, files


def _not_files(words: list[str], commands: frozenset[str]) -> str | None:
    """What is wrong with words given instead of a command that are not existing files or
    folders (a mistyped command must not open the window, or wait for a display)."""
    import os

    for word in words:
        if not os.path.exists(os.path.expanduser(word)):
            from difflib import get_close_matches

            close = get_close_matches(word, sorted(commands), n=1)
            hint = f"; did you mean 'kith {close[0]}'?" if close else ""
            return f"no command or file named {word!r}{hint}"
    return None


def main(argv: list[str]) -> int:
    # Opening the window (``kith``, ``kith --minimized``) skips the subcommands' parsers
    # (importing and building them measured ~13 ms): only a word that could be a
    # command or a file (or --help) needs them, and they name the commands.
    options, words = _split_gui_files(argv, frozenset())
    if words or "-h" in argv or "--help" in argv:
        parser = build_parser()
        options, files = _split_gui_files(argv, parser.commands)
    else:
        parser, files = build_parser(with_commands=False), []
    args = parser.parse_args(options)
    if args.command is None:
        unknown = _not_files(files, getattr(parser, "commands", frozenset()))
        if unknown:
            print(f"kith: {unknown}\nRun 'kith --help' for the commands.", file=sys.stderr)
            return EXIT_USAGE
        from kith.app import run

        return run(args, files)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"kith: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # kith contacts | head: the reader left, which is fine
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # A fault of the database or the disk (full, read-only, locked, damaged): one
        # true line. Anything else is a bug, and its traceback is wanted.
        from kith.cli.common import fault_message

        message = fault_message(exc)
        if message is None:
            raise
        print(f"kith: {message}", file=sys.stderr)
        return EXIT_FAILED
