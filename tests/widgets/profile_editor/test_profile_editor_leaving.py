"""Leaving a profile with unsaved changes asks first and does what was answered."""

from __future__ import annotations

from dialog_answers import answer_message_boxes
from editor_steps import (
    Guests,
    Record,
    find_line,
)
from profile_editor_fakes import FakeMews
from PySide6.QtWidgets import QMessageBox
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from desktop.ui.profile_editor import ProfileEditor


def test_switching_away_cancel_keeps_edits(
    editor: ProfileEditor, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    first, second = guests
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.open_customer(second["Id"]) is False
    assert asked == ["Save the changes to Anna Novak?"]
    assert editor.customer_id() == first["Id"]
    assert find_line(editor, "phoneEdit").text() == "+420 7777"


def test_switching_away_discard_opens_the_other(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    second = guests[1]
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(second["Id"])
    assert editor.customer_id() == second["Id"]
    assert mews.calls_to("customers/update") == []


def test_switching_away_save_saves_then_opens(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, guests: Guests
) -> None:
    first, second = guests
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(editor.customerLoaded):
        assert editor.open_customer(second["Id"]) is False
    qtbot.waitUntil(lambda: editor.customer_id() == second["Id"])
    assert mews.customers[first["Id"]]["Phone"] == "+420 7777"


def test_closing_a_dirty_editor_asks(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, monkeypatch: MonkeyPatch, record: Record
) -> None:
    editor.show()
    find_line(editor, "phoneEdit").setText("+420 7777")
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert editor.close() is False
    assert asked and editor.isVisible()
