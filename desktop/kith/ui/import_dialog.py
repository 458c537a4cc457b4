"""File > Import: choose files and the event, preview who is new and who is known, import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kith.errors import Cancelled
from kith.i18n import plural, translate
from kith.services.cards import events, importer
from kith.services.cards.csv_layouts import ColumnMap
from kith.services.cards.csv_reader import UnknownLayout
from kith.services.cards.importer import EventSpec, ImportResult
from kith.ui import formats
from kith.ui.dates import from_qdate
from kith.ui.import_preview import ACTION_COLUMN, ActionDelegate, ImportPreviewModel
from kith.ui.import_words import result_text
from kith.ui.safety import plain_label
from kith.ui.theme import list_rows
from kith.ui.worker import IsCancelled, Progress, Task
from kith.vcard.model import Problem

if TYPE_CHECKING:
    from kith.ui.csv_mapping import CsvMappingDialog

NEW_EVENT = -1
NO_EVENT = -2


def event_label(info: events.EventInfo) -> str:
    """"Gallatin Mixer · 11/28/2026 · Austin": the date in the locale's short format."""
    return " · ".join(p for p in (info.name, formats.date(info.date), info.place) if p)


def problem_line(problem: Problem) -> str:
    """One problem of the files: where it is (file, line, card) and what happened."""
    where = translate("ImportDialog", "{file}, line {line}").format(
        file=Path(problem.file).name, line=formats.number(problem.line))
    if problem.card:
        where = translate("ImportDialog", "{where} ({card})").format(where=where,
                                                                    card=problem.card)
    return translate("ImportDialog", "{where}: {message}").format(where=where,
                                                                  message=problem.message)


