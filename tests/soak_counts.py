"""What the two soak tests count: faults the sandbox hands out and the tallies they print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

from desktop.sandbox import FaultConfig, SandboxServer
from desktop.sandbox.faults import Fault, FaultInjector


class CountingFaults(FaultInjector):
    """The sandbox's injector, counting every fault it hands out."""

    def __init__(self, config: FaultConfig | None = None) -> None:
        self.drawn: Counter[Fault] = Counter()
        super().__init__(config)

    def draw(self) -> Fault | None:
        fault = super().draw()
        if fault is not None:
            self.drawn[fault] += 1
        return fault

    def total(self) -> int:
        return sum(self.drawn.values())

    def by_kind(self) -> dict[str, int]:
        return {fault.value: count for fault, count in self.drawn.items()}


@dataclass
class SoakCounts:
    """What every soak counts; a soak's own counts extend it, and the run prints the table."""

    operations: int = 0
    faults_injected: int = 0
    retries: int = 0
    lost_edits: int = 0
    duplicates: int = 0

    def table(self) -> str:
        return "\n".join(
            f"  {item.name.replace('_', ' '):<20} {getattr(self, item.name)}"
            for item in fields(self)
        )


def counting_faults(server: SandboxServer) -> CountingFaults:
    """The server's injector, which ``soak_sandbox`` made a counting one."""
    faults = server.faults
    assert isinstance(faults, CountingFaults)
    return faults


@contextmanager
def soak_sandbox(
    path: Path,
    *,
    customer_count: int,
    rate_limit: tuple[int, float],
    faults: FaultConfig | None = None,
) -> Iterator[SandboxServer]:
    """A started sandbox with a tight rate limit whose faults are counted, stopped after."""
    server = SandboxServer(path, customer_count=customer_count, rate_limit=rate_limit)
    server.faults = CountingFaults(faults)
    server.start()
    try:
        yield server
    finally:
        server.stop()
