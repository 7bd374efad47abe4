"""Injected failures, so the desk's retry, timeout and error paths can be seen working.

A seeded RNG decides per request, so a test or a demo run fails the same way each time.
"""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass, replace


class Fault(enum.Enum):
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    TIMEOUT = "408"
    DROP = "drop"  # close the connection without answering
    TRUNCATE = "truncate"  # run the operation, then send only part of the body
    NON_JSON = "non-json"  # an HTML page where JSON was expected, as from a proxy


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """Share of requests (0..1) that fail each way, plus latency added to every request."""

    latency_ms: int = 0
    server_error_rate: float = 0.0
    unavailable_rate: float = 0.0
    timeout_rate: float = 0.0
    drop_rate: float = 0.0
    truncate_rate: float = 0.0
    non_json_rate: float = 0.0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.latency_ms < 0 or any(not 0 <= rate <= 1 for rate in self._rates()):
            raise ValueError("latency must be >= 0 and rates within 0..1")
        if sum(self._rates()) > 1:
            raise ValueError("fault rates add up to more than 1")

    @classmethod
    def mixed(cls, rate: float, *, latency_ms: int = 0, seed: int = 0) -> FaultConfig:
        """``rate`` of requests fail, spread evenly over every kind of fault."""
        share = rate / len(Fault)
        return cls(latency_ms, share, share, share, share, share, share, seed)

    def _rates(self) -> tuple[float, ...]:
        return (
            self.server_error_rate,
            self.unavailable_rate,
            self.timeout_rate,
            self.drop_rate,
            self.truncate_rate,
            self.non_json_rate,
        )

    @property
    def active(self) -> bool:
        return self.latency_ms > 0 or any(self._rates())


OFF = FaultConfig()


class FaultInjector:
    def __init__(self, config: FaultConfig | None = None) -> None:
        self._lock = threading.Lock()
        self.configure(config or OFF)

    @property
    def config(self) -> FaultConfig:
        return self._config

    def configure(self, config: FaultConfig | None = None, **changes: float) -> None:
        """Swap the configuration (and reseed) at run time.

        ``configure()`` switches faults off; ``configure(drop_rate=0.5)`` changes one field
        of the current configuration.
        """
        base = config or getattr(self, "_config", OFF)
        config = replace(base, **changes) if changes else (config or OFF)
        with self._lock:
            self._config = config
            self._rng = random.Random(config.seed)

    def draw(self) -> Fault | None:
        config = self._config
        if not config.active:
            return None
        with self._lock:
            roll = self._rng.random()
        for fault, rate in zip(Fault, config._rates(), strict=True):
            if roll < rate:
                return fault
            roll -= rate
        return None
