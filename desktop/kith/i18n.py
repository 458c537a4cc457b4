"""Every user-visible string goes through :func:`translate`, in the window and in the core.

The core stays Qt-free: ``translate`` returns the English text until the window
installs Qt's translator as the hook (:func:`install`). PySide6's ``lupdate``
finds the calls because they are spelled ``translate("Context", "text")``, so
``pyside6-lupdate`` extracts them into ``resources/translations/*.ts``.

Counts use :func:`plural`, which picks the English singular or plural source
text itself (German and Spanish share that split), translates it as a plain
message and puts the count in: ``%n`` as digits, ``%Ln`` in the locale's
grouping (``20.000`` in German, ``20,000`` in English).

Conventions (a test walks every page and dialog and fails on a text that was
not translated):

- ``translate("ContactsPage", "Delete")``: the context is the class or module
  that shows the text; always a string literal, so lupdate can read it.
- Never build a sentence from pieces: ``translate("Ctx", "Saved {name}").format(name=...)``.
- User data (names, notes, file names) is never passed through ``translate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Hook = Callable[[str, str, "str | None", int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n >= 0:
        return text.replace("%Ln", f"{n:,}").replace("%n", str(n))
    return text


def _grouped(n: int) -> str:
    return f"{n:,}"


def _day_month(day: dt.date) -> str:
    return f"{day:%d %B}"


_hook: Hook = _english
_number: Callable[[int], str] = _grouped
_day_month_hook: Callable[[dt.date], str] = _day_month


def install(hook: Hook | None, number: Callable[[int], str] | None = None,
            day_month: Callable[[dt.date], str] | None = None) -> None:
    """Route every later :func:`translate` through ``hook``, format ``%Ln`` counts with
    ``number`` and a birthday's day with ``day_month`` (``None``: back to English)."""
    global _hook, _number, _day_month_hook
    _hook = hook or _english
    _number = number or _grouped
    _day_month_hook = day_month or _day_month


def show_day_month(day: dt.date) -> str:
    """A day of the year without the year ("28 February"), in the window's language."""
    return _day_month_hook(day)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return _hook(context, text, disambiguation, n)


def plural(context: str, one: str, many: str, n: int) -> str:
    """``plural("Imports", "%Ln card", "%Ln cards", n)``.

    Literal arguments only: ``resources/translations/update.py`` finds these calls and
    hands both texts to lupdate as plain messages."""
    text = translate(context, one if n == 1 else many)
    return text.replace("%Ln", _number(n)).replace("%n", str(n))
