"""Calls made while the desk connects: held, then ended exactly as a runner's call ends."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.awaiting_calls import AwaitingCalls
from desktop.ui.workers import Request, WorkerRunner

CLIENT = "the client"


@pytest.fixture
def runner() -> Iterator[WorkerRunner]:
    made = WorkerRunner()
    yield made
    made.shutdown()


def submit_for(
    runner: WorkerRunner,
) -> Callable[[Callable[[Any], Any], QObject, bool, str], Request]:
    """What the session passes to ``release``: the held function, given the client."""
    return lambda fn, owner, write, label: runner.submit(
        lambda: fn(CLIENT), owner=owner, write=write, label=label
    )


def ends(request: Request) -> list[tuple[str, object]]:
    """Records each signal ``request`` emits, in order."""
    seen: list[tuple[str, object]] = []
    request.succeeded.connect(lambda value: seen.append(("succeeded", value)))
    request.failed.connect(lambda error: seen.append(("failed", type(error).__name__)))
    request.finished.connect(lambda: seen.append(("finished", None)))
    return seen


def broken(client: object) -> None:
    raise ValueError(client)


def test_held_calls_end_on_their_first_request_with_their_outcome(
    qtbot: QtBot, runner: WorkerRunner
) -> None:
    owner = QObject()
    awaiting = AwaitingCalls(runner)
    good = awaiting.hold(lambda client: f"read by {client}", owner=owner, write=False, label="a")
    bad = awaiting.hold(broken, owner=owner, write=True, label="b")
    good_seen, bad_seen = ends(good), ends(bad)
    assert len(awaiting) == 2

    awaiting.release(submit_for(runner))
    qtbot.waitUntil(lambda: len(good_seen) == 2 and len(bad_seen) == 2, timeout=5000)

    assert good_seen == [("succeeded", "read by the client"), ("finished", None)]
    assert bad_seen == [("failed", "ValueError"), ("finished", None)]
    assert len(awaiting) == 0
    qtbot.waitUntil(lambda: not owner.findChildren(Request))  # both freed, as delivered ones are


def test_a_held_call_cancelled_or_closed_while_it_runs_ends_with_nothing(
    qtbot: QtBot, runner: WorkerRunner
) -> None:
    release = threading.Event()
    window = QWidget()
    kept = QObject()
    awaiting = AwaitingCalls(runner)

    def slow(client: object) -> str:
        release.wait(5)
        return "late"

    closed = awaiting.hold(slow, owner=window, write=False, label="closed")
    cancelled = awaiting.hold(slow, owner=kept, write=False, label="cancelled")
    cancelled_seen = ends(cancelled)
    closed_seen = ends(closed)
    awaiting.release(submit_for(runner))
    cancelled.cancel()  # a newer call replaced it while it ran
    window.deleteLater()  # its screen closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    assert runner.in_flight == 2
    release.set()
    qtbot.waitUntil(lambda: runner.in_flight == 0, timeout=5000)
    qtbot.wait(20)

    assert cancelled_seen == [] and closed_seen == []
