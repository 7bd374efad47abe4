"""``customers/addFile``: attach a scanned document to a profile."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field, field_validator

from desktop.mews import limits
from desktop.mews.models.base import MewsModel, MewsRequest


class CustomerFileParameters(MewsRequest):
    """``customers/addFile`` request; ``data`` is the file's base64 text.

    Mews accepts only PDF and the five image types in ``limits.ALLOWED_FILE_TYPES``;
    anything else is refused here rather than after a large upload.
    """

    customer_id: UUID
    name: str = Field(min_length=1)
    type: str
    data: str = Field(min_length=1, repr=False)
    chain_id: UUID | None = None

    @field_validator("type")
    @classmethod
    def _known_type(cls, mime_type: str) -> str:
        normalised = mime_type.strip().lower()
        if normalised not in limits.ALLOWED_FILE_TYPES:
            allowed = ", ".join(sorted(limits.ALLOWED_FILE_TYPES))
            raise ValueError(f"Type {mime_type!r} is not accepted; use one of {allowed}")
        return normalised


class CustomerAddFileResult(MewsModel):
    """``customers/addFile`` response."""

    file_id: UUID
