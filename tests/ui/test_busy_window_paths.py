"""What keeps the window answering during big batches: progress reported a few times a
second however often the work reports it, and deleting many people without reading each
one's name on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord


def test_progress_reaches_the_window_a_few_times_and_always_at_the_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kith.ui import worker

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        for i in range(20000):  # as a commit of 20,000 cards reporting every card
            progress(i, 20000)
        progress(20000, 20000)
        return "done"

    seen: list[tuple[int, int]] = []
    results: list[object] = []
    task = worker.Task(work)
    task.signals.progress.connect(lambda done, total: seen.append((done, total)))
    task.signals.succeeded.connect(results.append)
    task.start()
    qtbot.waitUntil(lambda: results == ["done"], timeout=10000)
    qtbot.waitUntil(lambda: seen and seen[-1] == (20000, 20000))
    assert seen[0] == (0, 20000)  # the first report goes through at once
    assert len(seen) < 100  # not 20,001 queued calls for the GUI thread


def test_deleting_many_reads_no_names_and_says_how_many(window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(30):
        contacts.create(ContactRecord(display_name=f"Person {i:02d}"))
    window.show_page("contacts")
    page = window.contacts_page
    page.refresh_list()
    model = page.model
    assert model.rowCount() == 30
    asked: list[int] = []
    data = model.data

    def counting(index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            asked.append(index.row())
        return data(index, role)

    model.data = counting  # type: ignore[method-assign]
    selection = page.view.selectionModel()
    selection.select(model.index(0, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    page.view.selectAll()
    asked.clear()
    page.delete_selected()
    assert asked == []  # no name was read for each of the 30
    assert window.undo_stack.undoText() == "Delete 30 contacts"
    assert model.rowCount() == 0


def test_deleting_one_names_them(window, qtbot, db: Path) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana Silva"))
    contacts.create(ContactRecord(display_name="Bob Ng"))
    window.show_page("contacts")
    page = window.contacts_page
    page.refresh_list()
    page.view.selectRow(1)
    page.delete_selected()
    assert window.undo_stack.undoText() == "Delete Bob Ng"
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Ana Silva"]
