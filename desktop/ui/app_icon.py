"""The app's id and window icon: what the first window needs of the icons.

The palette-following action icons (:mod:`desktop.ui.icons`) bring an SVG renderer and
an icon engine with them, and only the menus show them; they load when a menu is first
opened (or once the desk is connected), so the window comes up without them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from desktop import RESOURCES_DIR

APP_ID = "io.github.frontdesk.Frontdesk"
"""Reverse-DNS id shared by the .desktop file, the AppStream metainfo and the PNG icons."""


def icons_dir() -> Path:
    """The package folder holding ``frontdesk.svg`` and ``actions/*.svg``."""
    return RESOURCES_DIR / "icons"


def app_icon() -> QIcon:
    """The Frontdesk window icon, scalable so every device-pixel ratio stays sharp."""
    return QIcon(str(icons_dir().joinpath("frontdesk.svg")))
