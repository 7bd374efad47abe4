"""The operations the sandbox serves, by path, with the checks every one of them shares."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from desktop.sandbox import customer_reads, customer_writes, identity_documents, rooms
from desktop.sandbox.errors import ApiError, invalid
from desktop.sandbox.records import Json
from desktop.sandbox.store import Store
from desktop.sandbox.validation import optional_uuid, optional_uuid_list, require_object

API_PREFIX: Final = "/api/connector/v1/"

Operation = Callable[[Store, dict[str, Any]], Json]

OPERATIONS: Final[dict[str, Operation]] = {
    "customers/getAll": customer_reads.get_all,
    "customers/search": customer_reads.search,
    "customers/getOpenItems": customer_reads.get_open_items,
    "customers/add": customer_writes.add,
    "customers/update": customer_writes.update,
    "customers/addFile": customer_writes.add_file,
    "customers/merge": customer_writes.merge_customers,
    "accounts/merge": customer_writes.merge_accounts,
    "identityDocuments/getAll": identity_documents.get_all,
    "identityDocuments/add": identity_documents.add,
    "identityDocuments/update": identity_documents.update,
    "identityDocuments/delete": identity_documents.delete,
    "identityDocuments/clear": identity_documents.clear,
    "resources/getAll": rooms.get_all,
}


def operation_for(path: str) -> str:
    """``/api/connector/v1/customers/getAll`` -> ``customers/getAll``; exact, like Mews."""
    name = path.removeprefix(API_PREFIX) if path.startswith(API_PREFIX) else None
    if name is None or name not in OPERATIONS:
        raise ApiError(404, f"The endpoint {path} does not exist.")
    return name


def run(store: Store, operation: str, body: Any) -> Json:
    body = require_object(body)
    client = body.get("Client")
    if not isinstance(client, str) or not client.strip():
        raise invalid("Client", "name and version of the client application are required")
    # Portfolio tokens name their chain on every operation that takes one; the sandbox is
    # a single chain, so the value only has to be well formed.
    optional_uuid(body, "ChainId")
    optional_uuid_list(body, "ChainIds")
    return OPERATIONS[operation](store, body)
