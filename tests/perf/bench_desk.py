"""Desk benchmark: does the window answer at once and stay responsive while it works?

    python tests/perf/bench_desk.py [--customers 20000] [--searches 7]

The sandbox runs in a process of its own, as Mews would. Prints, each against a baseline
measured in the same run:

- Enter to the first painted rows (median of ``--searches`` surnames), against bare
  ``httpx`` sending the surname's ``customers/getAll`` alone, and sending it with the
  in-house ``customers/search`` at once as the desk does (to the first answer with
  guests), both measured just before each search;
- the longest GUI-thread stall (a 1 ms QTimer heartbeat on the GUI thread) while those
  searches run, while 20,000 customers page into ``customerTable``, while a 10 MB scan
  uploads, while the merge dialog opens and while two guests merge, each and overall,
  against one 60 Hz frame.

Not collected by pytest (no ``test_`` prefix). Figures go through ``benchlib.report`` so
``tests/perf/run`` tables them with the other benchmarks. Every wait is bounded
(``STEP_TIMEOUT``): a step that keeps failing ends the run with an error.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from benchlib import Figure, report  # noqa: E402
from desk_probes import FRAME_MS, STEP_TIMEOUT, FirstPaint, Heartbeat, spin, wait_until  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sandbox_process import SandboxProcess  # noqa: E402

from desktop.desk.customer_search import FIRST_PAGE_SIZE  # noqa: E402
from desktop.desk.search_query import (  # noqa: E402
    CustomerFilter,
    QueryKind,
    SearchPlan,
    TimeWindow,
    parse_search,
    spelled_out,
)
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN  # noqa: E402

AUTH = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "Bench 1.0"}
SCAN_BYTES = 10 * 1024 * 1024


def _windows(now: datetime, years: int = 3) -> list[TimeWindow]:
    """CreatedUtc windows of two months (under the 3-month limit) covering ``years``."""
    windows = []
    end = now + timedelta(days=1)
    while end > now - timedelta(days=365 * years):
        windows.append(TimeWindow(end - timedelta(days=60), end))
        end -= timedelta(days=60)
    return windows


def _surnames(http: httpx.Client, url: str, count: int) -> list[str]:
    """The commonest surnames of one page: each search finds several guests."""
    window = _windows(datetime.now(UTC))[0]
    body = {
        **AUTH,
        "CreatedUtc": {"StartUtc": window.start.isoformat(), "EndUtc": window.end.isoformat()},
        "Extent": {"Customers": True},
        "Limitation": {"Count": 1000},
    }
    page = http.post(url, content=json.dumps(body)).json()
    names = Counter(c["LastName"] for c in page["Customers"] if c.get("LastName"))
    return [name for name, _ in names.most_common(count)]


def _bare_requests(text: str) -> list[tuple[str, bytes]]:
    """What the desk sends on Enter for ``text``: a getAll per name filter and the in-house
    ``customers/search``, as (operation, body)."""
    plan = parse_search(text)
    sent = []
    for flt in map(spelled_out, plan.filters):
        body: dict[str, Any] = {
            **AUTH,
            "LastNames": list(flt.last_names),
            "Extent": {"Customers": True},
            "Limitation": {"Count": FIRST_PAGE_SIZE},
        }
        if flt.first_names:
            body["FirstNames"] = list(flt.first_names)
        sent.append(("customers/getAll", json.dumps(body).encode()))
    for lookup in plan.in_house:
        sent.append(("customers/search", json.dumps({**AUTH, "Name": lookup.name}).encode()))
    return sent


def _bare_round_trips(pool: ThreadPoolExecutor, base_url: str, text: str) -> tuple[float, float]:
    """Bare httpx and the desk's requests for ``text``, each the median of 3 attempts:
    the surname's getAll alone, and all of them sent at once (one connection each, as the
    desk's workers do) to the first answer that has guests in it.

    The second is the fairer yardstick on the sandbox, which serves every request in one
    process, so the in-house search slows the getAll, for the desk and bare httpx alike;
    the first is the round trip of the query itself."""
    requests = _bare_requests(text)
    clients = [httpx.Client(headers={"Content-Type": "application/json"}) for _ in requests]

    def send(index: int, started: float) -> float | None:
        operation, body = requests[index]
        url = f"{base_url}/api/connector/v1/{operation}"
        answer = clients[index].post(url, content=body)
        answer.raise_for_status()
        return time.perf_counter() - started if answer.json().get("Customers") else None

    alone: list[float] = []
    together: list[float] = []
    try:
        for attempt in range(4):
            started = time.perf_counter()
            first = send(0, started)
            if attempt and first is not None:  # the first attempt warms the connections
                alone.append(first)
            started = time.perf_counter()
            times = list(pool.map(send, range(len(requests)), [started] * len(requests)))
            if attempt:
                together.append(min(t for t in times if t is not None))
    finally:
        for client in clients:
            client.close()
    return statistics.median(alone), statistics.median(together)


#: A stall: its length and how much of it the GUI thread was on a CPU, in ms.
Stall = tuple[float, float]


#: How long a step's trailing work (the repaint after its last rows, deferred deletes) may
#: take: it belongs to the step that caused it, not to the one measured next.
SETTLE_MS = 50


def _stall(heartbeat: Heartbeat) -> Stall:
    spin(SETTLE_MS)
    return heartbeat.stop(), heartbeat.longest_cpu_ms


def bench_searches(window: Any, base_url: str, searches: int) -> tuple[float, float, float, Stall]:
    """Median Enter-to-paint and bare round trips over several surnames; the longest stall."""
    url = f"{base_url}/api/connector/v1/customers/getAll"
    heartbeat = Heartbeat("searching")
    painted_ms: list[float] = []
    alone_ms: list[float] = []
    together_ms: list[float] = []
    stall: Stall = (0.0, 0.0)
    with httpx.Client(headers={"Content-Type": "application/json"}) as http:
        names = _surnames(http, url, searches + 1)
    with ThreadPoolExecutor(4) as pool:
        for index, name in enumerate(names):
            alone, together = _bare_round_trips(pool, base_url, name)
            window.search_input.setText(name)
            spin(20)  # let the bare requests' sockets settle; nothing of the desk's is running
            painted = FirstPaint(window)
            heartbeat.start()
            pressed = time.perf_counter()
            window.run_search()
            wait_until(
                lambda p=painted: p.painted_at is not None and not window.session.runner.busy
            )
            longest = _stall(heartbeat)
            window.table.viewport().removeEventFilter(painted)
            if index == 0:
                continue  # the first search warms the desk's connection and imports
            stall = max(stall, longest)
            painted_ms.append(((painted.painted_at or pressed) - pressed) * 1e3)
            alone_ms.append(alone * 1e3)
            together_ms.append(together * 1e3)
    medians = (statistics.median(values) for values in (painted_ms, alone_ms, together_ms))
    return (*medians, stall)  # type: ignore[return-value]


def bench_paging(window: Any) -> tuple[int, Stall, float]:
    """Page everyone into the table as a user scrolling to the end would."""
    plan = SearchPlan(
        QueryKind.ADVANCED,
        "everyone",
        filters=tuple(CustomerFilter(created=w) for w in _windows(datetime.now(UTC))),
        key="bench:everyone",
    )
    heartbeat = Heartbeat("paging")
    heartbeat.start()
    started = time.perf_counter()
    window.controller.search(plan, use_cache=False)
    wait_until(lambda: window.controller.state.value != "loading")
    deadline = time.perf_counter() + STEP_TIMEOUT
    while (
        window.model.more_available or window.session.runner.busy or window.controller.holding_rows
    ):
        if time.perf_counter() > deadline:
            raise TimeoutError(f"paging stopped at {window.model.rowCount():,} rows")
        if window.model.canFetchMore(window.model.index(-1, -1)):
            window.table.scrollToBottom()
            window.model.fetchMore(window.model.index(-1, -1))
        spin(2)
    seconds = time.perf_counter() - started
    return window.model.rowCount(), _stall(heartbeat), seconds


def _scan(size: int) -> bytes:
    """A PDF-shaped file of ``size`` bytes that does not compress (as a real scan)."""
    head, tail = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"\n%%EOF\n"
    return head + random.Random(12).randbytes(size - len(head) - len(tail)) + tail


def bench_upload(window: Any, customer_id: str) -> tuple[Stall, float]:
    from desktop.ui.file_upload_panel import FileUploadPanel

    panel = FileUploadPanel(window.session)
    failures: list[object] = []
    panel.failed.connect(failures.append)
    data = _scan(SCAN_BYTES)
    heartbeat = Heartbeat("upload")
    heartbeat.start()
    started = time.perf_counter()
    panel.start(customer_id, "passport-scan.pdf", data, "application/pdf")
    wait_until(lambda: not panel.busy)
    seconds = time.perf_counter() - started
    stall = _stall(heartbeat)
    if failures:
        raise RuntimeError(f"the upload failed: {failures[0]}")
    panel.deleteLater()
    return stall, seconds


def bench_merge(window: Any, rows: list[int]) -> tuple[Stall, Stall]:
    """The longest stalls while the merge dialog opens (Merge selected on two selected
    rows: the dialog shown, the profiles loaded and compared) and then while the merge
    itself runs: apart, so that what opening costs is not taken for what merging costs.

    The desk builds its merge dialog in idle turns once connected, long before this."""
    from PySide6.QtCore import QItemSelectionModel

    selection = window.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(window.table.proxy.index(row, 0), flags)
    # What selecting sets off (the profile area loading a guest, the repaint) is not the
    # dialog's: let it finish first.
    wait_until(lambda: not window.session.runner.busy)
    spin(SETTLE_MS)
    actions = window.file_merge_actions
    merged: list[object] = []
    heartbeat = Heartbeat("merge dialog")
    heartbeat.start()
    actions.merge_action.trigger()
    dialog = actions.merge_dialog
    dialog.merged.connect(lambda *args: merged.append(args))
    wait_until(lambda: dialog.confirmMergeButton.isEnabled())
    opening = _stall(heartbeat)
    heartbeat = Heartbeat("merge")
    heartbeat.start()
    dialog.confirmMergeButton.click()
    wait_until(lambda: bool(merged))
    merging = _stall(heartbeat)
    return opening, merging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--searches", type=int, default=7)
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-xdg-")
    os.environ["FRONTDESK_CLIENT_TOKEN"] = DEMO_CLIENT_TOKEN
    os.environ["FRONTDESK_ACCESS_TOKEN"] = DEMO_ACCESS_TOKEN
    from desktop.app import build_window
    from desktop.mews import SlidingWindowLimiter, ratelimit

    # Measure the desk, not the 200-per-30 s budget that protects the real API.
    ratelimit._registry[ratelimit.token_key(DEMO_ACCESS_TOKEN)] = SlidingWindowLimiter(10**9, 1.0)
    with SandboxProcess(args.customers) as sandbox:
        window = build_window(["--base-url", sandbox.base_url])
        window.resize(1280, 800)
        window.show()
        wait_until(lambda: window.session.connected)
        painted, alone, together, search_stall = bench_searches(
            window, sandbox.base_url, args.searches
        )
        paged, paging_stall, paging_seconds = bench_paging(window)
        upload_stall, upload_seconds = bench_upload(window, window.model.rows[0].id)
        dialog_stall, merge_stall = bench_merge(window, [1, 2])
        window.close()
        spin(50)

    def frame(stall: Stall, *extra: str) -> str:
        return "; ".join([*extra, f"{stall[1]:.0f} ms of it on a CPU", "baseline: one 60 Hz frame"])

    stalls = {
        "searching": search_stall,
        f"paging {paged:,} customers": paging_stall,
        f"uploading a {SCAN_BYTES >> 20} MB scan": upload_stall,
        "opening the merge dialog": dialog_stall,
        "merging two guests": merge_stall,
    }
    longest = max(stalls.values())
    report(
        [
            Figure("Enter to first painted rows", painted, alone, "ms",
                   f"median of {args.searches} surnames; baseline: bare httpx, the getAll alone"),
            Figure("  against all it sends at once", painted, together, "ms",
                   "baseline: bare httpx, the getAll and the in-house search together"),
            Figure("longest GUI stall, all of the below", longest[0], FRAME_MS, "ms",
                   frame(longest)),
            *(Figure(f"  while {what}", stall[0], FRAME_MS, "ms", frame(stall))
              for what, stall in stalls.items()),
            Figure(f"paging {paged:,} customers", paged / paging_seconds, None, "rows/s"),
            Figure(f"uploading a {SCAN_BYTES >> 20} MB scan", upload_seconds, None, "s"),
        ],
        bench="bench_desk",
    )  # fmt: skip
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
