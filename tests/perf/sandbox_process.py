"""The sandbox in a process of its own, as a real Mews is: its work never holds the GIL
of the process being measured."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[2]
#: A 10 MB scan is 13.3 MB as base64 in JSON; the real API takes such a body too.
MAX_BODY_BYTES = 32 * 1024 * 1024


class SandboxProcess:
    """``python -m desktop.sandbox`` on a free port with ``customers`` demo guests and no
    rate limit (the benchmarks measure the desk, not the 200-per-30 s budget)."""

    def __init__(self, customers: int, python: str = sys.executable) -> None:
        self.customers = customers
        self.python = python
        self.base_url = ""
        self._folder = tempfile.TemporaryDirectory(prefix="bench-sandbox-")
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> SandboxProcess:
        started = time.perf_counter()
        self._process = subprocess.Popen(
            [self.python, "-m", "desktop.sandbox", "--port", "0", "--rate-limit", "off",
             "--customers", str(self.customers), "--max-body-bytes", str(MAX_BODY_BYTES),
             "--db", str(Path(self._folder.name) / "sandbox.sqlite3")],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith("Mews sandbox:"):
                self.base_url = line.split(":", 1)[1].strip()
                break
        if not self.base_url:
            raise RuntimeError("the sandbox process did not start")
        seconds = time.perf_counter() - started
        print(f"sandbox process with {self.customers:,} customers ready in {seconds:.1f} s")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=30)
        self._folder.cleanup()
