"""An httpx transport that checks every body on the wire against the OpenAPI description.

Wrapped around the real loopback transport, it sees exactly what ``MewsClient`` sends
and what the sandbox answers, so a test cannot pass while either side drifts from the
official schemas.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
from openapi_contract import API_PREFIX, errors_for, request_schema, response_schema

#: Hop-by-hop and encoding headers that no longer describe the body once it is re-wrapped.
_DROPPED_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


class _Broken(httpx.SyncByteStream):
    def __init__(self, error: httpx.TransportError) -> None:
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        raise self.error


class ContractTransport(httpx.BaseTransport):
    """Validates requests and responses; ``problems`` lists every violation seen."""

    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()
        self.problems: list[str] = []
        self.exchanges: list[tuple[str, int, Any]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        operation = request.url.path.removeprefix(API_PREFIX)
        # read() also works for streamed bodies (uploads with progress), which .content refuses.
        body = json.loads(request.read())
        self._check(operation, "request", request_schema(operation), body)
        response = self.inner.handle_request(request)
        headers = [
            (key, value)
            for key, value in response.headers.multi_items()
            if key.lower() not in _DROPPED_HEADERS
        ]
        try:
            raw = response.read()
        except httpx.TransportError as error:
            # The body broke off in transit: hand the client the same failure, at the
            # same point (while it reads the body), as the bare transport would.
            response.close()
            with self._lock:
                self.exchanges.append((operation, response.status_code, None))
            return httpx.Response(response.status_code, headers=headers, stream=_Broken(error))
        response.close()
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = None  # an injected non-JSON or cut-off body: the client must cope
        else:
            schema = response_schema(operation, response.status_code)
            if response.status_code >= 400 and schema is None:
                # 409/413/503 are not declared per operation; Mews uses one error shape.
                schema = response_schema(operation, 400)
            if schema is not None:
                self._check(operation, f"{response.status_code} response", schema, body)
            if response.status_code >= 400 and "Request-Id" not in response.headers:
                self._record(f"{operation}: {response.status_code} without Request-Id header")
        with self._lock:
            self.exchanges.append((operation, response.status_code, body))
        return httpx.Response(response.status_code, headers=headers, content=raw)

    def close(self) -> None:
        """Kept open: several clients in one test share this transport (see ``shutdown``)."""

    def shutdown(self) -> None:
        self.inner.close()

    def statuses(self, operation: str) -> list[int]:
        with self._lock:
            return [status for op, status, _ in self.exchanges if op == operation]

    def _check(self, operation: str, what: str, schema: dict[str, Any], body: Any) -> None:
        for problem in errors_for(schema, body):
            self._record(f"{operation} {what}: {problem}")

    def _record(self, problem: str) -> None:
        with self._lock:
            self.problems.append(problem)
