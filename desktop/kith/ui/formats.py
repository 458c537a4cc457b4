"""One way to show dates and numbers in the window: the user's locale (QLocale).

Absolute dates use the locale's short date format everywhere (``30/11/2026``,
``30.11.26``, ``11/30/26``). Relative wording ("today", "in 3 days", "2 weeks
ago") is used only where relative is meant (list columns of last contact and
next follow-up), and its tooltip always carries the absolute date
(:func:`date`). Numbers use the locale's digit grouping (``20,000``/``20.000``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kith.i18n import plural, translate


def _locale() -> QLocale:
    """The default locale; the bare "C" locale (no LANG set) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _short_date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (``yy`` is ambiguous in a CRM's history)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def date_format() -> str:
    """The pattern of :func:`date`, for a ``QDateEdit.setDisplayFormat``."""
    return _short_date_format(_locale())


def number(value: int) -> str:
    return _locale().toString(value)


def date(day: dt.date | None) -> str:
    """The locale's short date; '' for none."""
    if day is None:
        return ""
    locale = _locale()
    return locale.toString(QDate(day.year, day.month, day.day), _short_date_format(locale))


def long_date(day: dt.date) -> str:
    """For headings: "Monday, 30 November 2026" in the locale's words."""
    return _locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def date_time(moment: dt.datetime) -> str:
    local = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute, moment.second))
    locale = _locale()
    pattern = _short_date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(local, pattern)


def parse_day(value: str | dt.date | None) -> dt.date | None:
    """A stored ISO date or timestamp (or a date) as a date; None when empty or unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def relative_day(day: dt.date | None, today: dt.date) -> str:
    """'today', 'tomorrow', 'in 3 days', '2 weeks ago'...; '' for none."""
    if day is None:
        return ""
    delta = (day - today).days
    if delta == 0:
        return translate("Formats", "today")
    if delta == 1:
        return translate("Formats", "tomorrow")
    if delta == -1:
        return translate("Formats", "yesterday")
    n = abs(delta)
    if n < 14:
        future = plural("Formats", "in %n day", "in %n days", n)
        past = plural("Formats", "%n day ago", "%n days ago", n)
    elif n < 60:
        future = plural("Formats", "in %n week", "in %n weeks", n // 7)
        past = plural("Formats", "%n week ago", "%n weeks ago", n // 7)
    elif n < 730:
        future = plural("Formats", "in %n month", "in %n months", n // 30)
        past = plural("Formats", "%n month ago", "%n months ago", n // 30)
    else:
        future = plural("Formats", "in %n year", "in %n years", n // 365)
        past = plural("Formats", "%n year ago", "%n years ago", n // 365)
    return future if delta > 0 else past
