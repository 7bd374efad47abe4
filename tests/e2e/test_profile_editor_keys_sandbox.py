"""The editor's keys inside the real desk, wherever the focus is: Ctrl+N and Ctrl+S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.profile_editor import ProfileEditor

pytestmark = pytest.mark.e2e

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, desk_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected: {box.text()}"))
    desk_window.activateWindow()
    qtbot.waitUntil(desk_window.isActiveWindow, timeout=2000)
    return desk_window


def _first_name(editor: ProfileEditor) -> QWidget:
    return editor.form.editor("first_name")


def _new_profile_from(qtbot: QtBot, window: MainWindow, widget: QWidget) -> ProfileEditor:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_N, CTRL)
    editor = window.profile_editor
    qtbot.waitUntil(_first_name(editor).hasFocus, timeout=2000)
    return editor


@pytest.mark.parametrize("start", ["search_input", "table"])
def test_ctrl_n_opens_the_new_form_at_the_top_with_the_cursor_in_first_name(
    qtbot: QtBot, window: MainWindow, start: str
) -> None:
    editor = _new_profile_from(qtbot, window, getattr(window, start))
    assert editor.customer_id() is None and editor.isVisible()
    # Deep down the form (the Italian codes at the bottom), then Ctrl+N again from outside.
    scroll = editor.tabs.scroll.verticalScrollBar()
    editor.form.editor("notes").setFocus()
    scroll.setValue(scroll.maximum())
    assert scroll.value() > 0
    _new_profile_from(qtbot, window, getattr(window, start))
    assert scroll.value() == 0
    qtbot.keyClicks(QApplication.focusWidget(), "Zelda")
    assert editor.form.values()["first_name"] == "Zelda"
    editor.revert()  # the window closes after the test without asking
