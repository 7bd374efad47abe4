"""Saving sends only what changed, and a failed save keeps every edit."""

from __future__ import annotations

from typing import Any

from editor_steps import (
    Record,
    find_combo,
    find_line,
    open_profile,
    save_profile,
    type_texts,
    wait_idle,
)
from profile_editor_fakes import FakeMews
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError, NetworkError
from desktop.ui.profile_editor import ProfileEditor


def _refuse_email(customer_id: str, **fields: Any) -> Any:
    raise ForbiddenError(
        "The email belongs to another customer profile.", status_code=403, request_id="r-42"
    )


def test_only_changed_fields_are_sent(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    assert not editor.save_button.isEnabled()
    find_combo(editor, "titleCombo").set_value("Mister")
    find_line(editor, "emailEdit").setText("anna.novak@example.com")
    assert editor.is_dirty()
    assert editor.isWindowModified()
    assert editor.windowTitle().endswith("[*]")
    save_profile(qtbot, editor)
    assert mews.calls_to("customers/update") == [
        {"customer_id": record["Id"], "title": "Mister", "email": "anna.novak@example.com"}
    ]
    assert not editor.isWindowModified()
    assert "Saved." in editor.message.text()


def test_ctrl_s_saves(qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record) -> None:
    find_line(editor, "phoneEdit").setText("+420 1234")
    assert editor.save_action.shortcut().toString() == "Ctrl+S"
    with qtbot.waitSignal(editor.customerSaved):
        editor.save_action.trigger()
    assert mews.calls_to("customers/update")[0]["phone"] == "+420 1234"


def test_rejected_save_shows_the_server_message_and_keeps_edits(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    type_texts(editor, emailEdit="taken@example.com", firstNameEdit="Anička")

    monkeypatch.setattr(mews, "update_customer", _refuse_email)
    editor.save()
    wait_idle(qtbot, editor)
    assert "belongs to another customer profile" in editor.message.text()
    assert "r-42" in editor.message.text()
    assert not editor.retry_button.isVisibleTo(editor)
    assert "belongs to another" in editor.form.message_label("email").text()
    assert find_line(editor, "emailEdit").text() == "taken@example.com"
    assert find_line(editor, "firstNameEdit").text() == "Anička"
    assert editor.is_dirty()


def test_network_failure_offers_retry_that_saves(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    find_line(editor, "phoneEdit").setText("+420 5555")
    mews.fail_next(NetworkError("Connection refused.", request_sent=False))
    editor.save()
    wait_idle(qtbot, editor)
    assert editor.retry_button.isVisibleTo(editor)
    assert "Connection refused." in editor.message.text()
    assert find_line(editor, "phoneEdit").text() == "+420 5555"
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
    assert mews.customers[record["Id"]]["Phone"] == "+420 5555"


def test_saving_keeps_the_field_being_edited_in_view_and_focused(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews
) -> None:
    """Locking the form during a save must not send focus (and the scroll) elsewhere."""
    record = mews.put()
    editor.resize(700, 500)
    editor.show()
    qtbot.waitExposed(editor)
    open_profile(qtbot, editor, record["Id"])
    field = find_line(editor, "phoneEdit")
    scroll = editor.findChild(QScrollArea, "profileScroll")
    scroll.ensureWidgetVisible(field)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    position = scroll.verticalScrollBar().value()
    field.setText("+420 555 0100")
    with qtbot.waitSignal(editor.customerSaved):
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert mews.calls_to("customers/update")[0]["phone"] == "+420 555 0100"
    qtbot.waitUntil(field.hasFocus)
    assert scroll.verticalScrollBar().value() == position


def test_saved_goes_away_with_the_next_edit(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, record: Record
) -> None:
    find_line(editor, "phoneEdit").setText("+420 1234")
    save_profile(qtbot, editor)
    assert editor.message.text() == "Saved." and editor.message_bar.isVisibleTo(editor)
    qtbot.keyClicks(find_line(editor, "phoneEdit"), "5")
    assert editor.is_dirty()
    assert not editor.message_bar.isVisibleTo(editor) and editor.message.text() == ""


def test_a_refused_email_banner_goes_away_once_the_email_is_edited(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    email = find_line(editor, "emailEdit")
    email.setText("taken@example.com")
    monkeypatch.setattr(mews, "update_customer", _refuse_email)
    editor.save()
    wait_idle(qtbot, editor)
    assert editor.message_bar.isVisibleTo(editor)
    email.selectAll()
    qtbot.keyClicks(email, "anna.n@example.com")
    assert not editor.message_bar.isVisibleTo(editor)
    assert not editor.form.message_label("email").isVisibleTo(editor)
    assert editor.save_button.isEnabled()
