"""Render the hicolor PNGs from the SVG master: ``python resources/icons/render_icons.py``.

The committed ``hicolor/<N>x<N>/apps/kith.png`` files are this script's output.
Run it again after changing ``kith.svg`` (or ``kith-small.svg``, the simplified
drawing used at 16-24 px, where the full one's details blur together).

``--check`` renders nothing; it exits 1 if a PNG is missing or has the wrong size.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICON_NAME = "kith"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
SMALL_SIZES = frozenset({16, 22, 24})


def master_for(size: int) -> Path:
    small = HERE / f"{ICON_NAME}-small.svg"
    if size in SMALL_SIZES and small.is_file():
        return small
    return HERE / f"{ICON_NAME}.svg"


def png_path(size: int, root: Path = HERE) -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(root: Path = HERE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written: list[Path] = []
    for size in SIZES:
        renderer = QSvgRenderer(str(master_for(size)))
        if not renderer.isValid():
            raise SystemExit(f"cannot read {master_for(size)}")
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = png_path(size, root)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


def check(root: Path = HERE) -> list[str]:
    """Problems with the committed PNGs (missing, unreadable, wrong size); empty when fine."""
    import struct

    problems: list[str] = []
    for size in SIZES:
        path = png_path(size, root)
        try:
            head = path.read_bytes()[:24]
        except OSError:
            problems.append(f"{path}: missing")
            continue
        if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
            problems.append(f"{path}: not a PNG")
            continue
        width, height = struct.unpack(">II", head[16:24])
        if (width, height) != (size, size):
            problems.append(f"{path}: {width}x{height}, expected {size}x{size}")
    return problems


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in render():
        print(path.relative_to(HERE))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
