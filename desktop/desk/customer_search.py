"""Run a :class:`~desktop.desk.search_query.SearchPlan` against Mews, one page at a time.

These functions run on worker threads: they call the client, parse, and return finished
:class:`~desktop.desk.customer_rows.CustomerRow` lists, so the GUI thread only inserts rows.
Each ``customers/getAll`` filter of a plan is its own stream with its own cursor, so the
table can page through them as the user scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.desk.customer_rows import CustomerRow, rows_from_customers, rows_from_search
from desktop.desk.folding import normalized_name
from desktop.desk.search_query import CustomerFilter, InHouseLookup, TimeWindow, spelled_out
from desktop.desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.mews import MewsClient

#: The first page is small so that rows appear fast; scrolling asks for full pages.
FIRST_PAGE_SIZE = 100
NEXT_PAGE_SIZE = 1000

#: Turns a typed room number into the resource id ``customers/search`` expects
#: (see :class:`~desktop.desk.room_directory.RoomDirectory`).
RoomResolver = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Page:
    """Rows of one response and where to continue (``None``: this stream is exhausted)."""

    rows: list[CustomerRow]
    cursor: str | None = None


def _window(window: TimeWindow | None) -> dict[str, str] | None:
    if window is None:
        return None
    return {"StartUtc": window.start.isoformat(), "EndUtc": window.end.isoformat()}


def filter_arguments(flt: CustomerFilter) -> dict[str, Any]:
    """``get_all_customers`` keyword arguments for one filter (empty parts left out)."""
    flt = spelled_out(flt)
    arguments: dict[str, Any] = {
        "emails": list(flt.emails),
        "first_names": list(flt.first_names),
        "last_names": list(flt.last_names),
        "loyalty_codes": list(flt.loyalty_codes),
        "customer_ids": list(flt.customer_ids),
        "company_ids": list(flt.company_ids),
        "activity_states": list(flt.activity_states),
        "created_utc": _window(flt.created),
        "updated_utc": _window(flt.updated),
        "deleted_utc": _window(flt.deleted),
    }
    return {name: value for name, value in arguments.items() if value}


def fetch_filter_page(
    client: MewsClient, flt: CustomerFilter, *, cursor: str | None = None, count: int
) -> Page:
    """One ``customers/getAll`` page of ``flt`` as rows."""
    result = client.get_customer_summaries(count=count, cursor=cursor, **filter_arguments(flt))
    rows = rows_from_customers(result.customers)
    if flt.folded_last_name:
        # Guessed spellings come back as Mews matched them; only namesakes of what was
        # typed are shown, whatever the server's collation made of the list.
        rows = [row for row in rows if normalized_name(row.last_name) == flt.folded_last_name]
    # A short page is the last one even if the server still sent a cursor.
    more = result.cursor is not None and len(result.customers) >= count
    return Page(rows, str(result.cursor) if more else None)


class RoomLookupUnavailable(Exception):
    """The desk has no room directory for this search (no connection to read rooms from).

    ``customers/search`` takes a room's resource id, which only ``resources/getAll``
    gives; saying so beats an empty result that claims the room is empty.
    """

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SearchQuery",
                "Looking guests up by room number is not available on this connection yet. "
                "Search by the guest's name instead.",
            )
        )


def fetch_in_house(
    client: MewsClient,
    lookup: InHouseLookup,
    *,
    resolve_room: RoomResolver | None = None,
    room_names: dict[str, str] | None = None,
) -> Page:
    """Guests staying now that match ``lookup``, with their room, stay state and dates.

    A room is resolved to its resource id first (``resources/getAll``, cached for the
    session); a room the property does not have gives no rows and no search request.
    """
    if lookup.room is not None:
        if resolve_room is None:
            raise RoomLookupUnavailable
        resource_id = resolve_room(lookup.room)
        if resource_id is None:
            return Page([])
        result = client.search_customers(resource_id=resource_id)
    else:
        result = client.search_customers(name=lookup.name)
    return Page(rows_from_search(result.customers, room_names))
