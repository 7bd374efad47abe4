"""The sandbox hotel's rooms, served by ``resources/getAll`` in Mews's shapes.

Every room a seeded (or later) reservation is assigned to is a resource here, with the
id ``room_resource_id`` derives from its number, so a desk that resolves "204" through
``resources/getAll`` and then calls ``customers/search`` finds exactly that stay.
"""

from __future__ import annotations

import zlib
from typing import Any, Final

from desktop.sandbox.errors import invalid
from desktop.sandbox.records import CHAIN_ID, Json, room_resource_id
from desktop.sandbox.store import ResourceFilter, Store
from desktop.sandbox.validation import (
    limitation,
    optional_interval,
    optional_str_list,
    optional_uuid_list,
)

#: Five floors of thirty rooms: 101-130 ... 501-530.
ROOM_NUMBERS: Final = tuple(f"{floor}{room:02d}" for floor in range(1, 6) for room in range(1, 31))
#: A room taken out of use: listed only when the extent asks for inactive resources.
RETIRED_ROOMS: Final = ("199",)
#: When the sandbox hotel opened; rooms have not changed since.
_OPENED_UTC: Final = "2021-03-01T08:00:00Z"
_STATES: Final = ("Clean", "Dirty", "Inspected", "Clean")
_EXTENT_PARTS: Final = (
    "ResourceCategories", "ResourceCategoryAssignments", "ResourceCategoryImageAssignments",
    "ResourceFeatures", "ResourceFeatureAssignments",
)  # fmt: skip


def room_resource(number: str, *, active: bool = True) -> Json:
    """A room as ``resources/getAll`` returns it; its housekeeping state is stable per room."""
    floor = number[:-2] or "0"
    return {
        "Id": room_resource_id(number),
        "EnterpriseId": CHAIN_ID,
        "IsActive": active,
        "ParentResourceId": None,
        "Name": number,
        "State": _STATES[zlib.crc32(number.encode()) % len(_STATES)],
        "Descriptions": {},
        "CreatedUtc": _OPENED_UTC,
        "UpdatedUtc": _OPENED_UTC,
        "Data": {"Discriminator": "Space", "Value": {"FloorNumber": floor, "LocationNotes": None}},
        "ExternalNames": {},
        "Directions": {},
    }


def ensure_rooms(store: Store) -> None:
    """Add the hotel's rooms and every room a stored reservation names, once each.

    Runs on every start, so a database seeded before rooms were served gains them too.
    """
    with store.transaction():
        known = store.resource_names()
        wanted = dict.fromkeys((*ROOM_NUMBERS, *sorted(store.reserved_room_numbers())))
        missing = [room_resource(number) for number in wanted if number not in known]
        missing += [
            room_resource(number, active=False) for number in RETIRED_ROOMS if number not in known
        ]
        store.insert_resources(missing)


def _extent(body: dict[str, Any]) -> dict[str, bool]:
    extent = body.get("Extent")
    if not isinstance(extent, dict):
        raise invalid("Extent", "required")
    return {key: extent.get(key) is True for key in ("Resources", "Inactive", *_EXTENT_PARTS)}


def get_all(store: Store, body: dict[str, Any]) -> Json:
    """``resources/getAll``: the property's rooms, paged by name."""
    extent = _extent(body)
    page = limitation(body)
    enterprises = optional_uuid_list(body, "EnterpriseIds")
    filters = ResourceFilter(
        ids=optional_uuid_list(body, "ResourceIds"),
        names=optional_str_list(body, "Names"),
        created=optional_interval(body, "CreatedUtc"),
        updated=optional_interval(body, "UpdatedUtc"),
        inactive=extent["Inactive"],
    )
    if enterprises is not None and CHAIN_ID not in enterprises:
        filters.ids = []  # another property's rooms: none here (the cursor is still checked)
    resources, cursor = store.query_resources(filters, page.count, page.cursor)
    result: Json = {"Resources": resources if extent["Resources"] else None}
    # The sandbox keeps no categories or features; asked-for parts are empty, not absent.
    result.update({part: [] if extent[part] else None for part in _EXTENT_PARTS})
    result["Cursor"] = cursor
    return result
