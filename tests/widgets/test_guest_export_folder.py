"""The export offers a folder that exists, so the first export of a fresh account works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from desktop.ui import guest_export_dialog


def test_documents_is_offered_when_it_exists_else_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert guest_export_dialog._default_folder() == tmp_path  # a fresh account: no Documents
    documents.mkdir()
    assert guest_export_dialog._default_folder() == documents
