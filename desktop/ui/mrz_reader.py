"""Recognises a desk document reader typing a machine-readable zone, wherever the focus is.

Passport and ID-card readers act as keyboards: they type the zone's two or three lines
of ``A-Z 0-9 <`` much faster than a person can, each line ended by Enter (some send a
line feed or a Tab). An event filter on the desk window's ``QWindow``, where a key press
arrives before the focused widget gets it, watches what is typed into the desk. Keys of
the zone's alphabet (and line ends in the middle of them) are held back while they keep
coming faster than anyone types, judged by the events' own time stamps, so a GUI thread
busy mid-zone cannot split it. When the burst ends, a burst shaped like a zone is handed
on as lines and never reaches the focused widget (no search starts, no Tab moves the
focus, no text lands in a profile field). Anything else is replayed to the focused
widget, in order, a fraction of a second late, so typing stays untouched: lower-case
letters, keys with Ctrl or Alt and keys after a pause are not even held.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

#: Longest gap between two keys of one burst; people type 80-200 ms apart, readers 2-30.
KEY_GAP_MS = 60
#: A reader may pause a little longer after a complete line.
LINE_GAP_MS = 300
ZONE_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
LINE_END_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})
LINE_END_TEXTS = frozenset({"\r", "\n", "\t"})
#: The widths of TD1, TD2 and TD3 lines (``desktop.desk.mrz.SHAPES``): the zone checks
#: load with the first burst, not with the first window.
LINE_WIDTHS = frozenset({30, 36, 44})
#: Readers press Shift for every capital (and Ctrl for a line feed): these interrupt nothing.
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
    }
)
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


_RELEASING_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel}
)


class _HeldKey(NamedTuple):
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    line_end: bool
    #: The focused widget when the key was pressed.
    target: QWidget


class MrzKeyReader(QObject):
    """The event filter; ``zoneRead(list)`` carries the lines of each zone typed."""

    zoneRead = Signal(list)

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        """``clock`` (seconds) times the gaps between keys; tests hold it still in a burst."""
        super().__init__(window)
        self._clock = clock
        self.setObjectName("mrzKeyReader")
        self._window = window
        #: The watched windows' QWindows and their widgets (the desk, the reader's dialogs).
        self._handles: dict[QWindow, QWidget] = {}
        self._waiting: set[QWidget] = set()
        self._held: list[_HeldKey] = []
        #: When the last held key was typed (its event's time stamp, ms) and received.
        self._last_typed = 0.0
        self._last_received = 0.0
        #: The gap has passed once by the clock; the next timeout decides.
        self._settling = False
        self._replaying = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._timer_fired)
        self.watch(window)

    def watch(self, window: QWidget) -> None:
        """Read zones typed into ``window`` too (a question asked after an earlier zone).

        Key presses reach a window's QWindow before any of its widgets: watching it alone
        sees every key typed there, and nothing of paints or timers. The QWindow exists
        once the window is shown, so until then the widget itself is watched for its Show.
        """
        handle = window.windowHandle()
        if handle is None:
            self._waiting.add(window)
            window.installEventFilter(self)
            return
        if handle not in self._handles:
            # Closed questions leave their windows behind: forget them as new ones come.
            self._handles = {h: w for h, w in self._handles.items() if shiboken6.isValid(h)}
            self._handles[handle] = window
            handle.installEventFilter(self)

    # -- watching ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched in self._waiting:
            if kind == QEvent.Type.Show:
                assert isinstance(watched, QWidget)
                self._waiting.discard(watched)
                watched.removeEventFilter(self)
                self.watch(watched)
            return False
        widget = self._handles.get(watched) if isinstance(watched, QWindow) else None
        if self._replaying or widget is None:
            return False
        if kind in _RELEASING_EVENTS:
            self.flush()  # a click (Save) acts on what was typed before it
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        return self._press(event, widget)

    def _press(self, event: QKeyEvent, window: QWidget) -> bool:
        """Whether the press is held back as part of a burst."""
        if event.key() in MODIFIER_KEYS:
            return bool(self._held)  # part of a burst: held back (and dropped) with it
        typed = self._typed_at(event)
        if self._held and not 0 <= typed - self._last_typed <= self._gap_ms():
            self._burst_ended()  # a pause between the keys themselves, however fast they came
        if event.isAutoRepeat():
            self.flush()
            return False
        if self._holdable(event):
            line_end = event.key() in LINE_END_KEYS or event.text() in LINE_END_TEXTS
            target = window.focusWidget() or window
            self._held.append(
                _HeldKey(event.key(), event.modifiers(), event.text(), line_end, target)
            )
            self._last_typed, self._last_received = typed, self._clock()
            self._settling = False
            self._timer.start(self._gap_ms())
            return True
        self.flush()
        return False

    def _typed_at(self, event: QKeyEvent) -> float:
        """When the key was typed, in ms: the platform's time stamp on the event, which a
        busy GUI thread cannot stretch (it only delays the delivery), else the clock."""
        return float(event.timestamp()) or self._clock() * 1000

    def _holdable(self, event: QEvent) -> bool:
        """A key of the zone's alphabet, or a line end in the middle of a burst."""
        if not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if event.key() in LINE_END_KEYS or text in LINE_END_TEXTS:
            return bool(self._held)
        plain = not (event.modifiers() & ~_TYPING_MODIFIERS)
        return plain and len(text) == 1 and text in ZONE_ALPHABET

    def _gap_ms(self) -> int:
        lines = self.held_lines()
        if self._held and self._held[-1].line_end and len(lines[-2]) in LINE_WIDTHS:
            return LINE_GAP_MS
        return KEY_GAP_MS

    def held_lines(self) -> list[str]:
        """The held keys as lines (the last one possibly still open)."""
        lines = [""]
        for held in self._held:
            if held.line_end:
                lines.append("")
            else:
                lines[-1] += held.text
        return lines

    # -- deciding ---------------------------------------------------------------------------

    @Slot()
    def _timer_fired(self) -> None:
        """The burst ends once the gap has passed by the clock and the keys queued by then
        are in.

        A coarse timer may fire a little early, and a test's clock stands still while its
        burst is typed. A GUI thread busy past the gap runs this timeout before the keys
        that queued up meanwhile: one more turn of the event loop lets them in, and their
        time stamps then say whether they still belong to the burst.
        """
        left_ms = self._gap_ms() - (self._clock() - self._last_received) * 1000
        if self._held and left_ms > 0:
            self._timer.start(math.ceil(left_ms))
            return
        if self._held and not self._settling:
            self._settling = True
            self._timer.start(0)
            return
        self._burst_ended()

    def _burst_ended(self) -> None:
        self._timer.stop()
        self._settling = False
        from desktop.desk.mrz import looks_like_mrz

        lines = [line for line in self.held_lines() if line]
        if lines and looks_like_mrz(lines):
            self._held.clear()
            self.zoneRead.emit(lines)
        else:
            self.flush()

    def flush(self) -> None:
        """Replay the held keys to the widget each was typed into.

        After a replayed Tab has moved the focus, the keys that followed it go where the
        focus went, as they would have without the hold.
        """
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        moved = False
        try:
            for key in held:
                target = key.target if shiboken6.isValid(key.target) else None
                if target is None:
                    continue  # its window has closed
                if moved:
                    target = target.window().focusWidget() or target
                moved = moved or key.key == Qt.Key.Key_Tab
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        target, QKeyEvent(kind, key.key, key.modifiers, key.text)
                    )
        finally:
            self._replaying = False
