"""Which language the window speaks, and loading its translations.

The choice, strongest first: the ``KITH_LANG`` environment variable, the
Preferences choice (``settings.LANGUAGE``), then the system locale. Kith ships
``resources/translations/kith_<lang>.qm`` (built from the ``.ts`` files that
``pyside6-lupdate`` extracts); Qt's own strings (standard buttons, dialogs)
come from Qt's translations when they are installed. A language without a
translation falls back to English, silently: English is the source text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from kith import i18n
from kith.i18n import translate
from kith.ui.theme import resource_path

#: Languages Kith ships, by code, with their names in their own language.
LANGUAGES = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []


def requested(setting: str, environ: dict[str, str] | None = None) -> QLocale:
    """The locale asked for: ``KITH_LANG`` (``de``, ``de_DE``, ``de_DE.UTF-8``), else the
    setting, else the system's."""
    env = (environ if environ is not None else os.environ).get("KITH_LANG", "").strip()
    for choice in (env, setting):
        if choice:
            return QLocale(choice.split(".")[0].split("@")[0])
    return QLocale.system()


def code(locale: QLocale) -> str:
    """The shipped language for a locale: ``de`` for any German, else ``en``."""
    name = locale.name().split("_")[0]
    return name if name in LANGUAGES else "en"


def translation_file(lang: str) -> Path:
    return Path(resource_path("translations", f"kith_{lang}.qm"))


def install(app: QCoreApplication, setting: str,
            environ: dict[str, str] | None = None) -> str:
    """Load the translation for the chosen language; returns the language code used.

    The chosen locale also becomes the default for dates and numbers, so a German
    window shows German dates even on an English system."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = requested(setting, environ)
    lang = code(locale)
    if locale.language() != QLocale.Language.C:
        QLocale.setDefault(locale)
    if lang != "en":
        own = QTranslator(app)
        if own.load(str(translation_file(lang))):
            app.installTranslator(own)
            _installed.append(own)
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    i18n.install(_qt_translate, lambda n: QLocale().toString(n), _day_month)
    return lang


def _day_month(day: dt.date) -> str:
    """"28 February", "28. Februar": the locale's long date without weekday and year."""
    locale = QLocale()
    pattern = re.sub(r"d{4}|y+('[^']*'|[^dMy\s,./'-])?", "",
                     locale.dateFormat(QLocale.FormatType.LongFormat))
    previous = None
    while previous != pattern:  # separators and quoted words left at either end
        previous = pattern
        pattern = re.sub(r"^[\s,./-]+|[\s,./-]+$|\s*'[^']*'\s*$", "", pattern)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def choices() -> list[tuple[str, str]]:
    """(code, label) pairs for the Preferences menu, "" first (follow the system)."""
    return [("", translate("Preferences", "Same as the system")),
            *LANGUAGES.items()]
