"""Lint and type checks run with the suite, so a clean CI means clean code."""

import re
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


def test_mypy_is_clean() -> None:
    """All of kith (the core, the window, the command line), PySide6 through its stubs."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_type_ignore_names_its_code_and_reason() -> None:
    """``# type: ignore[code]  # why``: an ignore says what it silences and why."""
    pattern = re.compile(r"# type: ignore\[[a-z-]+(, ?[a-z-]+)*\]  # \S")
    bare = [f"{path.relative_to(REPO)}:{number}: {line.strip()}"
            for path in sorted((REPO / "desktop").rglob("*.py"))
            for number, line in enumerate(path.read_text().splitlines(), start=1)
            if "type: ignore" in line and not pattern.search(line)]
    assert bare == []
