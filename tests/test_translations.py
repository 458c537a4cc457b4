"""Kith ships a complete German translation, extracted from the code as it is now."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

HERE = REPO / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


def _update_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_translations", HERE / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}  # type: ignore[misc]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German .ts as lupdate makes it from today's code (keeping the shipped translations)."""
    ts = tmp_path_factory.mktemp("ts") / "kith_de.ts"
    shutil.copy(HERE / "kith_de.ts", ts)
    _update_module().extract(ts)
    return ts


def test_every_text_in_the_code_is_in_the_shipped_file(fresh: Path) -> None:
    assert set(_messages(fresh)) == set(_messages(HERE / "kith_de.ts")), \
        "run: python resources/translations/update.py"


def test_every_text_has_a_german_translation(fresh: Path) -> None:
    missing = [f"{ctx}: {src}" for (ctx, src), tr in _messages(fresh).items()
               if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
               or not (tr.text or "").strip()]
    assert missing == []


def test_translations_keep_every_placeholder() -> None:
    wrong = [f"{ctx}: {src!r} -> {tr.text!r}"
             for (ctx, src), tr in _messages(HERE / "kith_de.ts").items()
             if tr is not None and tr.text
             and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text))]
    assert wrong == []


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "kith_de.qm"
    _update_module().build(HERE / "kith_de.ts", qm)
    assert qm.read_bytes() == (HERE / "kith_de.qm").read_bytes(), \
        "run: python resources/translations/update.py"


def test_plural_calls_reach_lupdate() -> None:
    found = _update_module().plurals([str(REPO / "desktop" / "kith" / "ui" / "formats.py")])
    assert "translate('Formats', 'in %n day')" in found
    assert "translate('Formats', 'in %n days')" in found


def test_language_choice_kith_lang_then_setting_then_system() -> None:
    from PySide6.QtCore import QLocale

    from kith.ui import language

    assert language.code(language.requested("en", {"KITH_LANG": "de_DE.UTF-8"})) == "de"
    assert language.code(language.requested("de", {})) == "de"
    assert language.code(language.requested("", {"KITH_LANG": "fr"})) == "en"
    assert language.requested("", {}).name() == QLocale.system().name()


def test_window_speaks_german_with_kith_lang(qapp, qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from kith import i18n
    from kith.ui import language
    from kith.ui.main_window import MainWindow

    before = QLocale()
    assert language.install(qapp, "", {"KITH_LANG": "de"}) == "de"
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Datei" in titles and "&File" not in titles
        assert window.nav.item(1).text().startswith("Kontakte")
    finally:
        language.install(qapp, "en", {})
        i18n.install(None)
        QLocale.setDefault(before)


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    """translate() and plural() with a variable text would reach no translator."""
    import ast

    found = []
    for path in sorted((REPO / "desktop" / "kith").rglob("*.py")):
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
                    "translate", "plural"):
                texts = node.args[:3 if node.func.id == "plural" else 2]  # type: ignore[attr-defined]
                if not all(isinstance(a, ast.Constant) for a in texts):
                    found.append(f"{path.name}:{node.lineno}")
    assert found == []
