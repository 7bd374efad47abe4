"""A file arrives by a typed path, the clipboard or a drop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.desk import file_checks
from desktop.ui.scan_sources import local_path_from_text


def test_a_typed_or_pasted_path_is_loaded(make_dialog: Any, tmp_path: Path) -> None:
    dialog, _ = make_dialog()
    scan = tmp_path / "id card.png"
    scan.write_bytes(image_bytes(scan_image(), "PNG"))
    dialog.filePathEdit.setText(f'"{scan}"')  # Windows "Copy as path" adds quotes
    dialog.filePathEdit.editingFinished.emit()
    assert dialog.file_kind is file_checks.PNG
    assert local_path_from_text(QUrl.fromLocalFile(str(scan)).toString()) == scan


def test_a_missing_path_is_explained(make_dialog: Any, tmp_path: Path) -> None:
    dialog, _ = make_dialog()
    dialog.load_path(tmp_path / "nowhere.pdf")
    assert "no file at this path" in dialog.problemLabel.text()
    dialog.load_path(tmp_path)
    assert "folder" in dialog.problemLabel.text()


def test_an_image_on_the_clipboard_is_pasted(make_dialog: Any) -> None:
    dialog, _ = make_dialog()
    QGuiApplication.clipboard().setImage(scan_image(300, 420))
    dialog.pasteButton.click()
    assert dialog.file_kind is file_checks.PNG
    assert dialog.dimensionsValue.text() == "300 \N{MULTIPLICATION SIGN} 420"
    assert dialog.fileNameEdit.text().endswith(".png")
    assert dialog.uploadButton.isEnabled()


def test_a_dropped_file_is_loaded(make_dialog: Any, tmp_path: Path) -> None:
    dialog, _ = make_dialog()
    scan = tmp_path / "registration.pdf"
    scan.write_bytes(pdf_bytes(pages=1))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    assert event.isAccepted()
    assert dialog.file_kind is file_checks.PDF
    assert dialog.filePathEdit.text() == str(scan)
