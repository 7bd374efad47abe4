"""The start-up check for the X11 libraries Qt's xcb plugin needs.

A missing library is simulated two ways: a copy of the real plugin whose ``DT_NEEDED``
entry names a library no system has (real ELF reading, real dynamic loader), and a loader
stand-in that reports a known library missing (the package names in the sentence).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.desk import platform_libraries as check
from desktop.desk.platform_libraries import (
    PACKAGES,
    install_hint,
    missing_libraries,
    needed_libraries,
    platform_problem,
    qt_would_use_xcb,
    system_libraries,
    xcb_plugin,
)

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = xcb_plugin()
needs_plugin = pytest.mark.skipif(
    PLUGIN is None or not sys.platform.startswith("linux"), reason="PySide6 without xcb"
)
# Same length as the real name, so the patched plugin's string table keeps its layout.
RENAMED = ("libxcb-cursor.so.0", "libxcb-cursor.so.9")


def _missing(*names: str):  # type: ignore[no-untyped-def]
    """A loader stand-in: ``names`` are absent, everything else loads."""
    return lambda name: name if name in names else None


def _plugin_without_cursor_library(folder: Path) -> Path:
    """A PySide6-like tree whose xcb plugin asks for a cursor library no system has."""
    assert PLUGIN is not None
    qt = folder / "PySide6" / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(PLUGIN.parents[2] / "lib")
    data = PLUGIN.read_bytes()
    old, new = (name.encode() + b"\0" for name in RENAMED)
    assert data.count(old) == 1
    patched = qt / "plugins" / "platforms" / PLUGIN.name
    patched.write_bytes(data.replace(old, new))
    return patched


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"XDG_SESSION_TYPE": "x11"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb;wayland"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "wayland"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_only_a_platform_that_must_be_xcb_is_checked(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert qt_would_use_xcb(environ, platform) is expected


def test_other_platforms_never_ask_the_loader() -> None:
    def refuse(name: str) -> str:
        raise AssertionError(f"asked for {name}")

    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", load=refuse) is None
    assert platform_problem({}, "win32", load=refuse) is None


def test_no_plugin_leaves_qt_to_speak(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check, "xcb_plugin", lambda: None)
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", load=_missing("x")) is None


@needs_plugin
def test_the_plugin_needs_what_readelf_lists() -> None:
    assert PLUGIN is not None
    needed = needed_libraries(PLUGIN)
    if shutil.which("readelf"):
        listing = subprocess.run(
            ["readelf", "-d", str(PLUGIN)], capture_output=True, text=True, check=True
        ).stdout
        expected = [
            line.split("[", 1)[1].rstrip("]") for line in listing.splitlines() if "(NEEDED)" in line
        ]
        assert needed == expected
    assert "libxcb-cursor.so.0" in needed
    assert "libQt6XcbQpa.so.6" in needed


def test_a_file_that_is_not_elf_needs_nothing(tmp_path: Path) -> None:
    text = tmp_path / "libqxcb.so"
    text.write_text("not a library")
    assert needed_libraries(text) == []
    assert needed_libraries(tmp_path / "absent.so") == []


@needs_plugin
def test_system_libraries_include_those_of_the_shipped_qt_libraries() -> None:
    assert PLUGIN is not None
    wanted = system_libraries(PLUGIN)
    assert "libxcb-cursor.so.0" in wanted
    assert "libEGL.so.1" in wanted  # needed by the shipped libQt6Gui, not by the plugin
    assert not [name for name in wanted if name.startswith("libQt6")]
    assert len(wanted) == len(set(wanted))


@needs_plugin
def test_a_library_the_loader_cannot_find_is_reported(tmp_path: Path) -> None:
    plugin = _plugin_without_cursor_library(tmp_path)
    problem = platform_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", plugin=plugin)
    assert problem is not None
    assert problem.arguments[0] == RENAMED[1]
    # No package is known for an invented file: it is named, and no command is guessed.
    assert "apt install" not in problem
    assert RENAMED[1] in problem


def test_missing_libraries_name_debian_and_fedora_packages() -> None:
    names = ["libGL.so.1", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-shape.so.0"]
    missing = missing_libraries(names, _missing("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert missing == ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    hint = install_hint(missing)
    assert '"apt install libxcb-cursor0 libxcb-icccm4" on Debian or Ubuntu' in hint
    assert '"dnf install xcb-util-cursor xcb-util-wm" on Fedora' in hint
    assert hint.endswith(".") and ". " not in hint and "\n" not in hint, "one sentence"


def test_a_present_library_missing_its_own_dependency_names_the_dependency() -> None:
    def load(name: str) -> str | None:
        return "libxcb-xkb.so.1" if name in ("libxkbcommon-x11.so.0", "libxcb-xkb.so.1") else None

    missing = missing_libraries(["libxkbcommon-x11.so.0", "libxcb-xkb.so.1", "libX11.so.6"], load)
    assert missing == ["libxcb-xkb.so.1"]
    assert "apt install libxcb-xkb1" in install_hint(missing)


def test_packages_shared_by_several_libraries_are_named_once() -> None:
    hint = install_hint(["libxcb-shm.so.0", "libxcb-sync.so.1", "libxcb-cursor.so.0"])
    assert "dnf install libxcb xcb-util-cursor" in hint
    assert "apt install libxcb-shm0 libxcb-sync1 libxcb-cursor0" in hint


@needs_plugin
def test_every_library_the_plugin_needs_has_its_packages_or_is_a_base_library() -> None:
    assert PLUGIN is not None
    base = (
        "libc.",
        "libm.",
        "libstdc++",
        "libgcc_s",
        "ld-linux",
        "libz.",
        "libzstd",
        "libpthread",
        "libdl.",
        "librt.",
    )
    unknown = [
        name
        for name in system_libraries(PLUGIN)
        if name not in PACKAGES and not name.startswith(base)
    ]
    assert unknown == []


def test_the_real_loader_reports_an_absent_file_and_loads_a_present_one() -> None:
    assert check._load("libfrontdesk-absent.so.7") == "libfrontdesk-absent.so.7"
    if sys.platform.startswith("linux"):
        assert check._load("libc.so.6") is None


def _run_entry_point(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m desktop``'s ``main`` with the cursor library reported missing, and a
    record of whether the widgets module was ever imported."""
    code = (
        "import atexit, json, sys\n"
        "import desktop.desk.platform_libraries as check\n"
        "check._load = lambda name: name if name == 'libxcb-cursor.so.0' else None\n"
        "atexit.register(lambda: print(json.dumps('PySide6.QtWidgets' in sys.modules)))\n"
        "from desktop.__main__ import main\n"
        "raise SystemExit(main([]))\n"
    )
    return _run([sys.executable, "-c", code], env)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@needs_plugin
