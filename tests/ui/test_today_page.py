"""The Today list: sections, the most urgent of each, the totals, keyboard, ideas."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups.actions import DueItem
from kith.ui import today_page
from kith.ui.due_model import DueModel, ItemRole

TODAY = dt.date(2026, 3, 10)


def item(name: str, overdue: int, kind: str = "cadence", cid: int = 1) -> DueItem:
    return DueItem(cid, name, TODAY - dt.timedelta(days=overdue), overdue, "why", kind)


def texts(model: DueModel, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_sections_show_the_most_urgent_and_say_how_many_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = DueModel()
    items = [item(f"Late {n}", 10 - n, cid=n) for n in range(5)] + [
        item("Today", 0, cid=10), item("Bday", 0, "birthday", cid=11), item("Soon", -2, cid=12)]
    model.set_items(items, {"overdue": 1200, "today": 1, "soon": 1, "birthdays": 1}, 3)
    assert texts(model) == [
        "Overdue (1,200)", "Late 0", "Late 1", "Late 2",
        "… and 1,197 more (the most urgent are shown first)",
        "Due today (1)", "Today", "Birthdays (1)", "Bday", "Next seven days (1)", "Soon"]
    assert texts(model, 2)[1:3] == ["10 days overdue", "9 days overdue"]
    assert model.index(10, 2).data() == "in 2 days"
    assert model.text_rows() == [0, 4, 5, 7, 9]
    for row in model.text_rows():  # headings are neither selectable nor reachable
        assert model.flags(model.index(row, 0)) == Qt.ItemFlag.NoItemFlags
        assert model.index(row, 0).data(ItemRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(ItemRole).display_name == "Late 0"
    model.set_ideas({1: "Ask about the move"})
    assert model.index(2, 3).data() == "Ask about the move"
    assert model.index(1, 3).data() == ""


def test_the_keyboard_walks_over_the_people_not_the_headings(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime.now()
    for name, ago in (("Ana", 40), ("Bob", 35)):
        contacts.create(ContactRecord(display_name=name, cadence_days=30),
                        when=now - dt.timedelta(days=ago))
    contacts.create(ContactRecord(display_name="<b>Cy</b><img src=x>", cadence_days=30),
                    when=now - dt.timedelta(days=30))
    page = today_page.TodayPage()
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.summary.text() == "3 people need you today."
    assert page.current_item().display_name == "Ana"
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_item().display_name == "Bob"
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)  # over the "Due today" heading
    assert page.current_item().display_name == "<b>Cy</b><img src=x>"  # literally
    assert page.done_button.isEnabled()
    # The choice survives a refresh; Enter opens the person.
    page.refresh()
    assert page.current_item().display_name == "<b>Cy</b><img src=x>"
    with qtbot.waitSignal(page.openRequested) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [page.current_item().contact_id]


def test_after_done_or_snooze_the_next_person_due_is_selected(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime.now()
    for name, ago in (("Ana", 40), ("Bob", 35), ("Cy", 31)):
        contacts.create(ContactRecord(display_name=name, cadence_days=30),
                        when=now - dt.timedelta(days=ago))
    page = window.today_page
    page.refresh()
    assert page.current_item().display_name == "Ana"

    page.snooze_day.trigger()  # Ana moves to tomorrow, still on the page
    assert [i.display_name for i in page.items][:2] == ["Bob", "Cy"]
    assert page.current_item().display_name == "Bob"

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.current_item().display_name == "Cy"


def test_reload_reads_on_a_worker_and_a_later_refresh_wins(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """After big work Today reads on a worker; a synchronous refresh made meanwhile is not
    overwritten by the older reading when it arrives."""
    from PySide6.QtCore import QThreadPool

    now = dt.datetime.now()
    contacts.create(ContactRecord(display_name="Ana", cadence_days=30),
                    when=now - dt.timedelta(days=40))
    page = today_page.TodayPage()
    qtbot.addWidget(page)
    page.refresh()
    assert [i.display_name for i in page.items] == ["Ana"]
    contacts.create(ContactRecord(display_name="Bob", cadence_days=30),
                    when=now - dt.timedelta(days=40))
    page.reload()
    assert [i.display_name for i in page.items] == ["Ana"]  # unchanged until it is read
    qtbot.waitUntil(lambda: [i.display_name for i in page.items] == ["Ana", "Bob"])
    assert page.summary.text() == "2 people need you today."

    # An older reading, held back until a newer refresh has been shown.
    import threading

    release = threading.Event()
    real = today_page.followups.agenda

    def stale(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            return real(*args, **kwargs)
        release.wait(10)  # the worker's reading: old news by the time it arrives
        return [], {"overdue": 0, "today": 0, "soon": 0, "birthdays": 0}

    today_page.followups.agenda = stale
    try:
        page.reload()
        page.refresh()
        release.set()
        assert QThreadPool.globalInstance().waitForDone(10000)
        qtbot.wait(50)  # the older reading's result is delivered, and dropped
    finally:
        today_page.followups.agenda = real
    assert [i.display_name for i in page.items] == ["Ana", "Bob"]
