"""The main window: navigation, pages, menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kith import __version__
from kith.i18n import plural, translate
from kith.ui import formats
from kith.ui.banner import Banner
from kith.ui.commands import FollowUpAction, UndoStack
from kith.ui.failures import show_error
from kith.ui.menus import PAGE_KEYS, build_menus, page_titles
from kith.ui.outside_changes import OutsideChanges
from kith.ui.people_dialogs import PeopleDialogs
from kith.ui.prompt_cache import PromptCache
from kith.ui.sidebar import Sidebar
from kith.ui.today_page import TodayPage
from kith.ui.transfer import Transfer

if TYPE_CHECKING:  # the other pages and dialogs are imported when first shown
    from kith.services.followups.actions import DueItem
    from kith.ui.contacts_page import ContactsPage
    from kith.ui.duplicates_dialog import DuplicatesDialog
    from kith.ui.events_page import EventsPage
    from kith.ui.ideas_page import IdeasPage
    from kith.ui.import_dialog import ImportDialog
    from kith.ui.intro_dialog import IntroductionDialog
    from kith.ui.intros_view import IntroductionsDialog
    from kith.ui.log_dialog import LogDialog
    from kith.ui.needs_editor import MyNeedsDialog
    from kith.ui.timeline_view import TimelineView


PROMPTS_AFTER_MS = 300
WORKERS_AFTER_MS = 120  # after big work: the repaint first, then the background reads



def _first_size() -> tuple[int, int]:
    """1180x720, or more of a big screen: three quarters of its width and four fifths of
    its height, up to 1680x1050 (a 1920x1080 screen gets 1440x864)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1180, 720
    room = screen.availableGeometry()
    return (max(1180, min(int(room.width() * 0.75), 1680)),
            max(720, min(int(room.height() * 0.8), 1050)))


