"""Failure messages in plain words (issue #12): what happened and what to do, no internal
names (exception classes)."""

from __future__ import annotations

from kith.ui.failures import message_for


def test_an_unexpected_error_reads_plainly() -> None:
    text = message_for(RuntimeError("disk went away"))
    assert text == ("An unexpected error stopped the change (disk went away); it may not "
                    "have been made. Check what you see, and try again.")
    assert "RuntimeError" not in message_for(RuntimeError())

