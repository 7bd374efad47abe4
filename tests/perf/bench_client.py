"""Client benchmark against a sandbox started in the same run, in a process of its own.

    python tests/perf/bench_client.py [--customers 20000] [--calls 100]

Prints (through ``benchlib``), each next to a baseline measured in the same run on the
same machine:

- per-call overhead of ``MewsClient`` over a bare ``httpx`` POST of the same body
  (model building, limiter, retry loop, parsing), on a one-customer getAll;
- customers parsed per second from a 1000-customer page into what the table needs
  (``CustomerSummaryResult``, what a search does), against ``json.loads`` alone; and into
  full ``Customer`` models (what an opened profile, a merge and every write use);
- customers paged per second through ``iter_customers`` across the whole database
  (3-month ``CreatedUtc`` windows, as the API requires), against the same raw requests
  decoded with ``json.loads``.

Not a test: pytest does not collect it (the file name does not start with ``test``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchlib import Figure, report  # noqa: E402
from sandbox_process import SandboxProcess  # noqa: E402

from desktop.mews import MewsClient, RetryPolicy, SlidingWindowLimiter  # noqa: E402
from desktop.mews.client import API_PATH  # noqa: E402
from desktop.mews.models import CustomerResult  # noqa: E402
from desktop.mews.models.customer_summaries import CustomerSummaryResult  # noqa: E402
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN  # noqa: E402

AUTH = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "Bench 1.0"}
WINDOW = timedelta(days=89)


def _best_of(repeats: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeats))


def _windows(years: int = 3) -> Iterator[dict[str, str]]:
    """3-month CreatedUtc windows covering the last ``years`` years and a day ahead."""
    end = datetime.now(UTC) + timedelta(days=1)
    start = end - timedelta(days=365 * years)
    while start < end:
        stop = min(start + WINDOW, end)
        yield {
            "StartUtc": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "EndUtc": stop.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        start = stop


def _raw_page(base_url: str, window: dict[str, str], count: int = 1000) -> bytes:
    body = {
        **AUTH,
        "CreatedUtc": window,
        "Extent": {"Customers": True},
        "Limitation": {"Count": count},
    }
    response = httpx.post(base_url + API_PATH + "customers/getAll", json=body, timeout=60)
    response.raise_for_status()
    return response.content


def _busiest_window(base_url: str) -> dict[str, str]:
    """The CreatedUtc window with the most customers, for a full 1000-customer page."""
    return max(
        _windows(), key=lambda window: len(json.loads(_raw_page(base_url, window))["Customers"])
    )


def bench_call_overhead(
    base_url: str, client: MewsClient, customer_id: str, calls: int
) -> tuple[float, float]:
    """Mean seconds per call: bare httpx POST vs ``client.get_all_customers``."""
    body = {
        **AUTH,
        "CustomerIds": [customer_id],
        "Extent": {"Customers": True},
        "Limitation": {"Count": 1},
    }
    content = json.dumps(body).encode()
    url = base_url + API_PATH + "customers/getAll"
    with httpx.Client(headers={"Content-Type": "application/json"}) as bare:

        def run_bare() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                response = bare.post(url, content=content)
                response.raise_for_status()
                response.json()
            return (time.perf_counter() - started) / calls

        def run_client() -> float:
            started = time.perf_counter()
            for _ in range(calls):
                client.get_all_customers(customer_ids=[customer_id], count=1)
            return (time.perf_counter() - started) / calls

        run_bare(), run_client()  # warm up connections and caches
        return _best_of(3, run_bare), _best_of(3, run_client)


def bench_parse(page: bytes, repeats: int = 7) -> tuple[float, float, float, int]:
    """Seconds to decode one page: ``json.loads`` alone, into the table's summaries (what a
    search does), and into full ``Customer`` models; best of ``repeats``, interleaved."""
    count = len(json.loads(page)["Customers"])

    def timed(parse: Callable[[bytes], object]) -> float:
        started = time.perf_counter()
        parse(page)
        return time.perf_counter() - started

    parsers = (json.loads, CustomerSummaryResult.model_validate_json,
               CustomerResult.model_validate_json)  # fmt: skip
    best = [min(timed(parse) for _ in range(repeats)) for parse in parsers]
    return best[0], best[1], best[2], count


def bench_paging(base_url: str, client: MewsClient) -> tuple[float, float, int, int]:
    """Seconds to page every customer: raw cursor loop with json.loads vs ``iter_customers``."""
    url = base_url + API_PATH + "customers/getAll"
    windows = list(_windows())
    with httpx.Client(headers={"Content-Type": "application/json"}, timeout=60) as bare:
        started = time.perf_counter()
        raw_count = 0
        for window in windows:
            cursor = None
            while True:
                limitation: dict[str, Any] = {"Count": 1000}
                if cursor:
                    limitation["Cursor"] = cursor
                body = {
                    **AUTH,
                    "CreatedUtc": window,
                    "Extent": {"Customers": True},
                    "Limitation": limitation,
                }
                page = bare.post(url, content=json.dumps(body).encode()).json()
                raw_count += len(page["Customers"])
                cursor = page.get("Cursor")
                if cursor is None or len(page["Customers"]) < 1000:
                    break
        bare_seconds = time.perf_counter() - started

    started = time.perf_counter()
    client_count = sum(1 for window in windows for _ in client.iter_customers(created_utc=window))
    client_seconds = time.perf_counter() - started
    return bare_seconds, client_seconds, raw_count, client_count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args(argv)

    with SandboxProcess(args.customers) as server:
        client = MewsClient(
            server.base_url,
            client_token=DEMO_CLIENT_TOKEN,
            access_token=DEMO_ACCESS_TOKEN,
            client="Bench 1.0",
            # The benchmark measures the client, not the 200-per-30 s budget.
            rate_limiter=SlidingWindowLimiter(10**9, 1.0),
            retry_policy=RetryPolicy(max_attempts=1),
        )
        with client:
            window = _busiest_window(server.base_url)
            page_body = _raw_page(server.base_url, window)
            customer_id = json.loads(page_body)["Customers"][0]["Id"]

            bare_call, client_call = bench_call_overhead(
                server.base_url, client, customer_id, args.calls
            )
            json_parse, summary_parse, model_parse, parsed = bench_parse(page_body)
            bare_page, client_page, raw_count, paged = bench_paging(server.base_url, client)

    report(
        [
            Figure("getAll call, 1 customer", client_call * 1e3, bare_call * 1e3, "ms",
                   "MewsClient vs bare httpx POST; lower is better"),
            Figure(f"parse page of {parsed} customers for the table", parsed / summary_parse,
                   parsed / json_parse, "customers/s",
                   "CustomerSummaryResult vs json.loads; higher is better"),
            Figure(f"parse page of {parsed} full customers", parsed / model_parse,
                   parsed / json_parse, "customers/s",
                   "CustomerResult (opened profile) vs json.loads; higher is better"),
            Figure(f"page all {paged} customers", paged / client_page, raw_count / bare_page,
                   "customers/s", "iter_customers vs raw cursor loop; higher is better"),
        ]
    )  # fmt: skip
    if bare_call > 0.02:
        print(
            f"NOTE: a bare loopback call takes {bare_call * 1e3:.0f} ms; that is Nagle's delay on"
            " the server socket (enable TCP_NODELAY there), not client work."
        )
    if raw_count != paged:
        print(f"WARNING: raw loop saw {raw_count} customers, iter_customers {paged}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
