"""Everything the desk can read about one guest, for a data-protection access request.

A guest may ask what the hotel holds about them (GDPR art. 15). The desk answers with what
it can read through the Connector API: the profile with its address, the identity
documents, the open items, and the files this desk attached during the session (Mews
offers no way to list a profile's files). :func:`collect_guest_data` reads it on a worker;
:func:`guest_json` turns it into the machine-readable half of the answer.

Identity document numbers are masked unless the receptionist confirmed that the full
numbers belong in this export: a file like this is easily mailed to the wrong person,
and the guest can usually recognise a document by its type and last digits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from desktop.desk.identity_document_fields import EMBEDDED_DOCUMENTS, masked_number
from desktop.desk.open_items import OpenItemRow, rows_from_result

FORMAT = "Frontdesk guest data export 1"
_FETCH_EXTENT = {"Customers": True, "Addresses": True}


class SessionFile(Protocol):
    """A file this desk attached to the guest in this session."""

    @property
    def file_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def mime_type(self) -> str: ...
    @property
    def size(self) -> int: ...
    @property
    def attached_at(self) -> dt.datetime: ...


@dataclass(frozen=True)
class GuestData:
    """What was read about one guest, as the API returned it."""

    customer: Any
    documents: tuple[Any, ...]
    open_items: tuple[OpenItemRow, ...]

    @property
    def embedded_documents(self) -> tuple[tuple[str, Any], ...]:
        """``(type, document)`` of the deprecated documents on the customer object that
        ``identityDocuments/getAll`` did not list too (same number)."""
        listed = {document.number for document in self.documents if document.number}
        found = []
        for kind, attribute in EMBEDDED_DOCUMENTS.items():
            document = getattr(self.customer, attribute, None)
            if document is not None and document.number and document.number not in listed:
                found.append((kind, document))
        return tuple(found)

    @property
    def addresses(self) -> tuple[Any, ...]:
        address = getattr(self.customer, "address", None)
        return (address,) if address is not None else ()


class GuestNotFoundError(LookupError):
    """The profile no longer exists in Mews."""


def collect_guest_data(client: Any, customer_id: str) -> GuestData:
    """Read the profile, every identity document page and the open items; on a worker."""
    page = client.get_all_customers(customer_ids=[customer_id], extent=_FETCH_EXTENT, count=1)
    if not page.customers:
        raise GuestNotFoundError(customer_id)
    documents = list(client.iter_identity_documents([customer_id]))
    rows = rows_from_result(client.get_open_items([customer_id]))
    return GuestData(page.customers[0], tuple(documents), tuple(rows))


def guest_json(
    data: GuestData,
    files: Sequence[SessionFile],
    *,
    full_numbers: bool,
    language: str,
    exported_at: dt.datetime,
) -> dict[str, Any]:
    """The export as JSON-ready values, in Mews's own field names where Mews has them."""
    profile = _dump(data.customer)
    for key in EMBEDDED_DOCUMENTS:
        embedded = profile.get(key)
        if isinstance(embedded, dict) and not full_numbers:
            embedded["Number"] = masked_number(embedded.get("Number"))
    documents = []
    for document in data.documents:
        dumped = _dump(document)
        if not full_numbers:
            dumped["Number"] = masked_number(dumped.get("Number"))
        documents.append(dumped)
    return {
        "Format": FORMAT,
        "ExportedUtc": _utc(exported_at),
        "Language": language,
        "IdentityDocumentNumbers": "Full" if full_numbers else "Masked",
        "Profile": profile,
        "Addresses": [_dump(address) for address in data.addresses],
        "IdentityDocuments": documents,
        "OpenItems": [_open_item(row) for row in data.open_items],
        "FilesAttachedThisSession": [_file(item) for item in files],
    }


def export_file_stem(data: GuestData, exported_at: dt.datetime) -> str:
    """``guest-<profile number>-<date>``: names no one, so a file list leaks nothing."""
    number = str(getattr(data.customer, "number", None) or "").strip()
    tag = "".join(ch for ch in number if ch.isalnum()) or str(data.customer.id)[:8]
    return f"guest-{tag}-{exported_at.date().isoformat()}"


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _dump(model: Any) -> dict[str, Any]:
    dumped = model.model_dump(by_alias=True, mode="json")
    return dumped if isinstance(dumped, dict) else {}


def _open_item(row: OpenItemRow) -> dict[str, Any]:
    return {
        "Kind": row.kind,
        "Date": row.date,
        "Description": row.description,
        "State": row.state,
        "Currency": row.currency,
        "Amount": str(row.amount.quantize(Decimal("0.01"))),
        "Types": list(row.types),
    }


def _file(item: SessionFile) -> dict[str, Any]:
    return {
        "FileId": item.file_id,
        "Name": item.name,
        "MimeType": item.mime_type,
        "Size": item.size,
        "AttachedUtc": _utc(item.attached_at),
    }
