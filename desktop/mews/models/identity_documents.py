"""``identityDocuments/getAll|add|update|delete`` and the document shapes.

Two shapes exist: ``IdentityDocumentV20241025`` (``ExpirationDate``, ``IssuanceDate``)
is what ``identityDocuments/*`` uses; the older ``IdentityDocument`` (``Expiration``,
``Issuance``) still appears in deprecated customer fields and ``Documents`` lists.
"""

from __future__ import annotations

from typing import Annotated, ClassVar
from uuid import UUID

from pydantic import BeforeValidator, Field

from desktop.mews import limits
from desktop.mews.models.base import ApiDate, MewsModel, MewsRequest, OpenEnum
from desktop.mews.models.common import Limitation, StringUpdateValue, wrap_update_value
from desktop.mews.models.enums import IdentityDocumentType


class DocumentParameters(MewsModel):
    """Legacy document input of ``customers/add|update`` (deprecated by Mews)."""

    number: str | None = None
    expiration: ApiDate | None = None
    issuance: ApiDate | None = None
    issuing_country_code: str | None = None
    issuing_country_subdivision_code: str | None = None
    issuing_city: str | None = None


class IdentityDocument(DocumentParameters):
    """Legacy document shape embedded in customers (``Passport``, ``Documents``...).

    The legacy input fields plus the ids and the support number Mews adds.
    """

    id: UUID | None = None
    customer_id: UUID | None = None
    type: OpenEnum[IdentityDocumentType] | None = None
    identity_document_support_number: str | None = None


class _DocumentDetails(MewsModel):
    """What a current-shape document says besides whose it is, its type and number."""

    expiration_date: ApiDate | None = None
    issuance_date: ApiDate | None = None
    issuing_country_code: str | None = None
    issuing_country_subdivision_code: str | None = None
    issuing_city: str | None = None
    identity_document_support_number: str | None = None


class IdentityDocumentV20241025(_DocumentDetails):
    """An identity document as ``identityDocuments/*`` returns it.

    ``Number`` is an empty string where a country does not collect numbers (NL).
    """

    id: UUID
    customer_id: UUID
    type: OpenEnum[IdentityDocumentType]
    number: str = ""


class IdentityDocumentFilterParameters(MewsRequest):
    """``identityDocuments/getAll`` request; ``Limitation`` defaults to a full page."""

    _always_sent: ClassVar[frozenset[str]] = frozenset({"limitation"})

    limitation: Limitation = Field(
        default_factory=lambda: Limitation(count=limits.MAX_IDENTITY_DOCUMENT_PAGE_ITEMS)
    )
    customer_ids: list[UUID] = Field(
        min_length=1, max_length=limits.MAX_IDENTITY_DOCUMENT_CUSTOMER_IDS
    )
    chain_ids: list[UUID] | None = Field(
        default=None, min_length=1, max_length=limits.MAX_FILTER_ITEMS
    )
    identity_document_ids: list[UUID] | None = Field(
        default=None, min_length=1, max_length=limits.MAX_IDENTITY_DOCUMENT_FILTER_IDS
    )
    types: list[OpenEnum[IdentityDocumentType]] | None = None


class IdentityDocumentResult(MewsModel):
    """``identityDocuments/getAll`` response: one page, ``cursor`` continues."""

    identity_documents: list[IdentityDocumentV20241025] = Field(default_factory=list)
    cursor: UUID | None = None


class IdentityDocumentsAddData(_DocumentDetails):
    """One document to add (``Number`` may be ``""`` where none is collected)."""

    customer_id: UUID
    type: OpenEnum[IdentityDocumentType]
    number: str


class IdentityDocumentsAddParameters(MewsRequest):
    """``identityDocuments/add`` request."""

    identity_documents: list[IdentityDocumentsAddData] = Field(
        min_length=1, max_length=limits.MAX_IDENTITY_DOCUMENTS_PER_WRITE
    )
    chain_id: UUID | None = None


class IdentityDocumentTypeUpdateValue(MewsModel):
    """``{"Value": <document type>}``."""

    value: OpenEnum[IdentityDocumentType] | None = None


class DateUpdateValue(MewsModel):
    """``{"Value": "YYYY-MM-DD"}``: a ``StringUpdateValue`` holding a date (``None`` clears)."""

    value: ApiDate | None = None


def _wrap_any(value: object) -> object:
    if value is None or isinstance(value, dict | MewsModel):
        return value
    return {"Value": value}


_StringUpdate = Annotated[StringUpdateValue | None, BeforeValidator(wrap_update_value)]
_DateUpdate = Annotated[DateUpdateValue | None, BeforeValidator(_wrap_any)]
_TypeUpdate = Annotated[IdentityDocumentTypeUpdateValue | None, BeforeValidator(_wrap_any)]


class IdentityDocumentUpdateParameters(MewsModel):
    """Changes to one document; a field left unset is kept, ``{"Value": None}`` clears it.

    A bare value (``number="X123"``, ``expiration_date=date(...)``) is wrapped for you.
    """

    id: UUID
    type: _TypeUpdate = None
    number: _StringUpdate = None
    expiration_date: _DateUpdate = None
    issuance_date: _DateUpdate = None
    issuing_country_code: _StringUpdate = None
    issuing_country_subdivision_code: _StringUpdate = None
    issuing_city: _StringUpdate = None
    identity_document_support_number: _StringUpdate = None


class MultipleIdentityDocumentUpdateParameters(MewsRequest):
    """``identityDocuments/update`` request."""

    identity_documents: list[IdentityDocumentUpdateParameters] = Field(
        min_length=1, max_length=limits.MAX_IDENTITY_DOCUMENTS_PER_WRITE
    )
    chain_id: UUID | None = None


class IdentityDocumentWriteResult(MewsModel):
    """``identityDocuments/add`` and ``identityDocuments/update`` response."""

    identity_documents: list[IdentityDocumentV20241025] = Field(default_factory=list)


class IdentityDocumentDeleteParameters(MewsRequest):
    """``identityDocuments/delete`` request."""

    identity_document_ids: list[UUID] = Field(
        min_length=1, max_length=limits.MAX_IDENTITY_DOCUMENT_FILTER_IDS
    )
    chain_id: UUID | None = None
