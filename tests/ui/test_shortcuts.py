"""The page keys follow the sidebar, as the README says; Ctrl+, opens Preferences."""

from PySide6.QtGui import QKeySequence

from tests.ui.conftest import activate


def test_ctrl_1_to_5_open_the_pages_in_sidebar_order(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, window)
    names = [window.nav.item(row).text().split()[0] for row in range(window.nav.count())]
    assert names == ["Today", "Contacts", "Events", "Ideas", "Recent"]
    for number in (2, 3, 4, 5, 1):
        qtbot.keySequence(window, QKeySequence(f"Ctrl+{number}"))
        assert window.nav.currentRow() == number - 1


def test_ctrl_comma_is_preferences(window) -> None:  # type: ignore[no-untyped-def]
    assert QKeySequence("Ctrl+,") in window.preferences_action.shortcuts()
