"""Extract Kith's texts into the .ts files and build the .qm files the window loads.

Run after changing user-visible text (tests/test_translations.py fails until you do):

    python resources/translations/update.py

``pyside6-lupdate`` reads every ``translate("Context", "text")`` call under
``desktop/kith``; translators edit ``kith_<lang>.ts`` (Qt Linguist:
``pyside6-linguist``); ``pyside6-lrelease`` compiles them. Locations are left out
of the .ts so that moving code does not churn the translation files.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "desktop" / "kith"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def plurals(paths: list[str]) -> str:
    """``plural("Ctx", "%Ln card", "%Ln cards", n)`` as two ``translate`` calls lupdate reads
    (it knows only Qt's own function names)."""
    lines = []
    for path in paths:
        for node in ast.walk(ast.parse(Path(path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "plural" \
                    and len(node.args) >= 3 \
                    and all(isinstance(a, ast.Constant) for a in node.args[:3]):
                context, one, many = (a.value for a in node.args[:3])  # type: ignore[attr-defined]
                lines += [f"translate({context!r}, {one!r})", f"translate({context!r}, {many!r})"]
    return "\n".join(lines) + "\n"


def extract(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "plurals.py"
        extra.write_text(plurals(sources()), encoding="utf-8")
        subprocess.run([tool("pyside6-lupdate"), *sources(), str(extra), "-no-obsolete",
                        "-locations", "none", "-source-language", "en",
                        "-target-language", ts.stem.split("_")[-1], "-ts", str(ts)],
                       check=True, capture_output=True)


def build(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def main() -> None:
    for lang in LANGUAGES:
        ts = HERE / f"kith_{lang}.ts"
        extract(ts)
        build(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.name} and {ts.with_suffix('.qm').name}")


if __name__ == "__main__":
    main()
