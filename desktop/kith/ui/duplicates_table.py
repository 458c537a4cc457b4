"""The review screen's table (``kith.ui.duplicates_dialog``): one column per person, side
by side, and a last column with what the merge keeps.

The rows a reason is about come first, right under the name: what each shares with the
group's anchor (in a group of three or more), a Leave out box per person, then e-mails,
phones and organisation; the other fields, addresses, tags, notes and how much of their
story each has follow. Columns share the width; a name too long for its column is
shortened in the middle (the whole name in its tooltip), a long list shows its first
lines and how many more (all of them in the tooltip). Where the people kept in differ in
a field that holds one value, a list in the last column picks which value to keep.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kith.i18n import plural, show_day_month, translate
from kith.ui import formats

if TYPE_CHECKING:
    from kith.services.contacts.merging import Side

# The one-value fields a person picks between where the people differ, in order.
CHOSEN = ("given_name", "family_name", "nickname", "organization", "department", "title",
          "birthday", "how_met")
MOST_LINES = 4  # a list longer than this shows its first lines and "… and N more"

Row = tuple[str, list[str], str | None]  # label, a value per person, what kind of row


def field_labels() -> dict[str, str]:
    return {
        "given_name": translate("DuplicatesDialog", "First name"),
        "family_name": translate("DuplicatesDialog", "Last name"),
        "nickname": translate("DuplicatesDialog", "Nickname"),
        "organization": translate("DuplicatesDialog", "Organisation"),
        "department": translate("DuplicatesDialog", "Department"),
        "title": translate("DuplicatesDialog", "Title"),
        "birthday": translate("DuplicatesDialog", "Birthday"),
        "how_met": translate("DuplicatesDialog", "How you met"),
    }


def count_labels() -> dict[str, str]:
    return {
        "interactions": translate("DuplicatesDialog", "Interactions"),
        "timeline": translate("DuplicatesDialog", "Timeline entries"),
        "follow_ups": translate("DuplicatesDialog", "Open follow-ups"),
        "needs_offers": translate("DuplicatesDialog", "Needs and offers"),
        "events": translate("DuplicatesDialog", "Events"),
    }


class SideBySide(QTableWidget):
    """Signals:
    leave_out(int, bool): a person's Leave out box was ticked (True) or cleared.
    picked(): a value to keep was chosen in the last column.
    """

    leave_out = Signal(int, bool)
    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setAccessibleName(translate("DuplicatesDialog", "The people side by side"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # columns share it
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setMinimumSectionSize(60)
        self.pickers: dict[str, QComboBox] = {}
        self.boxes: dict[int, QCheckBox] = {}

    def show_people(self, order: list[Side], left_out: set[int], shares: dict[int, str],
                    name_after: str) -> None:
        """``order``: the kept person first; ``shares``: what each person shares with
        the anchor (shown when not empty); ``name_after``: the kept person's name then."""
        rows = [r for r in _rows(order, shares) if any(r[1]) or r[2] == "leave"]
        ids = [int(s.record.id or 0) for s in order]
        self.clear()
        self.setColumnCount(len(order) + 1)
        self.setRowCount(len(rows))
        for column, side in enumerate(order):
            name = side.record.display_name
            if column == 0:
                name = translate("DuplicatesDialog", "{name} (kept)").format(name=name)
            elif ids[column] in left_out:
                name = translate("DuplicatesDialog", "{name} (left out)").format(name=name)
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            self.setHorizontalHeaderItem(column, item)
        self.setHorizontalHeaderItem(len(order), QTableWidgetItem(
            translate("DuplicatesDialog", "After the merge")))
        self.setVerticalHeaderLabels([r[0] for r in rows])
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.pickers, self.boxes = {}, {}
        for row, (label, values, kind) in enumerate(rows):
            if kind == "leave":
                for column, cid in enumerate(ids):
                    self.setCellWidget(row, column, self._box(cid, order[column], left_out))
                self.setItem(row, len(order), QTableWidgetItem(""))
                continue
            for column, value in enumerate(values):
                item = QTableWidgetItem(_shortened(value))
                item.setToolTip(value)
                if ids[column] in left_out:
                    item.setForeground(grey)
                self.setItem(row, column, item)
            kept = [v for cid, v in zip(ids, values, strict=True) if cid not in left_out]
            if kind in CHOSEN and len({v.casefold() for v in kept if v}) > 1:
                self._picker(row, label, kind, order, values, left_out)
                continue
            shown = next((v for v in kept if v), "")
            if kind in ("all", "shares"):
                shown = "" if kind == "shares" else translate("DuplicatesDialog", "all kept")
            elif kind == "moves":
                shown = translate("DuplicatesDialog", "all move to the kept person")
            elif kind is None:
                shown = name_after
            self.setItem(row, len(order), QTableWidgetItem(shown))
        self.resizeRowsToContents()

    def _box(self, cid: int, side: Side, left_out: set[int]) -> QCheckBox:
        box = QCheckBox(translate("DuplicatesDialog", "Leave out"))
        box.setAccessibleName(translate("DuplicatesDialog", "Leave out {name}").format(
            name=side.record.display_name))
        box.setToolTip(translate("DuplicatesDialog", "Merge the others without this person"))
        box.setChecked(cid in left_out)
        # The box's outline is drawn from its Window colour, which in a dark table cell
        # is as dark as the cell (the box disappears): draw it from the text colour.
        palette = box.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Text)
                         if self.palette().color(QPalette.ColorRole.Base).lightness() < 128
                         else palette.color(QPalette.ColorRole.Window))
        box.setPalette(palette)
        box.toggled.connect(lambda on, cid=cid: self.leave_out.emit(cid, on))
        self.boxes[cid] = box
        return box

    def _picker(self, row: int, label: str, kind: str, order: list[Side], values: list[str],
                left_out: set[int]) -> None:
        picker = QComboBox()
        picker.setAccessibleName(translate("DuplicatesDialog", "Keep which {field}")
                                 .format(field=label))
        seen: set[str] = set()
        for side, value in zip(order, values, strict=True):
            if value and value.casefold() not in seen and side.record.id not in left_out:
                seen.add(value.casefold())
                picker.addItem(value, side.record.id)
        self.setCellWidget(row, len(order), picker)
        self.pickers[kind] = picker
        picker.currentIndexChanged.connect(lambda _i: self.picked.emit())

    def show_name_after(self, name: str) -> None:
        item = self.item(0, self.columnCount() - 1)
        if item is not None:
            item.setText(name)


