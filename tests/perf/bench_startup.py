"""Start-up benchmark: a fresh process to the first shown window, desk against bare Qt.

    python tests/perf/bench_startup.py [--runs 9]

Both are started the same way, as a new interpreter running a small script, alternately
(desk, bare, desk, ...) so a machine that slows down mid-run slows both. The clock runs
from just before the process is spawned to the first turn of its event loop after the
window is shown; each script prints the wall clock then and quits. The desk script runs
what ``frontdesk`` runs: the platform-library check, then ``desktop.app.main`` on a
sandbox (in a process of its own) with tokens from the environment.

Also prints the platform-library check by itself, timed inside a fresh process, against
the bare window's start-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import Figure, report  # noqa: E402
from sandbox_process import SandboxProcess  # noqa: E402

from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN  # noqa: E402

SHOWN = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "def _shown():\n"
    "    print(time.time(), flush=True)\n"
    "    QApplication.instance().quit()\n"
)
BARE = (
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n" + SHOWN +
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "QTimer.singleShot(0, _shown)\n"
    "app.exec()\n"
)  # fmt: skip
DESK = (
    "import sys, time\n"
    "from desktop.desk.platform_libraries import platform_problem\n"
    "assert platform_problem() is None\n"
    "from desktop.app import main\n" + SHOWN +
    "_exec = QApplication.exec\n"
    "def _exec_then_report(*_):\n"
    "    QTimer.singleShot(0, _shown)\n"
    "    return _exec()\n"
    "QApplication.exec = _exec_then_report\n"
    "main(sys.argv[1:])\n"
)  # fmt: skip
# Qt loads the xcb plugin and every library it needs right after the check; loading them
# first leaves what the check adds: its import, reading the ELF headers, the loader's
# look-ups of libraries already mapped.
CHECK = (
    "import ctypes, importlib.util, os, time\n"
    "qt = os.path.join(importlib.util.find_spec('PySide6').submodule_search_locations[0], 'Qt')\n"
    "ctypes.CDLL(os.path.join(qt, 'plugins', 'platforms', 'libqxcb.so'))\n"
    "started = time.perf_counter()\n"
    "from desktop.desk.platform_libraries import platform_problem\n"
    "platform_problem({'QT_QPA_PLATFORM': 'xcb'})\n"
    "print(time.perf_counter() - started)\n"
)


def _timed(code: str, args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
        text=True, check=True, timeout=120,
    )  # fmt: skip
    return float(done.stdout.split()[-1]) - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    env = {**os.environ, "FRONTDESK_CLIENT_TOKEN": DEMO_CLIENT_TOKEN}
    env["FRONTDESK_ACCESS_TOKEN"] = DEMO_ACCESS_TOKEN
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-xdg-")
    bare, desk = [], []
    with SandboxProcess(200) as sandbox:
        desk_args = ["--base-url", sandbox.base_url]
        _timed(DESK, desk_args, env), _timed(BARE, [], env)  # warm the file cache
        for _ in range(args.runs):
            desk.append(_timed(DESK, desk_args, env))
            bare.append(_timed(BARE, [], env))
    check_env = {**env, "QT_QPA_PLATFORM": "xcb"}
    checks = [
        float(subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, env=check_env,
                             capture_output=True, text=True, check=True).stdout)
        for _ in range(args.runs)
    ]  # fmt: skip
    bare_ms, desk_ms = statistics.median(bare) * 1e3, statistics.median(desk) * 1e3
    spread = f"desk {min(desk) * 1e3:.0f}-{max(desk) * 1e3:.0f} ms"
    report(
        [
            Figure("cold start to first window", desk_ms, bare_ms, "ms",
                   f"median of {args.runs}, {spread}; baseline: bare PySide6 QMainWindow"),
            Figure("  platform-library check", statistics.median(checks) * 1e3, bare_ms, "ms",
                   "what it adds to Qt's own loading; baseline: bare window"),
        ],
        bench="bench_startup",
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
