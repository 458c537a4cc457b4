"""Every user setting, declared once with its type and default.

Stored as JSON in the config folder (``kith.dirs``). Unknown keys in the file
are kept, values of the wrong type fall back to the default, and a damaged
file is set aside rather than lost. The file is private (0600, written
through ``kith.private_files``): it names the user's reminder habits.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Option(NamedTuple, Generic[T]):
    """A setting: its key in the file, its default (which also fixes its type), what it is."""

    key: str
    default: T
    doc: str


CLOSE_TO_TRAY = Option("close_to_tray", True, "Closing the window keeps Kith in the tray")
TRAY_NOTICE_SHOWN = Option("tray_notice_shown", False, "The 'still running' message was shown")
NO_TRAY_NOTICE_SHOWN = Option("no_tray_notice_shown", False, "The 'no tray' message was shown")
NOTIFY_AT = Option("notify_at", "09:00", "Daily reminder time, HH:MM local time")
PAUSED_ON = Option("paused_on", "", "Reminders paused for this day (YYYY-MM-DD)")
LANGUAGE = Option("language", "", "Language of the window ('' follows the system; 'en', 'de')")
SORT_BY = Option("sort_by", "given", "Sort people by 'given' or 'family' name")
SYNC_MINUTES = Option("sync_minutes", 15, "Sync with the CardDAV accounts every N minutes "
                      "(0: only on start, on demand and after edits)")

OPTIONS: tuple[Option[Any], ...] = (
    CLOSE_TO_TRAY, TRAY_NOTICE_SHOWN, NO_TRAY_NOTICE_SHOWN, NOTIFY_AT, PAUSED_ON, LANGUAGE,
    SORT_BY, SYNC_MINUTES)


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._values = data if isinstance(data, dict) else {}
        except FileNotFoundError:
            self._values = {}
        except (OSError, ValueError):
            try:
                self.path.replace(self.path.with_suffix(".damaged.json"))
            except OSError:
                pass
            self._values = {}

    def get(self, option: Option[T]) -> T:
        value = self._values.get(option.key, option.default)
        return value if isinstance(value, type(option.default)) else option.default

    def set(self, option: Option[T], value: T) -> None:
        if not isinstance(value, type(option.default)):
            raise TypeError(f"{option.key} takes {type(option.default).__name__}")
        self._values[option.key] = value
        self.save()

    def save(self) -> None:
        from kith.dirs import make_private_dir
        from kith.private_files import write_private_text

        make_private_dir(self.path.parent)
        write_private_text(self.path, json.dumps(self._values, indent=2, sort_keys=True))

    def notify_time(self) -> dt.time:
        try:
            return dt.time.fromisoformat(self.get(NOTIFY_AT))
        except ValueError:
            return dt.time.fromisoformat(NOTIFY_AT.default)
