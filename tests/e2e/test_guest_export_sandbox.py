"""End to end against the sandbox: a guest's data export, as JSON and as a PDF.

A seeded guest who owes something gets a hostile first name, an address, two identity
documents and an uploaded scan; the export dialog reads everything on its workers through
a real client over loopback HTTP and writes both files. The checks read the files back:
the JSON's content, masked versus confirmed full numbers, and the PDF's text layer as
Qt's own PDF reader extracts it.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from api_fakes import FakeCalls
from dialog_answers import answer_message_boxes
from guest_data import guest_with_open_items
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image

from desktop.desk.guest_export import collect_guest_data
from desktop.mews import MewsClient
from desktop.sandbox.server import SandboxServer
from desktop.sandbox.tokens import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN
from desktop.ui import guest_export_dialog
from desktop.ui.attached_files import AttachedFile, attached_files
from desktop.ui.guest_export_dialog import GuestExportDialog
from desktop.ui.guest_export_files import ExportRequest, write_export
from desktop.ui.guest_report import report_document, report_html
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.translation import install_translators

pytestmark = pytest.mark.e2e

HOSTILE_NAME = "<b>x</b>"
PASSPORT = "P12345678"
ID_CARD = "ID998877"


@pytest.fixture
def calls(make_client: Callable[..., MewsClient]) -> Iterator[FakeCalls]:
    fake = FakeCalls(make_client())
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def guest(sandbox: SandboxServer, qapp: Any) -> Iterator[dict[str, Any]]:
    """A guest with something in every section (made once per sandbox); what the export
    must contain."""
    client = MewsClient(
        sandbox.base_url,
        client_token=DEMO_CLIENT_TOKEN,
        access_token=DEMO_ACCESS_TOKEN,
        client="Frontdesk e2e 1.0",
    )
    try:
        yield _prepare(client)
    finally:
        client.close()


def _prepare(client: MewsClient) -> dict[str, Any]:
    found = guest_with_open_items(client)
    customer_id = str(found.id)
    client.update_customer(
        customer_id,
        first_name=HOSTILE_NAME,
        address={"Line1": "Hauptstraße 5 <i>", "City": "Wien", "PostalCode": "1010",
                 "CountryCode": "AT"},
    )  # fmt: skip
    client.add_identity_documents(
        [
            {"customer_id": customer_id, "type": "Passport", "number": PASSPORT,
             "issuing_country_code": "AT", "expiration_date": "2031-05-01"},
            {"customer_id": customer_id, "type": "IdentityCard", "number": ID_CARD},
        ]
    )  # fmt: skip
    scan = image_bytes(scan_image(300, 400), "PNG")
    uploaded = client.add_customer_file(
        customer_id, name="Passport scan.png", type="image/png", data=scan
    )
    attached_files().add(
        AttachedFile(
            customer_id=customer_id,
            file_id=str(uploaded.file_id),
            name="Passport scan.png",
            mime_type="image/png",
            size=len(scan),
            attached_at=dt.datetime.now().astimezone(),
        )
    )
    items = client.get_open_items([customer_id]).customers[0]
    return {
        "id": customer_id,
        "last_name": found.last_name,
        "file_id": str(uploaded.file_id),
        "open_items": len(items.order_items) + len(items.payment_items),
    }


def export(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any], folder: Path, *, full: bool = False
) -> GuestExportDialog:
    dialog = GuestExportDialog(
        calls, guest["id"], f"{HOSTILE_NAME} {guest['last_name']}", folder=folder
    )
    qtbot.addWidget(dialog)
    if full:
        dialog.fullNumbersCheck.setChecked(True)
        assert dialog.full_numbers
    dialog.exportButton.click()
    assert not dialog.exportButton.isEnabled()  # the reads run on a worker meanwhile
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15_000)
    return dialog


def pdf_text(path: Path) -> str:
    """The PDF's text layer as Qt's own PDF reader (the one the attach preview uses) sees it."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    try:
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    finally:
        document.close()
    # NFKC undoes the ligatures (fi, fl) a PDF's text layer keeps.
    return unicodedata.normalize("NFKC", "\n".join(pages))


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers Yes to the full-numbers question and records that it was asked."""
    return answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Yes)


def test_the_json_holds_every_section_with_numbers_masked(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any], tmp_path: Path
) -> None:
    dialog = export(qtbot, calls, guest, tmp_path)
    assert dialog.written is not None
    json_path, pdf_path = dialog.written
    assert json_path.parent == tmp_path and pdf_path.exists()
    assert HOSTILE_NAME not in json_path.name  # file names name no one
    text = json_path.read_text(encoding="utf-8")
    exported = json.loads(text)

    assert exported["Profile"]["Id"] == guest["id"]
    assert exported["Profile"]["FirstName"] == HOSTILE_NAME
    assert exported["Addresses"][0]["City"] == "Wien"
    assert exported["Addresses"][0]["Line1"] == "Hauptstraße 5 <i>"
    numbers = sorted(item["Number"] for item in exported["IdentityDocuments"])
    assert numbers == sorted(["••••••678", "•••••877"])
    assert PASSPORT not in text and ID_CARD not in text
    assert exported["IdentityDocumentNumbers"] == "Masked"
    assert len(exported["OpenItems"]) == guest["open_items"] > 0
    assert all(item["Currency"] and item["Amount"] for item in exported["OpenItems"])
    assert [item["FileId"] for item in exported["FilesAttachedThisSession"]] == [guest["file_id"]]
    assert exported["Language"] == "en"
    assert (
        guest["file_id"] in dialog.statusLabel.text() or str(json_path) in dialog.statusLabel.text()
    )


def test_full_numbers_only_after_confirming(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any], tmp_path: Path, confirm: list[str]
) -> None:
    dialog = export(qtbot, calls, guest, tmp_path, full=True)
    assert confirm == ["Write the full identity document numbers into the export?"]
    assert dialog.written is not None
    json_path, pdf_path = dialog.written
    exported = json.loads(json_path.read_text(encoding="utf-8"))
    assert sorted(item["Number"] for item in exported["IdentityDocuments"]) == [ID_CARD, PASSPORT]
    assert exported["IdentityDocumentNumbers"] == "Full"
    text = pdf_text(pdf_path)
    assert PASSPORT in text and ID_CARD in text


def test_declining_the_confirmation_keeps_numbers_masked(
    qtbot: QtBot,
    calls: FakeCalls,
    guest: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: int(QMessageBox.StandardButton.Cancel.value)
    )
    dialog = GuestExportDialog(calls, guest["id"], guest["last_name"], folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.fullNumbersCheck.setChecked(True)
    assert not dialog.fullNumbersCheck.isChecked()
    assert not dialog.full_numbers


def test_the_pdf_prints_customer_data_as_plain_text(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any], tmp_path: Path
) -> None:
    dialog = export(qtbot, calls, guest, tmp_path)
    assert dialog.written is not None
    text = pdf_text(dialog.written[1])
    assert f"Data held about {HOSTILE_NAME} {guest['last_name']}" in " ".join(text.split())
    assert "Hauptstraße 5 <i>" in text
    assert "••••••678" in text and PASSPORT not in text
    assert "Passport scan.png" in text and guest["file_id"] in text
    for heading in (
        "Profile",
        "Addresses",
        "Identity documents",
        "Open items",
        "Files attached in this session",
    ):
        assert heading in text


def test_the_report_is_in_the_desk_language(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any]
) -> None:
    data = collect_guest_data(calls.client, guest["id"])
    default_locale = QLocale()
    install_translators("de")
    try:
        html = report_html(data, [], full_numbers=False, exported_at=dt.datetime.now().astimezone())
        text = report_document(html, "x").toPlainText()
    finally:
        install_translators("en")
        QLocale.setDefault(default_locale)
    assert "Ausweisdokumente" in text or "Identitätsdokumente" in text
    assert "Reisepass" in text
    assert HOSTILE_NAME in text


def test_the_profile_offers_the_export_for_a_saved_guest_only(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any]
) -> None:
    editor = ProfileEditor(ProfileService(calls))
    qtbot.addWidget(editor)
    assert not editor.export_button.isEnabled()  # a new profile has nothing to export yet
    editor.load_customer(calls.client.get_all_customers(customer_ids=[guest["id"]]).customers[0])
    assert editor.export_button.isEnabled()

    editor.export_button.click()
    dialog = editor.findChild(GuestExportDialog)
    assert dialog is not None and dialog.isVisible()
    heading = dialog.findChild(QLabel, "exportHeading")
    assert heading is not None
    assert heading.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE_NAME in heading.text()
    dialog.close()


class HeldWrite:
    """Runs the dialog's real file writing, but only once the test lets it, and records the
    thread it ran on: the writing state can then be looked at, and the dialog closed in it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(guest_export_dialog, "write_export", self._write)

    def _write(self, request: ExportRequest) -> tuple[Path, Path]:
        self.threads.append(threading.current_thread())
        if not self.release.wait(15):
            raise TimeoutError("the test never released the write")
        return write_export(request)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldWrite]:
    write = HeldWrite(monkeypatch)
    yield write
    write.release.set()  # a failed test must not leave the worker waiting


