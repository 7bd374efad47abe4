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


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> object:
    """Drop the unsaved edits a failed test left behind before pytest-qt closes its windows.

    Closing a desk with a dirty profile asks, in a modal box, whether to save: after a
    failed assertion nothing answers it, and the whole run would hang there instead of
    reporting the failure.
    """
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None and "desktop.ui.profile_editor" in sys.modules:
        from desktop.ui.profile_editor import ProfileEditor

        for widget in QApplication.allWidgets():
            if isinstance(widget, ProfileEditor) and widget.is_dirty():
                widget.revert()
    return (yield)
