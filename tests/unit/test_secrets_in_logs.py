"""No token in any log line, error text or repr, whatever happens in a session.

Logs, error dialogs and bug reports leave the machine; the ClientToken and AccessToken
grant access to a hotel's guest data. This runs a whole client session against the
sandbox over loopback, every operation and every kind of failure (faults and retries,
401, 403, 413, 429, limits refused locally, a server that went away, a server that
echoes the request back), with every logger at DEBUG (the desk's, the sandbox's, httpx's),
then scans everything written and every exception raised.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.mews import MewsClient, MewsError, RetryPolicy, SlidingWindowLimiter
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, FaultConfig, SandboxServer

#: Accepted by no server: a 401 must not quote them either.
WRONG_CLIENT_TOKEN = "WRONG-CLIENT-5F1E2D3C4B5A69788796A5B4C3D2E1F0-0A1B2C3D4E5F"
WRONG_ACCESS_TOKEN = "WRONG-ACCESS-0F1E2D3C4B5A69788796A5B4C3D2E1F0-9A8B7C6D5E4F"
SECRETS = (DEMO_CLIENT_TOKEN, DEMO_ACCESS_TOKEN, WRONG_CLIENT_TOKEN, WRONG_ACCESS_TOKEN)
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class EverythingHandler(logging.Handler):
    """Keeps each record fully formatted, traceback included, as a log file would hold it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []
        self.loggers: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        self.loggers.add(record.name)
        self.lines.append(self.format(record))
        self.lines.append(repr(record.args))
        self.lines.append(repr(record.__dict__.get("extra")))


@pytest.fixture
def every_log_line() -> Iterator[EverythingHandler]:
    handler = EverythingHandler()
    root = logging.getLogger()
    watched = [root, logging.getLogger("desktop"), logging.getLogger("httpx")]
    levels = [logger.level for logger in watched]
    root.addHandler(handler)
    for logger in watched:
        logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for logger, level in zip(watched, levels, strict=True):
            logger.setLevel(level)


def _client(base_url: str, **options: Any) -> MewsClient:
    settings: dict[str, Any] = {
        "client_token": DEMO_CLIENT_TOKEN,
        "access_token": DEMO_ACCESS_TOKEN,
        "client": "Frontdesk secrets 1.0",
        "rate_limiter": SlidingWindowLimiter(10_000, 30.0),
        "retry_policy": RetryPolicy(
            max_attempts=6, base_delay=0.001, max_delay=0.005, max_retry_after=0.0,
            rng=random.Random(4),
        ),
        "timeout": 5.0,
    }  # fmt: skip
    settings.update(options)
    return MewsClient(base_url, **settings)


def _session(server: SandboxServer, raised: list[BaseException]) -> None:
    """Every operation, then every failure a desk meets; exceptions are kept for scanning."""

    def attempt(call: Callable[[], Any]) -> Any:
        try:
            return call()
        except (MewsError, ValueError, TypeError) as error:
            raised.append(error)
            return None

    with _client(server.base_url) as client:
        raised.append(ValueError(repr(client)))
        page = client.get_all_customers(
            updated_utc={"StartUtc": "2000-01-01T00:00:00Z", "EndUtc": "2000-03-01T00:00:00Z"}
        )
        assert page.customers == []
        email = f"secret.{uuid.uuid4().hex[:8]}@frontdesk.test"
        guest = client.add_customer(last_name="Secret", email=email)
        client.update_customer(guest.id, notes="token-free notes")
        client.search_customers(name="Secret")
        client.get_open_items([guest.id])
        client.add_customer_file(guest.id, name="id.png", type="image/png", data=TINY_PNG)
        [document] = client.add_identity_documents(
            [{"CustomerId": guest.id, "Type": "Passport", "Number": "M1234567"}]
        ).identity_documents
        client.update_identity_documents([{"Id": document.id, "Number": {"Value": "M7654321"}}])
        client.get_identity_documents([guest.id], count=10)
        client.delete_identity_documents([document.id])
        other = client.add_customer(last_name="Secret", email=f"other.{email}")
        client.merge_customers(guest.id, [other.id])

        attempt(lambda: client.add_customer(last_name="Again", email=email))  # 403
        attempt(lambda: client.update_customer(uuid.uuid4(), notes="x"))  # unknown id: 400
        attempt(lambda: client.get_all_customers(emails=["a@b.c"] * 1001))  # refused locally
        attempt(lambda: client.get_all_customers(no_such_filter=1))  # TypeError
        attempt(  # 413
            lambda: client.add_customer_file(
                guest.id, name="huge.pdf", type="application/pdf", data=b"%PDF" * 400_000
            )
        )

        server.set_faults(FaultConfig.mixed(0.5, seed=9))  # retries, then some give up
        for _ in range(30):
            attempt(lambda: client.get_all_customers(customer_ids=[guest.id]))
            attempt(lambda: client.update_customer(guest.id, notes="retry me"))
        server.set_faults(None)

        server.set_rate_limit(3, 30.0)  # 429, with a Retry-After too long to wait
        for _ in range(6):
            attempt(lambda: client.get_all_customers(customer_ids=[guest.id]))
        server.set_rate_limit(None)

    wrong = _client(
        server.base_url, client_token=WRONG_CLIENT_TOKEN, access_token=WRONG_ACCESS_TOKEN
    )
    with wrong:
        raised.append(ValueError(repr(wrong)))
        attempt(lambda: wrong.get_all_customers(customer_ids=[uuid.uuid4()]))  # 401


