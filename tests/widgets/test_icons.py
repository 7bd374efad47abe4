"""Action icons are drawn in the palette's text colour, so they follow light and dark themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.ui.icons import ACTION_ICON_NAMES, action_icon, app_icon, icons_dir


def _ink(icon: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The opaque colours an icon paints, ignoring antialiased edges."""
    image = icon.pixmap(QSize(size, size), mode).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.fixture
def palette(qapp: QApplication):
    """Sets a palette for one test and restores the original afterwards."""
    original = QGuiApplication.palette()

    def apply(text: str, disabled_text: str) -> None:
        palette = QPalette(original)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled_text)
        )
        QApplication.setPalette(palette)

    yield apply
    QApplication.setPalette(original)


def test_every_action_has_an_svg_shipped_with_the_package() -> None:
    shipped = {entry.name for entry in icons_dir().joinpath("actions").iterdir()}
    assert {f"{name}.svg" for name in ACTION_ICON_NAMES} <= shipped


@pytest.mark.parametrize("name", ACTION_ICON_NAMES)
def test_action_icon_draws_in_the_palette_text_colour(name: str, palette) -> None:
    palette("#123456", "#a0a0a0")
    icon = action_icon(name)
    assert not icon.isNull()
    assert _ink(icon, 24) == {"#123456"}
    assert _ink(icon, 24, QIcon.Mode.Disabled) == {"#a0a0a0"}


def test_icon_follows_a_palette_change_without_being_recreated(palette) -> None:
    """Switching the system to dark mode must not leave dark strokes on a dark toolbar."""
    icon = action_icon("search")
    palette("#111111", "#777777")
    assert _ink(icon, 32) == {"#111111"}
    palette("#eeeeee", "#777777")
    assert _ink(icon, 32) == {"#eeeeee"}


def test_icon_is_sharp_on_high_dpi_screens(palette) -> None:
    palette("#000000", "#777777")
    pixmap = action_icon("save").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)


def test_icon_survives_copies_and_buttons(qtbot: QtBot) -> None:
    """Qt clones icon engines when a widget keeps its own copy of the icon."""
    button = QToolButton()
    qtbot.addWidget(button)
    button.setIcon(action_icon("merge"))
    button.setIconSize(QSize(24, 24))
    copied = QIcon(button.icon())
    del button
    assert not copied.pixmap(QSize(16, 16)).isNull()


def test_unknown_action_name_is_an_error_not_a_blank_button() -> None:
    with pytest.raises(ValueError, match="no action icon 'serch'"):
        action_icon("serch")


def test_app_icon_renders(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(QSize(64, 64)).toImage()
    assert image.pixelColor(32, 32).alpha() == 255
