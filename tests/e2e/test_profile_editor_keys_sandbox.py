"""The editor's keys inside the real desk, wherever the focus is: Ctrl+N and Ctrl+S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.sandbox.server import SandboxServer
from desktop.ui import profile_dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_editor import ProfileEditor

pytestmark = pytest.mark.e2e

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot, desk_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    for dialog in (QMessageBox, profile_dialogs.DuplicateDialog):
        monkeypatch.setattr(dialog, "exec", lambda box: pytest.fail(f"unexpected: {box}"))
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


def _type_new_guest(qtbot: QtBot, window: MainWindow, **texts: str) -> ProfileEditor:
    editor = _new_profile_from(qtbot, window, window.search_input)
    for key, text in texts.items():
        editor.form.editor(key).setFocus()  # a date field passes it to its text
        qtbot.keyClicks(QApplication.focusWidget(), text)
    return editor


@pytest.mark.parametrize("start", ["search_input", "table"])
def test_ctrl_s_saves_the_profile_from_anywhere_in_the_desk(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, start: str
) -> None:
    last_name = {"search_input": "Searchbox-Saved", "table": "Resultlist-Saved"}[start]
    editor = _type_new_guest(qtbot, window, first_name="Ysolde", last_name=last_name)
    getattr(window, start).setFocus()  # as after a passport read or a search
    with qtbot.waitSignal(editor.customerSaved, timeout=5000):
        qtbot.keyClick(getattr(window, start), Qt.Key.Key_S, CTRL)
    stored = sandbox.store.get_customer(editor.customer_id() or "")
    assert stored is not None and stored["LastName"] == last_name


def test_ctrl_s_with_marked_fields_says_so_and_goes_to_the_first(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    guests = sandbox.store.count_customers()
    editor = _type_new_guest(
        qtbot, window, last_name="Keyboard-Invalid", birth_date="07.03.85", email="zelda@"
    )
    window.search_input.setFocus()
    qtbot.keyClick(window.search_input, Qt.Key.Key_S, CTRL)
    assert editor.message.text() == "Fix the marked fields before saving."
    assert editor.message_bar.isVisible()
    birth = editor.form.editor("birth_date")
    qtbot.waitUntil(lambda: birth.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    assert not editor.is_busy() and editor.customer_id() is None
    assert sandbox.store.count_customers() == guests
    editor.revert()
