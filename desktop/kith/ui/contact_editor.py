"""The detail pane: view and edit one contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
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

from kith.services.contacts.records import ContactRecord, valid_birthday
from kith.ui.points_editor import PointsEditor
from kith.ui.safety import plain_label
from kith.ui.theme import style_error, style_hint, style_photo

PHOTO_SIZE = 72
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

        # Header: photo, name, organisation.
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style_photo(self.photo_label)
        self.heading = plain_label()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = plain_label()
        self.subheading.setObjectName("subheading")
        head_text = QVBoxLayout()
        head_text.addWidget(self.heading)
        head_text.addWidget(self.subheading)
        head_text.addStretch(1)
        # The header (photo, name, organisation, a line for prompts) sits above the
        # tabs; the page that holds this editor places it.
        self.header = QWidget()
        header = QHBoxLayout(self.header)
        header.setContentsMargins(4, 4, 4, 4)
        header.addWidget(self.photo_label)
        header.addLayout(head_text, 1)
        self.hint = plain_label()
        style_hint(self.hint)
        self.hint.setWordWrap(True)
        self.hint.hide()
        head_text.insertWidget(2, self.hint)

        # Fields.
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText("Shown as (leave empty to use the name)")
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.nickname = QLineEdit()
        self.organization = QLineEdit()
        self.title = QLineEdit()
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText("YYYY-MM-DD, or --MM-DD without the year")
        self.how_met = QLineEdit()
        self.how_met.setPlaceholderText("Where and how you met")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("comma, separated, tags")
        self.circle = QComboBox()
        self.circle.addItem("No circle", None)
        for name, days in circles:
            self.circle.addItem(f"{name} (every {days} days)" if days else name, name)
        self.cadence_mode = QComboBox()
        self.cadence_mode.addItem("As the circle says", "circle")
        self.cadence_mode.addItem("Every…", "days")
        self.cadence_mode.addItem("Never remind me", "never")
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 3650)
        self.cadence.setValue(30)
        self.cadence.setSuffix(" days")
        self.cadence_mode.currentIndexChanged.connect(
            lambda: self.cadence.setEnabled(self.cadence_mode.currentData() == "days"))
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_mode)
        cadence_row.addWidget(self.cadence)
        cadence_row.addStretch(1)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.points = PointsEditor()
        self.birthday_error = plain_label()
        style_error(self.birthday_error)
        self.birthday_error.hide()

        form = QFormLayout()
        form.addRow("&First name", self.given_name)
        form.addRow("Last na&me", self.family_name)
        form.addRow("Shown as", self.display_name)
        form.addRow("Nickname", self.nickname)
        form.addRow("&Organization", self.organization)
        form.addRow("Title", self.title)
        form.addRow("Contact", self.points)
        form.addRow("&Birthday", self.birthday)
        form.addRow("", self.birthday_error)
        form.addRow("How we met", self.how_met)
        form.addRow("Tags", self.tags)
        form.addRow("Circle", self.circle)
        form.addRow("Keep in touch", cadence_row)
        form.addRow("&Notes", self.notes)

        photo_buttons = QHBoxLayout()
        self.choose_photo = QPushButton("Choose photo…")
        self.choose_photo.clicked.connect(self._choose_photo)
        self.remove_photo = QPushButton("Remove photo")
        self.remove_photo.clicked.connect(self._remove_photo)
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.remove_photo)
        photo_buttons.addStretch(1)
        form.addRow("Photo", photo_buttons)

        self.save_button = QPushButton("&Save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip("Save changes (Ctrl+S)")
        self.save_button.clicked.connect(self._request_save)
        self.revert_button = QPushButton("Revert")
        self.revert_button.clicked.connect(lambda: self.set_record(self._record))
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete this contact (Delete; undo with Ctrl+Z)")
        self.delete_button.clicked.connect(self.deleteRequested)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
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
        self.cadence_mode.setCurrentIndex(self.cadence_mode.findData(mode))
        self.cadence.setValue(record.cadence_days or 30)
        self.cadence.setEnabled(mode == "days")
        self.notes.setPlainText(record.notes)
        self.points.set_points(list(record.points))
        self._photo, self._photo_mime = record.photo, record.photo_mime
        self._show_photo()
        self._update_heading()
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
        self.heading.setText(record.display_name or "New contact")
        first = {}
        for point in record.points:
            if point.kind in ("email", "phone") and point.kind not in first:
                first[point.kind] = point.value
        parts = [" · ".join(x for x in (record.organization, record.title) if x),
                 "   ".join(first.values())]
        self.subheading.setText("\n".join(p for p in parts if p))

    def _check_birthday(self) -> None:
        text = self.birthday.text().strip()
        bad = bool(text) and not valid_birthday(text)
        self.birthday_error.setText(
            "Not a date Kith understands: write 1987-04-15, or --04-15 without the year. "
            "The text is kept as you typed it." if bad else "")
        self.birthday_error.setVisible(bad)

    def _request_save(self) -> None:
        if self._dirty:
            self.saveRequested.emit()

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self._photo:
            image = QImage.fromData(QByteArray(self._photo))
            if not image.isNull():
                pixmap = QPixmap.fromImage(image).scaled(
                    PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
        if pixmap.isNull():
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText("No photo")
        else:
            self.photo_label.setPixmap(pixmap)
        self.remove_photo.setEnabled(bool(self._photo))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Choose a photo", str(Path.home()), "Images (*.png *.jpg *.jpeg *.gif *.webp)")
        if not path:
            return
        data = Path(path).read_bytes()
        if len(data) > MAX_PHOTO_BYTES or QImage.fromData(QByteArray(data)).isNull():
            QMessageBox.warning(self, "Photo not used",
                                "That file is not an image Kith can read, or is over 5 MB.")
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        self._photo = data
        self._photo_mime = "image/jpeg" if suffix in ("jpg", "jpeg") else f"image/{suffix}"
        self._show_photo()
        self._touched()

    def _remove_photo(self) -> None:
        self._photo = None
        self._photo_mime = None
        self._show_photo()
        self._touched()
