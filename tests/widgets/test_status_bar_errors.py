"""The status bar's error line: never widens the desk, stays readable, then gets out of the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from desk_fakes import FakeClient, connected_session
from pytestqt.qtbot import QtBot

from desktop.mews import ForbiddenError
from desktop.ui import status_bar
from desktop.ui.main_window import MainWindow

LONG = "Mews refused the change: " + "the email address is already used by another guest " * 12


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    desk = MainWindow(connected_session(FakeClient(), str(tmp_path / "settings.ini")))
    qtbot.addWidget(desk)
    desk.resize(1024, 700)
    desk.show()
    qtbot.waitExposed(desk)
    return desk


def test_a_long_error_cuts_in_the_middle_and_never_widens_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = window.minimumSizeHint().width()
    window.status.show_error(ForbiddenError(LONG, request_id="req-77", status_code=403))
    qtbot.wait(50)  # the layout settles

    label = window.status.error_label
    assert window.width() == 1024 and window.minimumSizeHint().width() == before
    shown = label.text()
    assert "…" in shown and shown.endswith("req-77")  # the RequestId stays in view
    assert label.full_text().startswith("Mews refused") and "req-77" in label.full_text()
    assert label.full_text() in label.toolTip()


def test_an_error_stays_to_be_read_then_goes_with_the_next_call_that_works(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = window.status
    bar.show_error(ForbiddenError("Access denied", request_id="req-1", status_code=403))
    window.session.runner.answered.emit()  # a call works at once: too soon to hide it
    assert "Access denied" in bar.error_label.full_text()

    monkeypatch.setattr(status_bar, "ERROR_READ_MS", 0)  # as if it had been read
    window.session.runner.answered.emit()
    assert bar.error_label.full_text() == "" and bar.error_label.text() == ""