class ImportDialog(QDialog):
    """Signals:
    imported(object): the ImportResult, after the batch was written.
    """

    imported = Signal(object)

    def __init__(self, paths: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import cards"))
        self.resize(900, 640)
        self._task: Task | None = None
        self._plan: importer.ImportPlan | None = None
        # Column maps the person gave for CSV files of an unknown layout, for this
        # dialog only (csv_mapping.py): by file name.
        self._maps: dict[str, ColumnMap] = {}
        self.mapping: CsvMappingDialog | None = None
        self.result_: ImportResult | None = None

        # Files.
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setAccessibleName(translate("ImportDialog", "Files to import"))
        add_files = QPushButton(translate("ImportDialog", "Add files…"))
        add_files.setAccessibleName(translate("ImportDialog", "Add files"))
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton(translate("ImportDialog", "Add folder…"))
        add_folder.setAccessibleName(translate("ImportDialog", "Add a folder"))
        add_folder.clicked.connect(self._choose_folder)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(add_folder)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        files_box = QGroupBox(translate("ImportDialog", "Cards"))
        files_box.setLayout(file_row)

        # Event.
        self.event_choice = QComboBox()
        self.event_choice.addItem(translate("ImportDialog", "A new event…"), NEW_EVENT)
        for info in events.list_events():
            self.event_choice.addItem(event_label(info), info.id)
        self.event_choice.addItem(translate("ImportDialog", "No event"), NO_EVENT)
        self.event_name = QLineEdit()
        self.event_name.setPlaceholderText(translate("ImportDialog", "e.g. Gallatin Mixer"))
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat(formats.date_format())  # the locale's short date
        self.event_place = QLineEdit()
        self.event_place.setPlaceholderText(translate("ImportDialog", "Where (optional)"))
        for widget, name in ((self.event_choice, translate("ImportDialog", "Event")),
                             (self.event_name, translate("ImportDialog", "Event name")),
                             (self.event_date, translate("ImportDialog", "Event date")),
                             (self.event_place, translate("ImportDialog", "Event place"))):
            widget.setAccessibleName(name)
        self.event_choice.currentIndexChanged.connect(self._event_changed)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "&Event"), self.event_choice)
        form.addRow(translate("ImportDialog", "&Name"), self.event_name)
        form.addRow(translate("ImportDialog", "&Date"), self.event_date)
        form.addRow(translate("ImportDialog", "&Place"), self.event_place)
        event_box = QGroupBox(translate("ImportDialog", "Where you met them"))
        event_box.setLayout(form)

        # Preview.
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        list_rows(self.table)  # Tab moves on to the buttons; rows as tall as other lists
        self.table.setAccessibleName(translate("ImportDialog", "Cards to import"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ACTION_COLUMN, ActionDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 180), (1, 130), (2, 200), (4, 150)):
            header.resizeSection(column, width)
        self.summary = plain_label(
            translate("ImportDialog", "Add the .vcf files (or a folder) from your event."))
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.setPlaceholderText(
            translate("ImportDialog", "Problems found in the files appear here."))
        self.problems.setAccessibleName(translate("ImportDialog", "Problems found"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("ImportDialog", "Progress"))
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(translate("ImportDialog", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setAccessibleName(translate("ImportDialog", "Import"))
        self.cancel_button.setAccessibleName(translate("ImportDialog", "Cancel"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._commit)
        self.cancel_button.clicked.connect(self._cancel)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(files_box, 1)
        top.addWidget(event_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.event_name.textChanged.connect(self._update_buttons)
        self._event_changed()
        if paths:
            self.add_paths(paths)

    # --- files ----------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        known = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if path not in known:
                self.files.addItem(path)
                known.add(path)
        self._preview()

    def paths(self) -> list[str]:
        return [self.files.item(i).text() for i in range(self.files.count())]

    def _choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, translate("ImportDialog", "Choose files to import"), str(Path.home()),
            translate("ImportDialog", "vCards, CSV exports, pictures of QR codes (*.vcf *.vcard "
                      "*.csv *.png *.jpg *.jpeg);;All files (*)"))
        if chosen:
            self.add_paths(chosen)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ImportDialog", "Choose a folder to import"), str(Path.home()))
        if chosen:
            self.add_paths([chosen])

    # --- event ----------------------------------------------------------------
    def _event_changed(self) -> None:
        new = self.event_choice.currentData() == NEW_EVENT
        for w in (self.event_name, self.event_date, self.event_place):
            w.setEnabled(new)
        self._update_buttons()
        if self._plan is not None and self._task is None:  # with or without an event
            self.summary.setText(self.preview_text())

    def plan(self) -> importer.ImportPlan:
        """What the preview read (and, once imported, what was written)."""
        return self.model.plan

    def event_spec(self) -> EventSpec | None:
        choice = self.event_choice.currentData()
        if choice == NO_EVENT:
            return None
        if choice == NEW_EVENT:
            return EventSpec(self.event_name.text().strip(),
                             from_qdate(self.event_date.date()),
                             self.event_place.text().strip())
        return EventSpec(event_id=int(choice))

    # --- work -----------------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.summary.setText(text)
        self.import_button.setEnabled(not busy and self._can_import())

    def _preview(self) -> None:
        if self._task is not None:
            self._task.cancel()
        paths, maps = self.paths(), dict(self._maps)

        def work(progress: Progress, cancelled: IsCancelled) -> object:
            try:
                return importer.plan(paths, progress, cancelled, maps=maps)
            except UnknownLayout as unknown:  # the mapping step asks, then reads again
                return unknown

        task = Task(work, Cancelled)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._previewed)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(lambda: self._busy(
            False, translate("ImportDialog", "Reading was cancelled; nothing was imported.")))
        self._task = task
        self._busy(True, translate("ImportDialog", "Reading the cards…"))
        task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _previewed(self, plan: importer.ImportPlan | UnknownLayout) -> None:
        if self.sender() is not (self._task.signals if self._task else None):
            return
        self._task = None
        if isinstance(plan, UnknownLayout):
            self._ask_columns(plan)
            return
        self._plan = plan
        self.model.set_plan(plan)
        self.problems.setPlainText("\n".join(problem_line(p) for p in plan.problems))
        self._busy(False, self.preview_text())

    def _ask_columns(self, unknown: UnknownLayout) -> None:
        """The mapping step for a CSV of a layout Kith does not know; then read again."""
        from kith.services.cards.csv_reader import columns_and_rows
        from kith.ui.csv_mapping import CsvMappingDialog

        self._busy(False, translate("ImportDialog", "Choose which column holds what."))
        try:
            with Path(unknown.file).open("rb") as stream:
                columns, rows = columns_and_rows(stream.read(262_144))
        except OSError:
            columns, rows = unknown.columns, []
        dialog = CsvMappingDialog(Path(unknown.file).name, columns, rows, self)
        self.mapping = dialog

        def chosen(code: int) -> None:
            self.mapping = None
            if code == QDialog.DialogCode.Accepted:
                self._maps[unknown.file] = dialog.column_map()
            else:  # that file is left out; the others are read
                for i in reversed(range(self.files.count())):
                    if str(Path(self.files.item(i).text()).expanduser()) == unknown.file:
                        self.files.takeItem(i)
                if not self.files.count():
                    self._busy(False, translate(
                        "ImportDialog", "Nothing was imported: the columns of the file were "
                        "not chosen. Add it again to choose them."))
                    return
            self._preview()

        dialog.finished.connect(chosen)
        dialog.open()

    def _failed(self, message: str) -> None:
        self._task = None
        self._busy(False, translate("ImportDialog", "Nothing was imported. {reason}").format(
            reason=message))

    def _can_import(self) -> bool:
        if self._plan is None or self._task is not None or not self._plan.cards:
            return False
        return not (self.event_choice.currentData() == NEW_EVENT
                    and not self.event_name.text().strip())

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        if self.event_choice.currentData() == NEW_EVENT and not self.event_name.text().strip():
            self.import_button.setToolTip(
                translate("ImportDialog", "Name the event, or choose No event"))
        else:
            self.import_button.setToolTip("")

    def _commit(self) -> None:
        if not self._can_import() or self._plan is None:
            return
        plan, spec = self._plan, self.event_spec()
        task = Task(lambda progress, cancelled: importer.commit(plan, spec, progress, cancelled),
                    Cancelled, writes=True)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._committed)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(
            lambda: self._after_cancel(
                translate("ImportDialog", "The import was cancelled; nothing was imported.")))
        self._task = task
        self._busy(True, translate("ImportDialog", "Importing…"))
        task.start()

    def preview_text(self) -> str:
        """What importing would do, in the words the result uses afterwards."""
        plan = self.model.plan
        if plan.cards_read == 0:
            return translate("ImportDialog", "No card could be read from these files; "
                             "nothing would be imported.")
        problems = (plural("ImportDialog", " %Ln problem is listed below.",
                           " %Ln problems are listed below.", len(plan.problems))
                    if plan.problems else "")
        return plural("ImportDialog", "%Ln card: {outcome}.{problems} Choose per person in "
                      "the Action column, then Import.",
                      "%Ln cards: {outcome}.{problems} Choose per person in the Action "
                      "column, then Import.", plan.cards_read).format(
            outcome=self.model.outcome(self.event_choice.currentData() != NO_EVENT).words(),
            problems=problems)

    def result_text(self) -> str:
        """The line to show once imported, in the preview's words ('' before)."""
        return "" if self.result_ is None else result_text(self.result_, self.model.plan)

    def _after_cancel(self, text: str) -> None:
        self._task = None
        self._busy(False, text)

    def _committed(self, result: ImportResult) -> None:
        self._task = None
        self.result_ = result
        self.imported.emit(result)
        self.accept()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self._task is not None:  # Esc while working cancels the work first
            self._task.cancel()
            return
        super().reject()

    def done(self, code: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.done.wait(10)
        super().done(code)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self.import_button.isEnabled():
            return
        super().keyPressEvent(event)
