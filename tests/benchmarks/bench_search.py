"""Search-as-you-type latency in the contact list, keystroke by keystroke.

    python tests/benchmarks/bench_search.py [--contacts 50000] [--rounds 3]

In process, offscreen: a ``ContactListModel`` behind a ``QTableView`` shown at
1000x700 (set up like the contacts page). Each session types a query one
character at a time and then backspaces it away; every keystroke times
``model.set_query(text)`` plus ``QApplication.processEvents()`` (the view
repaints, which fetches the visible rows). Then the same keystrokes through
the real ``ContactsPage`` search box, and ``kith.services.contacts.search.ids(text)``
alone. Target: p95 under 16 ms (one frame).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable

from common import ensure_profile, percentile, survive_pyside_refcount_bug

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402

from kith.profile import open_profile  # noqa: E402
from kith.services.contacts import search  # noqa: E402
from kith.ui.contact_list_model import ContactListModel  # noqa: E402
from kith.ui.contacts_page import ContactsPage  # noqa: E402

SESSIONS = (
    "Hernández",  # a surname, accents
    "Globex",  # an organisation
    "fastmail",  # an e-mail fragment
    "0555820",  # phone digits
    "emma smi",  # two words, the second short
    "Иванов",  # Cyrillic
    "佐藤",  # Japanese (two characters: the short-term path)
    "fundraising",  # notes
)


def keystrokes() -> list[str]:
    """Every text the search box holds while each session is typed and erased."""
    texts: list[str] = []
    for query in SESSIONS:
        texts += [query[:i] for i in range(1, len(query) + 1)]
        texts += [query[:i] for i in range(len(query) - 1, -1, -1)]
    return texts


def measure(step: Callable[[str], object], rounds: int) -> list[tuple[float, str]]:
    timings: list[tuple[float, str]] = []
    for _ in range(rounds):
        for text in keystrokes():
            started = time.perf_counter()
            step(text)
            timings.append(((time.perf_counter() - started) * 1000, text))
    return timings


def report(title: str, timings: list[tuple[float, str]], worst: int = 5) -> None:
    ms = [t for t, _ in timings]
    print(f"\n{title}")
    print(f"  keystrokes {len(ms)}, median {percentile(ms, 50):.1f} ms, "
          f"p95 {percentile(ms, 95):.1f} ms, max {max(ms):.1f} ms  (target p95 < 16 ms)")
    seen: set[str] = set()
    slowest = []
    for t, text in sorted(timings, reverse=True):
        if text not in seen:
            seen.add(text)
            slowest.append(f"{t:.1f} ms {text!r}")
        if len(slowest) == worst:
            break
    print("  slowest: " + ", ".join(slowest))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=50000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    profile = ensure_profile(args.contacts)
    survive_pyside_refcount_bug()
    app = QApplication([])
    open_profile(profile, daily_backup=False)

    model = ContactListModel()
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    def model_step(text: str) -> None:
        model.set_query(text)
        app.processEvents()

    timings = measure(model_step, args.rounds)
    rows = model.rowCount()
    print(f"{args.contacts:,} contacts, {rows:,} listed with an empty query, "
          f"{len(SESSIONS)} queries typed and erased, {args.rounds} rounds")
    report("model.set_query + processEvents (QTableView 1000x700)", timings)
    view.close()

    page = ContactsPage(QUndoStack())
    page.resize(1000, 700)
    page.show()
    app.processEvents()

    def page_step(text: str) -> None:
        page.search.setText(text)
        app.processEvents()

    report("ContactsPage search box (setText + processEvents)", measure(page_step, args.rounds))
    report("search.ids(text) alone", measure(search.ids, args.rounds))


if __name__ == "__main__":
    main()
