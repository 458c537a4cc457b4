"""No text reaches a Qt widget without translate(): a scan of the window's code.

The runtime audit (tests/ui/test_every_widget.py) reads what a tour of the
window shows; this catches literal texts on paths the tour does not take: a
string literal or an f-string handed straight to a Qt call that shows text.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

WINDOW_CODE = [*(REPO / "desktop" / "kith" / "ui").glob("*.py"),
               *(REPO / "desktop" / "kith" / "platform").glob("*.py"),
               REPO / "desktop" / "kith" / "app.py"]
#: Qt calls whose first text argument a person reads.
SETTERS = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle",
           "setStatusTip", "setWhatsThis", "setAccessibleName", "setAccessibleDescription",
           "addAction", "addMenu", "showMessage", "setLabelText", "setOkButtonText",
           "setCancelButtonText", "setSpecialValueText", "setSuffix", "setPrefix", "addItem",
           "setTabText", "setHorizontalHeaderLabels", "setHeaderLabels", "notify",
           "show_status", "show_message", "show_banner", "setInformativeText"}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
           "QToolButton", "QMenu"}
#: Message boxes and failure reports: the title and the text.
DIALOGS = {"about", "critical", "warning", "information", "question", "attempt",
           "show_error"}


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(v) for v in node.values)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_words(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def raw_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in ("addItem", "addAction", "addMenu"):  # (text, data or slot)
            args = node.args[:1]
        elif name in SETTERS or name in WIDGETS:
            args = node.args[:2]
        elif name in DIALOGS:
            args = node.args[1:3]
        else:
            continue
        found += [f"{path.name}:{node.lineno}: {name}({ast.unparse(a)[:60]})"
                  for a in args if _has_words(a)]
    return found


def test_no_literal_text_reaches_a_widget() -> None:
    allowed = {"✕", "Kith"}  # a symbol, and the app's name
    problems = [p for path in WINDOW_CODE for p in raw_texts(path)
                if not any(p.endswith(f"('{a}')") for a in allowed)]
    assert problems == [], "\n".join(problems)


def test_the_scan_finds_a_raw_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label = QLabel("Raw")\nlabel.setToolTip(f"{n} items")\n'
                      'ok = QLabel(translate("Ctx", "Fine"))\n', encoding="utf-8")
    assert [p.split(": ", 1)[1] for p in raw_texts(sample)] == \
        ["QLabel('Raw')", "setToolTip(f'{n} items')"]
