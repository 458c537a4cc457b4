"""People they know: one person's links to others (``services.contacts.links``).

A tab of the person's details: the list of their links, named from their side
("introduced by Ana Silva"), then a line to add one (how they know the other, and
who: a name completed from the address book as it is typed) and a button to remove
the chosen one. Adding and removing are undoable (Ctrl+Z), like every change.
Double-click or Enter on a link opens that person; Delete removes the chosen link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import translate
from kith.ui.safety import plain_label
from kith.ui.theme import style_secondary
from kith.ui.undo_stack import Command, Refresh, UndoStack

if TYPE_CHECKING:
    from kith.services.contacts.links import Link

IdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
SUGGESTIONS = 12


def relation_choices() -> list[tuple[str, str]]:
    """(what the list says, the relation's name) as seen from the person shown."""
    return [
        (translate("LinksView", "introduced by"), "introduced-by"),
        (translate("LinksView", "introduced"), "introduced"),
        (translate("LinksView", "works with"), "works-with"),
        (translate("LinksView", "reports to"), "reports-to"),
        (translate("LinksView", "manages"), "manages"),
        (translate("LinksView", "partner of"), "partner-of"),
        (translate("LinksView", "friend of"), "friend-of"),
        (translate("LinksView", "met through you"), "met-through-you"),
    ]


class LinkPeople(Command):
    """Link two people (replacing the pair's link, if any, and saying so in its text);
    undo puts the old one back."""

    def __init__(self, a: int, b: int, relation: str, name: str, refresh: Refresh):
        super().__init__(translate("UndoStack", "Link to {name}").format(name=name), refresh)
        self._a, self._b, self._relation = a, b, relation
        self._made: Link | None = None
        self._replaced: Link | None = None

    def apply(self) -> None:
        from kith.services.contacts import links

        self._made, self._replaced = links.link(self._a, self._b, self._relation)
        # "Yasmin Ali: friend of Noor Aziz (was: climbing buddy)": the undo text and the
        # status bar say what the pair's one link was before.
        self.setText(links.change_text(self._a, self._made, self._replaced))
        self.refresh(self._a)

    def revert(self) -> None:
        from kith.services.contacts import links

        if not links.put_back(self._replaced, self._made):
            self.note(translate("UndoStack", "The link was changed elsewhere since; it was "
                                "left as it is now."))
        self.refresh(self._a)


class UnlinkPeople(Command):
    """Remove the link of two people; undo stores it again as it was."""

    def __init__(self, a: int, b: int, name: str, refresh: Refresh):
        super().__init__(translate("UndoStack", "Remove the link to {name}").format(name=name),
                         refresh)
        self._a, self._b = a, b
        self._removed: Link | None = None

    def apply(self) -> None:
        from kith.services.contacts import links

        self._removed = links.unlink(self._a, self._b)
        self.refresh(self._a)

    def revert(self) -> None:
        from kith.services.contacts import links

        if self._removed is not None and not links.put_back(self._removed):
            self.note(translate("UndoStack", "The link could not be put back: one of the two "
                                "people is gone, or they were linked again since."))
        self.refresh(self._a)


class LinksView(QWidget):
    """Signals:
    changed(): a link was added or removed (or an undo took one back).
    openRequested(int): open this person (a link double-clicked or Enter pressed on it).
    """

    changed = Signal()
    openRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_id: int | None = None
        self._choices: dict[str, int] = {}  # a suggestion's text -> the person's id
        # The window's stack, set by the contacts page; a stack of its own otherwise.
        self.undo_stack: UndoStack = UndoStack(self)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("LinksView", "People they know"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._open)  # double-click, Enter
        # Delete removes the chosen link, in the list only (not while typing a name).
        self.remove_action = QAction(translate("LinksView", "Remove the link"), self.list)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove)
        self.list.addAction(self.remove_action)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.relation.setAccessibleName(translate("LinksView", "How they know each other"))
        self.relation.setToolTip(translate("LinksView", "Choose one, or type your own words "
                                           "(e.g. cousin)"))
        for text, name in relation_choices():
            self.relation.addItem(text, name)
        edit = self.relation.lineEdit()
        if edit is not None:
            edit.setAccessibleName(translate("LinksView", "How they know each other"))
        self.person = QLineEdit()
        self.person.setAccessibleName(translate("LinksView", "Person"))
        self.person.setPlaceholderText(translate("LinksView", "Type a name"))
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person.setCompleter(self.completer)
        self.person.textEdited.connect(self._suggest)
        self.person.returnPressed.connect(self.add)
        self.add_button = QPushButton(translate("LinksView", "Add"))
        self.add_button.setAccessibleName(translate("LinksView", "Add a link"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("LinksView", "Remove"))
        self.remove_button.setAccessibleName(translate("LinksView", "Remove the link"))
        self.remove_button.clicked.connect(self.remove)
        self.message = style_secondary(plain_label(""))
        self.message.setWordWrap(True)
        self.empty = style_secondary(plain_label(translate(
            "LinksView", "No one yet. Add who introduced them, who they work with or report "
            "to: Kith then knows whom to thank and whom to ask for an introduction.")))
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.relation)
        row.addWidget(self.person, 1)
        row.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        self.setTabOrder(self.relation, self.person)
        self.setTabOrder(self.person, self.add_button)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.message.hide()
        self._update_buttons()

    # --- showing -----------------------------------------------------------------
    def show_for(self, contact_id: int | None) -> None:
        self._contact_id = contact_id
        self.person.clear()
        self.message.hide()
        self.reload()

    def reload(self) -> None:
        from kith.services.contacts import links

        self.list.clear()
        found = links.for_contact(self._contact_id) if self._contact_id else []
        for seen in found:
            item = QListWidgetItem(seen.text)
            item.setData(IdRole, seen.contact_id)
            item.setData(NameRole, seen.name)
            self.list.addItem(item)
        self.empty.setVisible(not found)
        self._update_buttons()

    def texts(self) -> list[str]:
        """What the list shows, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- choosing the other person ---------------------------------------------------
    def _suggest(self, text: str) -> None:
        from kith.services.contacts import search
        from kith.services.ideas.context import names_of

        self.suggestions.clear()
        self._choices = {}
        if not text.strip():
            return
        ids = [i for i in search.ids(text)[: SUGGESTIONS + 1] if i != self._contact_id]
        named = names_of(ids[:SUGGESTIONS])
        counts: dict[str, int] = {}
        for _cid, name in named:
            counts[name] = counts.get(name, 0) + 1
        for cid, name in named:
            shown = name if counts[name] == 1 else translate(
                "LinksView", "{name} (no. {id})").format(name=name, id=cid)
            item = QStandardItem(shown)
            item.setData(cid, IdRole)
            self.suggestions.appendRow(item)
            self._choices[shown] = cid

    def _other(self) -> int | None:
        """The person typed or chosen, or None (and the person told why)."""
        from kith.services.contacts import lookup

        text = self.person.text().strip()
        if not text:
            self._tell(translate("LinksView", "Type the name of the person they know."))
            return None
        if text in self._choices:
            return self._choices[text]
        found = [(cid, name) for cid, name in lookup.candidates(text)
                 if cid != self._contact_id]
        if len(found) == 1:
            return found[0][0]
        if not found:
            self._tell(translate("LinksView", "No one in your address book is called “{text}”; "
                                 "pick a name from the suggestions.").format(text=text))
        else:
            self._tell(translate("LinksView", "Several people match “{text}”; pick one from "
                                 "the suggestions.").format(text=text))
        return None

    def relation_name(self) -> str:
        """The relation chosen (its name), or the words typed."""
        text = self.relation.currentText().strip()
        index = self.relation.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.relation.itemData(index)) if index >= 0 else text

    # --- changing ---------------------------------------------------------------
    def add(self) -> None:
        if self._contact_id is None:
            return
        other = self._other()
        if other is None:
            return
        relation = self.relation_name()
        if not relation:
            self._tell(translate("LinksView", "Say how they know each other."))
            return
        name = next((shown for shown, cid in self._choices.items() if cid == other),
                    self.person.text().strip())
        if self.undo_stack.do(LinkPeople(self._contact_id, other, relation, name,
                                         self._refresh)):
            self.person.clear()
            self._tell("")

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None or self._contact_id is None:
            return
        other = int(item.data(IdRole))
        self.undo_stack.do(UnlinkPeople(self._contact_id, other, str(item.data(NameRole)),
                                        self._refresh))

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(int(item.data(IdRole)))

    def _refresh(self, _contact_id: int | None) -> None:
        self.reload()
        self.changed.emit()
