"""The customers operations of ``MewsClient``: getAll and its paging, search, open items,
add, update, addFile and merge (sent as ``accounts/merge``)."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from desktop.mews import models, paging
from desktop.mews.calls import Calls
from desktop.mews.models.customer_summaries import CustomerSummaryResult
from desktop.mews.operations import (
    ADD_CUSTOMER,
    ADD_CUSTOMER_FILE,
    GET_ALL_CUSTOMERS,
    GET_OPEN_ITEMS,
    MERGE_ACCOUNTS,
    SEARCH_CUSTOMERS,
    UPDATE_CUSTOMER,
)
from desktop.mews.paging import LimitationArg
from desktop.mews.transport import ProgressCallback

Extent = models.CustomerExtent | Mapping[str, Any] | None


class CustomerCalls(Calls):
    def get_all_customers(
        self,
        *,
        extent: Extent = None,
        limitation: LimitationArg = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        **filters: Any,
    ) -> models.CustomerResult:
        """One page of ``customers/getAll``; ``filters`` are its fields (``emails=``, ``updated_utc=``...).

        Always sends ``Extent`` (customers only unless given) and ``Limitation``
        (``count`` defaults to the largest page: requests are the scarce resource).
        """
        return self._get_all_customers(
            extent, paging.limitation(limitation, count, cursor), filters
        )

    def get_customer_summaries(
        self, *, count: int | None = None, cursor: str | uuid.UUID | None = None, **filters: Any
    ) -> CustomerSummaryResult:
        """One page of ``customers/getAll`` as the table's fields only (see
        :mod:`~desktop.mews.models.customer_summaries`): the same request, a cheaper parse."""
        page = paging.limitation(None, count, cursor)
        return self._get_all_customers(None, page, filters, CustomerSummaryResult)

    def _get_all_customers(
        self,
        extent: Extent,
        page: LimitationArg,
        filters: Mapping[str, Any],
        result: type[models.CustomerResult | CustomerSummaryResult] = models.CustomerResult,
    ) -> Any:
        request = self._build(
            GET_ALL_CUSTOMERS,
            models.CustomerFilterParameters,
            {
                **filters,
                "extent": extent if extent is not None else {"Customers": True},
                "limitation": page,
            },
        )
        return self._transport.call(GET_ALL_CUSTOMERS, request, result)

    def iter_customer_pages(
        self,
        *,
        limitation: LimitationArg = None,
        count: int | None = None,
        cursor: str | uuid.UUID | None = None,
        page_size: int | None = None,
        extent: Extent = None,
        **filters: Any,
    ) -> Iterator[models.CustomerResult]:
        """Every page of a getAll query, following ``Cursor`` until Mews says there is no more.

        The page is given as in ``get_all_customers`` (``page_size=`` means ``count=``).
        Stops on a null cursor or a short page, as the pagination guideline says. Lazy:
        each page is requested when the previous one has been consumed.
        """
        first = paging.limitation(limitation, paging.page_count(count, page_size), cursor)
        return paging.follow_pages(
            first,
            lambda page: self._get_all_customers(extent, page, filters),
            lambda result: result.customers,
            operation=GET_ALL_CUSTOMERS.path,
        )

    def iter_customers(self, **query: Any) -> Iterator[models.Customer]:
        """Every customer matching the query, across all pages (as ``iter_customer_pages``)."""
        for page in self.iter_customer_pages(**query):
            yield from page.customers

    def search_customers(self, **fields: Any) -> models.CustomerSearchResult:
        """``customers/search``: customers active right now (in-house, paymasters) by ``name`` or ``resource_id``."""
        request = self._build(SEARCH_CUSTOMERS, models.CustomerSearchParameters, fields)
        return self._transport.call(SEARCH_CUSTOMERS, request, models.CustomerSearchResult)

    def get_open_items(
        self, customer_ids: Sequence[str | uuid.UUID], **fields: Any
    ) -> models.CustomerItemResult:
        """Open order and payment items of up to 1000 customers (not paged by Mews)."""
        request = self._build(
            GET_OPEN_ITEMS,
            models.CustomerItemParameters,
            {**fields, "customer_ids": list(customer_ids)},
        )
        return self._transport.call(GET_OPEN_ITEMS, request, models.CustomerItemResult)

    def add_customer(
        self, *, last_name: str, overwrite_existing: bool = False, **fields: Any
    ) -> models.Customer:
        """``customers/add``; an existing email fails (403) unless ``overwrite_existing``."""
        request = self._build(
            ADD_CUSTOMER,
            models.CustomerAddParameters,
            {**fields, "last_name": last_name, "overwrite_existing": overwrite_existing},
        )
        return self._transport.call(ADD_CUSTOMER, request, models.Customer)

    def update_customer(self, customer_id: str | uuid.UUID, **fields: Any) -> models.Customer:
        """``customers/update``: only the given fields change; blanks never clear anything."""
        request = self._build(
            UPDATE_CUSTOMER,
            models.CustomerUpdateParameters,
            {**fields, "customer_id": customer_id},
        )
        return self._transport.call(UPDATE_CUSTOMER, request, models.Customer)

    def add_customer_file(
        self,
        customer_id: str | uuid.UUID,
        *,
        name: str,
        type: str,
        data: bytes | str,
        progress: ProgressCallback | None = None,
    ) -> models.CustomerAddFileResult:
        """Attach a file (a scanned ID, a signed card) to a customer.

        ``data`` is the raw file (encoded to base64 here) or base64 text already.
        ``type`` is the MIME type; Mews accepts PDF, BMP, GIF, JPEG, PNG and TIFF only.
        ``progress(sent, total)`` is called from the sending thread as the body goes out
        in chunks; an exception it raises abandons the upload and propagates unchanged
        (that is how a caller cancels).
        """
        pieces = base64_pieces(data) if isinstance(data, bytes) else [data]
        # The model checks the fields (the data only for being there); the text itself
        # goes into the body piece by piece, never joined into one 13 MB string.
        request = self._build(
            ADD_CUSTOMER_FILE,
            models.CustomerFileParameters,
            {"customer_id": customer_id, "name": name, "type": type, "data": "".join(pieces[:1])},
        )
        return self._transport.call(
            ADD_CUSTOMER_FILE,
            request,
            models.CustomerAddFileResult,
            progress=progress,
            spliced={_DATA_FIELD: pieces},
        )

    def merge_customers(
        self,
        target_customer_id: str | uuid.UUID,
        source_customer_ids: Sequence[str | uuid.UUID],
    ) -> None:
        """Merge duplicates into the target profile, which keeps its id. Irreversible.

        Sent as ``accounts/merge``: ``customers/merge`` is deprecated and scheduled for
        discontinuation.
        """
        request = self._build(
            MERGE_ACCOUNTS,
            models.MultipleAccountMergeParameters,
            {
                "account_merge_parameters": [
                    {
                        "AccountType": "Customer",
                        "SourceAccountIds": [str(item) for item in source_customer_ids],
                        "TargetAccountId": str(target_customer_id),
                    }
                ]
            },
        )
        self._transport.call(MERGE_ACCOUNTS, request, None)


#: Bytes encoded per step (a multiple of 3, so the pieces join without padding): about
#: half a millisecond each.
BASE64_PIECE = 3 << 16
_DATA_FIELD = models.CustomerFileParameters.model_fields["data"].alias or "Data"


def base64_pieces(data: bytes) -> list[str]:
    """``data`` as base64 text in pieces that join to the whole.

    One call on a 10 MB scan holds the GIL for some 35 ms (encoding, then decoding to
    text), and joining the pieces for another 10: the GUI thread would stall for that
    long. Between pieces the interpreter can hand the GIL to it.
    """
    view = memoryview(data)
    return [
        base64.b64encode(view[start : start + BASE64_PIECE]).decode("ascii")
        for start in range(0, len(view), BASE64_PIECE)
    ]
