"""The cyclic collector stays off while the desk starts, and comes back after its first frame.

Start-up makes objects that live as long as the desk (modules, classes, widgets): the
collector's passes over them find nothing to free. ``frontdesk`` turns it off before
loading the desk and back on once the first frame is drawn, with those objects frozen
out of its later passes. A fresh interpreter is the only honest check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Runs ``frontdesk`` and notes the collector's state as the event loop starts and a while
#: after the first frame.
RUN = (
    "import gc, json\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from desktop.__main__ import main\n"
    "seen = []\n"
    "_exec = QApplication.exec\n"
    "def _look_then_quit():\n"
    "    seen.extend((gc.isenabled(), gc.get_freeze_count() > 0))\n"
    "    QApplication.instance().quit()\n"
    "def _exec_then_look(*_):\n"
    "    seen.append(gc.isenabled())\n"
    "    QTimer.singleShot(1500, _look_then_quit)\n"
    "    return _exec()\n"
    "QApplication.exec = _exec_then_look\n"
    "main(['--base-url', 'https://pms.example.invalid'])\n"
    "print(json.dumps(seen))\n"
)


def test_the_collector_is_off_for_the_start_and_on_after_the_first_frame(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_CLIENT_TOKEN": "client"}
    env["FRONTDESK_ACCESS_TOKEN"] = "access"  # from the environment: no keyring needed
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # the settings of this run only
    result = subprocess.run(
        [sys.executable, "-c", RUN], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True, timeout=60,
    )  # fmt: skip
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [False, True, True]
