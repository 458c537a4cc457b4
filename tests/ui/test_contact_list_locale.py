"""The contact list in the person's locale (issue #12): names sorted and shown by given or
family name, relative dates only where relative is meant with the date in the tooltip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from kith import clock
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.store.models import Contact
from kith.ui.contact_list_model import ContactListModel

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def _shown(model: ContactListModel, column: int = 0,
           role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.index(r, column).data(role) for r in range(model.rowCount())]


def test_names_sort_by_the_chosen_name_and_read_that_way(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    for given, family in (("Zoe", "Ñáñez"), ("Ñuño", "Adams"), ("Ægir", "Łukasiewicz"),
                          ("Bo", "Zhang")):
        contacts.create(ContactRecord(given_name=given, family_name=family))
    model = ContactListModel()
    model.refresh()
    assert _shown(model) == ["Ægir Łukasiewicz", "Bo Zhang", "Ñuño Adams", "Zoe Ñáñez"]
    with qtbot.waitSignal(model.countChanged):
        model.set_name_order("family")
    assert _shown(model) == ["Adams, Ñuño", "Łukasiewicz, Ægir", "Ñáñez, Zoe", "Zhang, Bo"]
    # The whole name is one hover away (escaped: tooltips read markup).
    assert _shown(model, 0, Qt.ItemDataRole.ToolTipRole)[0] == "Adams, Ñuño"
    model.set_name_order("given")
    assert _shown(model)[0] == "Ægir Łukasiewicz"


def test_dates_are_relative_with_the_locale_date_in_the_tooltip(
        db: Path, german: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    cid = contacts.create(ContactRecord(given_name="Ana", family_name="Silva"))
    Contact.update(last_contact_on="2026-11-02", next_follow_up_on="2027-02-28").where(
        Contact.id == cid).execute()
    model = ContactListModel()
    model.refresh()
    # Relative words (English: no translation is installed here), never "4w ago"/"in 3mo".
    assert model.index(0, 2).data() == "4 weeks ago"
    assert model.index(0, 3).data() == "in 3 months"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "02.11.2026"
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "28.02.2027"
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == \
        "Last contact"
