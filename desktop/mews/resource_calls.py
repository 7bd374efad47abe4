"""The ``resources/getAll`` operation of ``MewsClient``: the property's rooms by id and name."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from typing import Any

from desktop.mews import models, paging
from desktop.mews.calls import Calls
from desktop.mews.operations import GET_RESOURCES
from desktop.mews.paging import LimitationArg

Extent = models.ResourceExtent | Mapping[str, Any] | None


class ResourceCalls(Calls):
    def get_resources(
        self,
        *,
        extent: Extent = None,
        limitation: LimitationArg = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        **filters: Any,
    ) -> models.ResourceResult:
        """One page of ``resources/getAll``; ``filters`` are ``names=``, ``resource_ids=``...

        Always sends ``Extent`` (active resources only unless given) and ``Limitation``.
        """
        return self._get_resources(extent, paging.limitation(limitation, count, cursor), filters)

    def _get_resources(
        self, extent: Extent, page: LimitationArg, filters: Mapping[str, Any]
    ) -> models.ResourceResult:
        request = self._build(
            GET_RESOURCES,
            models.ResourceFilterParameters,
            {
                **filters,
                "extent": extent if extent is not None else {"Resources": True},
                "limitation": page,
            },
        )
        return self._transport.call(GET_RESOURCES, request, models.ResourceResult)

    def iter_resources(self, *, extent: Extent = None, **query: Any) -> Iterator[models.Resource]:
        """Every resource matching the query across all pages (page as in ``get_resources``)."""
        page = paging.page_from(query)
        pages = paging.follow_pages(
            page,
            lambda wire: self._get_resources(extent, wire, query),
            lambda result: result.resources or (),
            operation=GET_RESOURCES.path,
        )
        for result in pages:
            yield from result.resources or ()
