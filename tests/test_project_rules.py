"""House rules that keep the code base the shape DESIGN describes."""

from __future__ import annotations

import ast
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


# Each layer of the package and the layers it may import. Imports run one way, down:
# the screens use the desk's logic, which uses the client; the sandbox shares the client's
# models and limits. Only the entry points (``app.py``, ``__main__.py``) sit above the screens.
LAYERS: dict[str, set[str]] = {
    "mews": set(),
    "sandbox": {"mews"},
    "desk": {"mews"},
    "ui": {"desk", "mews", "sandbox"},
}


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "desktop" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in LAYERS else None


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every ``desktop.*`` module a file imports, at any depth (lazy imports count too)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, node.module)]
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def test_every_module_belongs_to_a_layer() -> None:
    loose = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.glob("*.py")
        if path.name not in {"__init__.py", "__main__.py", "app.py"}
    ]
    assert loose == [], f"modules outside the four layers: {loose}"


def test_imports_run_down_the_layers() -> None:
    offenders = []
    for layer, allowed in LAYERS.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for line, module in _imported_modules(path):
                target = _layer_of(module)
                if target is not None and target != layer and target not in allowed:
                    offenders.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offenders == [], "imports running up or across the layers:\n" + "\n".join(offenders)


def test_layer_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The rule above must see an import back up, even one inside a function."""
    module = tmp_path / "sample.py"
    module.write_text("def f():\n    from desktop.ui.main_window import MainWindow\n")
    assert (2, "desktop.ui.main_window") in _imported_modules(module)
    assert _layer_of("desktop.ui.main_window") == "ui"
    assert "ui" not in LAYERS["desk"]


#: Past this a module holds more than one reader keeps in mind; split it along its seams.
MAX_MODULE_LINES = 400
SOURCE_FOLDERS = ("desktop", "tests", "docs", "packaging")


def _long_modules(root: Path, limit: int = MAX_MODULE_LINES) -> list[str]:
    """Every Python module under the source folders longer than ``limit``, with its length."""
    found = []
    for folder in SOURCE_FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > limit:
                found.append(f"{path.relative_to(root).as_posix()} ({lines} lines)")
    return found


def test_no_module_is_over_the_line_limit() -> None:
    offenders = _long_modules(ROOT)
    assert offenders == [], f"modules over {MAX_MODULE_LINES} lines: {offenders}"


def test_line_limit_rule_names_a_long_module(tmp_path: Path) -> None:
    """The rule above must see a long file in any of the folders, and only that one."""
    (tmp_path / "tests" / "deep").mkdir(parents=True)
    (tmp_path / "desktop").mkdir()
    (tmp_path / "tests" / "deep" / "long.py").write_text("x = 1\n" * (MAX_MODULE_LINES + 1))
    (tmp_path / "desktop" / "short.py").write_text("x = 1\n" * MAX_MODULE_LINES)
    assert _long_modules(tmp_path) == [f"tests/deep/long.py ({MAX_MODULE_LINES + 1} lines)"]


def test_qt_free_layers_import_without_qt() -> None:
    """The client, the sandbox and the desk logic load, every module, where Qt cannot."""
    code = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
        "import pkgutil, importlib, desktop.mews, desktop.sandbox, desktop.desk\n"
        "for package in (desktop.mews, desktop.sandbox, desktop.desk):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if not info.name.endswith('__main__'):\n"
        "            importlib.import_module(info.name)\n"
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
