"""AttachFileDialog: choosing, checking, previewing, shrinking and uploading a scan."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from api_fakes import FakeCalls
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.desk import file_checks
from desktop.mews import ServerError, TooLargeError
from desktop.ui import image_shrink
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.attached_files import attached_files
from desktop.ui.file_preview import decode_image
from desktop.ui.image_shrink import shrink_to_fit
from desktop.ui.scan_sources import local_path_from_text

# Each run gets its own id: the attached-files list lives as long as the application.
CUSTOMER = str(uuid.uuid4())
TODAY = dt.date(2026, 11, 29)


class RecordingClient:
    """Answers ``add_customer_file`` from a script: a file id, or an exception to raise."""

    def __init__(self, *outcomes: object) -> None:
        self.outcomes = list(outcomes)
        self.uploads: list[dict[str, Any]] = []

    def add_customer_file(self, customer_id: str, **fields: Any) -> Any:
        progress = fields.pop("progress")
        self.uploads.append({"customer_id": customer_id, **fields})
        total = len(fields["data"]) * 4 // 3
        progress(0, total)
        progress(total, total)
        outcome = self.outcomes.pop(0) if self.outcomes else str(uuid.uuid4())
        if isinstance(outcome, BaseException):
            raise outcome
        return SimpleNamespace(file_id=uuid.UUID(str(outcome)))


class GatedClient:
    """Sends half the body, then waits for the test before sending the rest."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.finished = threading.Event()

    def add_customer_file(self, customer_id: str, **fields: Any) -> Any:
        progress = fields["progress"]
        try:
            progress(0, 1000)
            progress(500, 1000)
            self.release.wait(10)
            progress(1000, 1000)
            return SimpleNamespace(file_id=uuid.uuid4())
        finally:
            self.finished.set()


@pytest.fixture
def make_dialog(qtbot: QtBot) -> Iterator[Any]:
    fakes: list[FakeCalls] = []

    def build(client: Any = None, **options: Any) -> tuple[AttachFileDialog, FakeCalls]:
        calls = FakeCalls(client or RecordingClient())
        fakes.append(calls)
        dialog = AttachFileDialog(
            calls,
            CUSTOMER,
            "Anna Novak",
            document=options.pop("document", "Passport"),
            today=TODAY,
            **options,
        )
        qtbot.addWidget(dialog)
        return dialog, calls

    yield build
    for calls in fakes:
        client = calls.client
        if isinstance(client, GatedClient):
            client.release.set()
        calls.close()


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


def test_a_too_large_image_is_shrunk_to_fit(make_dialog: Any, qtbot: QtBot) -> None:
    dialog, calls = make_dialog(body_limit=200_000)
    original = image_bytes(scan_image(1200, 1700, noisy=True), "PNG")
    assert len(original) > 200_000
    dialog.load_data(original)
    assert "Too large to send" in dialog.problemLabel.text()
    assert not dialog.uploadButton.isEnabled()
    assert dialog.shrinkButton.isVisibleTo(dialog)

    dialog.shrinkButton.click()
    qtbot.waitUntil(lambda: not dialog.shrinking)

    assert calls.labels == ["shrink"]  # done on the worker, not the GUI thread
    shrunk = dialog.file_data
    assert shrunk is not None and shrunk != original
    expected = shrink_to_fit(
        decode_image(original),
        file_checks.max_file_bytes(200_000, file_name=dialog.fileNameEdit.text()),
    )
    assert shrunk == expected
    assert dialog.file_kind is file_checks.JPEG
    assert file_checks.fits_budget(
        len(shrunk), file_name=dialog.fileNameEdit.text(), body_limit=200_000
    )
    assert dialog.fileNameEdit.text().endswith(".jpg")
    assert "Shrunk from" in dialog.noteLabel.text()
    assert dialog.problemLabel.text() == ""
    assert dialog.uploadButton.isEnabled()


