"""Answering the desk's questions in tests: message boxes and "this guest may already exist"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.ui import profile_dialogs
from desktop.ui.profile_dialogs import DuplicateChoice


def open_existing_when_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers every duplicate question with Open existing; the names each one offered."""
    offered: list[str] = []

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        offered.extend(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount()))
        return dialog.choose(DuplicateChoice.OPEN_EXISTING)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    return offered


def answer_message_boxes(
    monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton
) -> list[str]:
    """Answers every message box with ``button`` instead of waiting; the texts asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked
