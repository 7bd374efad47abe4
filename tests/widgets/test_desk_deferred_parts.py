"""What the first window goes without, made in idle turns once connected or on first use."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_fakes import FakeClient, connected_session
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.plain_text_delegate import PlainTextDelegate


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(connected_session(FakeClient(), str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    return window


def test_menu_icons_are_set_when_a_menu_first_opens(window: MainWindow) -> None:
    """Only an open menu shows icons: the first window goes without their renderer."""
    assert window.refresh_action.icon().isNull()
    menu = next(m for m in window.refresh_action.associatedObjects() if isinstance(m, QMenu))
    menu.aboutToShow.emit()
    assert not window.refresh_action.icon().isNull()
    assert not window.connection_action.icon().isNull()  # the File menu's too


def test_once_connected_the_cell_painter_and_menu_icons_are_made_while_idle(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert not isinstance(window.table.itemDelegate(), PlainTextDelegate)
    window.session.connectionChanged.emit()  # what the session says once it is connected
    assert not isinstance(window.table.itemDelegate(), PlainTextDelegate)  # not mid-signal
    qtbot.waitUntil(lambda: isinstance(window.table.itemDelegate(), PlainTextDelegate))
    assert window.table.proxy.rowCount() == 0  # before the first rows: not on the Enter path
    assert not window.refresh_action.icon().isNull()