def _rows(order: list[Side], shares: dict[int, str]) -> list[Row]:
    labels = field_labels()
    lines = [
        ("email", translate("DuplicatesDialog", "E-mails")),
        ("phone", translate("DuplicatesDialog", "Phones")),
        ("address", translate("DuplicatesDialog", "Addresses"))]

    def points(kind: str) -> list[str]:
        return ["\n".join(p.value.splitlines()[0] for p in s.record.of_kind(kind))
                for s in order]

    def field(name: str) -> Row:
        values = [str(getattr(s.record, name) or "") for s in order]
        if name == "birthday":
            values = [birthday_text(v) for v in values]
        return labels[name], values, name

    rows: list[Row] = [(translate("DuplicatesDialog", "Name"),
                        [s.record.display_name for s in order], None)]
    if shares:
        rows.append((translate("DuplicatesDialog", "Shares"),
                     [shares.get(int(s.record.id or 0), "") for s in order], "shares"))
    rows.append((translate("DuplicatesDialog", "Leave out"), ["" for _ in order], "leave"))
    rows += [(title, points(kind), "all") for kind, title in lines[:2]]
    rows.append(field("organization"))
    rows += [field(name) for name in CHOSEN if name != "organization"]
    rows.append((lines[2][1], points("address"), "all"))
    rows.append((translate("DuplicatesDialog", "Tags"),
                 [", ".join(s.record.tags) for s in order], "all"))
    rows.append((translate("DuplicatesDialog", "Notes"),
                 [s.record.notes.splitlines()[0] if s.record.notes else "" for s in order],
                 "all"))
    rows += [(title, [str(s.counts.get(key, 0)) for s in order], "moves")
             for key, title in count_labels().items()]
    return rows


def _shortened(value: str) -> str:
    """A long list's first lines and how many more ("… and 3 more")."""
    lines = value.split("\n")
    if len(lines) <= MOST_LINES:
        return value
    more = len(lines) - (MOST_LINES - 1)
    return "\n".join([*lines[:MOST_LINES - 1],
                      plural("DuplicatesDialog", "… and %Ln more", "… and %Ln more", more)])


def birthday_text(value: str) -> str:
    """A stored birthday ("1987-04-15", "--04-15") in the window's date format."""
    if value.startswith("--"):
        try:
            return show_day_month(dt.date(2000, int(value[2:4]), int(value[5:7])))
        except ValueError:
            return value
    day = formats.parse_day(value)
    return formats.date(day) if day is not None else value
