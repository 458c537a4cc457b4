"""The Contacts page: search box, the lazy list, and the detail pane beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kith.errors import NotFound
from kith.i18n import translate
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.ui.commands import DeleteContacts, SaveContact, UndoStack
from kith.ui.contact_list_model import ContactListModel
from kith.ui.safety import plain_label
from kith.ui.theme import list_rows, style_secondary, style_title

if TYPE_CHECKING:
    from kith.ui.contact_detail import ContactDetail
    from kith.ui.contact_editor import ContactEditor
    from kith.ui.needs_editor import NeedsEditor
    from kith.ui.timeline_view import TimelineView


class EmptyState(QWidget):
    """What a first run shows instead of an empty list.

    Signals:
        newRequested(), importRequested()
    """

    newRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = style_title(QLabel(translate("ContactsPage", "No one here yet")))
        text = plain_label(translate(
            "ContactsPage",
            "Import the cards from your last event (Ctrl+I), drop .vcf files or a folder on "
            "this window, or add someone by hand (Ctrl+N)."))
        text.setWordWrap(True)
        add = QPushButton(translate("ContactsPage", "Add a contact"))
        add.setAccessibleName(translate("ContactsPage", "Add a contact"))
        add.clicked.connect(self.newRequested)
        imp = QPushButton(translate("ContactsPage", "Import cards…"))
        imp.setAccessibleName(translate("ContactsPage", "Import cards"))
        imp.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(imp)
        buttons.addWidget(add)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addStretch(2)


class ContactsPage(QWidget):
    """Search, list and edit contacts.

    Signals:
        countChanged(int): contacts shown after a search or change.
        importRequested(): the empty state's import button.
        contactsChanged(): someone was saved or deleted here (or that was undone).
        needsChanged(), logRequested(), noteRequested(), entryEditRequested(object),
        entryDeleteRequested(object): from the open person (see ContactDetail).
        openRequested(int): open another person (one the open person knows).
    """

    countChanged = Signal(int)
    importRequested = Signal()
    contactsChanged = Signal()
    needsChanged = Signal()
    logRequested = Signal()
    noteRequested = Signal()
    entryEditRequested = Signal(object)
    entryDeleteRequested = Signal(object)
    openRequested = Signal(int)

    def __init__(self, undo_stack: UndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._syncing = False
        # The best prompt for a person, from prompts computed in the background (the window
        # sets this); never computed here, on the GUI thread.
        self.prompt_for: Callable[[int], str] = lambda _cid: ""
        self.model = ContactListModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "ContactsPage", "Search people, organisations, e-mail, phone, tags, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ContactsPage", "Search"))
        self.search.textChanged.connect(self.model.set_query)
        self.search.returnPressed.connect(self._focus_list)

        self.view = QTableView()
        self.view.setAccessibleName(translate("ContactsPage", "Contacts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The indicator first, so enabling sorting loads the list once, by name.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        list_rows(self.view)
        # The name takes what is left; the organisation at most 45% of it, so names are
        # cut only when the organisation is as narrow as it reasonably gets.
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        hh.setHighlightSections(False)
        hh.setMinimumSectionSize(48)
        for column in (2, 3):  # as wide as their headings; longer dates elide, tooltip whole
            hh.resizeSection(column, hh.sectionSizeFromContents(column).width())
        self.view.viewport().installEventFilter(self)
        self._fit_columns()
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.delete_action = QAction(translate("ContactsPage", "Delete"), self.view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)

        self.empty = EmptyState()
        self.empty.newRequested.connect(self.new_contact)
        self.empty.importRequested.connect(self.importRequested)
        self.no_match = plain_label("")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        for w in (self.view, self.empty, self.no_match):
            self.list_stack.addWidget(w)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list_stack, 1)

        self.placeholder = style_secondary(plain_label(translate(
            "ContactsPage", "Select someone to see their details, or press Ctrl+N.")))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._detail: ContactDetail | None = None  # built when someone is first opened
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.placeholder)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 530])  # the form needs ~520 px at 1180 wide
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model.countChanged.connect(self._count_changed)
        if self.model.is_loaded():
            self._count_changed(self.model.rowCount())
        else:
            self.model.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        hh = self.view.horizontalHeader()
        room = self.view.viewport().width() - hh.sectionSize(2) - hh.sectionSize(3)
        hh.resizeSection(1, max(80, min(220, int(room * 0.45))))

    # --- the open person (built on first use) ----------------------------------
    @property
    def detail(self) -> ContactDetail:
        if self._detail is None:
            from kith.ui.contact_detail import ContactDetail

            detail = ContactDetail(lambda cid: self.prompt_for(cid))
            detail.saveRequested.connect(self.save)
            detail.deleteRequested.connect(self.delete_current)
            detail.links.undo_stack = self.undo_stack  # adding a link is undone with Ctrl+Z
            for name in ("needsChanged", "logRequested", "noteRequested", "entryEditRequested",
                         "entryDeleteRequested", "openRequested"):
                getattr(detail, name).connect(getattr(self, name))
            self.detail_stack.addWidget(detail)
            self._detail = detail
        return self._detail

    @property
    def editor(self) -> ContactEditor:
        return self.detail.editor

    @property
    def timeline(self) -> TimelineView:
        return self.detail.timeline

    @property
    def needs(self) -> NeedsEditor:
        return self.detail.needs

    @property
    def tabs(self) -> QTabWidget:
        return self.detail.tabs

    def _showing_someone(self) -> bool:
        return self._detail is not None and self.detail_stack.currentWidget() is self._detail

    def has_unsaved_edits(self) -> bool:
        """Typed into the form and not saved (and enough typed to be worth saving)."""
        return self._detail is not None and self._detail.editor.is_dirty() \
            and bool(self._detail.editor.record().display_name)

    def save_shown(self) -> None:
        """Ctrl+S: the form's Save button (enabled only once something was typed)."""
        if self._showing_someone():
            self.editor.save_button.click()

    # --- actions ------------------------------------------------------------
    def focus_list(self) -> None:
        self.view.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_contact(self) -> None:
        if not self._save_if_dirty():
            return
        self.view.clearSelection()
        self.view.selectionModel().clearCurrentIndex()
        self.detail_stack.setCurrentWidget(self.detail)
        self.detail.show_new()

    def save(self) -> bool:
        """Save the form (undoable); False if nothing was saved (the person was told)."""
        after = self.editor.record()
        if not after.display_name:
            QMessageBox.warning(
                self, translate("ContactsPage", "Nothing to save"),
                translate("ContactsPage", "Give this contact a name, an organisation, an "
                          "e-mail or a phone number, then save."))
            return False
        before = self.editor.loaded() if self.editor.loaded().id is not None else None
        return self.undo_stack.do(SaveContact(before, after, self._changed))

    def current_contact(self) -> tuple[int, str] | None:
        if not self._showing_someone():
            return None
        record = self.editor.loaded()
        return None if record.id is None else (record.id, record.display_name)

    def _selected_rows(self) -> list[int]:
        """The selected rows, from the selection's ranges: with everyone selected (Ctrl+A on
        50,000) a model index per row cost the GUI thread a visible pause."""
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()
        for span in (selection.at(n) for n in range(selection.count())):
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[int]:
        return [cid for cid in map(self.model.contact_id, self._selected_rows())
                if cid is not None]

    def delete_selected(self) -> None:
        rows = self._selected_rows()
        ids = [cid for cid in map(self.model.contact_id, rows) if cid is not None]
        if not ids:
            return
        # The undo label names one person, or counts them: no name is read for each of many.
        names = [str(self.model.index(rows[0], 0).data())] if len(ids) == 1 \
            else [""] * len(ids)
        self.undo_stack.push(DeleteContacts(ids, names, self._changed))

    def delete_current(self) -> None:
        cid = self.editor.loaded().id
        if cid is not None:
            self.undo_stack.push(
                DeleteContacts([cid], [self.editor.loaded().display_name], self._changed))

    def _changed(self, contact_id: int | None) -> None:
        """After a save or delete here, or its undo: show the result, tell the window."""
        self.show_contact(contact_id)
        self.contactsChanged.emit()

    def refresh_list(self) -> None:
        """Read the list again, leaving the person's form as it is (typed edits included)."""
        self._syncing = True
        try:
            current = self.selected_ids()
            self.model.refresh()
            if current:
                self._select_row(current[0])
        finally:
            self._syncing = False

    def show_contact(self, contact_id: int | None, later: bool = False) -> None:
        """Refresh the list, and select ``contact_id`` (clearing the search if it hides it).

        ``later``: the person's details load in the next event-loop turn, so that after big
        work the list and the details are two short pauses rather than one long one."""
        if later:
            self.model.refresh()
            QTimer.singleShot(0, self, lambda: self._show_loaded(contact_id))
            return
        self.model.refresh()
        self._show_loaded(contact_id)

    def _show_loaded(self, contact_id: int | None) -> None:
        self._syncing = True
        try:
            if contact_id is None:
                if self._detail is not None:
                    self._detail.editor.set_record(ContactRecord())
                self.detail_stack.setCurrentWidget(self.placeholder)
                return
            self._load(contact_id)  # before selecting, so the selection finds it loaded
            if self.model.row_of(contact_id) is None and self.search.text():
                self.search.clear()
            self._select_row(contact_id, scroll=True)
        finally:
            self._syncing = False

    def _select_row(self, contact_id: int, scroll: bool = False) -> bool:
        """Make ``contact_id``'s row the current and only selected one; False if not listed."""
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.view.scrollTo(index)
        return True

    # --- internals ----------------------------------------------------------
    def _focus_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.selectRow(0)

    def _save_if_dirty(self) -> bool:
        return self.save() if self.has_unsaved_edits() else True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing:
            return
        cid = self.model.contact_id(current.row()) if current.isValid() else None
        if cid is None or (self._detail is not None and cid == self._detail.editor.loaded().id):
            return
        if self.has_unsaved_edits():
            # Moving away saves what was typed (undoable), then shows the new choice.
            if not self.save():  # not saved: stay on the form, with what was typed
                shown = self._detail.editor.loaded().id if self._detail else None
                # After the click that moved the selection has finished moving it.
                QTimer.singleShot(0, self, lambda: self._select(shown))
                return
            self.show_contact(cid)
            return
        self._load(cid)

    def _select(self, contact_id: int | None) -> None:
        """Put the list's selection on ``contact_id`` (none if None) without loading it."""
        self._syncing = True
        try:
            if contact_id is None or not self._select_row(contact_id):
                self.view.selectionModel().clear()
        finally:
            self._syncing = False

    def _load(self, contact_id: int) -> None:
        try:
            record = contacts.load(contact_id)
        except NotFound:
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        self.detail.show_record(record)
        self.detail_stack.setCurrentWidget(self.detail)

    def refresh_hint(self) -> None:
        if self._showing_someone():
            self.detail.show_hint()

    def _count_changed(self, count: int) -> None:
        if count:
            self.list_stack.setCurrentWidget(self.view)
        elif self.model.query():
            self.no_match.setText(translate("ContactsPage", "No one matches “{query}”.")
                                  .format(query=self.model.query()))
            self.list_stack.setCurrentWidget(self.no_match)
        else:
            self.list_stack.setCurrentWidget(self.empty)
        self.countChanged.emit(count)

