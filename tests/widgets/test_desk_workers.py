"""The worker bridge: results arrive on the GUI thread, in order, and only while wanted."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.workers import LatestOnly, WorkerRunner


def _wait_idle(qtbot: QtBot, runner: WorkerRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_result_arrives_on_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    worker_threads: list[object] = []

    def work() -> int:
        worker_threads.append(QThread.currentThread())
        return 42

    request = runner.submit(work, owner=owner)
    received: list[tuple[int, object]] = []
    request.succeeded.connect(lambda value: received.append((value, QThread.currentThread())))
    with qtbot.waitSignal(request.finished):
        pass
    assert received == [(42, QApplication.instance().thread())]
    assert worker_threads and worker_threads[0] is not QApplication.instance().thread()
    runner.shutdown()


def test_failure_is_delivered_not_raised(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()

    def broken() -> None:
        raise ValueError("nope")

    request = runner.submit(broken, owner=owner)
    with qtbot.waitSignal(request.failed) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    runner.shutdown()


def test_writes_run_one_at_a_time_in_order(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    log: list[str] = []
    running = [0]
    overlap = []

    def write(name: str) -> str:
        running[0] += 1
        overlap.append(running[0])
        log.append(f"start {name}")
        time.sleep(0.01)
        log.append(f"end {name}")
        running[0] -= 1
        return name

    finished: list[str] = []
    for name in "abcd":
        request = runner.submit(lambda name=name: write(name), owner=owner, write=True)
        request.succeeded.connect(finished.append)
    _wait_idle(qtbot, runner)
    assert max(overlap) == 1
    assert log == [f"{edge} {n}" for n in "abcd" for edge in ("start", "end")]
    assert finished == list("abcd")
    runner.shutdown()


def test_reads_run_in_parallel(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner(read_threads=3)
    barrier = threading.Barrier(3, timeout=5)
    results: list[int] = []
    for number in range(3):
        request = runner.submit(lambda number=number: (barrier.wait(), number)[1], owner=owner)
        request.succeeded.connect(results.append)
    _wait_idle(qtbot, runner)
    assert sorted(results) == [0, 1, 2]  # the barrier only opens if all three ran at once
    runner.shutdown()


def test_superseded_request_is_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    latest = LatestOnly()
    release_old = threading.Event()
    results: list[str] = []

    old = runner.submit(lambda: (release_old.wait(5), "old")[1], owner=owner)
    old.succeeded.connect(results.append)
    latest.replace(old)
    new = runner.submit(lambda: "new", owner=owner)
    new.succeeded.connect(results.append)
    latest.replace(new)
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    release_old.set()
    _wait_idle(qtbot, runner)
    assert results == ["new"]
    assert latest.generation == 2
    runner.shutdown()


def test_owner_closed_mid_request_drops_result_quietly(qtbot: QtBot) -> None:
    runner = WorkerRunner()
    window = QWidget()
    window.show()
    release = threading.Event()
    delivered: list[object] = []
    request = runner.submit(lambda: (release.wait(5), "late")[1], owner=window)
    request.succeeded.connect(delivered.append)
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: runner.busy and not _alive(window), timeout=5000)
    release.set()
    _wait_idle(qtbot, runner)
    assert delivered == []
    runner.shutdown()


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_busy_signal_brackets_work(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    states: list[bool] = []
    runner.busyChanged.connect(states.append)
    for _ in range(3):
        runner.submit(lambda: None, owner=owner)
    _wait_idle(qtbot, runner)
    assert states == [True, False]
    runner.shutdown()


def test_after_shutdown_nothing_runs(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    runner.shutdown()
    ran: list[int] = []
    request = runner.submit(lambda: ran.append(1), owner=owner)
    assert request.cancelled and ran == [] and not runner.busy


def test_every_delivered_failure_is_announced_once_for_the_status_bar(qtbot: QtBot) -> None:
    """A failed save must reach the status bar as surely as a failed search does."""
    owner = QObject()
    runner = WorkerRunner()
    announced: list[BaseException] = []
    runner.callFailed.connect(announced.append)

    def broken() -> None:
        raise ValueError("refused")

    write = runner.submit(broken, owner=owner, write=True)
    with qtbot.waitSignal(write.failed):
        pass
    dropped = runner.submit(broken, owner=owner)
    dropped.cancel()
    _wait_idle(qtbot, runner)
    assert [str(error) for error in announced] == ["refused"]
    runner.shutdown()


def test_held_calls_wait_for_release_and_then_run_in_order(qtbot: QtBot) -> None:
    owner = QObject()
    runner = WorkerRunner()
    runner.hold()
    ran: list[str] = []
    finished: list[str] = []
    for name in "ab":
        request = runner.submit(lambda name=name: ran.append(name) or name, owner=owner)
        request.succeeded.connect(finished.append)
    qtbot.wait(50)
    assert ran == [] and runner.busy  # kept: the busy indicator still shows them
    runner.release()
    _wait_idle(qtbot, runner)
    assert sorted(finished) == ["a", "b"]
    later = runner.submit(lambda: "c", owner=owner)
    with qtbot.waitSignal(later.succeeded) as blocker:
        pass
    assert blocker.args == ["c"]
    runner.shutdown()
