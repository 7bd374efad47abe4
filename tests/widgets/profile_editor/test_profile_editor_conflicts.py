"""Another desk changed the profile meanwhile: the receptionist sees both and decides."""

from __future__ import annotations

from typing import Any

import pytest
from editor_steps import (
    Record,
    find_line,
    open_profile,
    save_profile,
    type_texts,
    wait_idle,
)
from profile_editor_fakes import FakeMews
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from desktop.ui import profile_dialogs
from desktop.ui.profile_dialogs import ConflictChoice
from desktop.ui.profile_editor import ProfileEditor


def test_other_desks_change_is_shown_and_kept(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    type_texts(editor, firstNameEdit="Anička", phoneEdit="+420 111 222")
    mews.touch(record["Id"], Phone="+420 999 888", Email="front@example.com")
    seen: dict[str, Any] = {}

    def choose(dialog: profile_dialogs.ConflictDialog) -> int:
        seen["rows"] = [
            [dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())
        ]
        return dialog.choose(ConflictChoice.SAVE_MINE)

    monkeypatch.setattr(profile_dialogs.ConflictDialog, "exec", choose)
    save_profile(qtbot, editor)
    assert seen["rows"][0] == ["Phone", "+420 777 123 456", "+420 999 888", "+420 111 222"]
    assert ["Email", "anna@example.com", "front@example.com", "front@example.com"] in seen["rows"]
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "first_name": "Anička", "phone": "+420 111 222"}
    ]
    assert mews.customers[record["Id"]]["Email"] == "front@example.com"
    assert find_line(editor, "emailEdit").text() == "front@example.com"


def _save_into_conflict(
    qtbot: QtBot,
    editor: ProfileEditor,
    mews: FakeMews,
    monkeypatch: pytest.MonkeyPatch,
    choice: ConflictChoice,
) -> None:
    """Edit the phone, let another desk change it too, save, and answer the conflict."""
    record = mews.put()
    open_profile(qtbot, editor, record["Id"])
    find_line(editor, "phoneEdit").setText("+420 111 222")
    mews.touch(record["Id"], Phone="+420 999 888")
    monkeypatch.setattr(profile_dialogs.ConflictDialog, "exec", lambda d: d.choose(choice))
    editor.save()
    wait_idle(qtbot, editor)


def test_conflict_keep_editing_sends_nothing_and_keeps_edits(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_into_conflict(qtbot, editor, mews, monkeypatch, ConflictChoice.KEEP_EDITING)
    assert mews.calls_to("customers/update") == []
    assert find_line(editor, "phoneEdit").text() == "+420 111 222"
    assert editor.is_dirty()


def test_conflict_load_theirs_discards_mine(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save_into_conflict(qtbot, editor, mews, monkeypatch, ConflictChoice.LOAD_THEIRS)
    assert mews.calls_to("customers/update") == []
    assert find_line(editor, "phoneEdit").text() == "+420 999 888"
    assert not editor.is_dirty()
