"""Memory and local filtering with 100,000 customers loaded in the table.

    python tests/perf/bench_memory.py [--loaded 100000]

The rows are what a search builds: summaries of real sandbox customers (the sandbox in a
process of its own), turned into ``CustomerRow`` objects and repeated with new ids up to
``--loaded``. Prints the memory each loaded customer holds (traced allocations of the
model and its rows, against the 1 KB budget) and the time one keystroke of the local
filter takes, and clearing it, against one 60 Hz frame.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchlib import Figure, report  # noqa: E402
from desk_probes import FRAME_MS, Heartbeat  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sandbox_process import SandboxProcess  # noqa: E402

from desktop.desk.customer_rows import CustomerRow, rows_from_customers  # noqa: E402
from desktop.mews import MewsClient, SlidingWindowLimiter  # noqa: E402
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN  # noqa: E402

if TYPE_CHECKING:
    from desktop.ui.customer_table_model import CustomerTableModel

BUDGET_BYTES = 1024


def _template(base_url: str, count: int = 2000) -> list[CustomerRow]:
    client = MewsClient(
        base_url,
        client_token=DEMO_CLIENT_TOKEN,
        access_token=DEMO_ACCESS_TOKEN,
        client="Bench 1.0",
        rate_limiter=SlidingWindowLimiter(10**9, 1.0),
    )
    now = datetime.now(UTC)
    window = {"start_utc": now - timedelta(days=89), "end_utc": now + timedelta(days=1)}
    with client:
        page = client.get_customer_summaries(count=count, updated_utc=window)
    return rows_from_customers(page.customers)


def _copies(template: list[CustomerRow], loaded: int) -> list[CustomerRow]:
    """``loaded`` rows cycling through ``template``, each with an id of its own."""
    rows = []
    for n in range(loaded):
        base = template[n % len(template)]
        rows.append(
            CustomerRow(
                id=f"{n:08d}-{base.id[9:]}",
                name=base.name,
                last_name=base.last_name,
                title=base.title,
                email=base.email,
                phone=base.phone,
                nationality=base.nationality,
                birth_date=base.birth_date,
                loyalty_code=base.loyalty_code,
                classifications=base.classifications,
                updated_utc=base.updated_utc,
            )
        )
    return rows


#: Keystrokes of a receptionist narrowing the loaded rows, then taking one letter back.
FILTER_KEYSTROKES = ("n", "no", "nov", "nová", "nov")


def filter_figures(model: CustomerTableModel, app: QApplication) -> list[Figure]:
    """Each keystroke of the local filter until the table has painted, against one frame.

    The filter drives the desk's own shown table, so the time includes what the view does
    with the new rows (its layout change and the repaint), not just finding them. A scan
    that goes on after the keystroke is then run to its end with the heartbeat measuring
    the longest turn of the event loop meanwhile. Each keystroke is timed in three rounds
    and the best kept: the machine is shared.
    """
    from PySide6.QtCore import QSettings

    from desktop.ui.customer_table import CustomerTable

    heartbeat = Heartbeat("filter")
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        view = CustomerTable(model, settings)
        proxy = view.proxy
        view.resize(1280, 800)
        view.show()
        view.selectRow(3)
        app.processEvents()

        def keystroke(pattern: str) -> tuple[float, float, float, float, float]:
            """Milliseconds to the painted answer, to the whole answer, longest stall, and
            the GUI thread's CPU time in the answer and in the stall (wall clock on a
            shared machine also counts other processes' turns)."""
            started, started_cpu = time.perf_counter(), time.thread_time()
            proxy.set_pattern(pattern)
            view.viewport().repaint()
            answered, answer_cpu = time.perf_counter(), time.thread_time() - started_cpu
            heartbeat.start()
            while proxy.scanning:
                app.processEvents()
            stall = heartbeat.stop()
            whole = (time.perf_counter() - started) * 1e3
            return (
                (answered - started) * 1e3,
                whole,
                stall,
                answer_cpu * 1e3,
                heartbeat.longest_cpu_ms,
            )

        # Per keystroke, not per pattern: "nov" after "nová" scans afresh.
        best = [(float("inf"), 0.0, 0.0, 0.0, 0.0)] * len(FILTER_KEYSTROKES)
        cleared = (float("inf"), 0.0)
        for _round in range(3):
            proxy.setSourceModel(model)  # forgets the answers of the round before
            app.processEvents()
            for step, pattern in enumerate(FILTER_KEYSTROKES):
                best[step] = min(best[step], keystroke(pattern))
            clearing = keystroke("")
            cleared = min(cleared, (clearing[0], clearing[3]))
        matched = [_matches(proxy, pattern) for pattern in FILTER_KEYSTROKES]
        view.close()
    loaded = model.rowCount()
    worst = max(range(len(best)), key=lambda step: best[step][0])
    steps = ", ".join(
        f"'{pattern}' {ms:.1f} ({cpu:.1f} CPU)"
        for pattern, (ms, _whole, _stall, cpu, _stall_cpu) in zip(
            FILTER_KEYSTROKES, best, strict=True
        )
    )
    whole = max(figures[1] for figures in best)
    stalled = max(best, key=lambda figures: figures[2])
    return [
        Figure(
            f"local filter at {loaded:,} rows, slowest keystroke",
            best[worst][0],
            FRAME_MS,
            "ms",
            f"'{FILTER_KEYSTROKES[worst]}': {matched[worst]:,} match; keystrokes (ms, GUI"
            f" thread's CPU ms): {steps}; baseline: one frame",
        ),
        Figure(
            f"longest GUI stall finishing a filter at {loaded:,} rows",
            stalled[2],
            FRAME_MS,
            "ms",
            f"{stalled[4]:.1f} ms of it on the GUI thread's CPU; every match found within"
            f" {whole:.0f} ms; baseline: one frame",
        ),
        Figure(
            f"clearing the filter at {loaded:,} rows",
            cleared[0],
            FRAME_MS,
            "ms",
            f"{cleared[1]:.1f} ms of it on the GUI thread's CPU; baseline: one frame",
        ),
    ]


def _matches(proxy: object, pattern: str) -> int:
    proxy.set_pattern(pattern)  # type: ignore[attr-defined]
    return proxy.rowCount()  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loaded", type=int, default=100_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with SandboxProcess(5000) as sandbox:
        template = _template(sandbox.base_url, 1000)
    from desktop.ui.customer_table_model import CustomerTableModel

    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    model = CustomerTableModel()
    rows = _copies(template, args.loaded)
    model.set_rows(rows)
    del rows
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    held = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    loaded = model.rowCount()

    memory = Figure(
        f"memory per loaded customer at {loaded:,}",
        held / loaded,
        BUDGET_BYTES,
        "B",
        f"{held / 1e6:.0f} MB traced; baseline: the 1 KB budget",
    )
    report([memory, *filter_figures(model, app)], bench="bench_memory")
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
