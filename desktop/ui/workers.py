"""Run API calls off the GUI thread and bring their results back safely.

The shape follows Picard and superqt: small runnables on dedicated pools — several threads
for reads, which may run side by side, and a single thread for writes, so two edits of one
profile can never overtake each other. Every call gets a :class:`Request`, a QObject that
the *caller* owns (it is parented to the caller), carrying ``succeeded``/``failed``.

Results never travel from a worker straight into a widget. The worker hands its outcome to
the long-lived runner (a queued signal, so it arrives on the GUI thread); the runner then
emits on the caller's :class:`Request` only if that request is still wanted: not
cancelled, not superseded, and its C++ object still alive (``shiboken6.isValid``). Closing
a window deletes its requests with it, and their late results are simply dropped, with no
crash and no Qt warning.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

READ_THREADS = 4
#: How long a worker may keep the GIL while the GUI thread waits for it. Python's default
#: of 5 ms lets two busy workers (parsing a page, building rows) take turns before the GUI
#: thread gets a look in, which shows as a stall of several frames; at 1 ms the GUI thread
#: runs its slot or paint within about a millisecond of asking, for a few per cent of the
#: workers' speed.
GIL_SWITCH_SECONDS = 0.001


class Request(QObject):
    """One background call, owned by whoever started it.

    Connect to ``succeeded(object)`` / ``failed(object)`` (the exception) right after
    :meth:`WorkerRunner.submit`; ``finished`` follows either, unless the request was
    cancelled first.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, owner: QObject, label: str = "") -> None:
        super().__init__(owner)
        self.label = label
        self.ticket = _Ticket()

    @property
    def cancelled(self) -> bool:
        return self.ticket.cancelled

    def cancel(self) -> None:
        """Drop the result when it arrives; the call itself cannot be interrupted."""
        self.ticket.cancelled = True


class _Ticket:
    """The part of a request a worker thread may read: plain Python, never a QObject."""

    __slots__ = ("cancelled",)

    def __init__(self) -> None:
        self.cancelled = False


class _Outcome:
    __slots__ = ("ok", "request", "ticket", "value")

    def __init__(self, request: Request, ticket: _Ticket, ok: bool, value: object) -> None:
        self.request = request
        self.ticket = ticket
        self.ok = ok
        self.value = value


class _Relay(QObject):
    """Lives on the GUI thread; its queued signal carries outcomes off the workers."""

    arrived = Signal(object)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], Any], request: Request, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._request = request
        self._ticket = request.ticket
        self._relay = relay

    def run(self) -> None:
        if self._ticket.cancelled:  # superseded while queued: don't spend a request on it
            self._relay.arrived.emit(_Outcome(self._request, self._ticket, False, None))
            return
        try:
            outcome = _Outcome(self._request, self._ticket, True, self._fn())
        except BaseException as error:  # every failure must reach the GUI, never kill the pool
            outcome = _Outcome(self._request, self._ticket, False, error)
        self._relay.arrived.emit(outcome)


class WorkerRunner(QObject):
    """The desk's two pools and the bookkeeping of what is in flight.

    ``busyChanged(bool)`` drives the busy indicator; ``answered()`` says a call came back
    without an error, so the server is reachable again; ``callFailed(error)`` announces
    every failure delivered to its request, so the status bar sees a failed save as
    surely as a failed search without each screen remembering to report it. Create one per app (the
    :class:`~desktop.ui.session.Session` does) and call :meth:`shutdown` before quitting.
    """

    busyChanged = Signal(bool)
    answered = Signal()
    callFailed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, read_threads: int = READ_THREADS) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(read_threads)
        self._reads.setObjectName("frontdeskReads")
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._writes.setObjectName("frontdeskWrites")
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._deliver)
        self._in_flight = 0
        self._closed = False
        #: Calls submitted since :meth:`hold`, not yet started; ``None`` when not holding.
        self._held: list[tuple[QThreadPool, _Call]] | None = None

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def submit(
        self,
        fn: Callable[[], Any],
        *,
        owner: QObject,
        write: bool = False,
        label: str = "",
    ) -> Request:
        """Run ``fn`` on the read pool (or the one-thread write pool) for ``owner``."""
        request = Request(owner, label)
        if self._closed:
            request.cancel()
            return request
        self._in_flight += 1
        if self._in_flight == 1:
            self.busyChanged.emit(True)
        pool = self._writes if write else self._reads
        call = _Call(fn, request, self._relay)
        if self._held is not None:
            self._held.append((pool, call))
        else:
            pool.start(call)
        return request

    def hold(self) -> None:
        """Keep calls submitted from now on until :meth:`release`. At start-up a worker's
        Python (connecting imports the client and its models) would take turns on the GIL
        with the window being built and drawn, and hold its first frame back."""
        if self._held is None:
            self._held = []

    @Slot()
    def release(self) -> None:
        """Start the calls kept since :meth:`hold`, in order; later ones start at once."""
        held, self._held = self._held, None
        for pool, call in held or ():
            pool.start(call)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busyChanged.emit(False)
        if outcome.ok:
            self.answered.emit()
        request = outcome.request
        if outcome.ticket.cancelled or not shiboken6.isValid(request):
            return
        if not outcome.ok:
            self.callFailed.emit(outcome.value)
        hand_over(request, outcome.ok, outcome.value)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop taking work, drop what is queued, and wait for calls already running.

        Returns whether everything finished in time. Calls cannot be interrupted, so the
        client's own timeouts bound how long this takes.
        """
        self._closed = True
        self._held = None
        self._reads.clear()
        self._writes.clear()
        finished = self._reads.waitForDone(timeout_ms) and self._writes.waitForDone(timeout_ms)
        if not finished:
            log.warning("Background calls still running at shutdown")
        return finished


def hand_over(request: Request, ok: bool, value: object) -> None:
    """End ``request`` with its outcome if it is still wanted, then free it.

    The one way a call ends, whether the runner delivers it or a call held while the desk
    was connecting passes its outcome on.
    """
    if not shiboken6.isValid(request) or request.cancelled:
        return
    if ok:
        request.succeeded.emit(value)
    else:
        request.failed.emit(value)
    if shiboken6.isValid(request):  # a slot may have closed the owner
        request.finished.emit()
        request.deleteLater()


class LatestOnly:
    """Keeps the newest request of a kind and cancels the one it replaces.

    A search typed after another one supersedes it: the older search's late result is
    dropped, whatever order the server answers in.
    """

    def __init__(self) -> None:
        self._current: Request | None = None
        self.generation = 0

    def replace(self, request: Request | None) -> int:
        self.cancel()
        self._current = request
        self.generation += 1
        return self.generation

    def cancel(self) -> None:
        if self._current is not None and shiboken6.isValid(self._current):
            self._current.cancel()
        self._current = None

    def is_current(self, request: QObject | None) -> bool:
        return request is not None and request is self._current

    @property
    def pending(self) -> bool:
        """A request is current: started and neither answered (``replace(None)``) nor cancelled."""
        return self._current is not None
