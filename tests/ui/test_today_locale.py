"""Today in the person's locale (issue #12): counts grouped, "due in" as words with the
locale's date in the tooltip, the full text of every elided cell one hover away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

from kith.services.followups.actions import DueItem
from kith.ui.due_model import DueModel

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_counts_grouped_and_dates_in_the_locale(german: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = DueModel()
    late = DueItem(1, "<b>Ana</b> Silva", TODAY - dt.timedelta(days=3), 3,
                   "Follow up after Gallatin Mixer & friends", "cadence")
    soon = DueItem(2, "Bob", TODAY + dt.timedelta(days=1), -1, "why", "cadence")
    model.set_items([late, soon], {"overdue": 20000, "today": 0, "soon": 1, "birthdays": 0}, 1)
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    # The locale's grouping (German: 20.000), never "20000".
    assert texts[0] == "Overdue (20.000)"
    assert texts[2].startswith("… and ") and texts[2].endswith(" more (the most urgent are "
                                                               "shown first)")
    assert model.index(1, 2).data() == "3 days overdue"
    assert model.index(4, 2).data() == "in 1 day"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "07.03.2026"
    # Elided names and reasons have their whole text in the tooltip, escaped.
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "&lt;b&gt;Ana&lt;/b&gt; Silva"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "Follow up after Gallatin Mixer &amp; friends"
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "When"


def test_today_rows_are_as_tall_as_the_other_lists(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from kith.ui.import_dialog import ImportDialog

    today = window.today_page.tree.verticalHeader().defaultSectionSize()
    assert window.contacts_page.view.verticalHeader().defaultSectionSize() == today
    dialog = ImportDialog(parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.verticalHeader().defaultSectionSize() == today