class HeldShrink:
    """Stands in for ``shrink_to_fit`` and holds the worker until the test releases it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, image: Any, max_bytes: int) -> bytes | None:
        self.threads.append(threading.current_thread())
        self.release.wait(10)
        return shrink_to_fit(image, max_bytes)


@pytest.fixture
def held_shrink(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldShrink]:
    held = HeldShrink()
    monkeypatch.setattr(image_shrink, "shrink_to_fit", held)
    yield held
    held.release.set()


def _shrink_held(make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink) -> tuple[Any, Any, bytes]:
    """A dialog with a noisy scan too large to send, shrinking on a worker held by the test."""
    dialog, calls = make_dialog(body_limit=200_000)
    original = image_bytes(scan_image(1200, 1700, noisy=True), "PNG")
    dialog.load_data(original)
    dialog.shrinkButton.click()
    qtbot.waitUntil(lambda: bool(held_shrink.threads))
    return dialog, calls, original


def test_while_shrinking_the_buttons_wait_and_a_note_says_why(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, _, _ = _shrink_held(make_dialog, qtbot, held_shrink)

    assert dialog.shrinking
    assert held_shrink.threads[0] is not threading.main_thread()
    assert "Shrinking" in dialog.noteLabel.text()
    assert not dialog.shrinkButton.isEnabled()
    assert not dialog.uploadButton.isEnabled()
    dialog.shrinkButton.click()  # a second click while busy starts nothing
    held_shrink.release.set()
    qtbot.waitUntil(lambda: not dialog.shrinking)

    assert len(held_shrink.threads) == 1
    assert dialog.file_kind is file_checks.JPEG
    assert dialog.noteLabel.text().startswith("Shrunk from")
    assert dialog.uploadButton.isEnabled()


def test_a_shrink_finishing_after_the_dialog_closed_is_dropped(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, calls, original = _shrink_held(make_dialog, qtbot, held_shrink)
    dialog.reject()
    held_shrink.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert dialog.file_data == original
    assert dialog.file_kind is file_checks.PNG


def test_a_shrink_of_a_replaced_file_is_dropped(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, calls, _ = _shrink_held(make_dialog, qtbot, held_shrink)
    replacement = pdf_bytes(pages=1)
    dialog.load_data(replacement)
    held_shrink.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert dialog.file_data == replacement
    assert dialog.noteLabel.text() == ""


def test_a_too_large_pdf_cannot_be_shrunk_and_is_not_sent(make_dialog: Any) -> None:
    dialog, _ = make_dialog(body_limit=8_000)
    dialog.load_data(pdf_bytes(pages=4))
    assert "Scan it again at a lower resolution" in dialog.problemLabel.text()
    assert not dialog.shrinkButton.isVisibleTo(dialog)
    assert not dialog.uploadButton.isEnabled()


def test_upload_shows_the_file_id_and_records_the_file(make_dialog: Any, qtbot: QtBot) -> None:
    file_id = str(uuid.uuid4())
    client = RecordingClient(file_id)
    dialog, calls = make_dialog(client)
    data = image_bytes(scan_image(), "PNG")
    dialog.load_data(data)
    dialog.fileNameEdit.setText("Passport front")
    with qtbot.waitSignal(dialog.fileAttached) as attached:
        dialog.uploadButton.click()
    assert attached.args == [file_id, "Passport front"]
    assert file_id in dialog.statusLabel.text()
    assert dialog.uploadProgress.value() == 100
    assert not dialog.uploadButton.isEnabled()  # no accidental second copy
    upload = client.uploads[0]
    assert upload == {
        "customer_id": CUSTOMER,
        "name": "Passport front",
        "type": "image/png",
        "data": data,
    }
    assert calls.labels == ["customers/addFile"]
    latest = attached_files().for_customer(CUSTOMER)[-1]
    assert (latest.file_id, latest.name, latest.size) == (file_id, "Passport front", len(data))


def test_progress_is_shown_and_cancel_abandons_the_upload(make_dialog: Any, qtbot: QtBot) -> None:
    client = GatedClient()
    dialog, _ = make_dialog(client)
    data = image_bytes(scan_image(), "PNG")
    dialog.load_data(data)
    files_before = attached_files().for_customer(CUSTOMER)
    dialog.uploadButton.click()
    qtbot.waitUntil(lambda: dialog.uploadProgress.value() == 50)
    assert dialog.uploading
    assert dialog.cancelUploadButton.isVisibleTo(dialog)
    assert not dialog.closeButton.isEnabled()
    assert not dialog.fileNameEdit.isEnabled()

    dialog.cancelUploadButton.click()
    client.release.set()
    qtbot.waitUntil(lambda: not dialog.uploading)

    assert "cancelled" in dialog.statusLabel.text()
    assert attached_files().for_customer(CUSTOMER) == files_before
    assert dialog.file_data == data  # kept for another try
    assert dialog.uploadButton.isEnabled()


def test_closing_during_an_upload_cancels_it_instead(make_dialog: Any, qtbot: QtBot) -> None:
    client = GatedClient()
    dialog, _ = make_dialog(client)
    dialog.load_data(image_bytes(scan_image(), "PNG"))
    dialog.uploadButton.click()
    qtbot.waitUntil(lambda: dialog.uploadProgress.value() == 50)
    with qtbot.assertNotEmitted(dialog.finished):
        dialog.reject()
    client.release.set()
    qtbot.waitUntil(lambda: not dialog.uploading)
    assert "cancelled" in dialog.statusLabel.text()


def test_a_failed_upload_keeps_everything_for_a_retry(make_dialog: Any, qtbot: QtBot) -> None:
    file_id = str(uuid.uuid4())
    client = RecordingClient(ServerError("Mews had an internal error.", request_id="r-42"), file_id)
    dialog, _ = make_dialog(client)
    data = image_bytes(scan_image(), "PNG")
    dialog.load_data(data)
    dialog.fileNameEdit.setText("Front page")
    dialog.uploadButton.click()
    qtbot.waitUntil(lambda: not dialog.uploading)
    assert "internal error" in dialog.statusLabel.text()
    assert "r-42" in dialog.statusLabel.text()
    assert dialog.file_data == data
    assert dialog.fileNameEdit.text() == "Front page"
    assert dialog.uploadButton.text() == "Retry upload"
    assert dialog.uploadButton.isEnabled()

    with qtbot.waitSignal(dialog.fileAttached):
        dialog.uploadButton.click()
    assert [upload["data"] for upload in client.uploads] == [data, data]
    assert file_id in dialog.statusLabel.text()


def test_a_413_offers_to_shrink_the_image(make_dialog: Any, qtbot: QtBot) -> None:
    client = RecordingClient(TooLargeError("The request is too large.", status_code=413))
    dialog, _ = make_dialog(client)
    dialog.load_data(image_bytes(scan_image(800, 1100, noisy=True), "PNG"))
    dialog.uploadButton.click()
    qtbot.waitUntil(lambda: not dialog.uploading)
    assert "too large" in dialog.statusLabel.text()
    assert dialog.shrinkButton.isVisibleTo(dialog)
    dialog.shrinkButton.click()
    qtbot.waitUntil(lambda: not dialog.shrinking)
    assert dialog.file_kind is file_checks.JPEG
    assert dialog.uploadButton.isEnabled()


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


def test_customer_names_are_plain_text(make_dialog: Any, qtbot: QtBot) -> None:
    calls = FakeCalls(RecordingClient())
    dialog = AttachFileDialog(calls, CUSTOMER, "<b>Eve</b>", today=TODAY)
    qtbot.addWidget(dialog)
    heading = dialog.findChild(type(dialog.problemLabel), "attachHeading")
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Eve</b>" in heading.text()
    calls.close()
