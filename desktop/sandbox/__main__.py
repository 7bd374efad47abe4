"""``python -m desktop.sandbox``: run the offline Mews sandbox until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from desktop.sandbox.faults import FaultConfig
from desktop.sandbox.server import DEFAULT_MAX_BODY_BYTES, SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN


def _rate_limit(text: str) -> tuple[int, float] | None:
    """``200/30`` -> (200, 30.0); ``off`` -> no limit."""
    if text.lower() in ("off", "none", "0"):
        return None
    count, _, seconds = text.partition("/")
    try:
        limit = (int(count), float(seconds or 30))
    except ValueError:
        raise argparse.ArgumentTypeError("expected N/SECONDS, e.g. 200/30, or off") from None
    if limit[0] < 1 or limit[1] <= 0:
        raise argparse.ArgumentTypeError("N and SECONDS must be positive")
    return limit


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.sandbox",
        description="Offline Mews Connector API (customers) with demo data.",
    )
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--db", default="mews-sandbox.sqlite3", help="SQLite file (kept)")
    parser.add_argument("--customers", type=int, default=2000, help="demo customers to seed")
    parser.add_argument("--rate-limit", type=_rate_limit, default=(200, 30.0), metavar="N/SECONDS")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of failed requests")
    parser.add_argument("--latency-ms", type=int, default=0, help="added to every request")
    parser.add_argument("--fault-seed", type=int, default=0)
    parser.add_argument("--max-body-bytes", type=int, default=DEFAULT_MAX_BODY_BYTES)
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(asctime)s %(message)s"
    )
    faults = FaultConfig.mixed(args.fail_rate, latency_ms=args.latency_ms, seed=args.fault_seed)
    server = SandboxServer(
        args.db,
        host=args.host,
        port=args.port,
        customer_count=args.customers,
        rate_limit=args.rate_limit,
        faults=faults,
        max_body_bytes=args.max_body_bytes,
    )
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    with server:
        print(f"Mews sandbox: {server.base_url}", flush=True)
        print(f"ClientToken:  {DEMO_CLIENT_TOKEN}", flush=True)
        print(f"AccessToken:  {DEMO_ACCESS_TOKEN}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stopped.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
