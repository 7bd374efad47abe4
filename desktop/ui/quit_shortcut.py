"""Ctrl+Q from anywhere in the desk, even while a dialog is open.

The Quit action's application-wide shortcut quits from the desk window, its menus and any
window that leaves the desk usable, but a modal dialog blocks it: the receptionist who is
half-way through attaching a file or merging and wants to go home would press Ctrl+Q for
nothing. A key the shortcut did not take is delivered to the focused window's ``QWindow``
before any of its widgets, so an event filter on that one handle sees it wherever the focus
is. It follows the focus from window to window and sees only what is sent to that handle
(keys, clicks, exposes), never the paints, timers and queued calls of the desk's objects,
which a filter on the whole application would take into Python one by one. The desk
window's own handle is watched too: a hidden dialog leaves no window with the focus where
no window manager hands it back, and keys still reach the desk window then.

The platform's Quit key is empty under some window systems (a plain X server with no
desktop's key theme), so Ctrl+Q is always among :func:`quit_keys`.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QWidget


def quit_keys() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [ctrl_q, *keys]


class QuitShortcut(QObject):
    """Calls ``quit_desk`` on the platform's Quit key in the focused window, until
    :meth:`stop` (or its parent goes)."""

    def __init__(self, parent: QWidget, quit_desk: Callable[[], None]) -> None:
        super().__init__(parent)
        self._desk: QWidget | None = parent
        self._quit_desk = quit_desk
        self._keys = quit_keys()
        #: The desk window's handle (watched from its first show on) and the focused one.
        self._desk_handle: QWindow | None = None
        self._focused: QWindow | None = None
        app = QGuiApplication.instance()
        self._app = app if isinstance(app, QGuiApplication) else None
        if self._app is not None:
            self._app.focusWindowChanged.connect(self._follow_focus)
            self._follow_focus(QGuiApplication.focusWindow())

    def stop(self) -> None:
        if self._app is not None:
            self._app.focusWindowChanged.disconnect(self._follow_focus)
            self._app = None
        for handle in (self._focused, self._desk_handle):
            self._unwatch(handle)
        self._focused = self._desk_handle = None

    @Slot(QWindow)
    def _follow_focus(self, window: QWindow | None) -> None:
        if self._desk_handle is None and self._desk is not None:
            # Asked once, when the desk is first shown: never while it is being destroyed.
            self._desk_handle = self._desk.windowHandle()
            if self._desk_handle is not None:
                self._desk = None
                self._desk_handle.installEventFilter(self)
        if window is self._focused:
            return
        if self._focused is not self._desk_handle:
            self._unwatch(self._focused)
        self._focused = window
        if window is not None and window is not self._desk_handle:
            window.installEventFilter(self)

    def _unwatch(self, handle: QWindow | None) -> None:
        if handle is not None and shiboken6.isValid(handle):
            handle.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._keys
        ):
            self._quit_desk()
            return True
        return False