@pytest.fixture
def writing(
    qtbot: QtBot, calls: FakeCalls, guest: dict[str, Any], tmp_path: Path, held: HeldWrite
) -> GuestExportDialog:
    """A shown dialog (deleted on close) whose export into ``tmp_path`` is writing its
    files, held there."""
    dialog = GuestExportDialog(calls, guest["id"], guest["last_name"], folder=tmp_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.exportButton.click()
    qtbot.waitUntil(lambda: bool(held.threads), timeout=15_000)
    assert dialog.statusLabel.text() == "Writing the files…"
    return dialog


def test_the_files_are_written_on_a_worker_while_the_dialog_stays_usable(
    qtbot: QtBot, calls: FakeCalls, writing: GuestExportDialog, held: HeldWrite, tmp_path: Path
) -> None:
    dialog = writing
    qtbot.addWidget(dialog)

    assert held.threads[0] is not threading.main_thread()
    assert calls.labels == ["export", "export-write"]
    assert dialog.closeButton.isEnabled() and not dialog.exportButton.isEnabled()
    assert dialog.progressBar.isVisible()
    assert 0 < dialog.progressBar.value() < dialog.progressBar.maximum()
    assert list(tmp_path.iterdir()) == []  # nothing written on the GUI thread meanwhile

    held.release.set()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15_000)
    assert dialog.written is not None
    assert sorted(tmp_path.iterdir()) == sorted(dialog.written)  # no part files left over
    assert dialog.progressBar.value() == dialog.progressBar.maximum()
    assert dialog.statusLabel.text().startswith("Written:")
    assert dialog.exportButton.isEnabled()


