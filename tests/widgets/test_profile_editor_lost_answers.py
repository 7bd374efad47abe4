"""Saving again after Mews's answer to an add or an update was lost on the way back.

A truncated answer or a dropped connection after the body went out leaves the desk not
knowing whether the guest exists. Pressing Retry must not create the guest a second time:
the editor looks the guest up first and adopts the profile its earlier attempt created.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from profile_editor_fakes import FakeMews, profile_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.mews import InvalidResponseError, MewsError, NetworkError, ServerError
from desktop.ui import profile_dialogs
from desktop.ui.profile_dialogs import DuplicateChoice
from desktop.ui.profile_editor import ProfileEditor


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every duplicate question the editor asks; the answer is Create anyway."""
    questions: list[str] = []

    def exec_(dialog: profile_dialogs.DuplicateDialog) -> int:
        questions.append(dialog.windowTitle())
        return dialog.choose(DuplicateChoice.CREATE_ANYWAY)

    monkeypatch.setattr(profile_dialogs.DuplicateDialog, "exec", exec_)
    return questions


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[tuple[ProfileEditor, FakeMews]]:
    mews = FakeMews()
    with profile_editor(qtbot, mews) as widget:
        yield widget, mews


def _lose_answers(mews: FakeMews, error: MewsError, times: int = 1) -> None:
    """The next ``times`` adds are done by Mews but answered with ``error``."""
    original = mews.add_customer
    left = [times]

    def add_customer(**fields: Any) -> Any:
        created = original(**fields)
        if left[0] > 0:
            left[0] -= 1
            raise error
        return created

    mews.add_customer = add_customer  # type: ignore[method-assign]


def _fill(editor: ProfileEditor, **texts: str) -> None:
    editor.new_customer_action.trigger()
    for name, text in texts.items():
        line = editor.findChild(QLineEdit, name)
        assert line is not None, name
        line.setText(text)


def _matching(mews: FakeMews, email: str) -> list[dict[str, Any]]:
    return [c for c in mews.customers.values() if c.get("Email") == email]


@pytest.mark.parametrize(
    "error",
    [
        InvalidResponseError("The answer was cut off.", truncated=True),
        NetworkError("The connection was closed.", request_sent=True),
        ServerError("An unexpected error occurred."),
    ],
    ids=["truncated", "dropped", "server-error"],
)
def test_retry_after_a_lost_add_answer_adopts_the_created_guest(
    qtbot: QtBot,
    editor: tuple[ProfileEditor, FakeMews],
    asked: list[str],
    error: MewsError,
) -> None:
    widget, mews = editor
    mews.put(LastName="Horák", FirstName="Pavel", Email="pavel@example.com")  # a namesake
    _lose_answers(mews, error)
    _fill(widget, lastNameEdit="Horák", firstNameEdit="Eva", emailEdit="eva@example.com")
    widget.save()
    qtbot.waitUntil(lambda: not widget.is_busy())
    assert widget.retry_button.isVisibleTo(widget), widget.message.text()
    assert widget.findChild(QLineEdit, "firstNameEdit").text() == "Eva"
    assert widget.customer_id() is None
    assert len(_matching(mews, "eva@example.com")) == 1  # Mews did create it

    with qtbot.waitSignal(widget.customerSaved):
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)

    created = _matching(mews, "eva@example.com")
    assert len(created) == 1, "the retry created the guest a second time"
    assert widget.customer_id() == created[0]["Id"]
    assert len(mews.calls_to("customers/add")) == 1
    assert asked == [], "the guest's own profile was offered as a duplicate"
    assert not widget.is_dirty()


def test_retry_after_an_add_that_did_not_happen_adds(
    qtbot: QtBot, editor: tuple[ProfileEditor, FakeMews], asked: list[str]
) -> None:
    widget, mews = editor
    mews.fail_next(InvalidResponseError("Not JSON.", truncated=False))
    _fill(widget, lastNameEdit="Kovář", firstNameEdit="Jiří", emailEdit="jiri@example.com")
    widget.save()  # the lookup fails first: nothing was sent yet
    qtbot.waitUntil(lambda: not widget.is_busy())
    assert widget.retry_button.isVisibleTo(widget)
    with qtbot.waitSignal(widget.customerSaved):
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    assert len(_matching(mews, "jiri@example.com")) == 1
    assert len(mews.calls_to("customers/add")) == 1
    assert asked == []


def test_retry_after_a_lost_update_answer_shows_the_profile_saved(
    qtbot: QtBot, editor: tuple[ProfileEditor, FakeMews], monkeypatch: pytest.MonkeyPatch
) -> None:
    widget, mews = editor
    conflicts: list[str] = []
    monkeypatch.setattr(
        profile_dialogs.ConflictDialog,
        "exec",
        lambda dialog: conflicts.append(dialog.windowTitle()) or 0,
    )
    record = mews.put(LastName="Malá", FirstName="Jana", Phone="+420 1111")
    original = mews.update_customer

    def update_customer(customer_id: str, **fields: Any) -> Any:
        original(customer_id, **fields)
        mews.update_customer = original  # type: ignore[method-assign]
        raise InvalidResponseError("The answer was cut off.", truncated=True)

    mews.update_customer = update_customer  # type: ignore[method-assign]
    with qtbot.waitSignal(widget.customerLoaded):
        widget.open_customer(record["Id"])
    phone = widget.findChild(QLineEdit, "phoneEdit")
    assert phone is not None
    phone.setText("+420 2222")
    widget.save()
    qtbot.waitUntil(lambda: not widget.is_busy())
    assert widget.retry_button.isVisibleTo(widget)
    assert phone.text() == "+420 2222"

    with qtbot.waitSignal(widget.customerSaved):
        qtbot.mouseClick(widget.retry_button, Qt.MouseButton.LeftButton)
    assert conflicts == [], "the desk's own saved edit was shown as someone else's"
    assert mews.customers[record["Id"]]["Phone"] == "+420 2222"
    assert len(mews.calls_to("customers/update")) == 1
    assert not widget.is_dirty()
    assert phone.text() == "+420 2222"
