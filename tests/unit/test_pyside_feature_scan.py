"""PySide6's "does this module use PySide6?" answered without reading every source."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop
from desktop.ui.pyside_feature_scan import _holds_pyside

ROOT = Path(__file__).resolve().parents[2]


def test_each_desk_module_gets_the_answer_its_source_would_give() -> None:
    """Every desk module that imports PySide6 uses it; one that never names it does not.
    (One that only names it, like the platform check, may read either way.)"""
    names = [info.name for info in pkgutil.walk_packages(desktop.__path__, "desktop.")]
    modules = [importlib.import_module(name) for name in names if ".__main__" not in name]
    sources = {module.__name__: inspect.getsource(module) for module in modules}
    importing = {name for name, source in sources.items() if "from PySide6" in source}
    naming = {name for name, source in sources.items() if "PySide6" in source}
    assert len(importing) > 50
    assert {m.__name__ for m in modules if _holds_pyside(m)} - naming == set()
    assert importing - {m.__name__ for m in modules if _holds_pyside(m)} == set()


def test_modules_without_a_source_do_not_use_pyside() -> None:
    assert not _holds_pyside(sys)
    assert not _holds_pyside(importlib.import_module("_json"))


def test_starting_the_desk_reads_no_module_source() -> None:
    """The scan kept every source it read in ``linecache``; past the module that stops it,
    the desk's stay out of it."""
    code = (
        "import json, linecache\n"
        "import desktop.app\n"
        "print(json.dumps([path for path in linecache.cache\n"
        "                  if 'desktop' in path and 'pyside_feature_scan' not in path]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == []
