import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from kith import settings as opts
from kith.platform.reminder_clock import ReminderClock
from kith.platform.tray import Tray
from kith.services.contacts import people as contacts
from kith.services.contacts.records import ContactRecord
from kith.services.followups import actions as followups
from kith.services.followups.reminders import Reminders
from kith.settings import Settings

T = dt.datetime


def due_people(*names: str) -> None:
    for n in names:
        contacts.create(ContactRecord(display_name=n, cadence_days=30),
                        when=dt.datetime.now() - dt.timedelta(days=40))


def test_tray_menu_lists_the_top_five_and_escapes(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    due_people("Ana & Co", "<b>Bob</b>", "Cy", "Di", "Ed", "Flo")
    tray = Tray(QIcon())
    items = followups.due(dt.date.today())
    tray.update(items, paused=False)
    texts = [a.text() for a in tray.menu.actions() if a.text()]
    assert texts[0] == "Open Kith"
    assert texts[1].startswith("<b>Bob</b> — Keep in touch")  # '<' sorts first; shown as is
    assert texts[2].startswith("Ana && Co — ")  # '&&' shows one '&', not a mnemonic
    assert "1 more…" in texts
    assert texts[-4:] == ["Log interaction…", "Snooze all until tomorrow",
                          "Pause reminders for today", "Quit"]
    assert tray.icon.toolTip() == "Kith: 6 follow-ups due"
    seen = []
    tray.contactRequested.connect(seen.append)
    tray.contact_actions[0].trigger()
    assert seen == [items[0].contact_id]
    tray.update([], paused=True)
    assert tray.icon.toolTip() == "Kith: nothing is due (reminders paused today)"
    assert not tray.snooze_action.isEnabled() and not tray.pause_action.isEnabled()
    tray.notify("<b>2 due</b>", "Follow up with <img src=x> and Bob")
    assert tray.last_message == ("<b>2 due</b>", "Follow up with <img src=x> and Bob")


def test_clock_announces_once_and_notices_a_new_day(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    contacts.create(ContactRecord(display_name="Ana", cadence_days=30),
                    when=T(2026, 1, 1, 8, 0))
    now = {"t": T(2026, 1, 31, 8, 0)}
    mono = {"t": 1000.0}
    clock = ReminderClock(Reminders(lambda: dt.time(9, 0)), now=lambda: now["t"],
                          monotonic=lambda: mono["t"])
    announced, days = [], []
    clock.announce.connect(announced.append)
    clock.dayChanged.connect(lambda: days.append(now["t"]))
    clock.tick()
    assert announced == []
    # Asleep from 8:00 to 13:00 (the monotonic clock stood still): one catch-up.
    now["t"] = T(2026, 1, 31, 13, 0)
    mono["t"] += 30
    clock.tick()
    assert len(announced) == 1 and announced[0].message == "Follow up with Ana"
    now["t"] = T(2026, 1, 31, 13, 0, 30)
    mono["t"] += 30
    clock.tick()
    assert len(announced) == 1
    now["t"] = T(2026, 2, 1, 0, 0, 10)
    mono["t"] += 40000
    clock.tick()
    assert days == [T(2026, 2, 1, 0, 0, 10)] and len(announced) == 1


def test_without_a_tray_reminders_show_in_the_window(db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from kith.platform.shell import Shell
    from kith.ui.main_window import MainWindow

    due_people("Ana", "Bob")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    settings = Settings(tmp_path / "settings.json")
    at_ten = dt.datetime.combine(dt.date.today(), dt.time(10, 0))
    shell = Shell(QApplication.instance(), window, settings, now=lambda: at_ten)
    assert shell.tray is None  # the offscreen platform has no tray
    shell.start()
    assert "no system tray" in window.banner.label.text()
    assert settings.get(opts.NO_TRAY_NOTICE_SHOWN) is True
    shell.clock.tick()
    assert window.banner.isVisible()
    assert window.banner.label.text() == "2 people are due today. Follow up with Ana and Bob"
    assert window.banner.label.textFormat().name == "PlainText"


HAND_OVER = """
import sys
from PySide6.QtCore import QCoreApplication
from kith.platform.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[1], sys.argv[2:]) else 3)
"""


def test_second_start_hands_over(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kith.platform.single_instance import InstanceServer

    name = str(tmp_path / "run" / "instance")
    server = InstanceServer(name)
    assert server.listen()
    card = tmp_path / "card.vcf"
    with qtbot.waitSignal(server.activated, timeout=10000) as got:
        proc = subprocess.Popen([sys.executable, "-c", HAND_OVER, name, str(card)])
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
    assert proc.returncode == 0
    assert got.args == [[str(card)]]
    server.close()
    # Nobody listening: the second start knows it is the first.
    alone = subprocess.run([sys.executable, "-c", HAND_OVER, name], timeout=30)
    assert alone.returncode == 3


def test_preferences_save_settings_circles_and_autostart(db: Path, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTime

    from kith.services.contacts import circles
    from kith.services.desktop import autostart as desktop_files
    from kith.ui.preferences import PreferencesDialog

    settings = Settings(tmp_path / "settings.json")
    dialog = PreferencesDialog(settings, ["--data-dir", "/x y"])
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    dialog.close_to_tray.setChecked(False)
    dialog.notify_at.setTime(QTime(7, 45))
    dialog.start_at_login.setChecked(True)
    dialog.table.item(0, 0).setText("Inner")
    dialog.table.cellWidget(0, 1).setValue(10)
    dialog.table.setCurrentCell(3, 0)
    dialog._remove_row()
    dialog.accept()
    assert settings.get(opts.CLOSE_TO_TRAY) is False
    assert settings.get(opts.NOTIFY_AT) == "07:45"
    assert [(c.name, c.cadence_days) for c in circles.list_circles()] == [
        ("Inner", 10), ("Friends", 30), ("Network", 90)]
    assert desktop_files.is_autostart_enabled()
    entry = desktop_files.autostart_path().read_text()
    assert "--minimized" in entry and "--data-dir" in entry
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    again.start_at_login.setChecked(False)
    again.accept()
    assert not desktop_files.is_autostart_enabled()


def _shell(qtbot, tmp_path: Path, monkeypatch, tray: bool):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from kith.platform.shell import Shell
    from kith.ui.main_window import MainWindow

    monkeypatch.setattr(Tray, "available", staticmethod(lambda: tray))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    quits: list[bool] = []
    shell = Shell(app, window, Settings(tmp_path / "settings.json"))
    monkeypatch.setattr(shell.app, "quit", lambda: quits.append(True))
    notices: list[tuple[str, str]] = []
    if shell.tray is not None:
        monkeypatch.setattr(shell.tray, "notify", lambda t, m: notices.append((t, m)))
    return shell, window, quits, notices


def test_closing_keeps_kith_in_the_tray_and_says_so_once(db: Path, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    shell, window, quits, notices = _shell(qtbot, tmp_path, monkeypatch, tray=True)
    try:
        assert QApplication.instance().quitOnLastWindowClosed() is False
        window.close()
        assert quits == [] and not window.isVisible()
        assert notices == [("Kith is still running", notices[0][1])]
        shell.show_window()
        window.close()
        assert len(notices) == 1  # only the first time
        shell.settings.set(opts.CLOSE_TO_TRAY, False)
        shell.show_window()
        window.close()
        assert quits == [True]
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)


def test_without_a_tray_closing_quits(db: Path, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shell, window, quits, _ = _shell(qtbot, tmp_path, monkeypatch, tray=False)
    assert shell.tray is None
    window.close()
    assert quits == [True]


def test_clicking_the_notification_or_a_tray_entry_opens_kith(db: Path, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    due_people("Ana")
    shell, window, quits, _ = _shell(qtbot, tmp_path, monkeypatch, tray=True)
    try:
        shell.refresh()
        window.hide()
        window.show_page("contacts")
        shell.tray.messageClicked.emit()
        assert window.isVisible() and window.stack.currentWidget() is window.today_page
        shell.tray.contact_actions[0].trigger()
        assert window.stack.currentWidget() is window.contacts_page
        assert window.contacts_page.editor.loaded().display_name == "Ana"
        shell.tray.snooze_action.trigger()  # everyone due: until tomorrow, undoable
        assert followups.due(dt.date.today()) == []
        window.undo_stack.undo()
        assert [i.display_name for i in followups.due(dt.date.today())] == ["Ana"]
        shell.tray.pause_action.trigger()
        assert shell.settings.get(opts.PAUSED_ON) == dt.date.today().isoformat()
        assert "paused" in shell.tray.icon.toolTip()
        shell.tray.quit_action.trigger()
        assert quits == [True]
    finally:
        QApplication.instance().setQuitOnLastWindowClosed(True)


def test_every_tray_menu_entry_does_something(db: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    due_people("Ana")
    tray = Tray(QIcon())
    tray.update(followups.due(dt.date.today()), paused=False)
    signals = {"Open Kith": tray.openRequested, "Log interaction…": tray.logRequested,
               "Snooze all until tomorrow": tray.snoozeAllRequested,
               "Pause reminders for today": tray.pauseRequested, "Quit": tray.quitRequested}
    actions = {a.text(): a for a in tray.menu.actions()}
    for text, signal in signals.items():
        with qtbot.waitSignal(signal, timeout=1000):
            actions[text].trigger()


def test_the_list_follows_the_sort_by_setting(db: Path, qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch) -> None:
    """settings.SORT_BY at start and after Preferences: the list sorts and reads that way."""
    from kith.services.contacts import people
    from kith.services.contacts.records import ContactRecord

    for given, family in (("Zoe", "Adams"), ("Ana", "Silva")):
        people.create(ContactRecord(given_name=given, family_name=family))
    Settings(tmp_path / "settings.json").set(opts.SORT_BY, "family")
    shell, window, _quits, _notices = _shell(qtbot, tmp_path, monkeypatch, tray=False)
    model = window.contacts_page.model
    model.refresh()
    assert [model.index(r, 0).data() for r in range(2)] == ["Adams, Zoe", "Silva, Ana"]
    shell.settings.set(opts.SORT_BY, "given")
    shell._preferences_saved()
    assert [model.index(r, 0).data() for r in range(2)] == ["Ana Silva", "Zoe Adams"]
