"""How much of Mews's request budget the client uses while paging, and whether it overshoots.

    python tests/perf/bench_rate_limit.py [--limit 200] [--window 3] [--windows 4]

Mews allows 200 requests per access token in any 30 s. The sandbox enforces the same
limit scaled down in time (200 per 3 s by default) and the client's limiter is given the
same scale; a worker then pages customers as fast as the limiter lets it for a bounded
number of windows. Prints:

- the share of the limit used: requests completed in the run against the most the
  server accepts in that time (``limit x windows``), which should approach 100%: a
  client that waits longer than it must makes the desk feel slow;
- the 429 answers received, which should be zero: an overshooting client burns its
  retry budget and, on the real API, risks being blocked;
- the unthrottled request rate of the same pages, so a share below 100% can be told
  apart from a machine too slow to reach the limit at all.

Not a test: pytest does not collect it (the file name does not start with ``test``).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchlib import Figure, report  # noqa: E402

from desktop.mews import MewsClient, RateLimitedError, RetryPolicy, SlidingWindowLimiter  # noqa: E402
from desktop.mews.limits import RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS  # noqa: E402
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, SandboxServer  # noqa: E402


class StatusCounter(httpx.BaseTransport):
    """Counts the statuses the client receives (a 429 retried inside it is still seen here)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.rate_limited = 0
        self.completed: list[float] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        with self._lock:
            if response.status_code == 429:
                self.rate_limited += 1
            else:
                self.completed.append(time.perf_counter())
        return response

    def close(self) -> None:
        self.inner.close()


def _updated_window() -> dict[str, str]:
    now = datetime.now(UTC)
    return {
        "StartUtc": (now - timedelta(days=89)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "EndUtc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def page_for(client: MewsClient, seconds: float, page_size: int) -> int:
    """Page customers round and round for ``seconds``; returns the pages fetched."""
    pages = 0
    deadline = time.perf_counter() + seconds
    window = _updated_window()
    while True:
        for _ in client.iter_customer_pages(page_size=page_size, updated_utc=window):
            pages += 1
            if time.perf_counter() >= deadline:
                return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=RATE_LIMIT_REQUESTS)
    parser.add_argument("--window", type=float, default=RATE_LIMIT_WINDOW_SECONDS / 10)
    parser.add_argument("--windows", type=int, default=4, help="length of the run, in windows")
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--customers", type=int, default=3000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        server = SandboxServer(
            Path(folder) / "bench.db",
            customer_count=args.customers,
            rate_limit=(args.limit, args.window),
        )
        server.start()
        try:
            free = StatusCounter()
            with MewsClient(
                server.base_url,
                client_token=DEMO_CLIENT_TOKEN,
                access_token=DEMO_ACCESS_TOKEN,
                client="Bench 1.0",
                transport=free,
                rate_limiter=SlidingWindowLimiter(10**9, 1.0),
            ) as unthrottled:
                server.set_rate_limit(None)
                started = time.perf_counter()
                free_pages = page_for(unthrottled, args.window / 2, args.page_size)
                free_rate = free_pages / (time.perf_counter() - started)

            server.set_rate_limit(args.limit, args.window)
            counter = StatusCounter()
            client = MewsClient(
                server.base_url,
                client_token=DEMO_CLIENT_TOKEN,
                access_token=DEMO_ACCESS_TOKEN,
                client="Bench 1.0",
                transport=counter,
                # The production limiter, on the benchmark's time scale.
                rate_limiter=SlidingWindowLimiter(args.limit, args.window),
                retry_policy=RetryPolicy(max_retry_after=10 * args.window),
            )
            with client:
                started = time.perf_counter()
                # A 429 the retries could not absorb ends the run early; it is counted below.
                with contextlib.suppress(RateLimitedError):
                    page_for(client, args.windows * args.window, args.page_size)
                run_end = started + args.windows * args.window
                in_run = sum(1 for done in counter.completed if done <= run_end)
        finally:
            server.stop()

    allowed = args.limit * args.windows
    limit_rate = args.limit / args.window
    scale = f"{args.limit} per {args.window:g} s"
    report(
        [
            Figure(f"share of the limit used ({scale})", 100 * in_run / allowed, 100.0, "%",
                   f"{in_run} of {allowed} requests the server accepts in {args.windows} windows"),
            Figure("429 answers while paging", counter.rate_limited, 0, "",
                   "should be 0: the client waits before the server has to refuse"),
            Figure("unthrottled request rate", free_rate, limit_rate, "req/s",
                   "same pages without a limit, against the limit's rate; must exceed 1x"),
        ]
    )  # fmt: skip
    if free_rate < limit_rate:
        print(f"NOTE: this machine pages at {free_rate:.0f} req/s, under the limit's "
              f"{limit_rate:.0f} req/s; the share above measures the machine, not the client.")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
