"""Preferences in tabs: General (the tray, the reminder time, starting at login), Language and
sorting, Circles, and Me (your details and your card)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kith import settings as opts
from kith.i18n import translate
from kith.services.contacts import circles
from kith.settings import Settings
from kith.ui.accounts_tab import AccountsTab, PasswordKeeper
from kith.ui.failures import attempt
from kith.ui.me_tab import MeTab
from kith.ui.theme import style_hint

IdRole = 0x0100 + 1


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, autostart_args: list[str] | None = None,
                 parent: QWidget | None = None, secrets: PasswordKeeper | None = None) -> None:
        super().__init__(parent)
        self._autostart_args = autostart_args or []
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.settings = settings
        self.close_to_tray = QCheckBox(
            translate("Preferences", "Closing the window keeps Kith running in the tray"))
        self.close_to_tray.setChecked(settings.get(opts.CLOSE_TO_TRAY))
        self.start_at_login = QCheckBox(translate("Preferences", "Start Kith when I log in"))
        self.start_at_login.setChecked(_autostart_enabled())
        self.notify_at = QTimeEdit(QTime.fromString(settings.get(opts.NOTIFY_AT), "HH:mm"))
        self.notify_at.setDisplayFormat("HH:mm")
        self.notify_at.setAccessibleName(translate("Preferences", "Daily reminder at"))
        general = QFormLayout()
        general.addRow(self.close_to_tray)
        general.addRow(self.start_at_login)
        general.addRow(translate("Preferences", "Daily reminder at"), self.notify_at)
        general_box = QGroupBox(translate("Preferences", "Reminders"))
        general_box.setLayout(general)
        general_page = QWidget()
        general_column = QVBoxLayout(general_page)
        general_column.addWidget(general_box)
        general_column.addStretch(1)

        self.language = QComboBox()
        self.language.setAccessibleName(translate("Preferences", "Language"))
        from kith.ui.language import choices

        for value, label in choices():
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(opts.LANGUAGE))))
        self.sort_by = QComboBox()
        self.sort_by.setAccessibleName(translate("Preferences", "Sort people by"))
        self.sort_by.addItem(translate("Preferences", "Given name"), "given")
        self.sort_by.addItem(translate("Preferences", "Family name"), "family")
        self.sort_by.setCurrentIndex(max(0, self.sort_by.findData(settings.get(opts.SORT_BY))))
        display = QFormLayout()
        display.addRow(translate("Preferences", "Language"), self.language)
        display.addRow(translate("Preferences", "Sort people by"), self.sort_by)
        self.language_hint = QLabel(
            translate("Preferences", "A new language shows the next time Kith starts."))
        self.language_hint.setWordWrap(True)
        display.addRow(style_hint(self.language_hint))
        display_page = QWidget()
        display_column = QVBoxLayout(display_page)
        display_column.addLayout(display)
        display_column.addStretch(1)

        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(translate("Preferences", "Circles"))
        self.table.setHorizontalHeaderLabels([translate("Preferences", "Circle"),
                                              translate("Preferences", "Keep in touch every")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        add = QPushButton(translate("Preferences", "Add circle"))
        add.setAccessibleName(translate("Preferences", "Add circle"))
        add.clicked.connect(
            lambda: self._add_row(None, translate("Preferences", "New circle"), 60))
        remove = QPushButton(translate("Preferences", "Remove circle"))
        remove.setAccessibleName(translate("Preferences", "Remove circle"))
        remove.clicked.connect(self._remove_row)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        circle_page = QWidget()
        circle_layout = QVBoxLayout(circle_page)
        circle_hint = QLabel(
            translate("Preferences", "Circles: how often to keep in touch, by default"))
        circle_hint.setWordWrap(True)
        circle_layout.addWidget(circle_hint)
        circle_layout.addWidget(self.table, 1)
        circle_layout.addLayout(buttons_row)
        self._removed: list[int] = []
        for circle in circles.list_circles():
            self._add_row(circle.id, circle.name, circle.cadence_days or 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.me = MeTab()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Preferences", "Preferences"))
        self.tabs.addTab(general_page, translate("Preferences", "General"))
        self.tabs.addTab(display_page, translate("Preferences", "Language and sorting"))
        self.tabs.addTab(circle_page, translate("Preferences", "Circles"))
        self.tabs.addTab(self.me, translate("Preferences", "Me"))
        self.accounts: AccountsTab | None = None
        if secrets is not None:  # sync accounts need somewhere to keep their passwords
            self.accounts = AccountsTab(secrets)
            self.tabs.addTab(self.accounts, translate("Preferences", "Accounts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _add_row(self, circle_id: int | None, name: str, days: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(IdRole, circle_id)
        self.table.setItem(row, 0, item)
        spin = QSpinBox()
        spin.setRange(0, 3650)
        spin.setSpecialValueText(translate("Preferences", "never"))
        spin.setSuffix(translate("Preferences", " days"))
        spin.setAccessibleName(translate("Preferences", "Keep in touch every"))
        spin.setValue(days)
        self.table.setCellWidget(row, 1, spin)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, 0)
        circle_id = item.data(IdRole) if item is not None else None
        if circle_id is not None:
            self._removed.append(int(circle_id))
        self.table.removeRow(row)

    def accept(self) -> None:
        if attempt(self, translate("Preferences", "Circles not saved"), self._save_circles)[0] \
                and attempt(self, translate("Preferences", "Your details not saved"),
                            self.me.save)[0] \
                and attempt(self, translate("Preferences", "Preferences not saved"),
                            self._save_settings)[0]:
            super().accept()

    def _save_circles(self) -> None:
        from kith.store.database import database

        with database.atomic():  # all the circles, or none
            for row in range(self.table.rowCount()):
                item = self.table.item(row, 0)
                spin = self.table.cellWidget(row, 1)
                assert item is not None and isinstance(spin, QSpinBox)  # every row has both
                circles.save(item.text(), spin.value() or None, item.data(IdRole))
            for circle_id in self._removed:
                circles.delete(circle_id)
        self._removed = []

    def _save_settings(self) -> None:
        self.settings.set(opts.CLOSE_TO_TRAY, self.close_to_tray.isChecked())
        self.settings.set(opts.NOTIFY_AT, self.notify_at.time().toString("HH:mm"))
        self.settings.set(opts.LANGUAGE, str(self.language.currentData() or ""))
        self.settings.set(opts.SORT_BY, str(self.sort_by.currentData() or "given"))
        _set_autostart(self.start_at_login.isChecked(), self._autostart_args)


def _autostart_enabled() -> bool:
    from kith.services.desktop import autostart

    return autostart.is_autostart_enabled()


def _set_autostart(on: bool, extra_args: list[str]) -> None:
    from kith.services.desktop import autostart

    if on and not autostart.is_autostart_enabled():
        autostart.enable_autostart(extra_args=extra_args)
    elif not on and autostart.is_autostart_enabled():
        autostart.disable_autostart()
