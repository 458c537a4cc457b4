"""PySide6 is told up front that Kith's modules use no __feature__, so it reads no source."""

import inspect
import sys

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

from kith.platform import pyside_startup


def test_kith_modules_are_found_on_disk() -> None:
    names = pyside_startup.kith_modules()
    assert {"kith", "kith.app", "kith.ui.main_window", "kith.services.followups.agenda",
            "kith.platform.pyside_startup"} <= set(names)
    assert not [n for n in names if "__pycache__" in n or n.endswith("__init__")]


def test_no_source_is_read_for_modules_imported_afterwards(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    table = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert isinstance(table, dict)  # the PySide6 we run on has the table
    read: list[str] = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource",
                        lambda obj: read.append(getattr(obj, "__name__", "")) or real(obj))
    name = "kith.services.cards.exporter"

    def fresh_import() -> None:  # an import statement: that is what PySide6 hooks
        sys.modules.pop(name, None)
        exec(f"from {name} import __name__ as _n", {})

    table.pop(name, None)
    fresh_import()
    assert name in read  # what PySide6 does unasked: it read the whole file
    read.clear()
    table.pop(name, None)
    assert pyside_startup.spare_source_scans() >= 1
    assert table[name] == pyside_startup.IGNORE and table["json"] == pyside_startup.IGNORE
    fresh_import()
    assert name not in read
