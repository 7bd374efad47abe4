"""``resources/getAll``: the property's rooms (and beds, parking spots...) by id and name.

The desk needs it for one thing: turning the room number a receptionist types into the
resource id ``customers/search`` takes, and back into a number for the results.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar
from uuid import UUID

from pydantic import Field

from desktop.mews import limits
from desktop.mews.models.base import ApiDateTime, MewsModel, MewsRequest, OpenEnum
from desktop.mews.models.common import Limitation, TimeFilterInterval


class ResourceState(enum.StrEnum):
    DIRTY = "Dirty"
    CLEAN = "Clean"
    INSPECTED = "Inspected"
    OUT_OF_SERVICE = "OutOfService"
    OUT_OF_ORDER = "OutOfOrder"


class ResourceExtent(MewsModel):
    """What ``resources/getAll`` returns; all but ``resources`` are deprecated by Mews."""

    resources: bool | None = None
    resource_categories: bool | None = None
    resource_category_assignments: bool | None = None
    resource_category_image_assignments: bool | None = None
    resource_features: bool | None = None
    resource_feature_assignments: bool | None = None
    inactive: bool | None = None


class ResourceFilterParameters(MewsRequest):
    """``resources/getAll`` request; no filter means every resource of the property."""

    _always_sent: ClassVar[frozenset[str]] = frozenset({"extent", "limitation"})

    limitation: Limitation = Field(default_factory=lambda: Limitation(count=limits.MAX_PAGE_SIZE))
    enterprise_ids: list[UUID] | None = Field(
        default=None, min_length=1, max_length=limits.MAX_FILTER_ITEMS
    )
    resource_ids: list[UUID] | None = Field(
        default=None, min_length=1, max_length=limits.MAX_FILTER_ITEMS
    )
    names: list[str] | None = Field(default=None, min_length=1, max_length=limits.MAX_FILTER_ITEMS)
    extent: ResourceExtent = Field(default_factory=lambda: ResourceExtent(resources=True))
    created_utc: TimeFilterInterval | None = None
    updated_utc: TimeFilterInterval | None = None


class SpaceData(MewsModel):
    """Where a space (a room) is: its floor, and notes such as the building."""

    floor_number: str
    location_notes: str | None = None


class ResourceData(MewsModel):
    """``Discriminator`` says what ``Value`` holds; only spaces carry data today."""

    discriminator: str | None = None
    value: SpaceData | dict[str, Any] | None = Field(default=None, union_mode="left_to_right")


class Resource(MewsModel):
    """A room, bed or other bookable unit; ``name`` is what the desk calls it ("204")."""

    id: UUID
    enterprise_id: UUID | None = None
    is_active: bool = True
    parent_resource_id: UUID | None = None
    name: str = ""
    state: OpenEnum[ResourceState] | None = None
    descriptions: dict[str, str] = Field(default_factory=dict)
    created_utc: ApiDateTime | None = None
    updated_utc: ApiDateTime | None = None
    data: ResourceData | None = None
    external_names: dict[str, str] = Field(default_factory=dict)
    directions: dict[str, str] = Field(default_factory=dict)


class ResourceResult(MewsModel):
    """``resources/getAll`` response: one page; the deprecated parts are kept unparsed."""

    resources: list[Resource] | None = None
    resource_categories: list[dict[str, Any]] | None = None
    resource_category_assignments: list[dict[str, Any]] | None = None
    resource_category_image_assignments: list[dict[str, Any]] | None = None
    resource_features: list[dict[str, Any]] | None = None
    resource_feature_assignments: list[dict[str, Any]] | None = None
    cursor: UUID | None = None
