"""Typing into a window the way a keyboard (or a document reader acting as one) does.

Key presses go to the window's ``QWindow``, as the platform delivers them, and reach the
focused widget from there; ``QTest.keyClicks(widget, ...)`` would skip the window.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

#: How a reader ends a line: Return, keypad Enter, Tab, or a line feed (Ctrl+J, text "\n").
LINE_ENDS = ("return", "enter", "tab", "linefeed")


def _handle(window: QWidget) -> QWindow:
    handle = window.window().windowHandle()
    assert handle is not None, "show the window first"
    return handle


def type_keys(window: QWidget, text: str, delay_ms: int = 0) -> None:
    """Type ``text`` into whatever has the focus, waiting ``delay_ms`` before each key.

    The wait runs the event loop (``QTest.qWait``): the delay argument of a key click on a
    ``QWindow`` only moves the event time stamps, not the clock.
    """
    handle = _handle(window)
    keys = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}
    for char in text:
        if delay_ms > 0:
            QTest.qWait(delay_ms)
        QTest.keyClick(handle, keys.get(char, char))


def end_line(window: QWidget, end: str) -> None:
    handle = _handle(window)
    if end == "linefeed":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, handle, Qt.Key.Key_J, "\n", Qt.KeyboardModifier.ControlModifier
        )
        return
    key = {"return": Qt.Key.Key_Return, "enter": Qt.Key.Key_Enter, "tab": Qt.Key.Key_Tab}[end]
    QTest.keyClick(handle, key)


def type_zone(window: QWidget, lines: tuple[str, ...], end: str = "return") -> None:
    """A reader's burst: every character and line end with no pause in between."""
    for line in lines:
        type_keys(window, line)
        end_line(window, end)


class ReaderClock:
    """The reader's clock for tests: real time, except that it stands still in a burst.

    A document reader types its zone without a pause; a test typing it may be held up by
    a busy machine for longer than the gap that ends a burst. Inside :meth:`burst` no time
    passes for the reader, so such a hold-up cannot split the zone; outside, typing with
    pauses sees the real clock.
    """

    def __init__(self) -> None:
        self._stopped_for = 0.0
        self._stopped_at: float | None = None

    def __call__(self) -> float:
        if self._stopped_at is not None:
            return self._stopped_at
        return time.monotonic() - self._stopped_for

    @contextmanager
    def burst(self) -> Iterator[None]:
        self._stopped_at = self()
        started = time.monotonic()
        try:
            yield
        finally:
            self._stopped_for += time.monotonic() - started
            self._stopped_at = None
