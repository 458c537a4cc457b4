"""Choose one or several people: type part of a name, pick from the completion, and the
person becomes a chip; as many as the moment had (a lunch with three, a group call).

Keyboard: type, Down and Enter in the completion (or Enter on a name that finds one
person) adds them and empties the field for the next; Backspace in the empty field
takes the last one out; Delete or Backspace on a chip (Tab to the chips) takes it out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import translate
from kith.services.contacts import lookup

_ID = Qt.ItemDataRole.UserRole


def and_list(names: list[str]) -> str:
    """"Ana Silva", "Ana Silva and Bob Ng", "Ana Silva, Bob Ng and Cara Diaz"."""
    if len(names) <= 1:
        return "".join(names)
    return translate("PeoplePicker", "{names} and {last}").format(
        names=translate("PeoplePicker", ", ").join(names[:-1]), last=names[-1])


class PeoplePicker(QWidget):
    """A name field with completion over the search index (15 at a time) and the chosen
    people as chips, in the order they were added.

    Signals:
        changed(): someone was added or taken out.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: dict[str, int] = {}  # completion label -> contact id
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            translate("PeoplePicker", "Type a name or e-mail; add everyone who was there"))
        self.field.setAccessibleName(translate("PeoplePicker", "Add a person"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.field.setCompleter(self.completer)
        # Queued: the field shows the chosen name first (the completer's own doing), then
        # the name becomes a chip and the field is emptied for the next one.
        self.completer.activated.connect(self._picked, Qt.ConnectionType.QueuedConnection)
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)

        self.chips = QListWidget()
        self.chips.setAccessibleName(translate("PeoplePicker", "People in this interaction"))
        self.chips.setToolTip(translate("PeoplePicker", "Delete takes the chosen person out"))
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSpacing(3)
        self.chips.setStyleSheet(
            "QListWidget { border: none; background: transparent; }"
            "QListWidget::item { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 1px 8px; }")
        self.chips.installEventFilter(self)
        self.chips.currentItemChanged.connect(lambda *_: self._update())
        self.remove_button = QPushButton(translate("PeoplePicker", "Remove"))
        self.remove_button.setAccessibleName(translate("PeoplePicker", "Remove the chosen person"))
        self.remove_button.clicked.connect(self.remove_current)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.chips, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addLayout(row)
        self.setFocusProxy(self.field)
        self._update()

    # --- the chosen people --------------------------------------------------------
    def add(self, contact_id: int, name: str) -> bool:
        """Add a person (once); False if they were already there."""
        if contact_id in self.ids():
            return False
        item = QListWidgetItem(name)
        item.setData(_ID, contact_id)
        item.setToolTip(name)
        self.chips.addItem(item)
        self._update()
        self.changed.emit()
        return True

    def ids(self) -> list[int]:
        return [int(self.chips.item(r).data(_ID)) for r in range(self.chips.count())]

    def names(self) -> list[str]:
        return [self.chips.item(r).text() for r in range(self.chips.count())]

    def remove_current(self) -> None:
        row = self.chips.currentRow()
        if row < 0:
            return
        self.chips.takeItem(row)
        self._update()
        self.changed.emit()
        if self.chips.count() == 0:
            self.field.setFocus()

    def take_typed(self) -> bool | None:
        """Add the person typed in the field, if it names exactly one: True if added,
        None if the field is empty, False if the text finds nobody or several."""
        text = self.field.text().strip()
        if not text:
            return None
        cid = self._choices.get(text)
        name = text
        if cid is None:
            found = lookup.candidates(text)
            if len(found) != 1:
                return False
            cid, name = found[0]
        self.add(cid, name)
        self.field.clear()
        return True

    # --- typing ---------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        found = lookup.candidates(text)[:15] if text.strip() else []
        labels = []
        for cid, name in found:
            label, n = name, 1
            while label in self._choices and self._choices[label] != cid:
                n += 1  # two people of one name: "Ana Silva (2)", never an internal id
                label = translate("PeoplePicker", "{name} ({n})").format(name=name, n=n)
            self._choices[label] = cid
            labels.append(label)
        self._names.setStringList(labels)

    def _picked(self, label: str) -> None:
        cid = self._choices.get(label)
        if cid is not None:
            self.add(cid, label)
            self.field.clear()

    def _update(self) -> None:
        self.chips.setVisible(self.chips.count() > 0)
        self.remove_button.setVisible(self.chips.count() > 0)
        self.remove_button.setEnabled(self.chips.currentRow() >= 0)
        self._fit()

    def _fit(self) -> None:
        """As tall as the chips' rows (up to three, then it scrolls)."""
        row = self.chips.fontMetrics().height() + 14
        last = self.chips.item(self.chips.count() - 1)
        if last is None:
            return
        self.chips.doItemsLayout()
        bottom = self.chips.visualItemRect(last).bottom() + self.chips.verticalScrollBar().value()
        self.chips.setFixedHeight(max(row, min(bottom + 8, 3 * row)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.field and key == Qt.Key.Key_Backspace and not self.field.text() \
                and self.chips.count():
            self.chips.takeItem(self.chips.count() - 1)
            self._update()
            self.changed.emit()
            return True
        if watched is self.field and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.field.text().strip():
            # Enter on a typed name adds that person; Enter on the empty field saves.
            added = self.take_typed() is True
            popup = self.completer.popup()
            if added and popup is not None:
                popup.hide()
            return added
        if watched is self.chips and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
