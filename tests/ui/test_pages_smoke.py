"""Events, Recent, export and My needs: each page does what its buttons say."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from kith.services.cards import importer
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from kith.services.ideas import needs
from kith.ui import formats

CARDS = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@acme.example\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ng\r\nEND:VCARD\r\n")


def test_events_page_lists_people_and_opens_them(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "m.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]), importer.EventSpec("Mixer", dt.date(2026, 11, 20),
                                                              "Nashville"))
    window.show_page("events")
    tree = window.events_page.tree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    day = formats.date(dt.date(2026, 11, 20))  # the locale's one date format
    assert top.text(0) == f"Mixer · {day} · Nashville" and top.text(1) == "2"
    top.setExpanded(True)
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["Ana Silva", "Bob Ng"]
    window.events_page._activated(top.child(1))
    assert window.stack.currentWidget() is window.contacts_page
    assert window.contacts_page.editor.loaded().display_name == "Bob Ng"


def test_recent_view_shows_everyone_newest_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    a = contacts.create(ContactRecord(display_name="Ana"))
    b = contacts.create(ContactRecord(display_name="Bob"))
    interactions.log(Interaction(a, dt.date(2026, 11, 1), "call", note="old"))
    interactions.log(Interaction(b, dt.date(2026, 11, 20), "email", note="new"))
    window.show_page("recent")
    rows = [window.recent_page.model.index(r, 0).data()
            for r in range(window.recent_page.model.rowCount())]
    assert rows[0] == "November 2026"
    assert rows[1].endswith("Bob — E-mail: new") and rows[2].endswith("Ana — Call: old")


def test_export_writes_the_file_off_the_gui_thread(window, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    contacts.create(ContactRecord(display_name="Ana Silva"))
    target = tmp_path / "out.vcf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "vCard 4.0 (*.vcf)"))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: "Exported 1 contact " in window.statusBar().currentMessage())
    text = target.read_text(encoding="utf-8")
    assert "VERSION:4.0" in text and "FN:Ana Silva" in text


def test_my_needs_and_offers(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.my_needs()
    dialog = window.my_needs_dialog
    qtbot.keyClicks(dialog.editor.text, "tax advice")
    dialog.editor.add()
    assert [(i.kind, i.text) for i in needs.for_me()] == [("offer", "tax advice")]
    dialog.reject()
