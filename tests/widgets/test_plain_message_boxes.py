"""Every message box the desk asks with shows a guest's name as typed, never as markup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.guest_export_dialog import GuestExportDialog
from desktop.ui.mrz_dialogs import problem_box
from desktop.ui.profile_dialogs import ask_unsaved_changes

HOSTILE = "<b>Bold</b> <img src=x>"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Every box ``exec``'d, answered with Cancel at once."""
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return boxes


def _unsaved(parent: QWidget, asked: list[QMessageBox]) -> QMessageBox:
    ask_unsaved_changes(parent, HOSTILE)
    return asked[-1]


def _full_numbers(parent: QWidget, asked: list[QMessageBox]) -> QMessageBox:
    dialog = GuestExportDialog(None, "id", HOSTILE, parent=parent)  # type: ignore[arg-type]
    dialog.fullNumbersCheck.setChecked(True)
    return asked[-1]


def _mrz_problem(parent: QWidget, asked: list[QMessageBox]) -> QMessageBox:
    return problem_box(f"The name {HOSTILE} is not in the zone.", parent)


@pytest.mark.parametrize("make", [_unsaved, _full_numbers, _mrz_problem])
def test_each_box_is_plain_text_with_its_own_name_and_title(
    qtbot: QtBot,
    asked: list[QMessageBox],
    make: Callable[[QWidget, list[QMessageBox]], QMessageBox],
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = make(parent, asked)

    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.parent() is not None and box.objectName() and box.windowTitle()
    assert box.icon() == QMessageBox.Icon.Warning
    shown = box.findChild(QLabel, "qt_msgbox_label")  # Qt's own label for the text
    assert shown is not None and shown.textFormat() == Qt.TextFormat.PlainText
