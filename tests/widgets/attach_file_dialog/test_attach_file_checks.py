"""A file is judged by its content, previewed, and named as plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_fakes import FakeCalls
from attach_clients import CUSTOMER, TODAY, RecordingClient
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.desk import file_checks
from desktop.ui.attach_file_dialog import AttachFileDialog


def browse_to(monkeypatch: pytest.MonkeyPatch, dialog: AttachFileDialog, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    dialog.browseButton.click()


def test_a_renamed_executable_is_refused(
    make_dialog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _ = make_dialog()
    fake = tmp_path / "passport.jpg"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 500)
    browse_to(monkeypatch, dialog, fake)
    assert "Windows program" in dialog.problemLabel.text()
    assert "Mews accepts PDF" in dialog.problemLabel.text()
    assert not dialog.uploadButton.isEnabled()
    assert dialog.file_kind is None


def test_a_fake_pdf_is_refused(
    make_dialog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _ = make_dialog()
    fake = tmp_path / "card.pdf"
    fake.write_bytes(b"%PDF-1.4\nnot really a document\n")
    browse_to(monkeypatch, dialog, fake)
    assert "incomplete or damaged" in dialog.problemLabel.text()
    assert not dialog.uploadButton.isEnabled()


def test_type_comes_from_content_and_the_name_follows_it(
    make_dialog: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _ = make_dialog()
    misnamed = tmp_path / "scan.jpg"
    misnamed.write_bytes(image_bytes(scan_image(), "PNG"))
    browse_to(monkeypatch, dialog, misnamed)
    assert dialog.file_kind is file_checks.PNG
    assert dialog.typeValue.text() == "PNG image"
    assert dialog.fileNameEdit.text() == "Anna Novak - Passport - 2026-11-29.png"
    assert dialog.uploadButton.isEnabled()


def test_image_preview_shows_thumbnail_and_pixel_size(make_dialog: Any) -> None:
    dialog, _ = make_dialog()
    dialog.load_data(image_bytes(scan_image(600, 850), "JPG", 90))
    assert dialog.file_kind is file_checks.JPEG
    pixmap = dialog.previewLabel.pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() <= 300 and pixmap.width() < 600
    assert dialog.dimensionsValue.text() == "600 \N{MULTIPLICATION SIGN} 850"


def test_pdf_preview_renders_the_first_page_and_counts_pages(make_dialog: Any) -> None:
    dialog, _ = make_dialog(document="Registration card")
    dialog.load_data(pdf_bytes(pages=3))
    assert dialog.file_kind is file_checks.PDF
    assert dialog.dimensionsCaption.text() == "Pages:"
    assert dialog.dimensionsValue.text() == "3"
    page = dialog.previewLabel.pixmap().toImage()
    assert not page.isNull()
    assert page.pixelColor(2, 2).name() == "#ffffff"  # shown on white paper
    assert dialog.fileNameEdit.text().endswith("Registration card - 2026-11-29.pdf")


def test_customer_names_are_plain_text(make_dialog: Any, qtbot: QtBot) -> None:
    calls = FakeCalls(RecordingClient())
    dialog = AttachFileDialog(calls, CUSTOMER, "<b>Eve</b>", today=TODAY)
    qtbot.addWidget(dialog)
    heading = dialog.findChild(type(dialog.problemLabel), "attachHeading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Eve</b>" in heading.text()
    calls.close()
