"""Lint and type checks run with the suite, so a clean CI means clean code."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests"],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean_on_the_qt_free_core() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_packages_do_not_import_qt() -> None:
    for path in (REPO / "desktop" / "kith").rglob("*.py"):
        rel = path.relative_to(REPO / "desktop" / "kith")
        if rel.parts[0] in ("ui", "platform") or rel.name == "app.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text, f"{rel} imports Qt"


def test_every_package_is_listed_in_pyproject() -> None:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    for init in (REPO / "desktop" / "kith").rglob("__init__.py"):
        dotted = ".".join(init.parent.relative_to(REPO / "desktop").parts)
        assert f'"{dotted}"' in text, f"{dotted} is missing from [tool.setuptools] packages"
