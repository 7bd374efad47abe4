"""The one thing a dialog needs to reach Mews: run ``fn(client)`` off the GUI thread.

:class:`~desktop.ui.session.Session` provides it (``read`` on the parallel pool, ``write``
on the one-thread pool); tests pass a small runner around a fake client. Dialogs take this
instead of the whole session so they can be built, tested and reused on their own.

``run_local(fn)`` runs ``fn()`` (no client) on the read pool: slow local work such as
recompressing a scan or grouping thousands of rows, delivered back like any call so the
GUI thread never stalls on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject

from desktop.ui.workers import Request


class ApiCalls(Protocol):
    def read(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request: ...

    def write(self, fn: Callable[[Any], Any], *, owner: QObject, label: str = "") -> Request: ...

    def run_local(self, fn: Callable[[], Any], *, owner: QObject, label: str = "") -> Request: ...


def error_text(error: object) -> str:
    """What the user reads for a failed call: Mews's message, then the id support needs."""
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    request_id = getattr(error, "request_id", None)
    return f"{message} (RequestId {request_id})" if request_id else str(message)
