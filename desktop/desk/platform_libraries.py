"""Find the X11 libraries Qt's xcb platform plugin needs but the system lacks, before Qt does.

Qt's own answer to a missing ``libxcb-cursor0`` is an abort with "could not load the Qt
platform plugin xcb", which names no package. On a fresh minimal Linux that is the first
thing a new user sees, so the entry point asks here first and prints one sentence with the
packages to install instead. The check reads the plugin's ELF ``DT_NEEDED`` list (and that
of the Qt libraries bundled beside it) and asks the dynamic loader for each system library
by name, so it sees exactly what the loader will see: ``LD_LIBRARY_PATH``, the ld.so cache
and a library that is there but lacks one of its own dependencies. The libraries are loaded
moments later by Qt anyway, so asking costs almost nothing (``tests/perf/run`` measures it).

Only the platform Qt would use decides whether to look: an explicit ``QT_QPA_PLATFORM``
other than xcb (offscreen in the tests, wayland, vnc) or a Wayland session, where Qt tries
Wayland first, needs none of these. Stdlib only: this runs before anything imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import struct
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from desktop.desk.translatable import QT_TRANSLATE_NOOP, Message

CONTEXT = "PlatformLibraries"
PLUGIN_NAME = "libqxcb.so"

# Library file name -> (Debian/Ubuntu package, Fedora package) for what the xcb plugin and
# the Qt libraries beside it link against. A library missing from this table is still
# reported, by its file name.
PACKAGES: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

#: %1 names library files, %2 and %3 are package names: keep the two commands as they are.
MISSING_LIBRARIES = QT_TRANSLATE_NOOP(
    "PlatformLibraries",
    "Frontdesk cannot open its window because this system lacks libraries Qt needs for X11"
    ' (%1); as root, install them with "apt install %2" on Debian or Ubuntu, or with'
    ' "dnf install %3" on Fedora.',
)
#: %1 names library files.
MISSING_UNKNOWN_LIBRARIES = QT_TRANSLATE_NOOP(
    "PlatformLibraries",
    "Frontdesk cannot open its window because this system lacks libraries Qt needs for X11"
    " (%1); as root, install the packages of your system that provide them.",
)
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "PlatformLibraries",
    "Frontdesk cannot open its window because no display is set (neither DISPLAY nor"
    " WAYLAND_DISPLAY): start it from a desktop session, or set DISPLAY to the X server's.",
)
# Parts of PySide6 itself: always shipped with it, never a system package to install.
SHIPPED_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")

_DT_NEEDED, _DT_STRTAB, _PT_LOAD, _PT_DYNAMIC = 1, 5, 1, 2


def needed_libraries(path: Path) -> list[str]:
    """The ``DT_NEEDED`` names of an ELF shared object; ``[]`` for anything unreadable.

    Reads only the program headers, the dynamic section and the names it points at, so a
    10 MB Qt library costs a few small reads.
    """
    try:
        with path.open("rb") as file:
            return _read_needed(file)
    except (OSError, ValueError, struct.error, IndexError):
        return []


def _read_needed(file) -> list[str]:  # type: ignore[no-untyped-def]  # a binary file
    ident = file.read(16)
    if ident[:4] != b"\x7fELF":
        return []
    wide = ident[4] == 2
    order = "<" if ident[5] == 1 else ">"
    # e_phoff, then (past e_shoff, e_flags, e_ehsize) e_phentsize and e_phnum.
    layout = "16xQ14xHH" if wide else "12xI10xHH"
    phoff, phentsize, phnum = struct.unpack(order + layout, file.read(struct.calcsize(layout)))
    segment = order + ("I4xQQ8xQ" if wide else "IIIxxxxI")
    loads: list[tuple[int, int, int]] = []
    dynamic: tuple[int, int] | None = None
    for index in range(phnum):
        file.seek(phoff + index * phentsize)
        raw = file.read(phentsize)
        if wide:
            kind, offset, vaddr, size = struct.unpack(segment, raw[:40])
        else:
            kind, offset, vaddr, size = struct.unpack(segment, raw[:20])
        if kind == _PT_LOAD:
            loads.append((vaddr, offset, size))
        elif kind == _PT_DYNAMIC:
            dynamic = (offset, size)
    if dynamic is None:
        return []
    file.seek(dynamic[0])
    entry = order + ("qQ" if wide else "iI")
    entries = struct.iter_unpack(entry, file.read(dynamic[1] - dynamic[1] % struct.calcsize(entry)))
    needed: list[int] = []
    strtab = None
    for tag, value in entries:
        if tag == _DT_NEEDED:
            needed.append(value)
        elif tag == _DT_STRTAB:
            strtab = next((o + value - v for v, o, s in loads if v <= value < v + s), None)
        elif tag == 0:
            break
    if strtab is None:
        return []
    names = []
    for offset in needed:
        file.seek(strtab + offset)
        names.append(file.read(256).split(b"\0", 1)[0].decode("ascii"))
    return names


def qt_would_use_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt's only candidate platform is xcb (a fallback list means Qt has a way out)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
        return names == ["xcb"]
    return environ.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def xcb_plugin() -> Path | None:
    """The xcb plugin of the installed (or bundled) PySide6, found without importing it."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(location) / "Qt" / "plugins" / "platforms" / PLUGIN_NAME
        if plugin.is_file():
            return plugin
    return None


