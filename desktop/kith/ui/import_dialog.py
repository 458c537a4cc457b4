"""File > Import: choose files and the event, preview who is new and who is known, import."""

from __future__ import annotations

from pathlib import Path

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
from kith.services.cards import events, importer
from kith.services.cards.importer import EventSpec, ImportResult
from kith.ui.dates import from_qdate
from kith.ui.import_preview import ActionDelegate, ImportPreviewModel
from kith.ui.safety import plain_label
from kith.ui.worker import Task

NEW_EVENT = -1
NO_EVENT = -2


class ImportDialog(QDialog):
    """Signals:
    imported(object): the ImportResult, after the batch was written.
    """

    imported = Signal(object)

    def __init__(self, paths: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import cards")
        self.resize(900, 640)
        self._task: Task | None = None
        self._plan: importer.ImportPlan | None = None
        self.result_: ImportResult | None = None

        # Files.
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add_files = QPushButton("Add files…")
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton("Add folder…")
        add_folder.clicked.connect(self._choose_folder)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(add_folder)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        files_box = QGroupBox("Cards")
        files_box.setLayout(file_row)

        # Event.
        self.event_choice = QComboBox()
        self.event_choice.addItem("A new event…", NEW_EVENT)
        for info in events.list_events():
            self.event_choice.addItem(info.label(), info.id)
        self.event_choice.addItem("No event", NO_EVENT)
        self.event_name = QLineEdit()
        self.event_name.setPlaceholderText("e.g. Gallatin Mixer")
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("yyyy-MM-dd")
        self.event_place = QLineEdit()
        self.event_place.setPlaceholderText("Where (optional)")
        self.event_choice.currentIndexChanged.connect(self._event_changed)
        form = QFormLayout()
        form.addRow("&Event", self.event_choice)
        form.addRow("&Name", self.event_name)
        form.addRow("&Date", self.event_date)
        form.addRow("&Place", self.event_place)
        event_box = QGroupBox("Where you met them")
        event_box.setLayout(form)

        # Preview.
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, ActionDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 180), (1, 130), (2, 200), (4, 150)):
            header.resizeSection(column, width)
        self.summary = plain_label("Add the .vcf files (or a folder) from your event.")
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(110)
        self.problems.setPlaceholderText("Problems found in the files appear here.")
        self.progress = QProgressBar()
        self.progress.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("&Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
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
            self, "Choose vCard files", str(Path.home()), "vCards (*.vcf *.vcard);;All files (*)")
        if chosen:
            self.add_paths(chosen)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Choose a folder of vCards",
                                                  str(Path.home()))
        if chosen:
            self.add_paths([chosen])

    # --- event ----------------------------------------------------------------
    def _event_changed(self) -> None:
        new = self.event_choice.currentData() == NEW_EVENT
        for w in (self.event_name, self.event_date, self.event_place):
            w.setEnabled(new)
        self._update_buttons()

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
        paths = self.paths()
        task = Task(lambda progress, cancelled: importer.plan(paths, progress, cancelled),
                    Cancelled)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._previewed)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(lambda: self._busy(False, "Reading was cancelled."))
        self._task = task
        self._busy(True, "Reading the cards…")
        task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _previewed(self, plan: importer.ImportPlan) -> None:
        if self.sender() is not (self._task.signals if self._task else None):
            return
        self._task = None
        self._plan = plan
        self.model.set_plan(plan)
        counts = self.model.counts()
        self.problems.setPlainText("\n".join(
            f"{Path(p.file).name}, line {p.line}{f' ({p.card})' if p.card else ''}: {p.message}"
            for p in plan.problems))
        if plan.cards_read == 0:
            text = "No card could be read from these files; nothing would be imported."
        else:
            same = (f", {counts['fold']} the same person as another card"
                    if counts["fold"] else "")
            text = (f"{plan.cards_read} cards: {counts['new']} new, {counts['known']} already "
                    f"in Kith{same}, {len(plan.problems)} problems. Choose per person in the "
                    "Action column, then Import.")
        self._busy(False, text)

    def _failed(self, message: str) -> None:
        self._task = None
        self._busy(False, f"Nothing was imported. {message}")

    def _can_import(self) -> bool:
        if self._plan is None or self._task is not None or not self._plan.cards:
            return False
        return not (self.event_choice.currentData() == NEW_EVENT
                    and not self.event_name.text().strip())

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        if self.event_choice.currentData() == NEW_EVENT and not self.event_name.text().strip():
            self.import_button.setToolTip("Name the event, or choose No event")
        else:
            self.import_button.setToolTip("")

    def _commit(self) -> None:
        if not self._can_import() or self._plan is None:
            return
        plan, spec = self._plan, self.event_spec()
        task = Task(lambda progress, cancelled: importer.commit(plan, spec, progress, cancelled),
                    Cancelled)
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(self._committed)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(
            lambda: self._after_cancel("Import cancelled; nothing was written."))
        self._task = task
        self._busy(True, "Importing…")
        task.start()

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
