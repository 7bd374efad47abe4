"""Answering the editor's "this guest may already exist" question in tests."""

from __future__ import annotations

import pytest

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
