"""Merging duplicate profiles: ``accounts/merge`` and the deprecated ``customers/merge``.

Both are irreversible; the target keeps its id and absorbs the sources.
"""

from __future__ import annotations

from typing import Self
from uuid import UUID

from pydantic import Field, model_validator

from desktop.mews import limits
from desktop.mews.models.base import MewsModel, MewsRequest, OpenEnum
from desktop.mews.models.enums import MergeAccountType


class CustomerMergeParameters(MewsRequest):
    """``customers/merge`` request (deprecated by Mews for ``accounts/merge``)."""

    source_customer_id: UUID
    target_customer_id: UUID

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        if self.source_customer_id == self.target_customer_id:
            raise ValueError("SourceCustomerId and TargetCustomerId must differ")
        return self


class AccountMergeParameter(MewsModel):
    """One merge: ``source_account_ids`` are folded into ``target_account_id``."""

    account_type: OpenEnum[MergeAccountType] = MergeAccountType.CUSTOMER
    source_account_ids: list[UUID] = Field(
        min_length=1, max_length=limits.MAX_MERGE_SOURCE_ACCOUNTS
    )
    target_account_id: UUID

    @model_validator(mode="after")
    def _target_not_a_source(self) -> Self:
        if self.target_account_id in self.source_account_ids:
            raise ValueError("TargetAccountId must not also be one of SourceAccountIds")
        # The API requires AccountType; send it even when the default was used.
        self.model_fields_set.add("account_type")
        return self


class MultipleAccountMergeParameters(MewsRequest):
    """``accounts/merge`` request."""

    account_merge_parameters: list[AccountMergeParameter] = Field(
        min_length=1, max_length=limits.MAX_ACCOUNT_MERGES
    )

    @classmethod
    def customers(cls, target_id: UUID, source_ids: list[UUID]) -> MultipleAccountMergeParameters:
        """Merge customer profiles ``source_ids`` into ``target_id``."""
        return cls(
            account_merge_parameters=[
                AccountMergeParameter(
                    account_type=MergeAccountType.CUSTOMER,
                    source_account_ids=source_ids,
                    target_account_id=target_id,
                )
            ]
        )
