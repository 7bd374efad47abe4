"""What the sandbox does around the operations: tokens, errors, rate limit and faults."""

from __future__ import annotations

import json
import logging
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sandbox_api import ALL_EXTENTS, TOKENS, Api, assert_error, running_sandbox

from desktop.sandbox import DEMO_TOKEN_PAIRS, Fault, FaultConfig
from desktop.sandbox.faults import FaultInjector
from desktop.sandbox.ratelimit import SlidingWindowLimiter

WINDOW = {"StartUtc": "2026-01-01T00:00:00Z", "EndUtc": "2026-02-01T00:00:00Z"}
GET_ALL = {"CreatedUtc": WINDOW, "Extent": ALL_EXTENTS, "Limitation": {"Count": 5}}


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    with running_sandbox(tmp_path / "sandbox.sqlite3", customer_count=50) as api:
        yield api


def test_every_public_demo_token_pair_is_accepted(api: Api) -> None:
    for client_token, access_token in DEMO_TOKEN_PAIRS:
        api.ok("customers/getAll", GET_ALL, ClientToken=client_token, AccessToken=access_token)


@pytest.mark.parametrize(
    "tokens",
    [
        {"AccessToken": "nope"},
        {"ClientToken": "nope"},
        {"ClientToken": DEMO_TOKEN_PAIRS[1][0], "AccessToken": DEMO_TOKEN_PAIRS[2][1]},
        {"AccessToken": None},
    ],
)
def test_bad_tokens_are_401(api: Api, tokens: dict[str, str | None]) -> None:
    body = api.error("customers/getAll", 401, GET_ALL | tokens)
    assert "nope" not in body["Message"]


def test_custom_tokens_replace_the_demo_ones(tmp_path: Path) -> None:
    with running_sandbox(
        tmp_path / "db.sqlite3", customer_count=5, tokens=[("client", "access")]
    ) as api:
        api.error("customers/getAll", 401, GET_ALL)
        api.ok("customers/getAll", GET_ALL, ClientToken="client", AccessToken="access")


def test_missing_client_name_is_400(api: Api) -> None:
    api.error("customers/getAll", 400, GET_ALL, Client="")


def test_invalid_json_and_unknown_paths(api: Api) -> None:
    response = api.http.post("/api/connector/v1/customers/getAll", content=b"{not json")
    assert_error(response, 400)
    # Mews's parser is strict: no trailing comma, no NaN (which Python's json would take).
    for loose in (b'{"Client": "x",}', b'{"Client": NaN}', b'{"Count": Infinity}'):
        response = api.http.post("/api/connector/v1/customers/getAll", content=loose)
        assert assert_error(response, 400)["Message"] == "Invalid JSON."
    response = api.http.post("/api/connector/v1/customers/getall", json=TOKENS | GET_ALL)
    assert_error(response, 404)
    response = api.http.post("/api/connector/v1/customers/getAll/", json=TOKENS | GET_ALL)
    assert_error(response, 404)


def test_every_response_has_a_fresh_request_id(api: Api) -> None:
    ids = {api.post("customers/getAll", GET_ALL).headers["Request-Id"] for _ in range(5)}
    ids.add(api.post("customers/getAll", {}).headers["Request-Id"])
    assert len(ids) == 6


def test_access_log_stays_quiet_and_never_holds_tokens(
    api: Api, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG, logger="desktop.sandbox"):
        api.ok("customers/getAll", GET_ALL)
        api.error("customers/getAll", 401, GET_ALL | {"AccessToken": "secret-token"})
    for _, access in DEMO_TOKEN_PAIRS[:1]:
        assert access not in caplog.text
    assert "secret-token" not in caplog.text
    assert capfd.readouterr().err == ""
    assert DEMO_TOKEN_PAIRS[0][1] not in repr(api.server.tokens)


# -- rate limit --------------------------------------------------------------------------


def test_rate_limit_answers_429_with_retry_after(api: Api) -> None:
    api.server.set_rate_limit(3, 30.0)
    for _ in range(3):
        api.ok("customers/getAll", GET_ALL)
    response = api.post("customers/getAll", GET_ALL)
    body = assert_error(response, 429)
    assert 1 <= int(response.headers["Retry-After"]) <= 30
    assert body["Message"]
    other_token = {"ClientToken": DEMO_TOKEN_PAIRS[1][0], "AccessToken": DEMO_TOKEN_PAIRS[1][1]}
    api.ok("customers/getAll", GET_ALL | other_token)
    api.server.set_rate_limit(None)
    for _ in range(5):
        api.ok("customers/getAll", GET_ALL)


