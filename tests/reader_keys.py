"""Typing into a window the way a keyboard (or a document reader acting as one) does.

Key presses go to the window's ``QWindow``, as the platform delivers them, and reach the
focused widget from there; ``QTest.keyClicks(widget, ...)`` would skip the window. Inside
a :meth:`ReaderClock.burst` the keys carry time stamps a reader's pace apart, as a
platform stamps them when they are typed, however late the machine delivers them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

#: How a reader ends a line: Return, keypad Enter, Tab, or a line feed (Ctrl+J, text "\n").
LINE_ENDS = ("return", "enter", "tab", "linefeed")
#: A reader's pace: the time stamps of its keys are this far apart.
READER_STEP_MS = 5
_KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, "<": Qt.Key.Key_Less, " ": Qt.Key.Key_Space}
#: The next time stamp while a burst is typed (empty outside one).
_burst_stamp: list[int] = []


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
    for char in text:
        if delay_ms > 0:
            QTest.qWait(delay_ms)
        if _burst_stamp:
            _burst_stamp[0] = type_stamped(window, char, _burst_stamp[0])
        else:
            QTest.keyClick(handle, _KEYS.get(char, char))


def type_stamped(window: QWidget, text: str, stamp: int, step_ms: int = READER_STEP_MS) -> int:
    """Deliver ``text`` at once, its keys stamped ``step_ms`` apart from ``stamp`` (ms) as
    if typed at that pace; returns the stamp the next key would get."""
    handle = _handle(window)
    for char in text:
        press_at(handle, _KEYS.get(char) or Qt.Key(ord(char.upper())), char, stamp)
        stamp += step_ms
    return stamp


def end_line(window: QWidget, end: str) -> None:
    handle = _handle(window)
    key, text, modifiers = {
        "return": (Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier),
        "enter": (Qt.Key.Key_Enter, "\r", Qt.KeyboardModifier.KeypadModifier),
        "tab": (Qt.Key.Key_Tab, "\t", Qt.KeyboardModifier.NoModifier),
        "linefeed": (Qt.Key.Key_J, "\n", Qt.KeyboardModifier.ControlModifier),
    }[end]
    if _burst_stamp:
        press_at(handle, key, text, _next_stamp(), modifiers)
    elif end == "linefeed":
        QTest.sendKeyEvent(QTest.KeyAction.Click, handle, key, text, modifiers)
    else:
        QTest.keyClick(handle, key)


def press_at(
    handle: QWindow,
    key: Qt.Key,
    text: str,
    stamp: int,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press and release ``key`` as the platform does, stamped as typed at ``stamp`` ms."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(stamp)
        QApplication.sendEvent(handle, event)


def _next_stamp() -> int:
    stamp = _burst_stamp[0]
    _burst_stamp[0] += READER_STEP_MS
    return stamp


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
        """Type a reader's burst: no time passes for the reader, and the keys are stamped
        :data:`READER_STEP_MS` apart."""
        self._stopped_at = self()
        started = time.monotonic()
        _burst_stamp.append(int(started * 1000))
        try:
            yield
        finally:
            _burst_stamp.clear()
            self._stopped_for += time.monotonic() - started
            self._stopped_at = None
