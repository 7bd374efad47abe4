"""The frozen build's entry script and its smoke test, run from the source tree.

``packaging/build.sh`` runs the same smoke test on the frozen bundle (too slow for every
CI run); this keeps the script itself working as the window it drives evolves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "frontdesk_launcher.py"
PREFIX = "FRONTDESK-SMOKE "

pytestmark = pytest.mark.e2e


def test_smoke_test_brings_up_the_desk_on_the_sandbox_and_exits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FRONTDESK_SMOKE_TIMEOUT": "60",
        "FRONTDESK_SMOKE_REPORT": str(tmp_path / "report.txt"),
        # Where the user's data would go if the smoke test did not isolate it.
        "XDG_DATA_HOME": str(tmp_path / "user-data"),
        "XDG_CONFIG_HOME": str(tmp_path / "user-config"),
    }
    result = subprocess.run(
        [sys.executable, str(LAUNCHER), "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    # Windowed Windows builds have no stdout; the report file carries the same line.
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").strip() == lines[-1]
    report = json.loads(lines[-1].removeprefix(PREFIX))
    assert report["ok"] is True and report["frozen"] is False
    assert report["rows"] > 0
    assert report["icons"] == {"app_icon": True, "blank_action_icons": []}
    assert report["keyring"]["entry_points"], "keyring found no backends"
    assert report["qt_criticals"] == []
    # The sandbox database and settings went to the smoke test's own temp folders.
    assert not (tmp_path / "user-data").exists()
    assert not (tmp_path / "user-config").exists()
