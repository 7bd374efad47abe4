"""A stand-in for the session's ``read``/``write``: the real worker pools, a fake client.

Dialogs run their calls exactly as in the desk (on worker threads, results delivered back
through the worker bridge), only the client at the end is a test double.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.workers import Request, WorkerRunner


class FakeCalls(QObject):
    """``read``/``write``/``run_local`` like :class:`~desktop.ui.session.Session`, with ``client`` swapped in."""

    def __init__(self, client: Any) -> None:
        super().__init__()
        self.client = client
        self.runner = WorkerRunner(self)
        self.labels: list[str] = []

    def read(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request:
        self.labels.append(label)
        return self.runner.submit(lambda: fn(self.client), owner=owner, label=label)

    def write(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request:
        self.labels.append(label)
        return self.runner.submit(lambda: fn(self.client), owner=owner, write=True, label=label)

    def run_local(self, fn: Callable[[], Any], *, owner: QObject, label: str = "") -> Request:
        self.labels.append(label)
        return self.runner.submit(fn, owner=owner, label=label)

    def close(self) -> None:
        self.runner.shutdown()
