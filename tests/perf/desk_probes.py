"""What the desk benchmarks watch the GUI thread with: a heartbeat timer for stalls, the
table's first paint, and bounded waits that keep the event loop running."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer

#: Longest any one step (a search, paging everyone in) may take before the run gives up.
STEP_TIMEOUT = 120.0
FRAME_MS = 1000 / 60


#: Set to a label's start ("paging", or "" for all) to print where the GUI thread stalls.
SAMPLE_ENV = "FRONTDESK_BENCH_STALL_STACKS"


class Heartbeat(QObject):
    """The longest gap between ticks of a 1 ms timer on the GUI thread: its worst stall.

    With :data:`SAMPLE_ENV` set, a :class:`StallSampler` runs along and :meth:`stop`
    prints the lines the GUI thread stalled on (the profile of what remains).
    """

    def __init__(self, label: str = "") -> None:
        super().__init__()
        self.label = label
        wanted = os.environ.get(SAMPLE_ENV)
        self._sampler: StallSampler | None = None
        self._sample = wanted is not None and label.startswith(wanted)
        self._timer = QTimer(self, interval=1)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.longest_ms = 0.0
        #: Of the longest stall, how long the GUI thread itself was on a CPU: close to the
        #: stall, it was busy (Qt's C++ or Python); far below, it waited for the GIL or a CPU.
        self.longest_cpu_ms = 0.0
        self._last = 0.0
        self._last_cpu = 0.0

    def start(self) -> None:
        self.longest_ms = self.longest_cpu_ms = 0.0
        self._clock.start()
        self._last = 0.0
        self._last_cpu = time.thread_time() * 1e3
        self._timer.start()
        if self._sample:
            self._sampler = StallSampler(self).__enter__()

    def stop(self) -> float:
        self._timer.stop()
        self._tick()
        if self._sampler is not None:
            self._sampler.__exit__()
            print(
                f"-- GUI thread stalled ({self.label}), longest {self.longest_ms:.0f} ms"
                f" ({self.longest_cpu_ms:.0f} ms of it on a CPU), at:"
            )
            print(self._sampler.top())
            self._sampler = None
        return self.longest_ms

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        cpu = time.thread_time() * 1e3
        if now - self._last > self.longest_ms:
            self.longest_ms, self.longest_cpu_ms = now - self._last, cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu


class FirstPaint(QObject):
    """Notes when the table's viewport has finished painting with rows in the model.

    The time taken is the end of that paint (what the receptionist sees), not its start:
    the filter has the view paint then (``viewportEvent``, where the scroll area's own
    filter would send it), stamps the clock and swallows the event, so drawing the rows
    counts against the desk.
    """

    def __init__(self, window: object) -> None:
        super().__init__()
        self.window = window
        self.painted_at: float | None = None
        window.table.viewport().installEventFilter(self)  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.painted_at is None
            and self.window.model.rowCount() > 0  # type: ignore[attr-defined]
        ):
            self.window.table.viewportEvent(event)  # type: ignore[attr-defined]
            self.painted_at = time.perf_counter()
            return True
        return False


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` (``processEvents`` in a tight loop leaks in PySide 6.12)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout: float = STEP_TIMEOUT) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("benchmark step did not finish")
        spin(1)


class StallSampler:
    """Where the threads are while the GUI thread stalls: a watcher thread samples every
    thread's stack each millisecond once the heartbeat has been silent for ``after_ms``,
    and counts the lines (samples, about one per millisecond of stall).

    Sampling from another thread needs the GIL, so a stall inside one long C call shows
    as the Python line that made it; that is the line to look at anyway.
    """

    def __init__(self, heartbeat: Heartbeat, after_ms: float = 8.0) -> None:
        import threading

        self._heartbeat = heartbeat
        self._after_ms = after_ms
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self.samples: Counter[str] = Counter()
        #: The samples of each stall, by the heartbeat's last tick before it.
        self.stalls: dict[float, Counter[str]] = {}
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> StallSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        import sys
        import threading
        import traceback

        while not self._stop.wait(0.001):
            heartbeat = self._heartbeat
            silent = heartbeat._clock.nsecsElapsed() / 1e6 - heartbeat._last
            if not heartbeat._timer.isActive() or silent < self._after_ms:
                continue
            stall = self.stalls.setdefault(heartbeat._last, Counter())
            for thread, frame in sys._current_frames().items():
                if thread == threading.get_ident():
                    continue
                # The GUI thread's stack; for a worker, the line it is on (while the GUI
                # thread waits, a worker in a long C call is what holds the GIL).
                stack = traceback.extract_stack(frame)[-6 if thread == self._gui else -2 :]
                where = " <- ".join(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack)
                )
                line = ("GUI    " if thread == self._gui else "worker ") + where
                self.samples[line] += 1
                stall[line] += 1

    def top(self, count: int = 12) -> str:
        """The commonest lines of all stalls, then of the longest one alone."""
        lines = [f"{n:5d}  {stack}" for stack, n in self.samples.most_common(count)]
        if self.stalls:
            longest = max(self.stalls.values(), key=lambda stall: stall.total())
            lines.append(f"   -- the longest stall alone ({longest.total()} samples):")
            lines += [f"{n:5d}  {stack}" for stack, n in longest.most_common(count)]
        return "\n".join(lines)
