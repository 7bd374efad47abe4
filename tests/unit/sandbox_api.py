"""Talking to a running sandbox over real loopback HTTP, checking the Mews contract.

``ok`` holds every 200 body to the OpenAPI response schema; ``error`` holds every error
to the Mews shape (``Message`` + ``RequestId`` and the same id in the header).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from openapi_contract import assert_valid_response

from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SandboxServer

TOKENS = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "Tests 1.0"}
DOCUMENTED_ERROR_STATUSES = frozenset({400, 401, 403, 408, 429, 500})
ALL_EXTENTS = {"Customers": True, "Documents": False, "Addresses": True}


class Api:
    def __init__(self, server: SandboxServer, client: httpx.Client) -> None:
        self.server = server
        self.http = client

    def post(
        self, operation: str, body: dict[str, Any] | None = None, **fields: Any
    ) -> httpx.Response:
        payload = TOKENS | (body or {}) | fields
        return self.http.post(f"/api/connector/v1/{operation}", json=payload)

    def ok(self, operation: str, body: dict[str, Any] | None = None, **fields: Any) -> Any:
        response = self.post(operation, body, **fields)
        assert response.status_code == 200, response.text
        assert response.headers["Request-Id"]
        assert_valid_response(operation, response.json())
        return response.json()

    def error(
        self, operation: str, status: int, body: dict[str, Any] | None = None, **fields: Any
    ) -> dict[str, Any]:
        response = self.post(operation, body, **fields)
        return assert_error(response, status)

    def all_customers(self, **filters: Any) -> list[dict[str, Any]]:
        """Every customer matching ``filters``, following the cursor page by page."""
        customers: list[dict[str, Any]] = []
        cursor = None
        while True:
            page = self.ok(
                "customers/getAll",
                filters,
                Extent=ALL_EXTENTS,
                Limitation={"Count": 1000, "Cursor": cursor},
            )
            customers.extend(page["Customers"])
            cursor = page.get("Cursor")
            if cursor is None:
                return customers


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert isinstance(body["Message"], str) and body["Message"]
    assert body["RequestId"] == response.headers["Request-Id"]
    if status in DOCUMENTED_ERROR_STATUSES:
        assert_valid_response("customers/getAll", body, status)
    return body


@contextmanager
def running_sandbox(db_path: Path, **options: Any) -> Iterator[Api]:
    options.setdefault("customer_count", 400)
    with (
        SandboxServer(db_path, **options) as server,
        httpx.Client(base_url=server.base_url, timeout=10) as client,
    ):
        yield Api(server, client)
