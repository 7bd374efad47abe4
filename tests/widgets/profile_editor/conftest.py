"""The profile editor against an in-memory Mews, through the real worker pools."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from dialog_answers import answer_message_boxes
from editor_steps import (
    Guests,
    Record,
    open_profile,
    type_texts,
)
from profile_editor_fakes import FakeMews, profile_editor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui import profile_dialogs
from desktop.ui.profile_dialogs import ConflictChoice, DuplicateChoice
from desktop.ui.profile_editor import ProfileEditor


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal box nobody answers would block the test run; record it and answer Cancel."""
    unexpected = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(
        profile_dialogs.ConflictDialog, "exec", lambda d: d.choose(ConflictChoice.KEEP_EDITING)
    )
    monkeypatch.setattr(
        profile_dialogs.DuplicateDialog, "exec", lambda d: d.choose(DuplicateChoice.CANCEL)
    )
    return unexpected


@pytest.fixture
def mews() -> FakeMews:
    return FakeMews()


@pytest.fixture
def editor(qtbot: QtBot, mews: FakeMews) -> Iterator[ProfileEditor]:
    with profile_editor(qtbot, mews) as widget:
        yield widget


@pytest.fixture
def record(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews) -> Record:
    """Anna Novak's profile as Mews holds it, opened in the editor."""
    stored = mews.put()
    open_profile(qtbot, editor, stored["Id"])
    return stored


@pytest.fixture
def guests(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews) -> Guests:
    """Two profiles; the first is open with an unsaved phone number."""
    first, second = mews.put(), mews.put(LastName="Svoboda")
    open_profile(qtbot, editor, first["Id"])
    type_texts(editor, phoneEdit="+420 7777")
    return first, second
