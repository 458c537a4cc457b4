"""The ``kith`` command line. Never imports Qt unless it is opening the window."""

from kith.cli.main import main

__all__ = ["main"]
