"""Add a need and an offer to two people, see the introduction, make it, see both timelines."""

import datetime as dt

from PySide6.QtCore import Qt

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.followups import timeline
from kith.vcard.model import CardPoint
from tests.ui.conftest import activate, settle


def test_need_offer_introduction(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ana = contacts.create(ContactRecord(display_name="Ana Silva", organization="Acme",
                                        points=[CardPoint("email", "ana@acme.example")]))
    bob = contacts.create(ContactRecord(display_name="Bob Ng", title="CPA",
                                        points=[CardPoint("email", "bob@initech.example")]))
    page = window.contacts_page
    activate(qtbot, window)

    # Ana needs an accountant: typed into her Needs & offers tab.
    window.open_contact(ana)
    page.tabs.setCurrentWidget(page.needs)
    page.needs.kind.setCurrentIndex(page.needs.kind.findData("need"))
    qtbot.keyClicks(page.needs.text, "looking for an accountant in Nashville")
    qtbot.keyClick(page.needs.text, Qt.Key.Key_Return)
    assert page.needs.list.count() == 1
    # Bob offers tax advice.
    window.open_contact(bob)
    page.tabs.setCurrentWidget(page.needs)
    page.needs.kind.setCurrentIndex(page.needs.kind.findData("offer"))
    qtbot.keyClicks(page.needs.text, "tax advice for small businesses")
    qtbot.keyClick(page.needs.text, Qt.Key.Key_Return)

    # The Help page proposes the introduction, and says why.
    window.show_page("help")
    settle(qtbot, window)
    help_page = window.ideas_page
    intro = [p for p in help_page.items if p.kind == "introduce"]
    assert len(intro) == 1
    assert set(intro[0].contact_ids) == {ana, bob}
    assert "Ana Silva" in intro[0].text and "Bob Ng" in intro[0].text
    assert window.nav.badge("help") == ""  # shown, so nothing new for the badge
    # Ana's header shows it too.
    window.open_contact(ana)
    assert "Bob Ng" in page.editor.hint.text()

    # Make the introduction: the drafts are there, editable; record it.
    window.show_page("help")
    settle(qtbot, window)
    help_page.table.setCurrentCell(help_page.items.index(intro[0]), 1)
    opened = []
    monkeypatch.setattr("kith.ui.intro_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    qtbot.mouseClick(help_page.buttons["introduce"], Qt.MouseButton.LeftButton)
    dialog = window.intro_dialog
    qtbot.waitExposed(dialog)
    drafts = dialog.drafts
    assert drafts[ana].address.text() == "ana@acme.example"
    assert drafts[bob].address.text() == "bob@initech.example"
    assert "Would you like" in drafts[ana].subject.text()
    assert "Bob Ng" in drafts[ana].body.toPlainText()
    # The matcher's reason is the dialog's hint, and in neither e-mail.
    why = intro[0].details["why"]
    assert why in dialog.hint.text() and dialog.hint.isVisibleTo(dialog)
    assert all(why not in d.body.toPlainText() for d in drafts.values())
    assert drafts[ana].body.toPlainText().split("\n\n")[1].startswith("You ")
    drafts[ana].body.appendPlainText("Talk soon!")
    qtbot.mouseClick(drafts[ana].open_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith("mailto:ana@acme.example?subject=")
    assert opened[0].endswith("Talk soon%21")  # the edited body is what goes out
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Both timelines show it, with a follow-up to ask how it went; the pair is not proposed again.
    for me, other in ((ana, "Bob Ng"), (bob, "Ana Silva")):
        kinds = [(e.kind, e.summary) for e in timeline.for_contact(me)]
        assert ("interaction", f"Introduced to {other}") in kinds
        assert any(k == "introduction" for k, _ in kinds)
        reasons = [i.reason for i in followups.for_contact(me, dt.date.today())]
        assert f"Ask how the introduction to {other} went" in reasons
    window.show_page("help")
    settle(qtbot, window)
    assert [p for p in window.ideas_page.items if p.kind == "introduce"] == []


def test_help_actions_draft_snooze_dismiss(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kith.services.cards import importer

    # Met at an event a day ago and not contacted since: a post-event prompt.
    cards = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cara Diaz\r\nEMAIL:cara@globex.example\r\n"
             "END:VCARD\r\n")
    path = tmp_path / "e.vcf"
    path.write_text(cards, encoding="utf-8", newline="")
    importer.commit(importer.plan([path]),
                    importer.EventSpec("Mixer", dt.date.today() - dt.timedelta(days=1)))
    window.show_page("help")
    settle(qtbot, window)
    page = window.ideas_page
    kinds = [p.kind for p in page.items]
    assert "post_event" in kinds
    page.table.setCurrentCell(kinds.index("post_event"), 1)
    assert "You met 1 person at Mixer" in page.detail.text()
    # The event's idea opens its people; one of them opens their page.
    qtbot.mouseClick(page.buttons["people"], Qt.MouseButton.LeftButton)
    people = page.people_dialog
    assert [people.list.item(i).text() for i in range(people.list.count())] == ["Cara Diaz"]
    people.list.itemActivated.emit(people.list.item(0))
    assert window.contacts_page.current_contact()[1] == "Cara Diaz"
    window.show_page("help")
    qtbot.mouseClick(page.buttons["dismiss"], Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "post_event" not in [p.kind for p in page.items]
