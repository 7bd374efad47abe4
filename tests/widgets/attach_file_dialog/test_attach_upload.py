"""Uploading shows progress, can be cancelled, and a failure keeps everything for a retry."""

from __future__ import annotations

import uuid
from typing import Any

from attach_clients import CUSTOMER, GatedClient, RecordingClient
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image

from desktop.desk import file_checks
from desktop.mews import ServerError, TooLargeError
from desktop.ui.attached_files import attached_files


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
