"""What every benchmark script shares: a figure with its baseline, and one way to print it.

A script builds ``Figure`` rows and calls ``report(figures)``. Run alone, it prints a
table; run by ``tests/perf/run``, it also appends the figures as JSON lines to the file
named by ``FRONTDESK_BENCH_RESULTS``, from which the runner prints every benchmark of the
project in one table. A new ``bench_*.py`` needs nothing else to be included.

``ratio`` is always ``value / baseline``: whether higher is better depends on the unit
(a time per call wants it low, a rate wants it high), and the note says which.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS_ENV = "FRONTDESK_BENCH_RESULTS"


@dataclass(frozen=True, slots=True)
class Figure:
    """One measured figure next to what it is judged against (None: nothing to compare)."""

    measure: str
    value: float
    baseline: float | None
    unit: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def number(value: float | None, unit: str = "") -> str:
    """Three significant figures, thousands separated; the unit after a space."""
    if value is None:
        return "-"
    magnitude = abs(value)
    if magnitude >= 1000 or value == int(value):
        text = f"{value:,.0f}"
    elif magnitude >= 100:
        text = f"{value:.1f}"
    elif magnitude >= 1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.3g}"
    return f"{text} {unit}".rstrip()


def table(figures: Iterable[Figure], *, bench: Sequence[str] | None = None) -> str:
    """A plain-text table; ``bench`` names the script of each row when several are mixed."""
    header = ["measure", "value", "baseline", "ratio", "note"]
    rows = [
        [f.measure, number(f.value, f.unit), number(f.baseline, f.unit),
         "-" if f.ratio is None else f"{f.ratio:.2f}x", f.note]
        for f in figures
    ]  # fmt: skip
    if bench is not None:
        header.insert(0, "benchmark")
        for row, name in zip(rows, bench, strict=True):
            row.insert(0, name)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def report(figures: Sequence[Figure], *, bench: str | None = None) -> None:
    """Print the table, and hand the figures to the runner when it is listening."""
    print(table(figures))
    target = os.environ.get(RESULTS_ENV)
    if target:
        name = bench or Path(sys.argv[0]).stem
        with open(target, "a", encoding="utf-8") as handle:
            for figure in figures:
                handle.write(json.dumps({"bench": name, **asdict(figure)}) + "\n")


def load(path: Path) -> list[tuple[str, Figure]]:
    """Figures a run collected, with the script each came from, in the order reported."""
    if not path.exists():
        return []
    collected = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            fields = json.loads(line)
            bench = fields.pop("bench")
            collected.append((bench, Figure(**fields)))
    return collected
