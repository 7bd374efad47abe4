"""One sandbox per test module on a temporary SQLite file, and clients wired to check the contract."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from contract_transport import ContractTransport
from pytestqt.qtbot import QtBot

from desktop.app import build_window
from desktop.mews import MewsClient, RetryPolicy, SlidingWindowLimiter
from desktop.sandbox.server import SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN
from desktop.ui.main_window import MainWindow

#: Small enough to seed in well under a second, large enough to page.
SANDBOX_CUSTOMERS = 600


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = SandboxServer(
        tmp_path_factory.mktemp("sandbox") / "sandbox.db", customer_count=SANDBOX_CUSTOMERS
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def contract() -> Iterator[ContractTransport]:
    """Loopback transport that validates every body; a test fails on any schema violation."""
    transport = ContractTransport()
    yield transport
    transport.shutdown()
    assert transport.problems == [], "\n".join(transport.problems)


@pytest.fixture
def make_client(
    sandbox: SandboxServer, contract: ContractTransport
) -> Iterator[Callable[..., MewsClient]]:
    """Build clients against the sandbox; each has its own limiter so tests never wait on
    the process-wide budget of the demo token that other tests share."""
    clients: list[MewsClient] = []

    def build(**overrides: Any) -> MewsClient:
        options: dict[str, Any] = {
            "client_token": DEMO_CLIENT_TOKEN,
            "access_token": DEMO_ACCESS_TOKEN,
            "client": "Frontdesk e2e 1.0",
            "transport": contract,
            "rate_limiter": SlidingWindowLimiter(10_000, 30.0),
            "retry_policy": RetryPolicy(base_delay=0.01, max_delay=0.05),
            "timeout": 10.0,
        }
        options.update(overrides)
        client = MewsClient(sandbox.base_url, **options)
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., MewsClient]) -> MewsClient:
    return make_client()


@pytest.fixture
def desk_window(
    qtbot: QtBot, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The desk as ``python -m desktop --base-url`` builds it, connected to the sandbox."""
    monkeypatch.setenv("FRONTDESK_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
    monkeypatch.setenv("FRONTDESK_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
    window = build_window(["--base-url", sandbox.base_url])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.connected)  # the client is built on a worker
    return window
