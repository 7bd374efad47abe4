"""What the search controller keeps of a search in flight: its streams and requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.desk.customer_rows import CustomerRow
from desktop.desk.search_query import CustomerFilter, SearchPlan

if TYPE_CHECKING:
    from desktop.ui.workers import Request


@dataclass
class Stream:
    """One ``customers/getAll`` filter of a plan and where its pages continue."""

    flt: CustomerFilter
    cursor: str | None = None
    started: bool = False


@dataclass
class Snapshot:
    """A finished search's rows and cursors, for the short cache."""

    rows: list[CustomerRow]
    cursors: list[str | None]


@dataclass
class Run:
    """The current search: its plan, streams, requests on their way and errors."""

    plan: SearchPlan
    streams: list[Stream]
    pending: set[Request] = field(default_factory=set)
    errors: list[BaseException] = field(default_factory=list)
    paging: Request | None = None
    stream_of: dict[Request, int] = field(default_factory=dict)