def system_libraries(plugin: Path) -> list[str]:
    """What ``plugin`` needs from the system: its own ``DT_NEEDED`` and, through the Qt
    libraries shipped beside it, theirs; the shipped ones themselves are not asked for."""
    shipped = plugin.parent.parent.parent / "lib"
    bundle = Path(getattr(sys, "_MEIPASS", plugin.parent))
    wanted: list[str] = []
    seen: set[str] = set()
    pending = needed_libraries(plugin)
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.add(name)
        if (shipped / name).is_file():
            pending += needed_libraries(shipped / name)
        elif not (
            name.startswith(SHIPPED_PREFIXES)
            or (plugin.parent / name).is_file()
            or (bundle / name).is_file()
        ):
            wanted.append(name)
    return wanted


def _load(name: str) -> str | None:
    """Ask the dynamic loader for ``name``; the library it could not find, or ``None``."""
    import ctypes

    try:
        ctypes.CDLL(name, mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as error:
        # glibc names the file it failed on first ("libxcb-xkb.so.1: cannot open shared
        # object file", or a path for a damaged file): when ``name`` itself is present,
        # that is the dependency it lacks, which is the one to install.
        reported = os.path.basename(str(error).split(": ", 1)[0].strip())
        return reported if ".so" in reported else name
    return None


def missing_libraries(
    names: list[str], load: Callable[[str], str | None] | None = None
) -> list[str]:
    """The libraries the loader cannot provide, each once, in the order first met."""
    missing: list[str] = []
    for name in names:
        absent = (load or _load)(name)
        if absent is not None and absent not in missing:
            missing.append(absent)
    return missing


def install_hint(missing: list[str]) -> Message:
    """One sentence naming the missing files and the packages that hold them (a file this
    module knows no package for is named, and left out of the install commands)."""
    known = [PACKAGES[name] for name in missing if name in PACKAGES]
    if not known:
        return Message(MISSING_UNKNOWN_LIBRARIES, ", ".join(missing))
    debian = " ".join(dict.fromkeys(debian for debian, _fedora in known))
    fedora = " ".join(dict.fromkeys(fedora for _debian, fedora in known))
    return Message(MISSING_LIBRARIES, ", ".join(missing), debian, fedora)


def platform_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    plugin: Path | None = None,
    load: Callable[[str], str | None] | None = None,
) -> Message | None:
    """The sentence to print instead of starting Qt (missing libraries, or no display to
    open a window on), or ``None`` when Qt can open a window (or when the plugin cannot be
    found here, and Qt is left to speak for itself)."""
    environ = os.environ if environ is None else environ
    if not qt_would_use_xcb(environ, platform):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(system_libraries(plugin), load)
    if missing:
        return install_hint(missing)
    # Qt would abort here with a hint about xcb-cursor0, which is not what is wrong.
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return Message(NO_DISPLAY)
    return None
