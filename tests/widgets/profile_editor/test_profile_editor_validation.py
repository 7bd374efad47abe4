"""Bad or emptied fields are marked before anything is sent, and Mews never sees a clear."""

from __future__ import annotations

import datetime as dt

import pytest
from editor_steps import (
    Record,
    find_line,
    save_profile,
    wait_idle,
)
from profile_editor_fakes import FakeMews
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.profile_editor import ProfileEditor


def test_emptied_field_is_not_sent_and_the_user_is_told(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    find_line(editor, "phoneEdit").setText("")
    note = editor.form.message_label("phone")
    assert note.isVisibleTo(editor)
    assert "does not clear" in note.text()
    find_line(editor, "firstNameEdit").setText("Anička")
    save_profile(qtbot, editor)
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "first_name": "Anička"}
    ]
    assert "Phone" in editor.message.text()
    assert find_line(editor, "phoneEdit").text() == "+420 777 123 456"  # what Mews still has


def test_only_emptied_fields_sends_nothing_and_restores_them(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    find_line(editor, "emailEdit").setText("")
    editor.save()
    wait_idle(qtbot, editor)
    assert mews.calls_to("customers/update") == []
    assert find_line(editor, "emailEdit").text() == "anna@example.com"
    assert "Email" in editor.message.text()
    assert not editor.is_dirty()


@pytest.mark.parametrize(
    ("name", "text"),
    [("lastNameEdit", ""), ("emailEdit", "anna@"), ("carRegistrationNumberEdit", "x" * 256)],
)
def test_validation_blocks_bad_input(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, name: str, text: str, record: Record
) -> None:
    find_line(editor, name).setText(text)
    assert editor.is_dirty()
    assert not editor.save_button.isEnabled()
    message = editor.findChild(QLabel, f"{name}Message")
    assert message is not None and message.isVisibleTo(editor) and message.text()
    editor.save()
    assert mews.calls_to("customers/update") == []


def test_future_birth_date_blocks_save(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    birth = editor.form.editor("birth_date")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    birth.set_value(tomorrow)  # type: ignore[attr-defined]
    assert not editor.save_button.isEnabled()
    assert "future" in editor.form.message_label("birth_date").text()
    birth.clear()  # type: ignore[attr-defined]
    assert birth.value() is None  # type: ignore[attr-defined]
    assert not editor.is_dirty()
