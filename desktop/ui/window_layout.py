"""The desk window's size, place and profile pane width, kept from one start to the next.

A receptionist who makes the window fill the desk's screen, or drags the profile pane
wider, should find it so the next morning; a first start gets a size that fits a
1366-pixel laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.ui.profile_pane import ProfilePane

_GEOMETRY_KEY = "desk/geometry"
_PROFILE_WIDTH_KEY = "desk/profileWidth"
FIRST_SIZE = (1280, 760)


def restore_window_layout(window: QMainWindow, pane: ProfilePane, settings: QSettings) -> None:
    geometry = settings.value(_GEOMETRY_KEY)
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        window.resize(*FIRST_SIZE)
    width = settings.value(_PROFILE_WIDTH_KEY)
    if width is not None and str(width).isdigit():
        pane.preferred_width = int(width)


def save_window_layout(window: QMainWindow, pane: ProfilePane, settings: QSettings) -> None:
    settings.setValue(_GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(_PROFILE_WIDTH_KEY, pane.preferred_width)
