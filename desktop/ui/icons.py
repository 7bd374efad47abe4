"""Action and app icons that follow the palette, so they read on light and dark themes.

The action SVGs are single-colour line drawings whose strokes say ``currentColor``.
Instead of shipping a light and a dark set, an icon engine substitutes the palette's
text colour at paint time: when the system switches between light and dark, the next
repaint already uses the new colour, and every device-pixel ratio gets a sharp render
instead of a scaled bitmap.

The SVGs live inside the package (``desktop/resources/icons``), found beside the
package's own files as the translations are, which works the same from a source
checkout, an installed wheel and the frozen build.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.app_icon import APP_ID, app_icon, icons_dir

__all__ = [
    "ACTION_ICON_NAMES",
    "APP_ID",
    "TintedSvgIconEngine",
    "action_icon",
    "app_icon",
    "icons_dir",
]

ACTION_ICON_NAMES: tuple[str, ...] = (
    "search",
    "refresh",
    "new-customer",
    "save",
    "attach-file",
    "merge",
    "connection",
    "open-items",
    "calendar",
)


@cache
def _action_svg(name: str) -> str:
    return icons_dir().joinpath("actions", f"{name}.svg").read_text(encoding="utf-8")


def _stroke_colour(mode: QIcon.Mode) -> QColor:
    """The palette colour text would have in the same state as the icon."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class TintedSvgIconEngine(QIconEngine):
    """Draws one ``currentColor`` SVG in the palette colour for the requested mode."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        key = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            svg = self._svg.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
            renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
            self._renderers[key] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = _stroke_colour(mode)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if colour.alphaF() < 1.0:
            painter.setOpacity(painter.opacity() * colour.alphaF())
        self._renderer(colour).render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        device_size = QSize(round(size.width() * scale), round(size.height() * scale))
        image = QImage(device_size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), device_size), mode, state)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return TintedSvgIconEngine(self._svg)

    def key(self) -> str:
        return "TintedSvgIconEngine"


def action_icon(name: str) -> QIcon:
    """The toolbar/menu icon for ``name``, one of :data:`ACTION_ICON_NAMES`.

    Unknown names raise ``ValueError``: a typo should fail in the tests, not show
    an empty button to a receptionist.
    """
    if name not in ACTION_ICON_NAMES:
        raise ValueError(f"no action icon {name!r}; known: {', '.join(ACTION_ICON_NAMES)}")
    return QIcon(TintedSvgIconEngine(_action_svg(name)))
