"""Shared test setup: Qt runs offscreen, app data stays in a scratch folder, helpers import."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings, the embedded sandbox's database and caches of test runs go to a scratch
# folder, never to the user's real ones (assigned, not defaulted, for that reason).
_SCRATCH = Path(tempfile.mkdtemp(prefix="frontdesk-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SCRATCH / _name.lower())

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(autouse=True, scope="session")
def _english_catalogue(qapp: object) -> None:
    """Load the English catalogue as the app does at start, so plurals read naturally."""
    from desktop.ui.translation import install_translators

    install_translators("en")
