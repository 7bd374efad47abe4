"""The ``identityDocuments/*`` operations of ``MewsClient``: documents moved off the
customer object into their own operations, paged like ``customers/getAll``."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from desktop.mews import models, paging
from desktop.mews.calls import Calls
from desktop.mews.operations import (
    ADD_IDENTITY_DOCUMENTS,
    DELETE_IDENTITY_DOCUMENTS,
    GET_IDENTITY_DOCUMENTS,
    UPDATE_IDENTITY_DOCUMENTS,
)
from desktop.mews.paging import LimitationArg


class IdentityDocumentCalls(Calls):
    def get_identity_documents(
        self,
        customer_ids: Sequence[str | uuid.UUID],
        *,
        limitation: LimitationArg = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        **filters: Any,
    ) -> models.IdentityDocumentResult:
        """One page of identity documents of up to 100 customers."""
        page = paging.limitation(limitation, count, cursor)
        return self._get_identity_documents(customer_ids, page, filters)

    def _get_identity_documents(
        self,
        customer_ids: Sequence[str | uuid.UUID],
        page: LimitationArg,
        filters: Mapping[str, Any],
    ) -> models.IdentityDocumentResult:
        request = self._build(
            GET_IDENTITY_DOCUMENTS,
            models.IdentityDocumentFilterParameters,
            {**filters, "customer_ids": list(customer_ids), "limitation": page},
        )
        return self._transport.call(GET_IDENTITY_DOCUMENTS, request, models.IdentityDocumentResult)

    def iter_identity_documents(
        self, customer_ids: Sequence[str | uuid.UUID], **query: Any
    ) -> Iterator[models.IdentityDocument]:
        """Every identity document of the customers across all pages; ``query`` is the
        page (as in ``get_identity_documents``) and the filters."""
        page = paging.page_from(query)
        pages = paging.follow_pages(
            page,
            lambda wire: self._get_identity_documents(customer_ids, wire, query),
            lambda result: result.identity_documents,
            operation=GET_IDENTITY_DOCUMENTS.path,
        )
        for result in pages:
            yield from result.identity_documents

    def add_identity_documents(
        self, identity_documents: Sequence[BaseModel | Mapping[str, Any]]
    ) -> models.IdentityDocumentWriteResult:
        """Add up to 10 identity documents."""
        request = self._build(
            ADD_IDENTITY_DOCUMENTS,
            models.IdentityDocumentsAddParameters,
            {"identity_documents": list(identity_documents)},
        )
        return self._transport.call(
            ADD_IDENTITY_DOCUMENTS, request, models.IdentityDocumentWriteResult
        )

    def update_identity_documents(
        self, identity_documents: Sequence[BaseModel | Mapping[str, Any]]
    ) -> models.IdentityDocumentWriteResult:
        """Update up to 10 identity documents (fields as ``{"Value": ...}`` update values)."""
        request = self._build(
            UPDATE_IDENTITY_DOCUMENTS,
            models.MultipleIdentityDocumentUpdateParameters,
            {"identity_documents": list(identity_documents)},
        )
        return self._transport.call(
            UPDATE_IDENTITY_DOCUMENTS, request, models.IdentityDocumentWriteResult
        )

    def delete_identity_documents(self, identity_document_ids: Sequence[str | uuid.UUID]) -> None:
        """Delete up to 100 identity documents."""
        request = self._build(
            DELETE_IDENTITY_DOCUMENTS,
            models.IdentityDocumentDeleteParameters,
            {"identity_document_ids": list(identity_document_ids)},
        )
        self._transport.call(DELETE_IDENTITY_DOCUMENTS, request, None)
