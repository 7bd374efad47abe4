"""The desktop entry, AppStream metainfo and app icon PNGs that Linux packages install."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from packaging_scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.frontdesk.Frontdesk"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _render_icons() -> ModuleType:
    return load_script("render_icons")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def test_desktop_file_validates() -> None:
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    validator = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_metainfo_and_icons_agree_on_one_id() -> None:
    """Software centres join the three by id; one typo and the app shows without an icon."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    metainfo = ET.parse(METAINFO).getroot()
    from desktop.ui.icons import APP_ID as ui_app_id

    assert ui_app_id == APP_ID == _render_icons().APP_ID
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP_FILE.name
    assert metainfo.findtext("icon") == entry["Desktop Entry"]["Icon"] == APP_ID
    # The GUI entry point declared in pyproject is what the launcher runs.
    assert entry["Desktop Entry"]["Exec"].split()[0] == "frontdesk"
    assert metainfo.findtext("provides/binary") == "frontdesk"


def test_metainfo_release_matches_package_version() -> None:
    from desktop import __version__

    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "metainfo lists no release"
    assert releases[0].get("version") == __version__


def test_icon_pngs_exist_at_every_size_and_match_the_svg(qapp: object) -> None:
    from PySide6.QtGui import QImage

    render_icons = _render_icons()
    assert render_icons.PNG_SIZES == (16, 24, 32, 48, 64, 128, 256)
    for size in render_icons.PNG_SIZES:
        path = render_icons.png_path(size)
        assert path.is_file(), f"missing {path.relative_to(ROOT)}; run packaging/render_icons.py"
        committed = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
        assert (committed.width(), committed.height()) == (size, size)
        fresh = render_icons.render(render_icons.APP_ICON_SVG, size)
        # Rasterisers differ by a unit here and there between Qt releases; a changed
        # drawing moves whole shapes and exceeds this by far.
        total = 0
        for y in range(size):
            for x in range(size):
                a, b = committed.pixelColor(x, y), fresh.pixelColor(x, y)
                total += max(
                    abs(a.red() - b.red()),
                    abs(a.green() - b.green()),
                    abs(a.blue() - b.blue()),
                    abs(a.alpha() - b.alpha()),
                )
        mean = total / (size * size)
        assert mean < 2.0, f"{path.name} at {size}px is stale (mean difference {mean:.1f})"


def test_icon_svg_uses_its_whole_tile_at_small_sizes(qapp: object) -> None:
    """At 16 px a mark that leaves empty margins turns into a dot in the panel."""
    render_icons = _render_icons()
    image = render_icons.render(render_icons.APP_ICON_SVG, 16)
    opaque = [(x, y) for y in range(16) for x in range(16) if image.pixelColor(x, y).alpha() > 128]
    xs = [x for x, _ in opaque]
    ys = [y for _, y in opaque]
    assert max(xs) - min(xs) >= 13 and max(ys) - min(ys) >= 13