def test_a_failed_write_says_why_and_keeps_every_choice_for_another_try(
    qtbot: QtBot, calls: FakeCalls, writing: GuestExportDialog, held: HeldWrite, tmp_path: Path
) -> None:
    dialog, folder = writing, tmp_path
    qtbot.addWidget(dialog)
    failures: list[object] = []
    calls.runner.callFailed.connect(failures.append)
    folder.rmdir()  # the folder goes away (an unplugged stick) while the files are laid out
    held.release.set()
    qtbot.waitUntil(lambda: dialog.exportButton.isEnabled(), timeout=15_000)

    assert dialog.written is None
    assert dialog.statusLabel.text() == "The files could not be written: No such file or directory"
    assert [type(error) for error in failures] == [FileNotFoundError]
    assert not dialog.progressBar.isVisible()
    assert dialog.folderEdit.text() == str(folder)
    assert dialog.folderEdit.isEnabled() and dialog.fullNumbersCheck.isEnabled()

    folder.mkdir()  # plugged back in: the same choices write the export
    dialog.exportButton.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=15_000)
    assert dialog.written is not None
    assert dialog.written[0].parent == folder and dialog.written[1].exists()


def test_closing_the_dialog_while_writing_drops_the_late_result(
    qtbot: QtBot, calls: FakeCalls, writing: GuestExportDialog, held: HeldWrite, tmp_path: Path
) -> None:
    dialog = writing
    failures: list[object] = []
    calls.runner.callFailed.connect(failures.append)

    dialog.closeButton.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    held.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0, timeout=15_000)
    qtbot.wait(50)  # the late outcome's delivery, dropped for the deleted dialog

    assert failures == []
    assert sorted(path.suffix for path in tmp_path.iterdir()) == [".json", ".pdf"]
