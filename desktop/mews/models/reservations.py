"""The reservation attached to a ``customers/search`` result (``ReservationOld``).

Only the desk's needs matter here (room, dates, state); every field is optional
because the search result is informative and must never fail to parse.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from desktop.mews.models.base import ApiDateTime, MewsModel, OpenEnum
from desktop.mews.models.enums import (
    CancellationReason,
    ReservationOrigin,
    ReservationPurpose,
    ServiceOrderState,
)


class ReservationPersonCount(MewsModel):
    age_category_id: UUID | None = None
    count: int = 0


class ReservationOptions(MewsModel):
    owner_checked_in: bool = False
    all_companions_checked_in: bool = False
    any_companion_checked_in: bool = False


class ReservationOld(MewsModel):
    """Reservation (version 2017-04-12) of a customer currently in the property."""

    id: UUID
    service_id: UUID | None = None
    group_id: UUID | None = None
    number: str | None = None
    channel_number: str | None = None
    channel_manager_number: str | None = None
    channel_manager_group_number: str | None = None
    channel_manager: str | None = None
    state: OpenEnum[ServiceOrderState] | None = None
    origin: OpenEnum[ReservationOrigin] | None = None
    origin_details: str | None = None
    purpose: OpenEnum[ReservationPurpose] | None = None
    created_utc: ApiDateTime | None = None
    updated_utc: ApiDateTime | None = None
    cancelled_utc: ApiDateTime | None = None
    start_utc: ApiDateTime | None = None
    end_utc: ApiDateTime | None = None
    released_utc: ApiDateTime | None = None
    requested_category_id: UUID | None = None
    assigned_space_id: UUID | None = None
    assigned_space_locked: bool | None = None
    assigned_resource_id: UUID | None = None
    assigned_resource_locked: bool | None = None
    business_segment_id: UUID | None = None
    company_id: UUID | None = None
    travel_agency_id: UUID | None = None
    availability_block_id: UUID | None = None
    rate_id: UUID | None = None
    voucher_id: UUID | None = None
    credit_card_id: UUID | None = None
    cancellation_reason: OpenEnum[CancellationReason] | None = None
    adult_count: int | None = None
    child_count: int | None = None
    person_counts: list[ReservationPersonCount] = Field(default_factory=list)
    owner_id: UUID | None = None
    customer_id: UUID | None = None
    booker_id: UUID | None = None
    companion_ids: list[UUID] = Field(default_factory=list)
    channel_manager_id: str | None = None
    options: ReservationOptions | None = None
