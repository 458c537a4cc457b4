"""The ``kith`` command: the window with no subcommand, else the scripting interface."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kith import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
