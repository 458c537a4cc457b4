"""A tour of every page and dialog, read as a screen reader and as a translator would.

Fails on an interactive widget with no accessible name, and on a text shown in
the window that did not go through Qt's translation functions (the tour runs
under a pseudo-translator that wraps every translated text in ⟪ ⟫).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kith import clock, i18n
from kith.services.cards import importer
from kith.services.contacts import links
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from kith.services.ideas import needs
from kith.vcard.model import CardPoint
from tests.ui.conftest import settle
from tests.ui.widget_audit import PseudoTranslator, unnamed, untranslated

CARDS = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Mendes\r\nORG:Globex\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dev Patel\r\nEMAIL:dev@globex.example\r\nEND:VCARD\r\n")
#: The person's own data: names, organisations, notes, events, file names.
DATA = ("Ana Silva", "Ana", "Silva", "Acme", "Bob Ng", "Bob", "Initech", "CPA", "Carla Mendes",
        "Dev Patel", "Globex", "Mixer", "Nashville", "lunch about the new office",
        "looking for an accountant in Nashville", "tax advice for small businesses",
        "send the slides", "ana@acme.example", "bob@initech.example", "dev@globex.example",
        "cards.vcf", "Kith", "vCard", "CardDAV", "E-mail")


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    yield
    i18n.install(None)
    qapp.removeTranslator(translator)


def _open_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _tour(window, qtbot, tmp_path: Path) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Visit every page with data in it, and open every dialog; returns the windows seen."""
    from kith.platform import secrets
    from kith.settings import Settings
    from kith.ui.csv_mapping import CsvMappingDialog
    from kith.ui.menus import PAGE_KEYS
    from kith.ui.preferences import PreferencesDialog

    today = clock.today()
    ana = contacts.create(ContactRecord(display_name="Ana Silva", organization="Acme",
                                        points=[CardPoint("email", "ana@acme.example")]))
    bob = contacts.create(ContactRecord(display_name="Bob Ng", title="CPA", organization="Initech",
                                        points=[CardPoint("email", "bob@initech.example")]))
    needs.add(ana, "need", "looking for an accountant in Nashville", today)
    needs.add(bob, "offer", "tax advice for small businesses", today)
    links.link(ana, bob, "works-with")  # People they know shows a link
    interactions.log(Interaction(ana, today - dt.timedelta(days=40), "call",
                                 note="lunch about the new office"))
    followups.set_explicit(bob, today, "send the slides", today)
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]), importer.EventSpec("Mixer", today, "Nashville"))
    window.refresh_all()

    seen: list[QWidget] = []
    for key in PAGE_KEYS:
        window.show_page(key)
        settle(qtbot, window)
    window.open_contact(ana)
    page = window.contacts_page
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
    seen.append(window)

    def event_people() -> None:
        window.show_page("help")
        settle(qtbot, window)
        ideas = window.ideas_page
        row = next(i for i, p in enumerate(ideas.items) if p.kind == "post_event")
        ideas.table.selectRow(row)
        ideas.act("people")

    def snooze_until() -> None:
        window.show_page("today")
        today_page = window.today_page
        row = next(r for r in range(today_page.tree.model().rowCount())
                   if (today_page.tree.selectRow(r), today_page.current_item())[1] is not None)
        assert row is not None
        today_page._snooze_pick()

    def find_duplicates() -> None:
        # Bob Ng twice, at Initech: one group to review, with a value to choose.
        contacts.create(ContactRecord(display_name="Bob Ng", title="Partner",
                                      organization="Initech"))
        window.find_duplicates()
        qtbot.waitUntil(lambda: not window.duplicates_dialog.busy())

    dialogs = [
        event_people,
        snooze_until,
        lambda: window.log_interaction((ana, "Ana Silva")),
        window.my_needs,
        lambda: window.introduce(ana, bob, "accountant"),
        # With a password keeper, as the shell opens it: the Accounts tab too.
        lambda: PreferencesDialog(Settings(tmp_path / "settings.json"), [], window,
                                  secrets).open(),
        lambda: window.open_import([str(path)]),
        find_duplicates,
        lambda: CsvMappingDialog("members.csv", ["Full Name", "Mail"],
                                 [["Noor Aziz", "noor@example.org"]], window).open(),
    ]
    for open_dialog in dialogs:
        before = set(_open_windows())
        open_dialog()
        qtbot.waitUntil(lambda seen_before=before: bool(set(_open_windows()) - seen_before))
        QApplication.processEvents()
        seen.extend(set(_open_windows()) - before)
    return seen


def test_every_interactive_widget_has_an_accessible_name(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    problems = [name for shown in _tour(window, qtbot, tmp_path) for name in unnamed(shown)]
    assert problems == [], "\n".join(problems)


def test_every_text_on_screen_went_through_translation(pseudo, window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    problems = [text for shown in _tour(window, qtbot, tmp_path)
                for text in untranslated(shown, (*DATA, str(tmp_path)))]
    assert problems == [], "\n".join(problems)


def test_todays_rows_speak_the_windows_language(pseudo, window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What Today writes itself (why someone is due, when, the section titles) is translated;
    only what the person typed (a follow-up's reason, names) is left as it is."""
    from tests.ui.widget_audit import leftover

    now = dt.datetime.now()
    contacts.create(ContactRecord(display_name="Ana Silva", cadence_days=30),
                    when=now - dt.timedelta(days=400))
    interactions.log(Interaction(1, clock.today() - dt.timedelta(days=45), "call"))
    bob = contacts.create(ContactRecord(display_name="Bob Ng"))
    followups.set_explicit(bob, clock.today(), "send the slides", clock.today())
    path = tmp_path / "cards.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]),
                    importer.EventSpec("Mixer", clock.today() - dt.timedelta(days=3)))
    window.today_page.refresh()
    model = window.today_page.model
    cells = [str(model.index(r, c).data() or "") for r in range(model.rowCount())
             for c in range(3)]
    assert any("Ana Silva" in c for c in cells) and any("Carla Mendes" in c for c in cells)
    assert [c for c in cells if leftover(c, DATA)] == []


def test_the_audit_sees_an_unnamed_field_and_a_raw_text(pseudo, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The checks themselves: a bare line edit and an untranslated label are caught."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    from kith.i18n import translate

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("Raw text"))
    layout.addWidget(QLabel(translate("Test", "Kept text")))
    layout.addWidget(QLineEdit())
    assert [p.split(" <")[0] for p in unnamed(box)] == ["QLineEdit"]
    assert [p.split(": ", 1)[1] for p in untranslated(box, [])] == ["'Raw text'"]


def test_the_audit_looks_inside_tab_pages_and_scroll_areas(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt names the containers of a tab widget's pages and a scroll area's contents
    (qt_tabwidget_stackedwidget, qt_scrollarea_viewport); what sits in them is ours."""
    from PySide6.QtWidgets import QLineEdit, QScrollArea, QTabWidget, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    tabs = QTabWidget()
    tabs.setAccessibleName("Tabs")
    page = QWidget()
    QVBoxLayout(page).addWidget(QLineEdit())
    tabs.addTab(page, "Page")
    layout.addWidget(tabs)
    scroll = QScrollArea()
    scroll.setAccessibleName("Scroll")
    inner = QWidget()
    QVBoxLayout(inner).addWidget(QLineEdit())
    scroll.setWidget(inner)
    layout.addWidget(scroll)
    assert [p.split(" <")[0] for p in unnamed(box)] == ["QLineEdit", "QLineEdit"]
