"""``identityDocuments/getAll``, ``add``, ``update``, ``delete`` and ``clear``."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, Final

from desktop.mews.limits import MAX_IDENTITY_DOCUMENT_FILTER_IDS, MAX_IDENTITY_DOCUMENTS_PER_WRITE
from desktop.sandbox.errors import invalid
from desktop.sandbox.records import Json
from desktop.sandbox.store import Store
from desktop.sandbox.timeutil import format_date_as_mews_datetime
from desktop.sandbox.validation import (
    DOCUMENT_TYPES,
    limitation,
    optional_date,
    optional_list,
    optional_str,
    optional_uuid_list,
    require_object,
    required_str,
    required_uuid,
    required_uuid_list,
    update_value,
)

MAX_IDS: Final = MAX_IDENTITY_DOCUMENT_FILTER_IDS
MAX_PER_WRITE: Final = MAX_IDENTITY_DOCUMENTS_PER_WRITE
_TEXT_FIELDS: Final = (
    "IssuingCountryCode", "IssuingCountrySubdivisionCode", "IssuingCity",
    "IdentityDocumentSupportNumber",
)  # fmt: skip
_DATE_FIELDS: Final = ("ExpirationDate", "IssuanceDate")


def _document_date(item: dict[str, Any], name: str) -> str | None:
    """A date or a date-time in; Mews's own form out (``2040-11-20T00:00:00Z``)."""
    value = optional_date(item, name)
    return None if value is None else format_date_as_mews_datetime(date.fromisoformat(value))


def get_all(store: Store, body: dict[str, Any]) -> Json:
    customer_ids = required_uuid_list(body, "CustomerIds", max_items=MAX_IDS)
    document_ids = optional_uuid_list(body, "IdentityDocumentIds", max_items=MAX_IDS)
    types = optional_list(body, "Types", max_items=len(DOCUMENT_TYPES))
    if types is not None and any(kind not in DOCUMENT_TYPES for kind in types):
        raise invalid("Types", "unknown document type")
    page = limitation(body)
    documents, cursor = store.query_documents(
        customer_ids, document_ids, types, page.count, page.cursor
    )
    return {"IdentityDocuments": documents, "Cursor": cursor}


def _write_batch(body: dict[str, Any]) -> list[dict[str, Any]]:
    batch = optional_list(body, "IdentityDocuments", max_items=MAX_PER_WRITE)
    if batch is None:
        raise invalid("IdentityDocuments", "required")
    return [require_object(item) for item in batch]


def add(store: Store, body: dict[str, Any]) -> Json:
    created: list[Json] = []
    for item in _write_batch(body):
        customer_id = required_uuid(item, "CustomerId")
        kind = item.get("Type")
        if kind not in DOCUMENT_TYPES:
            raise invalid("Type", "expected IdentityCard, Passport, Visa or DriversLicense")
        document: Json = {
            "Id": str(uuid.uuid4()),
            "CustomerId": customer_id,
            "Type": kind,
            "Number": required_str(item, "Number"),
        }
        for name in _DATE_FIELDS:
            document[name] = _document_date(item, name)
        for name in _TEXT_FIELDS:
            document[name] = optional_str(item, name)
        created.append(document)
    with store.transaction():
        unknown = {doc["CustomerId"] for doc in created} - store.existing_customer_ids(
            [doc["CustomerId"] for doc in created]
        )
        if unknown:
            raise invalid("CustomerId", f"no customer {sorted(unknown)[0]}")
        store.insert_documents(created)
    return {"IdentityDocuments": created}


def update(store: Store, body: dict[str, Any]) -> Json:
    items = _write_batch(body)
    ids = [required_uuid(item, "Id") for item in items]
    with store.transaction():
        documents = store.get_documents(ids)
        updated: list[Json] = []
        for document_id, item in zip(ids, items, strict=True):
            document = documents.get(document_id)
            if document is None:
                raise invalid("Id", f"no identity document {document_id}")
            present, kind = update_value(item, "Type")
            if present:
                if kind not in DOCUMENT_TYPES:
                    raise invalid("Type", "unknown document type")
                document["Type"] = kind
            present, number = update_value(item, "Number")
            if present:
                if not isinstance(number, str) or not number:
                    raise invalid("Number", "a document needs a number")
                document["Number"] = number
            for name in (*_DATE_FIELDS, *_TEXT_FIELDS):
                present, value = update_value(item, name)
                if not present:
                    continue
                if value is not None and name in _DATE_FIELDS:
                    value = _document_date({name: value}, name)
                elif value is not None and not isinstance(value, str):
                    raise invalid(name, "expected a string value")
                document[name] = value
            store.save_document(document)
            updated.append(document)
    return {"IdentityDocuments": updated}


def delete(store: Store, body: dict[str, Any]) -> Json:
    ids = required_uuid_list(body, "IdentityDocumentIds", max_items=MAX_IDS)
    with store.transaction():
        missing = set(ids) - set(store.get_documents(ids))
        if missing:
            raise invalid("IdentityDocumentIds", f"no identity document {sorted(missing)[0]}")
        store.delete_documents(ids)
    return {}


def clear(store: Store, body: dict[str, Any]) -> Json:
    ids = required_uuid_list(body, "CustomerIds", max_items=MAX_PER_WRITE)
    store.delete_documents_of(ids)
    return {}
