"""The detail pane: view and edit one contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kith.i18n import plural, translate
from kith.services.contacts.records import ContactRecord, valid_birthday
from kith.ui.person_header import PersonHeader
from kith.ui.points_editor import PointsEditor
from kith.ui.safety import plain_label
from kith.ui.theme import style_error, style_secondary

FORM_WIDTH = 640  # DESIGN.md: forms no wider than ~640 px
MAX_PHOTO_BYTES = 5 * 1024 * 1024


class ContactEditor(QWidget):
    """Shows a ContactRecord in editable fields and builds one back from them.

    Signals:
        saveRequested(): the user asked to save (button or Ctrl+S).
        deleteRequested(): the user asked to delete this contact.
        dirtyChanged(bool): the fields differ, or no longer differ, from what was loaded.
    """

    saveRequested = Signal()
    deleteRequested = Signal()
    dirtyChanged = Signal(bool)

    def __init__(self, circles: list[tuple[str, int | None]], parent: QWidget | None = None):
        super().__init__(parent)
        self._record = ContactRecord()
        self._photo: bytes | None = None
        self._photo_mime: str | None = None
        self._dirty = False
        self._loading = False

        # The header (avatar, name, job line, a line for prompts) sits above the tabs; the
        # page that holds this editor places it. Clicking the avatar chooses a photo.
        self.header = PersonHeader()
        self.header.avatar.photoRequested.connect(self._choose_photo)
        self.avatar = self.header.avatar
        self.heading = self.header.name
        self.subheading = self.header.job
        self.hint = self.header.hint

        # Fields.
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            translate("ContactEditor", "Shown as (leave empty to use the name)"))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.nickname = QLineEdit()
        self.organization = QLineEdit()
        self.title = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(
            translate("ContactEditor", "YYYY-MM-DD, or --MM-DD without the year"))
        self.how_met = QLineEdit()
        self.how_met.setPlaceholderText(translate("ContactEditor", "Where and how you met"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("ContactEditor", "comma, separated, tags"))
        self._circle_days = {name: days for name, days in circles}
        self.circle = QComboBox()
        self.circle.addItem(translate("ContactEditor", "No circle"), None)
        for name, days in circles:
            self.circle.addItem(plural("ContactEditor", "{name} (every %n day)",
                                       "{name} (every %n days)", days).format(name=name)
                                if days else name, name)
        self.cadence_mode = QComboBox()
        self.cadence_mode.addItem(translate("ContactEditor", "As the circle says"), "circle")
        self.cadence_mode.addItem(translate("ContactEditor", "Every…"), "days")
        self.cadence_mode.addItem(translate("ContactEditor", "Never remind me"), "never")
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 3650)
        self.cadence.setValue(30)
        self.cadence.setSuffix(translate("ContactEditor", " days"))
        self._custom_days = 30
        # What following the circle means, in words, when the circle sets no number.
        self.cadence_note = style_secondary(plain_label())
        self.cadence_mode.currentIndexChanged.connect(self._show_cadence)
        self.circle.currentIndexChanged.connect(self._show_cadence)
        self.cadence.valueChanged.connect(self._remember_custom)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_mode)
        cadence_row.addWidget(self.cadence)
        cadence_row.addWidget(self.cadence_note)
        cadence_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(translate("ContactEditor", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.points = PointsEditor()
        self.birthday_error = plain_label()
        self.birthday_error.setWordWrap(True)
        style_error(self.birthday_error)
        self.birthday_error.hide()

        photo_buttons = QHBoxLayout()
        self.choose_photo = QPushButton(translate("ContactEditor", "Choose photo…"))
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton(translate("ContactEditor", "Remove photo"))
        self.remove_photo.clicked.connect(self._remove_photo)
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)

        # The field and its error in one cell: a hidden error takes no room.
        birthday_box = QWidget()
        birthday_layout = QVBoxLayout(birthday_box)
        birthday_layout.setContentsMargins(0, 0, 0, 0)
        birthday_layout.setSpacing(2)
        birthday_layout.addWidget(self.birthday)
        birthday_layout.addWidget(self.birthday_error)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        rows = (
            (translate("ContactEditor", "&First name"), self.given_name),
            (translate("ContactEditor", "Last na&me"), self.family_name),
            (translate("ContactEditor", "Shown as"), self.display_name),
            (translate("ContactEditor", "Nickname"), self.nickname),
            (translate("ContactEditor", "&Organization"), self.organization),
            (translate("ContactEditor", "Title"), self.title),
            (translate("ContactEditor", "Contact"), self.points),
            (translate("ContactEditor", "&Birthday"), birthday_box),
            (translate("ContactEditor", "How we met"), self.how_met),
            (translate("ContactEditor", "Tags"), self.tags),
            (translate("ContactEditor", "Circle"), self.circle),
            (translate("ContactEditor", "Keep in touch"), cadence_row),
            (translate("ContactEditor", "&Notes"), self.notes),
            (translate("ContactEditor", "Photo"), photo_buttons),
        )
        for text, cell in rows:
            label = style_secondary(QLabel(text))
            field = cell
            if field is birthday_box:
                field = self.birthday
            if isinstance(field, QWidget):
                label.setBuddy(field)
                if not isinstance(field, PointsEditor):
                    field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, cell)
        self.cadence_mode.setAccessibleName(translate("ContactEditor", "Keep in touch"))
        self.cadence.setAccessibleName(translate("ContactEditor", "Days between follow-ups"))
        self.choose_photo.setAccessibleName(translate("ContactEditor", "Choose photo"))
        self.remove_photo.setAccessibleName(translate("ContactEditor", "Remove photo"))

        self.save_button = QPushButton(translate("ContactEditor", "&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("ContactEditor", "Save changes (Ctrl+S)"))
        self.save_button.setAccessibleName(translate("ContactEditor", "Save"))
        self.save_button.clicked.connect(self._request_save)
        self.revert_button = QPushButton(translate("ContactEditor", "Revert"))
        self.revert_button.setAccessibleName(translate("ContactEditor", "Revert"))
        self.revert_button.clicked.connect(lambda: self.set_record(self._record))
        self.delete_button = QPushButton(translate("ContactEditor", "Delete"))
        self.delete_button.setAccessibleName(translate("ContactEditor", "Delete contact"))
        self.delete_button.setToolTip(
            translate("ContactEditor", "Delete this contact (Delete; undo with Ctrl+Z)"))
        self.delete_button.clicked.connect(self.deleteRequested)
        actions = QHBoxLayout()
        actions.setContentsMargins(16, 4, 16, 8)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        # The form in a column of at most FORM_WIDTH, left-aligned, in a scroll area that
        # scrolls both ways when the pane is narrower than the form's least width.
        column = QWidget()
        column.setMaximumWidth(FORM_WIDTH)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addLayout(form)
        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(16, 12, 16, 12)
        body_layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        body_layout.addStretch(0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(actions)

        for edit in (self.display_name, self.given_name, self.family_name, self.nickname,
                     self.organization, self.title, self.birthday, self.how_met, self.tags):
            edit.textChanged.connect(self._touched)
            edit.returnPressed.connect(self._request_save)
        self.notes.textChanged.connect(self._touched)
        self.circle.currentIndexChanged.connect(self._touched)
        self.cadence.valueChanged.connect(self._touched)
        self.cadence_mode.currentIndexChanged.connect(self._touched)
        self.points.changed.connect(self._touched)
        self.birthday.textChanged.connect(self._check_birthday)
        self._update_dirty(False)

    # --- loading and reading ------------------------------------------------
    def set_record(self, record: ContactRecord) -> None:
        self._loading = True
        self._record = record
        self.display_name.setText(record.display_name
                                  if record.display_name != self._name_from_parts(record) else "")
        self.given_name.setText(record.given_name)
        self.family_name.setText(record.family_name)
        self.nickname.setText(record.nickname)
        self.organization.setText(record.organization)
        self.title.setText(record.title)
        self.birthday.setText(record.birthday or record.birthday_raw or "")
        self.how_met.setText(record.how_met)
        self.tags.setText(", ".join(record.tags))
        index = self.circle.findData(record.circle)
        self.circle.setCurrentIndex(index if index >= 0 else 0)
        mode = "circle" if record.cadence_days is None else \
            "never" if record.cadence_days == 0 else "days"
        self._custom_days = record.cadence_days or self._circle_days.get(
            record.circle or "") or 30
        self.cadence_mode.setCurrentIndex(self.cadence_mode.findData(mode))
        self._show_cadence()
        self.notes.setPlainText(record.notes)
        self.points.set_points(list(record.points))
        self._photo, self._photo_mime = record.photo, record.photo_mime
        self._show_photo()
        self.delete_button.setEnabled(record.id is not None)
        self._loading = False
        self._update_dirty(False)
        self._check_birthday()

    def record(self) -> ContactRecord:
        birthday = self.birthday.text().strip() or None
        raw = None
        if birthday and not valid_birthday(birthday):
            raw, birthday = birthday, None
        mode = self.cadence_mode.currentData()
        cadence = None if mode == "circle" else 0 if mode == "never" else self.cadence.value()
        return ContactRecord(
            id=self._record.id,
            uid=self._record.uid,
            display_name=self.display_name.text().strip(),
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            additional_names=self._record.additional_names,
            prefix=self._record.prefix,
            suffix=self._record.suffix,
            nickname=self.nickname.text(),
            organization=self.organization.text(),
            department=self._record.department,
            title=self.title.text(),
            birthday=birthday,
            birthday_raw=raw,
            notes=self.notes.toPlainText(),
            how_met=self.how_met.text(),
            circle=self.circle.currentData(),
            cadence_days=cadence,
            points=self.points.points(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            photo=self._photo,
            photo_mime=self._photo_mime,
        ).cleaned()

    def loaded(self) -> ContactRecord:
        return self._record

    def is_dirty(self) -> bool:
        return self._dirty

    def focus_first_field(self) -> None:
        self.given_name.setFocus()
        self.given_name.selectAll()

    # --- internals ----------------------------------------------------------
    @staticmethod
    def _name_from_parts(record: ContactRecord) -> str:
        probe = ContactRecord(**{k: getattr(record, k) for k in record.__dataclass_fields__})
        probe.display_name = ""
        return probe.derived_name()

    def _touched(self) -> None:
        if not self._loading:
            self._update_dirty(True)
            self._update_heading()

    def _update_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty and self._record.id is not None)
        self.dirtyChanged.emit(dirty)

    def _update_heading(self) -> None:
        record = self.record() if not self._loading else self._record
        first = {}
        for point in record.points:
            if point.kind in ("email", "phone") and point.kind not in first:
                first[point.kind] = point.value
        self.header.show_person(
            record.id if record.id is not None else record.uid or None,
            record.display_name or translate("ContactEditor", "New contact"),
            " · ".join(x for x in (record.title, record.organization) if x),
            "   ".join(first.values()),
            self._photo)

    def _show_cadence(self) -> None:
        """One number, never two that disagree: following the circle shows the circle's
        own (greyed), or says that it sets none; a custom cadence shows its own."""
        mode = self.cadence_mode.currentData()
        circle_days = self._circle_days.get(self.circle.currentData() or "")
        was_loading, self._loading = self._loading, True  # shown, not typed
        try:
            if mode == "days":
                self.cadence.setValue(self._custom_days)
            elif mode == "circle" and circle_days:
                self.cadence.setValue(circle_days)
        finally:
            self._loading = was_loading
        self.cadence.setEnabled(mode == "days")
        self.cadence.setVisible(mode == "days" or (mode == "circle" and bool(circle_days)))
        note = ""
        if mode == "circle" and not circle_days:
            note = translate("ContactEditor", "no reminders (no circle)") \
                if self.circle.currentData() is None \
                else translate("ContactEditor", "no reminders (the circle sets none)")
        self.cadence_note.setText(note)
        self.cadence_note.setVisible(bool(note))

    def _remember_custom(self, value: int) -> None:
        if self.cadence_mode.currentData() == "days" and not self._loading:
            self._custom_days = value

    def _check_birthday(self) -> None:
        text = self.birthday.text().strip()
        bad = bool(text) and not valid_birthday(text)
        self.birthday_error.setText(translate(
            "ContactEditor",
            "Not a date Kith understands: write 1987-04-15, or --04-15 without the year. "
            "The text is kept as you typed it.") if bad else "")
        self.birthday_error.setVisible(bad)

    def _request_save(self) -> None:
        if self._dirty:
            self.saveRequested.emit()

    def _show_photo(self) -> None:
        self._update_heading()
        self.remove_photo.setEnabled(bool(self._photo))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ContactEditor", "Choose a photo"), str(Path.home()),
            translate("ContactEditor", "Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if not path:
            return
        data = Path(path).read_bytes()
        if len(data) > MAX_PHOTO_BYTES or QImage.fromData(QByteArray(data)).isNull():
            QMessageBox.warning(
                self, translate("ContactEditor", "Photo not used"),
                translate("ContactEditor",
                          "That file is not an image Kith can read, or is over 5 MB. "
                          "Choose a PNG, JPEG, GIF or WebP image."))
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        self.set_photo(data, "image/jpeg" if suffix in ("jpg", "jpeg") else f"image/{suffix}")

    def set_photo(self, data: bytes, mime: str) -> None:
        self._photo = data
        self._photo_mime = mime
        self._show_photo()
        self._touched()

    def _remove_photo(self) -> None:
        self._photo = None
        self._photo_mime = None
        self._show_photo()
        self._touched()
