"""One person in full: the header, then the Timeline, Details, Needs & offers and People
they know tabs.

Built the first time someone is opened (the contacts page shows a placeholder
until then), so that start-up does not pay for a form nobody has looked at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kith import clock
from kith.i18n import translate
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.ui import formats
from kith.ui.contact_editor import ContactEditor
from kith.ui.links_view import LinksView
from kith.ui.needs_editor import NeedsEditor
from kith.ui.timeline_view import TimelineView


class ContactDetail(QWidget):
    """Signals:
    saveRequested(), deleteRequested(): from the editor.
    needsChanged(): a need or offer was added, edited or removed.
    logRequested(), noteRequested(): from the timeline's buttons.
    entryEditRequested(object), entryDeleteRequested(object): a timeline entry.
    openRequested(int): open another person (one of the people they know).
    """

    saveRequested = Signal()
    deleteRequested = Signal()
    needsChanged = Signal()
    logRequested = Signal()
    noteRequested = Signal()
    entryEditRequested = Signal(object)
    entryDeleteRequested = Signal(object)
    openRequested = Signal(int)

    def __init__(self, prompt_for: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt_for = prompt_for
        self.editor = ContactEditor(contacts.circles())
        self.editor.saveRequested.connect(self.saveRequested)
        self.editor.deleteRequested.connect(self.deleteRequested)
        self.timeline = TimelineView(with_names=False)
        self.timeline.logRequested.connect(self.logRequested)
        self.timeline.noteRequested.connect(self.noteRequested)
        self.timeline.editRequested.connect(self.entryEditRequested)
        self.timeline.deleteRequested.connect(self.entryDeleteRequested)
        self.needs = NeedsEditor()
        self.needs.changed.connect(self._needs_changed)
        self.links = LinksView()
        self.links.changed.connect(self.show_hint)
        self.links.openRequested.connect(self.openRequested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, translate("ContactDetail", "&Timeline"))
        self.tabs.addTab(self.editor, translate("ContactDetail", "D&etails"))
        self.tabs.addTab(self.needs, translate("ContactDetail", "Needs && &offers"))
        self.tabs.addTab(self.links, translate("ContactDetail", "People they &know"))
        self.tabs.setAccessibleName(translate("ContactDetail", "About this person"))
        self.tabs.setDocumentMode(True)
        self.tabs.setCurrentWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor.header)
        layout.addWidget(self.tabs, 1)

    def show_new(self) -> None:
        """An empty form for someone new (no timeline or needs until saved)."""
        self.editor.set_record(ContactRecord())
        self.timeline.show_contact(None)
        self.tabs.setCurrentWidget(self.editor)
        self.tabs.setTabEnabled(0, False)
        self.tabs.setTabEnabled(2, False)
        self.tabs.setTabEnabled(3, False)
        self.editor.focus_first_field()

    def show_record(self, record: ContactRecord) -> None:
        assert record.id is not None
        self.editor.set_record(record)
        self.show_hint()
        self.timeline.show_contact(record.id)
        self.needs.show_for(record.id)
        self.links.show_for(record.id)
        self.tabs.setTabEnabled(0, True)
        self.tabs.setTabEnabled(2, True)
        self.tabs.setTabEnabled(3, True)

    def show_hint(self) -> None:
        """The next follow-up (and the best way to help, when there is one) under the name."""
        contact_id = self.editor.loaded().id or 0
        today = clock.today()
        lines = []
        upcoming = followups.for_contact(contact_id, today, days=3650) if contact_id else []
        if upcoming:
            item = min(upcoming, key=lambda i: i.due)
            if item.due == today:
                line = translate("ContactDetail", "Next follow-up today: {reason}")
            elif item.due < today:
                line = translate("ContactDetail", "Follow-up overdue since {date}: {reason}")
            else:
                line = translate("ContactDetail", "Next follow-up {when} ({date}): {reason}")
            lines.append(line.format(when=formats.relative_day(item.due, today),
                                     date=formats.date(item.due), reason=item.reason))
        tip = self.prompt_for(contact_id) if contact_id else ""
        if tip:
            lines.append(f"› {tip}")
        self.editor.header.show_hint(lines)

    def _needs_changed(self) -> None:
        self.show_hint()
        self.needsChanged.emit()