def test_sliding_window_frees_requests_as_they_age_out() -> None:
    now = [0.0]
    limiter = SlidingWindowLimiter(2, 10.0, clock=lambda: now[0])
    assert limiter.check("a") is None
    now[0] = 4.0
    assert limiter.check("a") is None
    now[0] = 6.0
    assert limiter.check("a") == 4  # the request at 0 ages out at 10
    now[0] = 10.0
    assert limiter.check("a") is None
    assert limiter.check("a") == 4  # now the one at 4 is the oldest: free at 14
    assert limiter.check("b") is None


# -- faults ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "status"),
    [("server_error_rate", 500), ("unavailable_rate", 503), ("timeout_rate", 408)],
)
def test_status_faults(api: Api, field: str, status: int) -> None:
    api.server.set_faults(FaultConfig(**{field: 1.0}))
    body = assert_error(api.post("customers/getAll", GET_ALL), status)
    assert body["Message"]
    api.server.set_faults(None)
    api.ok("customers/getAll", GET_ALL)


def test_dropped_connection_gets_no_response(api: Api) -> None:
    api.server.set_faults(drop_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("customers/getAll", GET_ALL)


def test_truncated_body_is_cut_short(api: Api) -> None:
    api.server.set_faults(truncate_rate=1.0)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post("customers/getAll", GET_ALL).read()


def test_non_json_body(api: Api) -> None:
    api.server.set_faults(non_json_rate=1.0)
    response = api.post("customers/getAll", GET_ALL)
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.headers["Request-Id"]
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_latency_is_added(api: Api) -> None:
    api.server.set_faults(latency_ms=150)
    response = api.post("customers/getAll", GET_ALL)
    assert response.status_code == 200
    assert response.elapsed.total_seconds() >= 0.15


def test_fault_draws_are_reproducible_and_cover_every_kind() -> None:
    config = FaultConfig.mixed(0.6, seed=7)
    first = FaultInjector(config)
    draws = [first.draw() for _ in range(600)]
    second = FaultInjector(config)
    assert draws == [second.draw() for _ in range(600)]
    assert {fault for fault in draws if fault is not None} == set(Fault)
    failures = sum(fault is not None for fault in draws) / len(draws)
    assert 0.5 < failures < 0.7
    assert FaultInjector().draw() is None


def test_fault_rates_are_checked() -> None:
    with pytest.raises(ValueError):
        FaultConfig(drop_rate=1.5)
    with pytest.raises(ValueError):
        FaultConfig(drop_rate=0.6, timeout_rate=0.6)


def test_oversized_body_is_refused_from_its_content_length(tmp_path: Path) -> None:
    """The 413 comes from the header alone: announcing a huge body is enough."""
    with running_sandbox(tmp_path / "db.sqlite3", customer_count=5, max_body_bytes=1024) as api:
        with socket.create_connection(("127.0.0.1", api.server.port), timeout=5) as raw:
            raw.sendall(
                b"POST /api/connector/v1/customers/addFile HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\nContent-Length: 900000000\r\n\r\n{"
            )
            head = raw.recv(4096).decode()
        assert head.startswith("HTTP/1.1 413")
        assert "Request-Id:" in head


def test_prefer_minimal_answers_204_for_empty_pages_and_empty_results(api: Api) -> None:
    """Mews's requests guide: opt-in 204 with no body and no Content-Type."""
    minimal = {"Prefer": "return=minimal"}
    empty = TOKENS | {"CustomerIds": [str(uuid.uuid4())]} | {"Limitation": {"Count": 5}}
    for operation, body in (
        ("customers/getAll", empty | {"Extent": {"Customers": True}}),
        ("identityDocuments/getAll", empty),
    ):
        response = api.http.post(f"/api/connector/v1/{operation}", json=body, headers=minimal)
        assert response.status_code == 204, response.text
        assert response.content == b"" and "Content-Type" not in response.headers
        assert response.headers["Request-Id"]
        assert api.http.post(f"/api/connector/v1/{operation}", json=body).status_code == 200
    full = TOKENS | GET_ALL
    answered = api.http.post("/api/connector/v1/customers/getAll", json=full, headers=minimal)
    assert answered.status_code == 200 and answered.json()["Customers"]
