"""``after_first_frame``: work that must not compete with the first window waits for it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.first_frame import after_first_frame


def test_the_callback_runs_once_after_the_window_first_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[bool] = []
    after_first_frame(window, lambda: calls.append(window.isVisible()), at_latest_ms=60_000)
    qtbot.wait(20)
    assert calls == []  # not shown, not painted
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
    window.update()
    qtbot.wait(20)
    assert calls == [True]


def test_a_window_never_painted_runs_the_callback_after_the_longest_wait(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[str] = []
    after_first_frame(window, lambda: calls.append("ran"), at_latest_ms=30)
    qtbot.waitUntil(lambda: calls == ["ran"])
    window.show()
    qtbot.wait(20)
    assert calls == ["ran"]


def test_a_window_deleted_first_never_runs_the_callback(qtbot: QtBot) -> None:
    window = QWidget()
    calls: list[str] = []
    after_first_frame(window, lambda: calls.append("ran"), at_latest_ms=30)
    window.deleteLater()
    qtbot.wait(80)
    assert calls == []