class MainWindow(QMainWindow):
    """Kith's window.

    Signals:
        closing(): the window is about to close (the app decides whether to quit).
        dueChanged(int): how many need attention today, after any change.
    """

    closing = Signal()
    dueChanged = Signal(int)
    delete_action: QAction  # Edit > Delete: the menu's own, then the contacts list's
    # The rest of the menus' actions (ui/menus.py):
    new_action: QAction
    import_action: QAction
    export_action: QAction
    export_calendar_action: QAction  # File > Export calendar… (ui/calendar_export.py)
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    save_action: QAction
    preferences_action: QAction
    log_action: QAction
    duplicates_action: QAction
    edit_menu: QMenu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kith")
        self.resize(*_first_size())
        self.undo_stack = UndoStack(self)
        self.undo_stack.failed.connect(lambda title, text: show_error(self, title, text))
        self.transfer = Transfer(host=self, window=self)
        self.people = PeopleDialogs(self)
        self.intros_dialog: IntroductionsDialog | None = None  # People > Introductions
        self.duplicates_dialog: DuplicatesDialog | None = None  # People > Find duplicates
        self._due = 0
        self.prompt_cache = PromptCache(self)
        # What another process writes (the command line, a second window) shows here
        # within a few seconds.
        self.outside_changes = OutsideChanges(self)
        self.outside_changes.changed.connect(self._changed_elsewhere)
        self.prompt_cache.ready.connect(lambda _found: self._help_changed(
            self.prompt_cache.new_count()))

        # Today is built now (its counts name the window); the others when first shown.
        self._pages: dict[str, QWidget] = {}
        self.name_order = "given"  # settings.SORT_BY, set by the shell
        self.stack = QStackedWidget()
        self.nav = Sidebar(tuple(page_titles().items()))
        self.nav.setMaximumWidth(180)
        self.nav.currentRowChanged.connect(self._nav_changed)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([150, 1030])
        self.banner = Banner()
        self.banner.todayRequested.connect(lambda: self.show_page("today"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        from kith.ui.sync_questions import SyncQuestions

        # Deleted on the phone but kept for their history: asked here, after each sync.
        self.sync_questions = SyncQuestions(self.undo_stack, self.refresh_all)
        layout.addWidget(self.sync_questions)
        self.outside_changes.changed.connect(lambda *_: self.sync_questions.reload())
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        from kith.ui.busy import BusyBar

        self.busy_bar = BusyBar()  # long work on a worker: what it does, progress, Cancel
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.count_label)
        # CardDAV sync (issue #14): status in the bar, F5 now, a reload after each sync.
        from kith.ui.sync_controller import SyncController, push_deletions

        self.sync = SyncController(self)
        self.sync_label = QLabel()
        self.sync_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.sync.statusChanged.connect(self.sync_label.setText)
        self.sync.detailsChanged.connect(self.sync_label.setToolTip)  # plain text
        self.sync.synced.connect(
            lambda report: push_deletions(self.undo_stack, report, self.refresh_all))
        self.sync.synced.connect(lambda _report: self.refresh_all(later=True))
        self.sync.synced.connect(lambda _report: self.sync_questions.reload())
        QTimer.singleShot(0, self.sync_questions.reload)  # asked by an earlier sync
        self.sync_action = QAction(translate("Sync", "Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync.sync_now)
        self.addAction(self.sync_action)
        self.undo_stack.indexChanged.connect(lambda _i: self.sync.local_edit())  # debounced
        self.undo_stack.started.connect(self.busy_bar.track)
        self.undo_stack.status.connect(lambda text: self.show_status(text, 10000))
        self.undo_stack.report.connect(self.transfer.show_report)
        build_menus(self)
        self.undo_stack.busyChanged.connect(self._undo_busy)
        self.undo_stack.indexChanged.connect(self._announce_undo)
        self.setAcceptDrops(True)
        self.show_page("today")  # loads Today once
        if not self._due:
            self.show_page("contacts")  # which counts its list
        else:  # after Today, which has just read much of the same index
            self._count_changed(self._live_count())
        # The prompts (a pass over everyone, on a worker) start once the window is painted.
        QTimer.singleShot(PROMPTS_AFTER_MS, self.prompt_cache.refresh)

    # --- pages ------------------------------------------------------------------
    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self._page("today"))

    @property
    def contacts_page(self) -> ContactsPage:
        return cast("ContactsPage", self._page("contacts"))

    @property
    def events_page(self) -> EventsPage:
        return cast("EventsPage", self._page("events"))

    @property
    def ideas_page(self) -> IdeasPage:
        return cast("IdeasPage", self._page("help"))

    @property
    def recent_page(self) -> TimelineView:
        return cast("TimelineView", self._page("recent"))

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built (shown at least once), else None."""
        return self._pages.get(key)

    def _contacts_if_built(self) -> ContactsPage | None:
        return cast("ContactsPage | None", self._pages.get("contacts"))

    def set_name_order(self, by: str) -> None:
        """Sort and show people by "given" or "family" name (settings.SORT_BY)."""
        self.name_order = by
        if (page := self._contacts_if_built()) is not None:
            page.model.set_name_order(by)

    def _page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            page = getattr(self, f"_build_{key}")()
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def _build_today(self) -> QWidget:
        page = TodayPage()
        page.countsChanged.connect(self._due_changed)
        page.openRequested.connect(self.open_contact)
        page.logRequested.connect(lambda cid, name: self.log_interaction((cid, name)))
        page.actionRequested.connect(lambda label, act: self.follow_up_action(label, act))
        # Ideas about people on Today sit beside their rows (not a second line on Ideas).
        self.prompt_cache.on_today = lambda: {item.contact_id for item in page.items}
        self.prompt_cache.ready.connect(
            lambda found: page.show_ideas(self.prompt_cache.for_today(found)))
        page.show_ideas(self.prompt_cache.for_today())
        page.countsChanged.connect(lambda *_: self._today_changed_ideas())
        return page

    def follow_up_action(self, label: str, act: Callable[[], Any]) -> None:
        """Done, Snooze or Skip (undoable); the ideas about those people change at once."""
        def acting() -> Any:
            applied = act()
            people = [a.contact_id for a in (applied if isinstance(applied, list) else [applied])]
            self.prompt_cache.forget(people)
            return applied

        self.undo_stack.push(FollowUpAction(label, acting, self.refresh_all))

    def _build_contacts(self) -> QWidget:
        from kith.ui.contacts_page import ContactsPage

        page = ContactsPage(self.undo_stack)
        page.model.set_name_order(self.name_order)
        page.prompt_for = self.prompt_cache.top_for
        self.prompt_cache.ready.connect(lambda _found: page.refresh_hint())
        page.needsChanged.connect(self.prompt_cache.refresh)
        page.countChanged.connect(self._count_changed)
        page.importRequested.connect(self.open_import)
        page.logRequested.connect(lambda: self.log_interaction())
        page.noteRequested.connect(self.people.add_note)
        page.entryEditRequested.connect(self.people.edit_interaction)
        page.entryDeleteRequested.connect(self.people.delete_entry)
        page.openRequested.connect(self.open_contact)  # someone in "People they know"
        page.contactsChanged.connect(self.today_page.refresh)  # and so the title and tray
        # Edit > Delete becomes the list's own action: its Delete key works in the list
        # only (not while typing in the search box or a form).
        self.edit_menu.insertAction(self.delete_action, page.delete_action)
        self.edit_menu.removeAction(self.delete_action)
        page.delete_action.setText(translate("Menus", "&Delete"))
        self.delete_action = page.delete_action
        self._count_changed(page.model.rowCount())
        return page

    def _build_events(self) -> QWidget:
        from kith.ui.events_page import EventsPage

        page = EventsPage()
        page.openRequested.connect(self.open_contact)
        return page

    def _build_help(self) -> QWidget:
        from kith.ui.ideas_page import IdeasPage

        page = IdeasPage()
        page.seen = self.prompt_cache.seen
        page.openRequested.connect(self.open_contact)
        page.logRequested.connect(lambda cid, name: self.log_interaction((cid, name)))
        page.introduceRequested.connect(self.introduce)
        page.seenRequested.connect(self.prompt_cache.mark_seen)
        page.changed.connect(self._help_changed)
        page.refreshRequested.connect(self.prompt_cache.refresh)
        self.prompt_cache.ready.connect(lambda _found: page.show_prompts(
            self.prompt_cache.shortlist()))
        if self.prompt_cache.computed:
            page.show_prompts(self.prompt_cache.shortlist())
        return page

    def _today_changed_ideas(self) -> None:
        """Who is on Today changed: the Ideas page and its badge leave them out."""
        if not self.prompt_cache.computed:
            return
        page = self.built("help")
        if page is not None:
            cast("IdeasPage", page).show_prompts(self.prompt_cache.shortlist())
        else:
            self._help_changed(self.prompt_cache.new_count())

    def _build_recent(self) -> QWidget:
        from kith.ui.timeline_view import TimelineView

        page = TimelineView(with_names=True)
        page.editRequested.connect(self.people.edit_interaction)
        page.deleteRequested.connect(self.people.delete_entry)
        return page

    def show_page(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        self.nav.setCurrentRow(row)

    def _nav_changed(self, row: int) -> None:
        key = PAGE_KEYS[row]
        self.stack.setCurrentWidget(self._page(key))
        if key == "events":
            self.events_page.refresh()
        elif key == "recent":
            self.recent_page.reload()
        elif key == "today":
            self.today_page.refresh()
        elif key == "help":
            self.prompt_cache.refresh()

    def open_contact(self, contact_id: int) -> None:
        self.show_page("contacts")
        self.contacts_page.show_contact(contact_id)
        self.contacts_page.tabs.setCurrentWidget(self.contacts_page.timeline)

    def _changed_elsewhere(self) -> None:
        """Another process wrote: show it, but never over a form with unsaved typing."""
        page = self._contacts_if_built()
        self.refresh_all(keep_form=page is not None and page.has_unsaved_edits(), later=True)

    def refresh_all(self, contact_id: int | None = None, keep_form: bool = False,
                    later: bool = False) -> None:
        """After any change: the list, the open person, Today and the counts.

        ``keep_form``: read the list again but leave the person's form as it is
        (a change made elsewhere while someone is typing in it). ``later``: after big
        work on a worker (an import, its undo): Today reads on a worker too.
        """
        page = self._contacts_if_built()
        if page is not None and keep_form:
            page.refresh_list()
        elif page is not None:
            page.show_contact(contact_id if contact_id is not None
                              else (page.current_contact() or (None,))[0], later=later)
        else:
            self._count_changed(self._live_count())
        if self.built("recent") is not None and self.stack.currentWidget() is self.recent_page:
            self.recent_page.reload()
        if later:
            # The window repaints the list and the person first; the workers that read
            # Today and the ideas start after, so they do not take the GIL from the paint.
            QTimer.singleShot(WORKERS_AFTER_MS, self.today_page, self.today_page.reload)
            QTimer.singleShot(WORKERS_AFTER_MS, self.prompt_cache, self.prompt_cache.refresh)
            return
        self.today_page.refresh()
        self.prompt_cache.refresh()  # a pass over everyone: on a worker thread

    # --- relationships (ui/people_dialogs.py) ------------------------------------
    def current_person(self) -> tuple[int, str] | None:
        """The person the page shown is about: Today's selected row, or the contact shown."""
        if self.stack.currentWidget() is self.today_page and self.today_page.current_item():
            item = self.today_page.current_item()
            assert item is not None
            return (item.contact_id, item.display_name)
        page = self._contacts_if_built()
        if page is not None and self.stack.currentWidget() is page:
            return page.current_contact()
        return None

    def log_interaction(self, contact: tuple[int, str] | None = None) -> None:
        self.people.log_interaction(contact)

    def introduce(self, a_id: int, b_id: int, why: str) -> None:
        self.people.introduce(a_id, b_id, why)

    def my_needs(self) -> None:
        self.people.my_needs()

    def show_introductions(self) -> None:
        """People > Introductions: every introduction and its next step (``intros_view``)."""
        from kith.ui.intros_view import IntroductionsDialog

        dialog = IntroductionsDialog(self)
        self.intros_dialog = dialog
        dialog.changed.connect(lambda cid: self.refresh_all(cid))
        dialog.open()

    def find_duplicates(self) -> None:
        """People > Find duplicates: review likely duplicates (``duplicates_dialog``)."""
        from kith.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.undo_stack, self.refresh_all, self)
        self.duplicates_dialog = dialog
        dialog.open()
        dialog.search()

    @property
    def log_dialog(self) -> LogDialog | None:
        return self.people.log_dialog

    @property
    def intro_dialog(self) -> IntroductionDialog | None:
        return self.people.intro_dialog

    @property
    def my_needs_dialog(self) -> MyNeedsDialog | None:
        return self.people.my_needs_dialog

    def _help_changed(self, count: int) -> None:
        """The badge: the ideas not seen yet, "99+" beyond 99."""
        self.nav.set_badge("help", "99+" if count > 99 else count)

    def _due_changed(self, count: int) -> None:
        self._due = count
        self.nav.set_badge("today", count)
        self.setWindowTitle(translate("MainWindow", "Kith — {count} due").format(
            count=formats.number(count)) if count else "Kith")
        self.dueChanged.emit(count)

    def due_count(self) -> int:
        return self._due

    def due_now(self) -> list[DueItem]:
        """The reminders due today or earlier, most urgent first (at most 100 of each
        section), as the Today page last read them: the tray shows these."""
        return [i for i in self.today_page.items if i.overdue_days >= 0]

    def show_banner(self, text: str) -> None:
        """A message inside the window (reminders when there is no tray)."""
        self.banner.show_message(text)

    def new_contact(self) -> None:
        self.show_page("contacts")
        self.contacts_page.new_contact()

    def save_contact(self) -> None:
        page = self._contacts_if_built()
        if page is not None:
            page.save_shown()

    def show_contact_list(self) -> None:
        """Bring the window forward on the contacts list, the list focused."""
        self.show_page("contacts")
        self.activateWindow()
        self.contacts_page.focus_list()

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def selected_contact_ids(self) -> list[int]:
        page = self._contacts_if_built()
        return page.selected_ids() if page is not None else []

    @staticmethod
    def _live_count() -> int:
        from kith.services.contacts import search

        return search.count()

    def find_people(self) -> None:
        self.show_page("contacts")
        self.contacts_page.focus_search()

    def _count_changed(self, count: int) -> None:
        self.count_label.setText(plural("MainWindow", "%Ln contact", "%Ln contacts", count))

    def _undo_busy(self, busy: bool) -> None:
        """No undo or redo while a worker writes for the stack."""
        self.undo_action.setEnabled(not busy and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not busy and self.undo_stack.canRedo())

    def _announce_undo(self) -> None:
        note = self.undo_stack.take_note()
        if note:
            self.statusBar().showMessage(note, 15000)
            return
        text = self.undo_stack.undoText()
        if text:
            self.statusBar().showMessage(
                translate("MainWindow", "{action}. Undo with Ctrl+Z.").format(action=text), 6000)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, translate("MainWindow", "About Kith"),
            translate("MainWindow", "Kith {version}\nA local-first personal relationship "
                      "manager.\nYour data stays on this computer.").format(version=__version__))

    # --- import / export ----------------------------------------------------------
    def open_import(self, paths: list[str] | None = None) -> None:
        self.transfer.open_import(paths)

    @property
    def import_dialog(self) -> ImportDialog | None:
        return self.transfer.dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_import(paths)

    # --- closing ------------------------------------------------------------------
    def quit_requested(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self._flush_edits():
            QApplication.quit()

    def _flush_edits(self) -> bool:
        """Save what was typed and not saved; False if that failed (the person was told)."""
        page = self._contacts_if_built()
        if page is not None and page.has_unsaved_edits():
            return page.save()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._flush_edits():  # stay open with what was typed, rather than lose it
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        page = self._contacts_if_built()
        if event.key() == Qt.Key.Key_Escape and page is not None \
                and page.search.hasFocus():
            page.search.clear()
            return
        super().keyPressEvent(event)
