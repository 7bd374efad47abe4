"""Stand-ins for the client's upload: one answers from a script, one waits for the test."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from types import SimpleNamespace
from typing import Any

# Each run gets its own id: the attached-files list lives as long as the application.
CUSTOMER = str(uuid.uuid4())
TODAY = dt.date(2026, 11, 29)


class RecordingClient:
    """Answers ``add_customer_file`` from a script: a file id, or an exception to raise."""

    def __init__(self, *outcomes: object) -> None:
        self.outcomes = list(outcomes)
        self.uploads: list[dict[str, Any]] = []

    def add_customer_file(self, customer_id: str, **fields: Any) -> Any:
        progress = fields.pop("progress")
        self.uploads.append({"customer_id": customer_id, **fields})
        total = len(fields["data"]) * 4 // 3
        progress(0, total)
        progress(total, total)
        outcome = self.outcomes.pop(0) if self.outcomes else str(uuid.uuid4())
        if isinstance(outcome, BaseException):
            raise outcome
        return SimpleNamespace(file_id=uuid.UUID(str(outcome)))


class GatedClient:
    """Sends half the body, then waits for the test before sending the rest."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.finished = threading.Event()

    def add_customer_file(self, customer_id: str, **fields: Any) -> Any:
        progress = fields["progress"]
        try:
            progress(0, 1000)
            progress(500, 1000)
            self.release.wait(10)
            progress(1000, 1000)
            return SimpleNamespace(file_id=uuid.uuid4())
        finally:
            self.finished.set()
