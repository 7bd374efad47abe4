"""Compile the translation sources into the ``.qm`` catalogues the app loads.

    python packaging/compile_translations.py            # .ts -> .qm
    python packaging/compile_translations.py --update   # first refresh the .ts from the code

The ``.ts`` sources and the compiled ``.qm`` catalogues live side by side in
``desktop/resources/translations/`` (one pair per shipped language), with every other resource
the app has, so the wheel, an editable install and the frozen build all find them in one place
(the wheel and the bundle leave the ``.ts`` sources out). The ``.qm`` files are
committed too, so a plain ``pip install -e .`` works without Qt's tools; a test checks that
they match their sources. ``--update`` runs ``pyside6-lupdate`` over the package, keeping
existing translations and dropping texts the code no longer has.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ROOT / "desktop" / "resources" / "translations"
SOURCES = COMPILED
PACKAGE = ROOT / "desktop"
LANGUAGES = ("en", "de", "fr", "it", "es", "cs")


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` next to this interpreter (a venv), else on ``PATH``."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 into this environment")
    return found


def source_files() -> list[Path]:
    """Every module that can show text: the whole package except the API client and sandbox."""
    skipped = (PACKAGE / "mews", PACKAGE / "sandbox")
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if not any(folder in path.parents for folder in skipped)
    )


def ts_path(language: str) -> Path:
    return SOURCES / f"frontdesk_{language}.ts"


def qm_path(language: str) -> Path:
    return COMPILED / f"frontdesk_{language}.qm"


def update_sources() -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    for language in LANGUAGES:
        command = [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *files]
        command += ["-target-language", language, "-ts", str(ts_path(language).relative_to(ROOT))]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def compile_catalogues(destination: Path = COMPILED) -> list[Path]:
    """Compile every language's ``.ts`` into ``destination``; returns the ``.qm`` paths."""
    destination.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = destination / f"frontdesk_{language}.qm"
        subprocess.run(
            [qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
            check=True,
            capture_output=True,
            text=True,
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    arguments = parser.parse_args(argv)
    if arguments.update:
        update_sources()
    for path in compile_catalogues():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
