"""The first window must not wait for the API client, its models or the keyring.

pydantic models plus httpx take about 140 ms to import and keyring backend discovery
about 50 ms; the desk loads them when it connects or first needs tokens, after the
window is up. A fresh interpreter is the only honest check: this test session has long
imported all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pydantic", "httpx", "keyring", "desktop.mews.client", "desktop.mews.models")


def _loaded_after_importing(module: str) -> list[str]:
    code = (
        f"import sys, json, {module}\n"
        f"print(json.dumps([name for name in {HEAVY!r} if name in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_main_window_module_loads_no_client_models_or_keyring() -> None:
    assert _loaded_after_importing("desktop.ui.main_window") == []


def test_the_app_entry_point_loads_no_client_models_or_keyring() -> None:
    assert _loaded_after_importing("desktop.app") == []


def test_the_client_still_loads_when_asked_for() -> None:
    code = "from desktop.mews import DEFAULT_TIMEOUT, MewsClient; print(MewsClient.__name__)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "MewsClient"
