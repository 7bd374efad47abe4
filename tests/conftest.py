"""Shared test setup: Qt runs offscreen, and the contract helpers are importable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep Qt from reading or writing the user's real settings during tests.
os.environ.setdefault(
    "XDG_CONFIG_HOME", str(Path(__file__).parent / ".." / ".pytest_cache" / "xdg")
)

sys.path.insert(0, str(Path(__file__).parent))
