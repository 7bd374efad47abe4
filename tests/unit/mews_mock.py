"""A scripted Mews for client unit tests: canned answers over ``httpx.MockTransport``."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

import httpx
from fake_time import FakeTime

from desktop.mews.client import MewsClient
from desktop.mews.ratelimit import SlidingWindowLimiter
from desktop.mews.retry import RetryPolicy

CLIENT_TOKEN = "CT-6A1F0C-SECRET-CLIENT-TOKEN"
ACCESS_TOKEN = "AT-93B2E7-SECRET-ACCESS-TOKEN"
BASE_URL = "https://mews.test"
CLIENT_NAME = "Frontdesk Tests 1.0"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def reply(
    status: int = 200, body: Any = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    """A JSON answer; errors get a Mews-shaped body and the Request-Id header by default."""
    if body is None and status >= 400:
        body = {"Message": f"Failure {status}", "RequestId": f"req-{status}"}
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(
        status,
        content=content,
        headers={
            "Content-Type": "application/json",
            "Request-Id": f"hdr-{status}",
            **(headers or {}),
        },
    )


class ScriptedMews:
    """Answers requests in order from ``replies`` (the last one repeats) and records them."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [reply(200, {})]
        self.requests: list[httpx.Request] = []

    @property
    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(request.content) for request in self.requests]

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.replies)) - 1
        answer = self.replies[index]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer


def make_client(
    mews: ScriptedMews,
    *,
    time: FakeTime | None = None,
    chain_id: str | None = None,
    max_attempts: int = 4,
    limiter: SlidingWindowLimiter | None = None,
) -> MewsClient:
    """A client on fake time: retries and rate-limit waits are recorded, never slept."""
    time = time or FakeTime()
    return MewsClient(
        BASE_URL,
        client_token=CLIENT_TOKEN,
        access_token=ACCESS_TOKEN,
        client=CLIENT_NAME,
        chain_id=chain_id,
        transport=httpx.MockTransport(mews),
        rate_limiter=limiter
        or SlidingWindowLimiter(1000, 30.0, clock=time.clock, sleep=time.sleep),
        retry_policy=RetryPolicy(max_attempts=max_attempts, sleep=time.sleep, rng=random.Random(3)),
    )