def _assert_clean(texts: list[str], what: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a token appears in {what}: {text[:300]!r}"
            assert secret.lower() not in text.lower(), f"a token appears in {what} (case)"


def test_full_session_leaves_no_token_in_logs_errors_or_reprs(
    tmp_path: Path, every_log_line: EverythingHandler
) -> None:
    raised: list[BaseException] = []
    server = SandboxServer(
        tmp_path / "secrets.db", customer_count=60, rate_limit=None, max_body_bytes=1_000_000
    )
    with server:
        _session(server, raised)
        raised.append(ValueError(repr(server)))
        raised.append(ValueError(repr(server.tokens)))
        raised.append(ValueError(repr(server.rate_limiter)))
    # The server is gone now: a failed connection is the last error a desk shows.
    with _client(server.base_url, retry_policy=RetryPolicy(max_attempts=1)) as late:
        with pytest.raises(MewsError) as gone:
            late.get_all_customers(customer_ids=[uuid.uuid4()])
        raised.append(gone.value)

    kinds = {type(error).__name__ for error in raised}
    assert {"ForbiddenError", "InvalidRequestError", "LimitError", "TooLargeError"} <= kinds
    assert {"RateLimitedError", "AuthenticationError", "NetworkError"} <= kinds
    assert any("retrying" in line for line in every_log_line.lines), "no retry was logged"
    assert any(name.startswith("desktop.sandbox") for name in every_log_line.loggers)
    assert any(name.startswith("desktop.mews") for name in every_log_line.loggers)
    assert len(every_log_line.lines) > 100

    _assert_clean(every_log_line.lines, "a log record")
    texts = [text for error in raised for text in (str(error), repr(error))]
    texts += [str(vars(error)) for error in raised if isinstance(error, MewsError)]
    _assert_clean(texts, "an exception")


@pytest.mark.parametrize("status", [400, 429, 500, 200])
@pytest.mark.parametrize("where", ["body", "header"])
def test_a_server_echoing_the_request_back_is_redacted(
    status: int, where: str, every_log_line: EverythingHandler
) -> None:
    """Development servers echo the request in ``Message``/``Details``; none of it may show."""

    def echo(request: httpx.Request) -> httpx.Response:
        body = request.content.decode()
        answer: dict[str, Any] = {"Message": body, "Details": json.loads(body)}
        if where == "body":
            answer["RequestId"] = body
        return httpx.Response(
            status, json=answer, headers={"Request-Id": body if where == "header" else "echo"}
        )

    client = _client("https://mews.test", transport=httpx.MockTransport(echo))
    with client, pytest.raises(MewsError) as raised:
        client.update_customer(uuid.uuid4(), notes="x")
    error = raised.value
    assert error.status_code == status and error.message
    _assert_clean(
        [str(error), repr(error), str(vars(error)), *every_log_line.lines], "an echoed error"
    )