def test_the_entry_point_prints_one_sentence_and_exits_before_qt(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    env["LANGUAGE"] = env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    result = _run_entry_point(env)
    assert result.returncode == 1
    assert json.loads(result.stdout.strip().splitlines()[-1]) is False
    lines = [line for line in result.stderr.splitlines() if "Frontdesk" in line]
    assert lines == [str(install_hint(["libxcb-cursor.so.0"]))]
    assert "could not load the Qt platform plugin" not in result.stderr


@needs_plugin
def test_the_entry_point_speaks_the_language_chosen_in_the_settings(tmp_path: Path) -> None:
    (tmp_path / "Frontdesk").mkdir()
    (tmp_path / "Frontdesk" / "Frontdesk.conf").write_text("[ui]\nlanguage=de\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    result = _run_entry_point(env)
    assert result.returncode == 1
    assert "Frontdesk kann sein Fenster nicht öffnen" in result.stderr
    assert '"apt install libxcb-cursor0"' in result.stderr
    assert '"dnf install xcb-util-cursor"' in result.stderr


def _can_hide_files() -> bool:
    """A private mount namespace (``unshare -rm``) lets a test hide a system library."""
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


def _loaded_file(name: str) -> str:
    """The file the loader maps for ``name`` (symlinks resolved), read from this process."""
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        pytest.skip(f"{name} is not installed here")
    maps = Path("/proc/self/maps").read_text().split()
    return next(path for path in maps if os.path.basename(path).startswith(name))


@needs_plugin
def test_the_entry_point_names_libraries_hidden_from_the_whole_system(tmp_path: Path) -> None:
    """The real thing: the loader itself cannot open the libraries, as on a minimal system
    (one hidden outright, one hidden behind the library that needs it)."""
    if not _can_hide_files():
        pytest.skip("no private mount namespace on this machine")
    files = [_loaded_file(name) for name in ("libxcb-cursor.so.0", "libxcb-xkb.so.1")]
    hide = " && ".join(f"mount --bind /dev/null {path}" for path in files)
    script = f"{hide} && exec {sys.executable} -m desktop"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(tmp_path)}
    env["LANGUAGE"] = env["LC_ALL"] = env["LANG"] = "C.UTF-8"
    result = _run(["unshare", "-rm", "sh", "-c", script], env)
    assert result.returncode == 1, result.stderr
    assert "(libxcb-xkb.so.1, libxcb-cursor.so.0)" in result.stderr
    assert '"apt install libxcb-xkb1 libxcb-cursor0"' in result.stderr
    assert '"dnf install libxcb xcb-util-cursor"' in result.stderr
    assert "libxkbcommon-x11" not in result.stderr, "present; only its dependency is missing"


def test_the_readme_installs_the_libraries_before_its_first_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt = next(line for line in readme.splitlines() if line.startswith("apt install "))
    dnf = next(line for line in readme.splitlines() if line.startswith("dnf install "))
    assert readme.index(apt) < readme.index("pip install")
    debian = {debian for debian, _fedora in PACKAGES.values()}
    fedora = {fedora for _debian, fedora in PACKAGES.values()}
    assert set(apt.split("#")[0].split()[2:]) <= debian
    assert set(dnf.split("#")[0].split()[2:]) <= fedora
    assert "libxcb-cursor0" in apt and "xcb-util-cursor" in dnf


@needs_plugin
def test_no_display_is_said_plainly_instead_of_qt_blaming_a_library() -> None:
    assert PLUGIN is not None
    everything_loads = _missing()
    problem = platform_problem({}, "linux", plugin=PLUGIN, load=everything_loads)
    assert problem is not None and "no display is set" in problem
    for display in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}):
        assert platform_problem(display, "linux", plugin=PLUGIN, load=everything_loads) is None
