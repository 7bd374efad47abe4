"""The printable half of a guest data export: one document, in the desk's language, as PDF.

The report is built as rich text for a ``QTextDocument`` and printed with Qt's own PDF
writer, so no PDF package ships with the desk. Every value that came from Mews or from a
person is escaped before it goes into the markup: a name like ``<b>x</b>`` must print as
those characters, not in bold, and a note can never inject a table or an image.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.desk import file_checks
from desktop.desk.countries import COUNTRY_CONTEXT, country_name
from desktop.desk.guest_export import GuestData, SessionFile
from desktop.desk.identity_document_fields import (
    IDENTITY_DOCUMENT_CONTEXT,
    document_type_label,
    masked_number,
)
from desktop.desk.labels import (
    QT_TRANSLATE_NOOP,
    SEX_CONTEXT,
    SEX_LABELS,
    TITLE_CONTEXT,
    TITLE_LABELS,
    label_of,
)
from desktop.desk.languages import LANGUAGE_CONTEXT, language_name
from desktop.desk.open_items import (
    ITEM_STATE_CONTEXT,
    ITEM_TYPE_CONTEXT,
    balance_per_currency,
    format_amount,
)
from desktop.desk.profile_fields import (
    FIELD_CONTEXT,
    FIELDS,
    GROUP_CONTEXT,
    Group,
    Kind,
    is_blank,
    values_from_customer,
)
from desktop.ui.profile_dialogs import readable

_STYLE = """
h1 { font-size: 18pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; color: #444; }
p.meta { color: #444; }
th { text-align: left; background: #e8e8e8; }
td.label { color: #444; }
"""
_DOCUMENT_HEADERS = (
    QT_TRANSLATE_NOOP("GuestReport", "Type"),
    QT_TRANSLATE_NOOP("GuestReport", "Number"),
    QT_TRANSLATE_NOOP("GuestReport", "Issuing country"),
    QT_TRANSLATE_NOOP("GuestReport", "Issued"),
    QT_TRANSLATE_NOOP("GuestReport", "Expires"),
)

_OPEN_ITEM_HEADERS = (
    QT_TRANSLATE_NOOP("GuestReport", "Date"),
    QT_TRANSLATE_NOOP("GuestReport", "Kind"),
    QT_TRANSLATE_NOOP("GuestReport", "Description"),
    QT_TRANSLATE_NOOP("GuestReport", "State"),
    QT_TRANSLATE_NOOP("GuestReport", "Amount"),
)

_FILE_HEADERS = (
    QT_TRANSLATE_NOOP("GuestReport", "Name"),
    QT_TRANSLATE_NOOP("GuestReport", "Type"),
    QT_TRANSLATE_NOOP("GuestReport", "Size"),
    QT_TRANSLATE_NOOP("GuestReport", "Attached"),
    QT_TRANSLATE_NOOP("GuestReport", "File id"),
)
_ADDRESS_FIELDS = (
    ("line1", "Address line 1"),
    ("line2", "Address line 2"),
    ("city", "City"),
    ("postal_code", "Postal code"),
    ("country_code", "Country"),
    ("country_subdivision_code", "Region / subdivision"),
)


def report_html(
    data: GuestData,
    files: Sequence[SessionFile],
    *,
    full_numbers: bool,
    exported_at: dt.datetime,
) -> str:
    """The whole report as rich text; every customer value is escaped."""
    customer = data.customer
    name = getattr(customer, "full_name", "") or str(customer.id)
    exported = QLocale().toString(QDateTime(exported_at), QLocale.FormatType.LongFormat)
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        "<h1>"
        + escape(QCoreApplication.translate("GuestReport", "Data held about %1")).replace(
            "%1", escape(name)
        )
        + "</h1>",
        '<p class="meta">'
        + escape(
            QCoreApplication.translate(
                "GuestReport",
                "Exported on %1 from the front desk. This is everything the desk can read "
                "about the guest through Mews: the profile, its address, identity documents, "
                "open items, and the files attached from this desk in this session.",
            ).replace("%1", exported)
        )
        + "</p>",
        '<p class="meta">'
        + escape(
            QCoreApplication.translate(
                "GuestReport",
                "Identity document numbers are shown in full, as confirmed by the receptionist.",
            )
            if full_numbers
            else QCoreApplication.translate(
                "GuestReport",
                "Identity document numbers are masked except for their last characters.",
            )
        )
        + "</p>",
        "<h2>" + escape(QCoreApplication.translate("GuestReport", "Profile")) + "</h2>",
        _profile_tables(customer),
        "<h2>" + escape(QCoreApplication.translate("GuestReport", "Addresses")) + "</h2>",
        _addresses(data.addresses),
        "<h2>" + escape(QCoreApplication.translate("GuestReport", "Identity documents")) + "</h2>",
        _documents(data, full_numbers=full_numbers),
        "<h2>" + escape(QCoreApplication.translate("GuestReport", "Open items")) + "</h2>",
        _open_items(data),
        "<h2>"
        + escape(QCoreApplication.translate("GuestReport", "Files attached in this session"))
        + "</h2>",
        _files(files),
        "</body></html>",
    ]
    return "\n".join(parts)


def report_document(html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(html)
    return document


def write_pdf(document: QTextDocument, device: QIODevice, title: str) -> None:
    """Print ``document`` as an A4 PDF into ``device`` (open for writing) with Qt's own
    PDF writer; the caller writes the bytes, so a failed write raises instead of passing
    unnoticed."""
    writer = QPdfWriter(device)
    writer.setTitle(title)
    writer.setCreator("Frontdesk")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    # A document without a page size is laid out for the page in points, given Qt's
    # 2 cm margin and numbered at the foot of every page.
    document.print_(writer)


def _table(rows: Iterable[Sequence[str]], headers: Sequence[str] = ()) -> str:
    """Rows of translated, not yet escaped cell texts under ``headers`` (source texts of the
    ``GuestReport`` context); without headers the first column holds labels."""
    head = "".join(
        f"<th>{escape(QCoreApplication.translate('GuestReport', text))}</th>" for text in headers
    )
    head = f"<thead><tr>{head}</tr></thead>" if head else ""  # repeated on every page
    first = "" if headers else ' width="30%" class="label"'
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{first if index == 0 else ''}>{escape(cell)}</td>"
            for index, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    if not body:
        return "<p>" + escape(QCoreApplication.translate("GuestReport", "None.")) + "</p>"
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4"'
        ' style="border-collapse: collapse; border-color: #999;">' + head + body + "</table>"
    )


def _profile_tables(customer: Any) -> str:
    values = values_from_customer(customer)
    sections = []
    for group in Group:
        if group is Group.ADDRESS:
            continue  # the address has a section of its own
        rows = [
            (
                QCoreApplication.translate(FIELD_CONTEXT, field.label),
                _shown(field.kind, field.key, values[field.key]),
            )
            for field in FIELDS
            if field.group is group and not is_blank(values[field.key])
        ]
        if rows:
            sections.append(
                "<h3>" + escape(QCoreApplication.translate(GROUP_CONTEXT, group.value)) + "</h3>"
            )
            sections.append(_table(rows))
    return "".join(sections)


def _shown(kind: Kind, key: str, value: Any) -> str:
    """A profile value as the desk shows it, in the desk's language."""
    if kind is Kind.TITLE:
        return QCoreApplication.translate(TITLE_CONTEXT, label_of(TITLE_LABELS, str(value)))
    if kind is Kind.SEX:
        return QCoreApplication.translate(SEX_CONTEXT, label_of(SEX_LABELS, str(value)))
    if kind is Kind.COUNTRY:
        return _country(str(value))
    if kind is Kind.LANGUAGE:
        return QCoreApplication.translate(LANGUAGE_CONTEXT, language_name(str(value)))
    if kind is Kind.DATE and isinstance(value, dt.date):
        return _date(value)
    if kind is Kind.FACT and value in ("Yes", "No"):  # the form's Yes/No; other facts are data
        return QCoreApplication.translate(FIELD_CONTEXT, value)
    return readable(key, value)


def _country(code: str) -> str:
    return (
        f"{QCoreApplication.translate(COUNTRY_CONTEXT, country_name(code))} ({code})"
        if code
        else ""
    )


def _date(value: dt.date | None) -> str:
    """ISO dates, as the desk shows them: a two-digit year would make a birth date ambiguous."""
    return value.isoformat() if value is not None else ""


def _addresses(addresses: Sequence[Any]) -> str:
    tables = []
    for address in addresses:
        rows = []
        for attribute, label in _ADDRESS_FIELDS:
            raw = str(getattr(address, attribute, None) or "")
            if raw:
                shown = _country(raw) if attribute == "country_code" else raw
                rows.append((QCoreApplication.translate(FIELD_CONTEXT, label), shown))
        tables.append(_table(rows))
    return "".join(tables) or _table(())


def _documents(data: GuestData, *, full_numbers: bool) -> str:
    """``identityDocuments/getAll``'s documents, then any only on the customer object."""
    listed = [
        (
            item.type,
            item.number,
            item.issuing_country_code,
            item.issuance_date,
            item.expiration_date,
        )
        for item in data.documents
    ] + [
        (kind, item.number, item.issuing_country_code, item.issuance, item.expiration)
        for kind, item in data.embedded_documents
    ]
    rows = [
        (
            QCoreApplication.translate(IDENTITY_DOCUMENT_CONTEXT, document_type_label(kind)),
            (number or "") if full_numbers else masked_number(number),
            _country(country or ""),
            _date(issued),
            _date(expires),
        )
        for kind, number, country, issued, expires in listed
    ]
    return _table(rows, _DOCUMENT_HEADERS)


def _open_items(data: GuestData) -> str:
    rows = [
        (
            row.date,
            QCoreApplication.translate("GuestReport", "Payment")
            if row.kind == "payment"
            else QCoreApplication.translate("GuestReport", "Charge"),
            ", ".join(
                [row.description] * bool(row.description)
                + [QCoreApplication.translate(ITEM_TYPE_CONTEXT, t) for t in row.types]
            ),
            QCoreApplication.translate(ITEM_STATE_CONTEXT, row.state) if row.state else "",
            format_amount(row.amount, row.currency),
        )
        for row in data.open_items
    ]
    headers = _OPEN_ITEM_HEADERS
    if not rows:
        return "<p>" + escape(QCoreApplication.translate("GuestReport", "Nothing open.")) + "</p>"
    balance = ", ".join(
        format_amount(amount, currency)
        for currency, amount in balance_per_currency(data.open_items).items()
    )
    return (
        _table(rows, headers)
        + "<p>"
        + escape(
            QCoreApplication.translate("GuestReport", "Open balance: %1").replace("%1", balance)
        )
        + "</p>"
    )


def _files(files: Sequence[SessionFile]) -> str:
    rows = [
        (
            item.name,
            item.mime_type,
            file_checks.human_size(item.size),
            item.attached_at.strftime("%Y-%m-%d %H:%M"),
            item.file_id,
        )
        for item in files
    ]
    headers = _FILE_HEADERS
    return _table(rows, headers)
