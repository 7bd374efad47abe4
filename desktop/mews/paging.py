"""Pages of cursor-paged operations: one way to say the page size, one way to follow it.

Every paged client method takes the page as ``limitation=`` (a ``Limitation`` or its wire
mapping) or as ``count=``/``cursor=`` (``page_size=`` is the same as ``count=`` on the
iterators, which always used it); mixing the two is a ``TypeError`` rather than a guess
which one wins. Pages are followed as Mews's pagination guideline says: continue with the
last page's ``Cursor`` and stop on a page shorter than ``Count`` (or one without a cursor).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sized
from typing import Any, TypeVar

from pydantic import BaseModel

from desktop.mews.errors import InvalidResponseError
from desktop.mews.limits import MAX_PAGE_SIZE
from desktop.mews.models import to_wire

#: What a caller may pass as ``limitation=``.
LimitationArg = BaseModel | Mapping[str, Any] | None
P = TypeVar("P", bound=BaseModel)


def page_count(count: int | None, page_size: int | None) -> int | None:
    """``count=`` or its older spelling ``page_size=``; both at once is a mistake."""
    if page_size is None:
        return count
    if count is not None:
        raise TypeError("Pass either count= or page_size=, not both.")
    return page_size


def limitation(
    limitation: LimitationArg,
    count: int | None,
    cursor: str | uuid.UUID | None,
) -> BaseModel | Mapping[str, Any]:
    """The ``Limitation`` to send: the caller's, or the largest page (requests are scarce)."""
    if limitation is not None:
        if count is not None or cursor is not None:
            raise TypeError("Pass either limitation= or count=/cursor=, not both.")
        return limitation
    wire: dict[str, Any] = {"Count": count if count is not None else MAX_PAGE_SIZE}
    if cursor is not None:
        wire["Cursor"] = str(cursor)
    return wire


def page_from(query: dict[str, Any]) -> BaseModel | Mapping[str, Any]:
    """Take the page keywords (``limitation``, ``count``, ``cursor``, ``page_size``) out of
    an iterator's ``**query``, leaving its filters, and return the first ``Limitation``."""
    count = page_count(query.pop("count", None), query.pop("page_size", None))
    return limitation(query.pop("limitation", None), count, query.pop("cursor", None))


def follow_pages(
    first: BaseModel | Mapping[str, Any],
    fetch: Callable[[Mapping[str, Any]], P],
    items: Callable[[P], Sized],
    *,
    operation: str,
) -> Iterator[P]:
    """Every page from ``first`` on, lazily: each is requested once the previous is consumed.

    ``fetch`` gets the wire ``Limitation`` of the page to ask for. ``Count`` stays what the
    caller asked for; a cursor seen twice means Mews would page forever, so it is refused.
    """
    wire = to_wire(first) if isinstance(first, BaseModel) else _wire_names(first)
    count = wire.get("Count")
    seen: set[str] = set()
    while True:
        page = fetch(wire)
        yield page
        cursor = getattr(page, "cursor", None)
        if cursor is None or not isinstance(count, int) or len(items(page)) < count:
            return
        key = str(cursor)
        if key in seen:
            raise InvalidResponseError(
                "Mews returned the same page cursor twice.", operation=operation
            )
        seen.add(key)
        wire = {**wire, "Cursor": key}


def _wire_names(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``{"count": 5}`` as the wire's ``{"Count": 5}``: the models accept both spellings."""
    return {name[:1].upper() + name[1:]: value for name, value in fields.items()}
