"""The guest export's contents without a server: masking everywhere, markup never rendered.

The end-to-end tests read a sandbox guest; these cover what the sandbox does not send, such
as the deprecated documents Mews still embeds in the customer object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from desktop.desk.guest_export import GuestData, guest_json
from desktop.desk.open_items import OpenItemRow
from desktop.mews.models import Customer, IdentityDocumentV20241025
from desktop.ui.guest_export_files import ExportRequest, write_export
from desktop.ui.guest_report import report_document, report_html

CUSTOMER_ID = "35d4b117-4e60-44a3-9580-c582117eff98"
MOMENT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=dt.UTC)


def guest(notes: str = "Late arrival") -> GuestData:
    customer = Customer.model_validate(
        {
            "Id": CUSTOMER_ID,
            "FirstName": "Anna",
            "LastName": "Nováková",
            "Notes": notes,
            "Passport": {"Number": "EMB445566", "IssuingCountryCode": "CZ"},
            "Visa": {"Number": "LISTED1234"},
            "Address": {"Line1": "Na Příkopě 1", "City": "Praha", "CountryCode": "CZ"},
        }
    )
    listed = IdentityDocumentV20241025.model_validate(
        {"Id": "0f4a4c1e-2f55-4e0b-9a38-0a3a2d0d1a11", "CustomerId": CUSTOMER_ID,
         "Type": "Visa", "Number": "LISTED1234"}
    )  # fmt: skip
    item = OpenItemRow("order", "2026-11-28", "Minibar", "Open", "CZK", Decimal("120.5"))
    return GuestData(customer, (listed,), (item,))


def test_embedded_documents_are_masked_unless_full_numbers_were_confirmed() -> None:
    masked = guest_json(guest(), [], full_numbers=False, language="cs", exported_at=MOMENT)
    full = guest_json(guest(), [], full_numbers=True, language="cs", exported_at=MOMENT)

    assert masked["Profile"]["Passport"]["Number"] == "••••••566"
    assert masked["IdentityDocuments"][0]["Number"] == "•••••••234"
    assert "EMB445566" not in repr(masked) and "LISTED1234" not in repr(masked)
    assert full["Profile"]["Passport"]["Number"] == "EMB445566"
    assert full["IdentityDocuments"][0]["Number"] == "LISTED1234"
    assert masked["OpenItems"] == [
        {"Kind": "order", "Date": "2026-11-28", "Description": "Minibar", "State": "Open",
         "Currency": "CZK", "Amount": "120.50", "Types": []}
    ]  # fmt: skip
    assert masked["ExportedUtc"] == "2026-11-29T10:30:00Z"
    assert masked["Language"] == "cs"


def test_the_report_lists_an_embedded_document_once_and_masked(qapp: object) -> None:
    data = guest()
    assert [kind for kind, _ in data.embedded_documents] == ["Passport"]  # the visa is listed

    text = report_document(
        report_html(data, [], full_numbers=False, exported_at=MOMENT), "x"
    ).toPlainText()
    assert "••••••566" in text and "EMB445566" not in text
    assert text.count("•••••••234") == 1


@pytest.mark.parametrize(
    "notes", ["<b>x</b>", "<table><tr><td>cell</td></tr></table>", "<img src=x>", "a & b &amp;"]
)
def test_markup_in_customer_data_prints_as_typed(qapp: object, notes: str) -> None:
    html = report_html(guest(notes), [], full_numbers=False, exported_at=MOMENT)
    document = report_document(html, "x")
    plain = report_document(
        report_html(guest("plain"), [], full_numbers=False, exported_at=MOMENT), "x"
    )

    assert notes in document.toPlainText()
    assert _tables(document) == _tables(plain)  # nothing the guest typed became a table
    assert "<img" not in document.toHtml().split("<body")[1].replace("&lt;img", "")


def _tables(document: QTextDocument) -> int:
    return document.toHtml().count("<table")


def test_a_failed_write_leaves_no_part_and_an_earlier_export_as_it_was(
    qapp: object, tmp_path: Path
) -> None:
    request = ExportRequest(
        data=guest(),
        files=(),
        folder=tmp_path,
        full_numbers=False,
        language="cs",
        title="x",
        exported_at=MOMENT,
    )
    json_path, pdf_path = write_export(request)
    earlier = json_path.read_bytes()
    assert pdf_path.read_bytes().startswith(b"%PDF-")
    blocked = tmp_path / f".{pdf_path.name}.part"
    blocked.mkdir()  # the PDF's part cannot be written, after the JSON's was

    with pytest.raises(IsADirectoryError):
        write_export(replace(request, full_numbers=True))
    assert json_path.read_bytes() == earlier  # still the masked export
    assert sorted(tmp_path.iterdir()) == sorted([json_path, pdf_path, blocked])
