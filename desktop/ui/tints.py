"""Highlight colours derived from the palette, so they stay readable in light and dark schemes.

A fixed pastel background (``#fde7e9``) under the palette's text colour is fine on a light
desktop and unreadable on a dark one, where that text is near white. A highlight here is
an accent hue mixed into the palette's base colour instead: a pale tint on a light
palette, a dark one on a dark palette, so the palette's own text keeps its contrast.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: Accent hues of the desk's highlights.
GREEN = QColor("#2e7d32")  # the profile a merge keeps
AMBER = QColor("#f9a825")  # a value that differs, a document expiring soon
RED = QColor("#c62828")  # a problem, an expired document
ORANGE = QColor("#ef6c00")  # a field both sides changed
BLUE = QColor("#1565c0")  # a neutral note

#: WCAG AA for normal text.
READABLE_CONTRAST = 4.5
_TINT_STRENGTH = 0.16


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def _mix(base: QColor, accent: QColor, strength: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * strength,
        base.greenF() + (accent.greenF() - base.greenF()) * strength,
        base.blueF() + (accent.blueF() - base.blueF()) * strength,
    )


def tinted(accent: QColor, palette: QPalette | None = None) -> QColor:
    """A cell or bar background: ``accent`` mixed lightly into the palette's base colour."""
    return _mix(_palette(palette).color(QPalette.ColorRole.Base), accent, _TINT_STRENGTH)


def relative_luminance(color: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, from 1 (same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def accent_text(accent: QColor, background: QColor, palette: QPalette | None = None) -> QColor:
    """``accent`` as a text colour on ``background``, moved toward the palette's text colour
    just far enough to be readable (a dark red turns lighter on a dark background)."""
    text = _palette(palette).color(QPalette.ColorRole.Text)
    for step in range(11):
        candidate = _mix(accent, text, step / 10)
        if contrast_ratio(candidate, background) >= READABLE_CONTRAST:
            return candidate
    return text


def window_text(accent: QColor, palette: QPalette | None = None) -> QColor:
    """``accent`` for a label's text on the window background (an error under a field):
    the fixed dark red that reads well on light grey vanishes into a dark window."""
    chosen = _palette(palette)
    return accent_text(accent, chosen.color(QPalette.ColorRole.Window), chosen)


def text_style(accent: QColor, palette: QPalette | None = None) -> str:
    """A label's style sheet colouring its text with :func:`window_text`."""
    return f"color: {window_text(accent, palette).name()};"


def box_colors(accent: QColor, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """Background, border and text of a framed notice (a warning above a form)."""
    chosen = _palette(palette)
    background = tinted(accent, chosen)
    border = _mix(background, accent, 0.6)
    return background, border, accent_text(accent, background, chosen)


def box_style(
    selector: str, accent: QColor, palette: QPalette | None = None, *, padding: int = 8
) -> str:
    """Style sheet of a framed notice built from :func:`box_colors`."""
    background, border, text = box_colors(accent, palette)
    return (
        f"{selector} {{ background: {background.name()}; border: 1px solid {border.name()};"
        f" border-radius: 4px; padding: {padding}px; color: {text.name()}; }}"
    )


def filled_colors(accent: QColor) -> tuple[QColor, QColor]:
    """Background and text of a button filled with ``accent`` (the main action): white or
    black text, whichever reads better on it, so any palette keeps the label readable."""
    white, black = QColor("white"), QColor("black")
    text = white if contrast_ratio(white, accent) >= contrast_ratio(black, accent) else black
    return accent, text
