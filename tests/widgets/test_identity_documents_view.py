"""The identity documents tab: listing, masking, add/edit/delete and attach scan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from api_fakes import FakeCalls
from document_fakes import TODAY, DocumentsClient, document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image

from desktop.mews import ServerError
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.identity_document_dialog import IdentityDocumentDialog
from desktop.ui.identity_documents_model import DocumentColumn, IdentityDocumentsModel
from desktop.ui.identity_documents_view import IdentityDocumentsView

CUSTOMER = "35d4b117-4e60-44a3-9580-c582117eff98"


@pytest.fixture
def client() -> DocumentsClient:
    return DocumentsClient(
        document(
            CUSTOMER,
            type="Passport",
            number="X12345678",
            issuing_country_code="CZ",
            expiration_date="2030-01-01",
        ),
        document(
            CUSTOMER,
            type="IdentityCard",
            number="204518337",
            issuing_country_code="DE",
            expiration_date="2024-05-09",
        ),
        document("00000000-0000-4000-8000-000000000001", number="OTHERGUEST1"),
    )


@pytest.fixture
def view(qtbot: QtBot, client: DocumentsClient) -> Iterator[IdentityDocumentsView]:
    calls = FakeCalls(client)
    widget = IdentityDocumentsView(calls, CUSTOMER, "Anna Novak", today=TODAY)
    qtbot.addWidget(widget)
    load(qtbot, widget)
    yield widget
    calls.close()


def load(qtbot: QtBot, view: IdentityDocumentsView) -> None:
    view.load()
    qtbot.waitUntil(lambda: view.addDocumentButton.isEnabled())


def cell(view: IdentityDocumentsView, row: int, column: DocumentColumn, role: Any = None) -> Any:
    index = view.model.index(row, column)
    return view.model.data(index, role if role is not None else Qt.ItemDataRole.DisplayRole)


def row_of(view: IdentityDocumentsView, type_label: str) -> int:
    for row in range(view.model.rowCount()):
        if cell(view, row, DocumentColumn.TYPE) == type_label:
            return row
    raise AssertionError(f"no {type_label} row")


def accept_with(monkeypatch: pytest.MonkeyPatch, fill: Any) -> list[IdentityDocumentDialog]:
    """Replace the modal exec() of the document dialog: fill the form, then accept."""
    shown: list[IdentityDocumentDialog] = []

    def exec_(dialog: IdentityDocumentDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(IdentityDocumentDialog, "exec", exec_)
    return shown


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = IdentityDocumentsModel(TODAY)
    model.set_documents(
        [document(CUSTOMER), document(CUSTOMER, type="Visa", expiration_date="2020-01-01")]
    )
    qtmodeltester.check(model)


def test_only_this_customers_documents_are_listed_with_masked_numbers(
    view: IdentityDocumentsView,
) -> None:
    assert view.model.rowCount() == 2
    passport = row_of(view, "Passport")
    assert cell(view, passport, DocumentColumn.NUMBER).endswith("678")
    assert "12345" not in cell(view, passport, DocumentColumn.NUMBER)
    assert cell(view, passport, DocumentColumn.COUNTRY) == "Czechia"
    for row in range(view.model.rowCount()):
        for column in DocumentColumn:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                assert "OTHERGUEST1" not in str(cell(view, row, column, role))


def test_a_number_is_shown_in_full_only_on_demand(view: IdentityDocumentsView) -> None:
    passport = row_of(view, "Passport")
    card = row_of(view, "Identity card")
    view.select_row(passport)
    assert view.revealNumberButton.text() == "Show number"
    view.revealNumberButton.click()
    assert cell(view, passport, DocumentColumn.NUMBER) == "X12345678"
    assert "204518" not in cell(view, card, DocumentColumn.NUMBER)  # only the one asked for
    assert view.revealNumberButton.text() == "Hide number"
    view.revealNumberButton.click()
    assert cell(view, passport, DocumentColumn.NUMBER) != "X12345678"


def test_expired_documents_are_highlighted_in_colour_and_words(view: IdentityDocumentsView) -> None:
    card = row_of(view, "Identity card")
    passport = row_of(view, "Passport")
    assert cell(view, card, DocumentColumn.EXPIRES) == "2024-05-09 (expired)"
    assert cell(view, card, DocumentColumn.TYPE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(view, passport, DocumentColumn.TYPE, Qt.ItemDataRole.BackgroundRole) is None
    assert card > passport  # expired ones sink to the bottom


def test_add_sends_the_chosen_type_dates_and_country(
    view: IdentityDocumentsView,
    client: DocumentsClient,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    def fill(dialog: IdentityDocumentDialog) -> None:
        dialog.typeCombo.set_value("DriversLicense")
        dialog.numberEdit.setText(" EB771243 ")
        dialog.countryCombo.set_value("AT")
        dialog.issuanceDate.set_value(dt.date(2016, 1, 12))
        dialog.expirationDate.set_value(dt.date(2031, 1, 11))

    accept_with(monkeypatch, fill)
    with qtbot.waitSignal(view.documentsChanged):
        view.addDocumentButton.click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    kind, request = client.writes[-1]
    assert kind == "add"
    added = request.identity_documents[0]
    assert str(added.customer_id) == CUSTOMER
    assert added.type == "DriversLicense"
    assert added.number == "EB771243"
    assert added.issuing_country_code == "AT"
    assert added.issuance_date == dt.date(2016, 1, 12)
    assert added.expiration_date == dt.date(2031, 1, 11)
    assert cell(view, row_of(view, "Driver's licence"), DocumentColumn.COUNTRY) == "Austria"


def test_type_dropdown_offers_every_document_type(qtbot: QtBot) -> None:
    dialog = IdentityDocumentDialog(today=TODAY)
    qtbot.addWidget(dialog)
    codes = {dialog.typeCombo.itemData(index) for index in range(dialog.typeCombo.count())}
    assert {"Passport", "IdentityCard", "Visa", "DriversLicense"} <= codes


def test_dates_are_checked_before_saving(qtbot: QtBot) -> None:
    dialog = IdentityDocumentDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.issuanceDate.set_value(dt.date(2020, 1, 1))
    dialog.expirationDate.set_value(dt.date(2019, 1, 1))
    assert not dialog.saveButton.isEnabled()
    assert "expires before" in dialog.problemLabel.text()
    dialog.expirationDate.clear()
    assert dialog.saveButton.isEnabled()


@pytest.mark.parametrize(
    ("field", "typed", "problem"),
    [("issuanceDate", "12.01.16", "issue date"), ("expirationDate", "2031-02-30", "expiry date")],
)
def test_dates_that_cannot_be_read_block_saving(
    qtbot: QtBot, field: str, typed: str, problem: str
) -> None:
    dialog = IdentityDocumentDialog(today=TODAY)
    qtbot.addWidget(dialog)
    date = getattr(dialog, field)
    qtbot.keyClicks(date.date_edit, typed)
    assert not dialog.saveButton.isEnabled()
    assert f"The {problem} is not a date: type it as 1985-03-21" in dialog.problemLabel.text()
    qtbot.keyClick(date.date_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date.date_edit, "2016-01-12")
    assert dialog.saveButton.isEnabled()
    assert date.value() == dt.date(2016, 1, 12)


def test_edit_sends_only_what_changed_and_clears_what_was_emptied(
    view: IdentityDocumentsView,
    client: DocumentsClient,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    passport = row_of(view, "Passport")
    passport_id = view.model.document_at(passport).id

    def fill(dialog: IdentityDocumentDialog) -> None:
        assert dialog.numberEdit.text() == "X12345678"  # the form shows the real number
        dialog.expirationDate.set_value(dt.date(2035, 6, 30))
        dialog.countryCombo.set_value("")

    accept_with(monkeypatch, fill)
    view.select_row(passport)
    with qtbot.waitSignal(view.documentsChanged):
        view.editDocumentButton.click()
    kind, request = client.writes[-1]
    assert kind == "update"
    update = request.identity_documents[0]
    assert update.id == passport_id
    assert update.model_fields_set == {"id", "expiration_date", "issuing_country_code"}
    assert update.expiration_date.value == dt.date(2035, 6, 30)
    assert update.issuing_country_code.value is None
    qtbot.waitUntil(
        lambda: cell(view, row_of(view, "Passport"), DocumentColumn.EXPIRES) == "2035-06-30"
    )


def test_delete_asks_first_and_sends_the_id(
    view: IdentityDocumentsView,
    client: DocumentsClient,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    questions: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    card = row_of(view, "Identity card")
    card_id = str(view.model.document_at(card).id)
    view.select_row(card)
    view.deleteDocumentButton.click()
    assert client.writes == []  # cancelled: nothing sent
    assert "204518337" not in questions[0]  # the number stays masked in the question
    with qtbot.waitSignal(view.documentsChanged):
        view.deleteDocumentButton.click()
    assert client.writes[-1] == ("delete", [card_id])
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_a_failed_write_is_explained(
    view: IdentityDocumentsView,
    client: DocumentsClient,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    accept_with(monkeypatch, lambda dialog: dialog.numberEdit.setText("N1"))
    client.fail_next = ServerError("Mews had an internal error.", request_id="r-7")
    view.addDocumentButton.click()
    qtbot.waitUntil(lambda: "r-7" in view.stateLabel.text())
    assert view.addDocumentButton.isEnabled()
    assert view.model.rowCount() == 2


def test_attach_scan_opens_the_dialog_named_after_the_document(
    view: IdentityDocumentsView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[AttachFileDialog] = []
    monkeypatch.setattr(AttachFileDialog, "open", lambda dialog: opened.append(dialog))
    view.select_row(row_of(view, "Passport"))
    view.attachScanButton.click()
    assert len(opened) == 1
    dialog = opened[0]
    dialog.load_data(image_bytes(scan_image(200, 280)))
    assert dialog.fileNameEdit.text() == "Anna Novak - Passport CZ - 2026-11-29.png"
