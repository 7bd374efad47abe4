"""The first window must not wait for the API client, its models or the keyring.

pydantic models plus httpx take about 140 ms to import and keyring backend discovery
about 50 ms; the desk loads them when it connects or first needs tokens, after the
window is up. Nor does it build what its first screen does not show (the profile
editor, the passport flow, the advanced search). A fresh interpreter is the only honest
check: this test session has long imported all of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("pydantic", "httpx", "keyring", "desktop.mews.client", "desktop.mews.models")
#: Loaded on first use or once connected, never for the first window.
ON_DEMAND = (
    "desktop.ui.profile_editor",
    "desktop.ui.mrz_flow",
    "desktop.ui.advanced_search",
    "desktop.sandbox",
    "desktop.desk.room_directory",
    "desktop.desk.warm_up",
    "desktop.mews.ratelimit",
    "desktop.ui.embedded_sandbox",
    "desktop.desk.duplicate_groups",
    "desktop.ui.plain_text_delegate",
    "desktop.ui.table_cells_painter",
    "desktop.ui.table_grid",
    "desktop.ui.icons",
    "desktop.desk.mrz",
)


def _loaded_after(
    code: str, names: tuple[str, ...] = HEAVY, env: dict[str, str] | None = None
) -> list[str]:
    """Which of ``names`` a fresh interpreter has loaded once it ran ``code``."""
    code += f"import sys, json\nprint(json.dumps([n for n in {names!r} if n in sys.modules]))\n"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def _loaded_after_importing(module: str) -> list[str]:
    return _loaded_after(f"import {module}\n")


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


#: Builds the first window the way ``frontdesk`` does.
FIRST_WINDOW = (
    "from PySide6.QtWidgets import QApplication\n"
    "app = QApplication([])\n"
    "from desktop.app import build_window\n"
    "window = build_window(['--base-url', 'https://pms.example.invalid'])\n"
)


def _first_window_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FRONTDESK_CLIENT_TOKEN": "client"}
    env["FRONTDESK_ACCESS_TOKEN"] = "access"  # from the environment: no keyring needed
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # the settings of this run only
    return env


def test_building_the_first_window_leaves_what_it_does_not_show_unloaded(tmp_path: Path) -> None:
    assert _loaded_after(FIRST_WINDOW, HEAVY + ON_DEMAND, _first_window_env(tmp_path)) == []


def test_the_first_window_does_not_make_pyside_build_every_widget_class(tmp_path: Path) -> None:
    """PySide6 makes a Qt class's Python class (and its enums) on first use. Handing
    Python a widget of a class it has no wrapper for yet, as the first
    ``QAbstractScrollArea.viewport()`` does, builds them all, ~15 ms; classes the desk
    never uses staying unbuilt shows that did not happen."""
    unused = ("QMdiArea", "QGraphicsView", "QCalendarWidget", "QDockWidget", "QTextBrowser")
    code = FIRST_WINDOW + (
        "window.show()\n"
        "app.processEvents()\n"  # the first paint too
        "import json, PySide6.QtWidgets as widgets\n"
        f"print(json.dumps([n for n in {unused!r} if n in vars(widgets)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=_first_window_env(tmp_path),
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
