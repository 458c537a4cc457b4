"""People > Find duplicates: the review screen, by keyboard and mouse (issue #15)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kith.services.contacts import duplicates
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import interactions
from kith.services.followups.interactions import Interaction
from kith.store.models import Interaction as InteractionRow
from kith.vcard.model import CardPoint


def _people() -> tuple[int, int, int, int]:
    bob = contacts.create(ContactRecord(given_name="Bob", family_name="Ng", organization="Acme",
                                        title="CPA", points=[CardPoint("email", "bob@acme.com")]))
    robert = contacts.create(ContactRecord(given_name="Robert", family_name="Ng",
                                           organization="Acme Inc.", title="Partner",
                                           points=[CardPoint("phone", "+1 512 555 0199")]))
    ana = contacts.create(ContactRecord(given_name="Ana", family_name="Silva",
                                        points=[CardPoint("email", "ana@x.org")]))
    ana2 = contacts.create(ContactRecord(given_name="Ana", family_name="S.",
                                         points=[CardPoint("email", "ana@x.org")]))
    interactions.log(Interaction(robert, dt.date(2026, 10, 1), "call", note="taxes"))
    interactions.log(Interaction(robert, dt.date(2026, 10, 8), "email", note="slides"))
    return bob, robert, ana, ana2


def _open(window, qtbot):  # type: ignore[no-untyped-def]
    window.duplicates_action.trigger()
    dialog = window.duplicates_dialog
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.groups is not None)
    return dialog


def _column(dialog, row_label: str) -> list[str]:  # type: ignore[no-untyped-def]
    table = dialog.table
    row = next(r for r in range(table.rowCount())
               if table.verticalHeaderItem(r).text() == row_label)
    return [table.item(row, c).text() if table.item(row, c) else
            table.cellWidget(row, c).currentText() for c in range(table.columnCount())]


def test_review_shows_each_group_side_by_side(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, ana, ana2 = _people()
    dialog = _open(window, qtbot)
    assert [g.contact_ids for g in dialog.groups] == [[ana, ana2], [bob, robert]]
    assert dialog.status.text() == "Group 1 of 2"
    assert dialog.reason.text() == "same e-mail ana@x.org (score 95%)"
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Group 2 of 2"
    assert dialog.reason.text() == "nickname: Bob and Robert Ng at Acme (score 75%)"
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Bob Ng (kept)", "Robert Ng", "After the merge"]
    assert _column(dialog, "Title") == ["CPA", "Partner", "CPA"]
    assert _column(dialog, "Interactions") == ["0", "2", "all move to the kept person"]
    assert _column(dialog, "E-mails") == ["bob@acme.com", "", "all kept"]
    assert set(dialog.pickers) == {"given_name", "organization", "title"}
    assert _column(dialog, "Organisation") == ["Acme", "Acme Inc.", "Acme"]


def test_merge_with_a_chosen_value_then_ctrl_z(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, ana, ana2 = _people()
    dialog = _open(window, qtbot)
    dialog.skip()
    dialog.keep.setCurrentIndex(1)  # keep Robert
    assert dialog.table.horizontalHeaderItem(0).text() == "Robert Ng (kept)"
    dialog.pickers["title"].setCurrentIndex(1)  # Bob's title, CPA
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    kept = contacts.load(robert)
    assert kept.title == "CPA" and kept.given_name == "Robert"
    assert [(p.kind, p.value) for p in kept.points] == [("phone", "+1 512 555 0199"),
                                                        ("email", "bob@acme.com")]
    assert contacts.load(bob, include_deleted=True).id == bob
    assert "Merged 1 person into Robert Ng" in dialog.status.text()
    assert "No more likely duplicates" in dialog.status.text()
    assert not dialog.merge_button.isEnabled()
    assert window.undo_stack.undoText() == "Merge into Robert Ng"

    window.undo_stack.undo()
    assert contacts.load(robert).title == "Partner"
    assert contacts.load(bob).title == "CPA"
    assert InteractionRow.select().where(InteractionRow.contact == robert).count() == 2
    window.undo_stack.redo()
    assert contacts.load(robert).title == "CPA"


def test_not_the_same_person_is_remembered(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, ana, ana2 = _people()
    dialog = _open(window, qtbot)
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Remembered: they are not the same person;")
    assert [g.contact_ids for g in duplicates.find()] == [[bob, robert]]
    dialog.reject()
    again = _open(window, qtbot)
    assert [g.contact_ids for g in again.groups] == [[bob, robert]]


def test_cancel_the_search(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _people()
    window.find_duplicates()
    dialog = window.duplicates_dialog
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.status.text() in ("The search was cancelled; nothing was changed.",
                                    "Group 1 of 2")  # it may have finished first
    assert contacts.count() == 4


def test_nothing_to_review(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(given_name="Cara", family_name="Diaz"))
    dialog = _open(window, qtbot)
    assert dialog.groups == []
    assert "No more likely duplicates" in dialog.status.text()
    assert not dialog.merge_button.isEnabled()


GERMAN = {
    "same e-mail {value}": "gleiche E-Mail {value}",
    "nickname: {name} and {other} {family} at {place}":
        "Spitzname: {name} und {other} {family} bei {place}",
    "{reason} (score {score}%)": "{reason} (Wert {score} %)",
}


def test_reasons_are_worded_in_the_window_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from kith import i18n

    _people()

    def german(context: str, text: str, _d: str | None, _n: int) -> str:
        return GERMAN.get(text, text) if context == "DuplicatesDialog" else text

    i18n.install(german)
    try:
        dialog = _open(window, qtbot)
        assert dialog.reason.text() == "gleiche E-Mail ana@x.org (Wert 95 %)"
        dialog.skip()
        assert dialog.reason.text() == "Spitzname: Bob und Robert Ng bei Acme (Wert 75 %)"
    finally:
        i18n.install(None)
    # the command line's words stay English
    assert [g.reason for g in duplicates.find()] == ["same e-mail ana@x.org",
                                                     "nickname: Bob and Robert Ng at Acme"]


def test_birthdays_in_the_window_date_format(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from kith.ui import formats

    contacts.create(ContactRecord(given_name="Cara", family_name="Diaz", birthday="1987-04-15",
                                  points=[CardPoint("email", "cara@x.org")]))
    contacts.create(ContactRecord(given_name="Cara", family_name="Diaz", birthday="--04-16",
                                  points=[CardPoint("email", "cara@x.org")]))
    dialog = _open(window, qtbot)
    shown = _column(dialog, "Birthday")
    assert shown[0] == formats.date(dt.date(1987, 4, 15)) != "1987-04-15"
    assert shown[1] == "16 April" and shown[2] == shown[0]
    assert [dialog.pickers["birthday"].itemText(i) for i in range(2)] == shown[:2]


def test_the_name_after_the_merge_follows_the_chosen_first_name(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, _, _ = _people()
    dialog = _open(window, qtbot)
    dialog.skip()
    assert _column(dialog, "Name")[-1] == "Bob Ng"
    dialog.pickers["given_name"].setCurrentIndex(1)  # Robert
    assert _column(dialog, "Name")[-1] == "Robert Ng"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert contacts.load(bob).display_name == "Robert Ng"
    assert window.undo_stack.undoText() == "Merge into Bob Ng"


def test_not_the_same_person_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, ana, ana2 = _people()
    dialog = _open(window, qtbot)
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Remembered: they are not the same person; "
                                           "Ctrl+Z takes it back.")
    assert window.undo_stack.undoText() == "Not the same person: Ana Silva, Ana S."
    assert [g.contact_ids for g in duplicates.find()] == [[bob, robert]]
    window.undo_stack.undo()
    assert [g.contact_ids for g in duplicates.find()] == [[ana, ana2], [bob, robert]]
    window.undo_stack.redo()
    assert [g.contact_ids for g in duplicates.find()] == [[bob, robert]]


def _three() -> tuple[int, int, int]:
    """Ana, Ana S. and Cara share one e-mail: one group of three."""
    ids = tuple(contacts.create(ContactRecord(given_name=g, family_name=f,
                                              points=[CardPoint("email", "ana@x.org")]))
                for g, f in (("Ana", "Silva"), ("Ana", "S."), ("Cara", "Diaz")))
    return ids[0], ids[1], ids[2]


def _alive(cid: int) -> bool:
    from kith.store.models import Contact

    return Contact.get_by_id(cid).deleted_at is None


def _leave_out(dialog, cid: int) -> None:  # type: ignore[no-untyped-def]
    box = dialog.table.boxes[cid]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)  # from the keyboard
    assert box is not dialog.table.boxes[cid] or box.isChecked()


def test_leave_one_person_out_and_merge_the_others(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana, ana_s, cara = _three()
    dialog = _open(window, qtbot)
    assert dialog.groups[0].contact_ids == [ana, ana_s, cara]
    _leave_out(dialog, cara)
    headers = [dialog.table.horizontalHeaderItem(c).text()
               for c in range(dialog.table.columnCount())]
    assert headers == ["Ana Silva (kept)", "Ana S.", "Cara Diaz (left out)", "After the merge"]
    assert dialog.table.boxes[cara].isChecked() and dialog.table.boxes[cara].hasFocus()
    assert _column(dialog, "First name")[-1] == "Ana"  # Cara is no value to pick
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Merged 1 person into Ana Silva")
    assert _alive(cara)
    assert not _alive(ana_s)


def test_with_only_one_person_left_the_group_is_skipped(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bob, robert, ana, ana2 = _people()
    dialog = _open(window, qtbot)
    _leave_out(dialog, ana2)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == ("Skipped the group: only one person was left in it. "
                                    "Group 2 of 2")
    assert _alive(ana2) and _alive(ana)


def test_not_the_same_person_for_the_one_left_out(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ana, ana_s, cara = _three()
    dialog = _open(window, qtbot)
    _leave_out(dialog, cara)
    qtbot.mouseClick(dialog.not_same_button, Qt.MouseButton.LeftButton)
    assert duplicates.not_same_pairs() == {(ana, cara), (ana_s, cara)}
    assert dialog.status.text() == ("Remembered: Cara Diaz is not the same person as the "
                                    "others; Ctrl+Z takes it back. Group 1 of 1")
    assert window.undo_stack.undoText() == "Not the same person: Cara Diaz"
    assert _column(dialog, "Name")[:2] == ["Ana Silva", "Ana S."]  # the others stay
    assert dialog.table.columnCount() == 3
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not _alive(ana_s)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert duplicates.not_same_pairs() == set()


def test_the_leave_out_boxes_are_reached_with_tab(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ana, _ana_s, cara = _three()
    dialog = _open(window, qtbot)
    dialog.activateWindow()
    dialog.keep.setFocus()
    reached = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    boxes = set(dialog.table.boxes.values())
    assert boxes <= set(reached)
    assert dialog.table.boxes[cara].accessibleName() == "Leave out Cara Diaz"


def test_the_rows_the_reason_is_about_come_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Name, what each shares, Leave out, e-mails, phones and organisation on top; names
    shortened in the middle with the whole name in the tooltip; long lists shortened."""
    long_name = "Prefix Firstname Middle Lastname Suffix the Third"
    first = contacts.create(ContactRecord(
        display_name=long_name, given_name="Firstname", family_name="Lastname",
        organization="Acme", title="CEO",
        points=[CardPoint("phone", "+1 512 555 0101"), CardPoint("phone", "+1 512 555 0102")]
        + [CardPoint("email", f"mail{n}@x.org") for n in range(6)]))
    holmes = contacts.create(ContactRecord(given_name="Sherlock", family_name="Holmes",
                                           points=[CardPoint("phone", "+1 512 555 0101")]))
    watson = contacts.create(ContactRecord(given_name="John", family_name="Watson",
                                           points=[CardPoint("phone", "+1 512 555 0102")]))
    dialog = _open(window, qtbot)
    assert dialog.groups[0].contact_ids == [first, holmes, watson]
    table = dialog.table
    labels = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert labels[:6] == ["Name", "Shares", "Leave out", "E-mails", "Phones", "Organisation"]
    assert _column(dialog, "Shares")[:3] == ["the others match this person",
                                             "same phone +1 512 555 0101",
                                             "same phone +1 512 555 0102"]
    assert dialog.reason.text() == (
        f"{long_name} and Sherlock Holmes: same phone +1 512 555 0101; {long_name} and "
        "John Watson: same phone +1 512 555 0102 (score 90%)")
    assert table.horizontalHeaderItem(0).toolTip() == f"{long_name} (kept)"
    assert table.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideMiddle
    widths = {table.columnWidth(c) for c in range(table.columnCount())}
    assert max(widths) - min(widths) <= 1  # the columns share the width
    emails = table.item(labels.index("E-mails"), 0)
    assert emails.text().splitlines() == ["mail0@x.org", "mail1@x.org", "mail2@x.org",
                                          "… and 3 more"]
    assert len(emails.toolTip().splitlines()) == 6


def test_a_big_group_names_three_and_leaves_the_rest_to_the_shares_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    phones = [f"+1 512 555 01{n:02d}" for n in range(5)]
    contacts.create(ContactRecord(given_name="Roid", family_name="Ando",
                                  points=[CardPoint("phone", p) for p in phones]))
    for n, phone in enumerate(phones):
        contacts.create(ContactRecord(given_name=f"Person{n}", family_name="Other",
                                      points=[CardPoint("phone", phone)]))
    dialog = _open(window, qtbot)
    assert len(dialog.groups[0].contact_ids) == 6
    assert dialog.reason.text() == (
        "Roid Ando and Person0 Other: same phone +1 512 555 0100; Roid Ando and Person1 "
        "Other: same phone +1 512 555 0101; Roid Ando and Person2 Other: same phone "
        "+1 512 555 0102; 2 more in the row Shares (score 90%)")
    assert _column(dialog, "Shares")[5] == "same phone +1 512 555 0104"
