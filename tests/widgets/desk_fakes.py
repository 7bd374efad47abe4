"""A fake Mews client for desk widget tests: records calls, can hold answers back."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QSettings

from desktop.desk.connection import ConnectionKind, ConnectionProfile
from desktop.desk.credentials import CredentialStore
from desktop.ui.session import ConnectionState, Session


def customer(first: str, last: str, **fields: Any) -> SimpleNamespace:
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "first_name": first,
        "last_name": last,
        "title": "Mister",
        "email": f"{first}.{last}@example.com".lower(),
        "phone": None,
        "nationality_code": "CZ",
        "birth_date": None,
        "loyalty_code": None,
        "classifications": [],
        "updated_utc": None,
    }
    values.update(fields)
    return SimpleNamespace(**values)


class FakeClient:
    """``get_all_customers`` answers from ``answer(filters)``; ``gate`` holds calls back."""

    def __init__(self, answer: Callable[[dict[str, Any]], Any] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answer = answer or (lambda _filters: SimpleNamespace(customers=[], cursor=None))
        self.search_answer: Callable[[dict[str, Any]], Any] = lambda _f: SimpleNamespace(
            customers=[]
        )
        self.gate: threading.Event | None = None
        self.resources: list[Any] = []
        self.rate_limiter = SimpleNamespace(usage=lambda: 0.25)
        self._lock = threading.Lock()

    def _record(self, name: str, fields: dict[str, Any]) -> None:
        with self._lock:
            self.calls.append((name, fields))
        if self.gate is not None:
            self.gate.wait(10)

    def get_all_customers(self, **fields: Any) -> Any:
        self._record("getAll", fields)
        return self.answer(fields)

    get_customer_summaries = get_all_customers  # the same getAll, read for the table

    def search_customers(self, **fields: Any) -> Any:
        self._record("search", fields)
        return self.search_answer(fields)

    def iter_resources(self, **_fields: Any) -> Any:
        """The property's rooms (``resources``: objects with id, name and is_active)."""
        return iter(self.resources)

    def close(self) -> None:
        pass


def connected_session(
    client: FakeClient, settings_path: str, store: CredentialStore | None = None
) -> Session:
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    session = Session(settings=settings, credentials=store or CredentialStore(environ={}))
    session.profile = ConnectionProfile.new(
        ConnectionKind.CUSTOM, base_url="https://pms.example.com"
    )
    session.client = client  # type: ignore[assignment]
    session.state = ConnectionState.CONNECTED
    return session
