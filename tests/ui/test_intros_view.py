"""The window's side of the introductions pipeline: "Ask Ana first" starts it, People >
Introductions moves it on, and each step is on both timelines (issue #13)."""

import datetime as dt

from PySide6.QtCore import Qt

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.ideas import needs, pipeline
from kith.vcard.model import CardPoint
from tests.ui.conftest import settle


def two_people() -> tuple[int, int]:
    ana = contacts.create(ContactRecord(display_name="Ana Silva",
                                        points=[CardPoint("email", "ana@acme.example")]))
    bob = contacts.create(ContactRecord(display_name="Bob Ng",
                                        points=[CardPoint("email", "bob@initech.example")]))
    needs.add(ana, "need", "looking for an accountant", dt.date.today())
    needs.add(bob, "offer", "tax advice", dt.date.today())
    return ana, bob


def visible_steps(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text() for b in dialog.step_buttons.values() if b.isVisibleTo(dialog)]


def test_ask_first_starts_the_pipeline_and_sends_only_the_first_mail(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch) -> None:
    ana, bob = two_people()
    opened: list[str] = []
    monkeypatch.setattr("kith.ui.intro_dialog.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    window.introduce(ana, bob, "Ana needs an accountant")
    dialog = window.intro_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ask_button.text() == "Ask Ana Silva first"
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert len(opened) == 1 and opened[0].startswith("mailto:ana@acme.example?subject=")
    [intro] = pipeline.introductions()
    assert (intro.a, intro.b, intro.state) == (ana, bob, "asked")
    reasons = [i.reason for i in followups.for_contact(ana, dt.date.today())]
    assert "Has Ana Silva answered about an introduction to Bob Ng?" in reasons
    # The open person's timeline shows the step.
    window.open_contact(bob)
    summaries = [e.summary for e in window.contacts_page.timeline.model.entries()]
    assert "Introduction to Ana Silva: asked Ana Silva first" in summaries
    # The Ideas page no longer proposes the pair.
    window.show_page("help")
    settle(qtbot, window)
    assert [p for p in window.ideas_page.items if p.kind == "introduce"] == []


def test_the_introductions_dialog_takes_each_next_step(  # type: ignore[no-untyped-def]
        window, qtbot, monkeypatch) -> None:
    ana, bob = two_people()
    intro = pipeline.start(ana, bob, "Ana needs an accountant", dt.date.today())
    opened: list[str] = []
    monkeypatch.setattr("kith.ui.intros_view.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()) or True)
    window.show_introductions()
    dialog = window.intros_dialog
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Ana Silva and Bob Ng"
    assert dialog.table.item(0, 1).text() == "Asked Ana Silva"
    assert visible_steps(dialog) == ["Ana Silva agreed", "Not a fit", "No answer"]
    assert not dialog.ask_button.isVisibleTo(dialog)

    qtbot.mouseClick(dialog.step_buttons["agreed-a"], Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 1).text() == "Ana Silva agreed; asked Bob Ng"
    assert "Recorded for Ana Silva and Bob Ng" in dialog.status.text()
    assert visible_steps(dialog) == ["Bob Ng agreed", "Not a fit", "No answer"]
    # Bob is next: his e-mail opens from here.
    assert dialog.ask_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].startswith("mailto:bob@initech.example?subject=")

    for step in ("agreed-b", "introduced", "helped"):
        qtbot.mouseClick(dialog.step_buttons[step], Qt.MouseButton.LeftButton)
    assert dialog.table.item(0, 1).text() == "It helped"
    assert dialog.table.item(0, 3).text() == "—"  # nothing left to follow up
    assert visible_steps(dialog) == []
    assert pipeline.get(intro).state == "helped"
    assert [s for s, _ in pipeline.steps(intro)] == [
        "asked", "agreed-a", "agreed-b", "introduced", "helped"]
    window.open_contact(ana)
    summaries = [e.summary for e in window.contacts_page.timeline.model.entries()]
    assert "Introduction to Bob Ng: it helped" in summaries
    assert "Introduced to Bob Ng: Ana needs an accountant" in summaries


def test_no_introductions_says_how_to_start_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_introductions()
    dialog = window.intros_dialog
    qtbot.waitExposed(dialog)
    assert dialog.empty.isVisibleTo(dialog) and "No introductions yet" in dialog.empty.text()
    assert not dialog.table.isVisibleTo(dialog)
    assert visible_steps(dialog) == []
