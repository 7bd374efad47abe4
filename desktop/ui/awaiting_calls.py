"""Calls a screen makes while the desk is still connecting, started once it is settled.

The client is built (and the sandbox started) on a worker, so for the first moments after
start-up there is no client yet. A profile, its documents or its open items opened then
should load a moment later, as a search typed then does, not fail with "not connected".
A held call gets its :class:`~desktop.ui.workers.Request` at once; when the connection is
ready the call is submitted for real and its outcome is passed on to that request; when
the connection failed it fails the way any call without a client does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop.ui.workers import Request, WorkerRunner, hand_over

Submit = Callable[[Callable[[Any], Any], QObject, bool, str], Request]


class _Held:
    __slots__ = ("fn", "label", "request", "write")

    def __init__(self, fn: Callable[[Any], Any], request: Request, write: bool, label: str):
        self.fn = fn
        self.request = request
        self.write = write
        self.label = label


class AwaitingCalls:
    """Holds calls in the order they were made; :meth:`release` starts them in that order."""

    def __init__(self, runner: WorkerRunner) -> None:
        self._runner = runner
        self._held: list[_Held] = []

    def __len__(self) -> int:
        return len(self._held)

    def hold(self, fn: Callable[[Any], Any], *, owner: QObject, write: bool, label: str) -> Request:
        request = Request(owner, label)
        self._held.append(_Held(fn, request, write, label))
        return request

    def release(self, submit: Submit) -> None:
        """Start every held call still wanted through ``submit(fn, owner, write, label)``."""
        held, self._held = self._held, []
        for call in held:
            outer = call.request
            if not shiboken6.isValid(outer) or outer.cancelled:
                continue  # its screen closed, or a newer call replaced it, while connecting
            inner = submit(call.fn, outer, call.write, call.label)
            inner.succeeded.connect(lambda value, outer=outer: hand_over(outer, True, value))
            inner.failed.connect(lambda error, outer=outer: hand_over(outer, False, error))

    def drop(self) -> None:
        """Forget held calls (the desk is closing): their screens are going too."""
        self._held.clear()
