"""Start-up benchmark: a fresh process to the first shown window, desk against bare Qt.

    python tests/perf/bench_startup.py [--runs 9]

Both are started the same way, as a new interpreter running a small script, alternately
(desk, bare, desk, ...) so a machine that slows down mid-run slows both. The clock runs
from just before the process is spawned to the first turn of its event loop after the
window is shown ("first window"), and on to the turn after the window's first paint
event ("first painted frame": fonts, styles and texts are paid for by then); each script
prints both wall clocks and quits. Bytecode caching is on, as on an installed copy. The
desk script runs
what ``frontdesk`` runs, ``desktop.__main__.main`` (the platform-library check, then
``desktop.app.main``), on a sandbox (in a process of its own) with tokens from the
environment.

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

# Prints two wall clocks: the first turn of the event loop after show() (the window is
# up), and the turn after the window's first paint event (its first frame is drawn: a
# window paints before its children, in the same turn). ``_watch()`` runs right before
# the event loop starts, so no paint can come earlier. It watches the shown window, not
# the whole application: a Python filter on the application makes PySide wrap every
# object any event reaches (scrollbars, viewports, Qt's own window objects), and wrapping
# one of a class it has not met searches all of Qt's classes, building each with its
# enums; that cost only the benchmark pays, and it grows with the widgets in the window.
SHOWN = (
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "clocks = []\n"
    "def _painted():\n"
    "    print(clocks[0], time.time(), clocks[1], time.process_time(), flush=True)\n"
    "    QApplication.instance().quit()\n"
    "class _FirstPaint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and len(clocks) == 2:\n"
    "            clocks.append(None)\n"
    "            QTimer.singleShot(0, _painted)\n"
    "        return False\n"
    "_first_paint = _FirstPaint()\n"
    "def _watch():\n"
    "    window, = (shown for shown in QApplication.topLevelWidgets() if shown.isVisible())\n"
    "    window.installEventFilter(_first_paint)\n"
    "    QTimer.singleShot(0, lambda: clocks.extend((time.time(), time.thread_time())))\n"
)
BARE = (
    "import sys, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n" + SHOWN +
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1280, 800)\n"
    "window.show()\n"
    "_watch()\n"
    "app.exec()\n"
)  # fmt: skip
DESK = (
    "import sys, time\n"
    "from desktop.__main__ import main\n" + SHOWN +
    "_exec = QApplication.exec\n"
    "def _exec_then_report(*_):\n"
    "    _watch()\n"
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


def _timed(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float, float]:
    """Seconds from spawning the process to its window shown and to its first frame, and
    the CPU seconds its main thread spent until the window was shown and all its threads
    until the first frame (worker threads take turns on the GIL with the main thread)."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
        text=True, check=True, timeout=120,
    )  # fmt: skip
    shown, painted, cpu, all_cpu = (float(clock) for clock in done.stdout.split()[-4:])
    return shown - started, painted - started, cpu, all_cpu


def _platform_checks(runs: int, env: dict[str, str]) -> list[float]:
    """Seconds the check takes in each fresh process; none where the xcb plugin itself
    cannot load (a machine without the X libraries), since the check has nothing to add."""
    checks: list[float] = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, env=env,
                              capture_output=True, text=True)  # fmt: skip
        if done.returncode:
            print("platform-library check not timed: the xcb plugin does not load here:",
                  done.stderr.strip().splitlines()[-1:], flush=True)  # fmt: skip
            return []
        checks.append(float(done.stdout))
    return checks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    env = {**os.environ, "FRONTDESK_CLIENT_TOKEN": DEMO_CLIENT_TOKEN}
    env["FRONTDESK_ACCESS_TOKEN"] = DEMO_ACCESS_TOKEN
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-xdg-")
    # An installed app starts from cached bytecode; a shell that turns the cache off would
    # time compiling the project's sources instead (the warm-up run below writes it).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare: list[tuple[float, float, float, float]] = []
    desk: list[tuple[float, float, float, float]] = []
    with SandboxProcess(200) as sandbox:
        desk_args = ["--base-url", sandbox.base_url]
        _timed(DESK, desk_args, env), _timed(BARE, [], env)  # warm the file and .pyc caches
        for _ in range(args.runs):
            desk.append(_timed(DESK, desk_args, env))
            bare.append(_timed(BARE, [], env))
    checks = _platform_checks(args.runs, {**env, "QT_QPA_PLATFORM": "xcb"})

    def median_ms(runs: list[tuple[float, float, float, float]], which: int) -> float:
        return statistics.median(run[which] for run in runs) * 1e3

    shown = [run[0] * 1e3 for run in desk]
    spread = f"desk {min(shown):.0f}-{max(shown):.0f} ms"
    cpu = (
        f"main thread on a CPU: desk {median_ms(desk, 2):.0f} ms, bare {median_ms(bare, 2):.0f} ms"
        f"; all the desk's threads to its first frame {median_ms(desk, 3):.0f} ms"
    )
    report(
        [
            Figure("cold start to first window", median_ms(desk, 0), median_ms(bare, 0), "ms",
                   f"median of {args.runs}, {spread}; {cpu}; baseline: bare PySide6 QMainWindow"),
            Figure("cold start to first painted frame", median_ms(desk, 1), median_ms(bare, 1),
                   "ms", "the window's first paint event done; baseline: the bare window's"),
        ]
        + [
            Figure("  platform-library check", statistics.median(checks) * 1e3,
                   median_ms(bare, 0), "ms",
                   "what it adds to Qt's own loading; baseline: bare window")
            for _ in checks[:1]
        ],
        bench="bench_startup",
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
