"""While a profile is on its way from Mews, nothing typed into the form can be lost.

The profile that arrives replaces whatever the form shows, so the form takes no typing
until it is there: it says that it is loading, and opens for editing once the profile (or
the reason it did not come) has arrived.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from dialog_answers import answer_message_boxes
from editor_steps import Record, find_line
from profile_editor_fakes import FakeMews
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.mews import NetworkError
from desktop.ui.profile_editor import ProfileEditor


@pytest.fixture
def held(mews: FakeMews, monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every ``customers/getAll`` back until the event is set."""
    release = threading.Event()
    answer = mews.get_all_customers

    def get_all_customers(**filters: Any) -> Any:
        release.wait(10)
        return answer(**filters)

    monkeypatch.setattr(mews, "get_all_customers", get_all_customers)
    yield release
    release.set()  # the editor's runner shuts down after this test: never leave it waiting


def _start_loading(qtbot: QtBot, editor: ProfileEditor, stored: Record) -> None:
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.open_customer(stored["Id"]) is True
    assert editor.message.text() == "Loading profile…"


def test_typing_while_a_profile_loads_is_refused_not_overwritten(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, held: threading.Event
) -> None:
    stored = mews.put(Phone="+420 111 222 333")
    _start_loading(qtbot, editor, stored)
    phone = find_line(editor, "phoneEdit")
    qtbot.keyClicks(phone, "+420 999")
    assert phone.text() == ""  # not taken in, so nothing typed can vanish later
    assert not phone.isEnabled()
    assert not editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.customerLoaded):
        held.set()
    assert phone.isEnabled()
    assert phone.text() == "+420 111 222 333"
    qtbot.keyClicks(phone, "9")
    assert phone.text() == "+420 111 222 3339"
    assert editor.is_dirty()


def test_a_failed_load_opens_the_form_again_and_retry_asks_before_replacing_edits(
    qtbot: QtBot,
    editor: ProfileEditor,
    mews: FakeMews,
    held: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stored = mews.put()
    mews.fail_next(NetworkError("The connection dropped."))
    _start_loading(qtbot, editor, stored)
    phone = find_line(editor, "phoneEdit")
    assert not phone.isEnabled()
    held.set()
    qtbot.waitUntil(editor.retry_button.isVisible)
    assert phone.isEnabled()
    assert editor.customer_id() is None  # still the new form it was, ready for typing
    qtbot.keyClicks(phone, "+420 5")
    asked = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.retry_button.click()
    assert asked == ["Save the changes to New customer?"]
    assert phone.text() == "+420 5" and phone.isEnabled()
    answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(stored["Id"])
    assert phone.text() == stored["Phone"]


def test_export_and_attach_wait_while_the_next_guest_loads(
    qtbot: QtBot, editor: ProfileEditor, mews: FakeMews, held: threading.Event
) -> None:
    first, second = mews.put(FirstName="Jennifer"), mews.put(FirstName="Madison")
    held.set()
    editor.show()
    with qtbot.waitSignal(editor.customerLoaded):
        editor.open_customer(first["Id"])
    assert editor.export_button.isEnabled() and editor.attach_file_button.isEnabled()
    held.clear()
    assert editor.open_customer(second["Id"]) is True  # Jennifer still shown, Madison asked
    assert not editor.export_button.isEnabled() and not editor.attach_file_button.isEnabled()
    assert "Jennifer" not in editor.heading.text()  # names nobody rather than the wrong guest
    with qtbot.waitSignal(editor.customerLoaded):
        held.set()
    assert editor.customer_id() == second["Id"] and "Madison" in editor.heading.text()
    assert editor.export_button.isEnabled() and editor.attach_file_button.isEnabled()
