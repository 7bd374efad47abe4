"""Damaged and empty files are refused with a reason, never uploaded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from api_fakes import FakeCalls
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.ui.attach_file_dialog import AttachFileDialog


class _NoUploads:
    def add_customer_file(self, *_: object, **__: object) -> None:
        raise AssertionError("a refused file must not be uploaded")


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[AttachFileDialog]:
    calls = FakeCalls(_NoUploads())
    widget = AttachFileDialog(calls, "c0ffee00-0000-4000-8000-000000000000", "Anna Novak")
    qtbot.addWidget(widget)
    yield widget
    calls.close()


def _cut(data: bytes) -> bytes:
    return data[: len(data) // 3]


# Factories, not bytes: drawing a scan needs the QApplication the tests create.
DAMAGED: dict[str, tuple[str, Callable[[], bytes]]] = {
    "zero-byte": ("empty.png", lambda: b""),
    "truncated-png": ("scan.png", lambda: _cut(image_bytes(scan_image(), "PNG"))),
    "truncated-jpeg": ("scan.jpg", lambda: _cut(image_bytes(scan_image(noisy=True), "JPG"))),
    "truncated-pdf": ("scan.pdf", lambda: _cut(pdf_bytes())),
}


@pytest.mark.parametrize("case", sorted(DAMAGED))
def test_a_damaged_file_is_refused_with_a_reason(
    dialog: AttachFileDialog, tmp_path: Path, case: str
) -> None:
    name, make = DAMAGED[case]
    path = tmp_path / name
    path.write_bytes(make())
    dialog.load_path(path)
    assert dialog.problemLabel.text()
    assert not dialog.uploadButton.isEnabled()
