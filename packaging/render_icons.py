"""Render the app icon's PNG sizes from its SVG with Qt, so no image tool is needed.

Desktops pick a PNG from the hicolor theme at the size they draw; shipping the sizes
they ask for avoids blurry downscaling in docks, task switchers and file managers.
The PNGs are committed; run this again after changing the SVG (a test compares them).

    .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ICON_SVG = ROOT / "desktop" / "resources" / "icons" / "frontdesk.svg"
HICOLOR_DIR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
APP_ID = "io.github.frontdesk.Frontdesk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    """Where the hicolor theme expects the app icon at ``size`` pixels."""
    return HICOLOR_DIR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int):  # -> QImage; Qt is imported lazily for the tests' sake
    """The SVG drawn into a transparent ``size``-pixel square with antialiasing."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in PNG_SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(APP_ICON_SVG, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
