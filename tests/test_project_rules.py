"""House rules that keep the code base the shape DESIGN describes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
SHARED_REF = "/".join(("..", "shared"))  # spelled apart so this file does not match itself
QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)


def _qt_free_modules() -> list[Path]:
    """Everything outside ``desktop/ui`` except the entry points that start the GUI."""
    entry_points = {PACKAGE / "app.py", PACKAGE / "__main__.py"}
    return [
        path
        for path in PACKAGE.rglob("*.py")
        if (PACKAGE / "ui") not in path.parents and path not in entry_points
    ]


def test_no_qt_import_below_ui() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _qt_free_modules()
        if QT_IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"Qt imported outside desktop/ui: {offenders}"


def test_qt_free_layers_import_without_qt() -> None:
    """The client and the sandbox must load in a process where Qt cannot be imported."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import desktop.mews, desktop.sandbox\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_project_does_not_read_shared_folder() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in (PACKAGE, ROOT / "tests", ROOT / "packaging")
        for path in folder.rglob("*.py")
        if SHARED_REF in path.read_text(encoding="utf-8")
    ]
    assert offenders == [], f"files reaching outside the project: {offenders}"


def test_ruff_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "desktop", "tests", "docs", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
