"""An in-memory Mews for identity documents, speaking the client's method names."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from desktop.mews.models import (
    IdentityDocumentResult,
    IdentityDocumentsAddParameters,
    IdentityDocumentV20241025,
    IdentityDocumentWriteResult,
    MultipleIdentityDocumentUpdateParameters,
)


def document(customer_id: str, **fields: Any) -> IdentityDocumentV20241025:
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "customer_id": customer_id,
        "type": "Passport",
        "number": "P1234567",
    }
    values.update(fields)
    return IdentityDocumentV20241025.model_validate(values)


class DocumentsClient:
    """Keeps documents in a dict and records every write as the client would send it."""

    def __init__(self, *documents: IdentityDocumentV20241025) -> None:
        self.documents = {str(item.id): item for item in documents}
        self.writes: list[tuple[str, Any]] = []
        self.fail_next: Exception | None = None

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def get_identity_documents(self, customer_ids: list[str]) -> IdentityDocumentResult:
        self._maybe_fail()
        wanted = {str(item) for item in customer_ids}
        found = [item for item in self.documents.values() if str(item.customer_id) in wanted]
        return IdentityDocumentResult(identity_documents=found)

    def add_identity_documents(self, items: list[dict[str, Any]]) -> IdentityDocumentWriteResult:
        self._maybe_fail()
        request = IdentityDocumentsAddParameters(identity_documents=items)
        self.writes.append(("add", request))
        created = []
        for item in request.identity_documents:
            new = IdentityDocumentV20241025(id=uuid.uuid4(), **item.model_dump())
            self.documents[str(new.id)] = new
            created.append(new)
        return IdentityDocumentWriteResult(identity_documents=created)

    def update_identity_documents(self, items: list[dict[str, Any]]) -> IdentityDocumentWriteResult:
        self._maybe_fail()
        request = MultipleIdentityDocumentUpdateParameters(identity_documents=items)
        self.writes.append(("update", request))
        for update in request.identity_documents:
            current = self.documents[str(update.id)].model_dump()
            for name in update.model_fields_set - {"id"}:
                wrapper = getattr(update, name)
                current[name] = wrapper.value if wrapper is not None else None
            current["number"] = current["number"] or ""
            self.documents[str(update.id)] = IdentityDocumentV20241025.model_validate(current)
        return IdentityDocumentWriteResult()

    def delete_identity_documents(self, ids: list[str]) -> None:
        self._maybe_fail()
        self.writes.append(("delete", list(ids)))
        for item in ids:
            del self.documents[str(item)]


TODAY = dt.date(2026, 11, 29)
