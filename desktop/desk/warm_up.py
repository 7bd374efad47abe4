"""Run the search path once on a made-up page, so the receptionist's first search does not.

The first ``customers/getAll`` a process makes pays for more than the request: pydantic
builds validators and serializers lazily for nested and generic types, the enum labels
and row code run for the first time, and (on a sandbox connection) the room-name table
is computed. The desk calls :func:`warm_up_search` on a worker right after connecting,
while the receptionist is still reading the screen. Nothing here sends a request or
touches Qt, and the page below is invented: it holds no one's personal data.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from desktop.desk.customer_rows import CustomerRow, rows_from_customers, rows_from_search
from desktop.desk.customer_search import filter_arguments
from desktop.desk.search_query import CustomerFilter

_CUSTOMER = {
    "Id": "3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111",
    "ChainId": "5fcd1933-22f2-40b9-84da-ac7f00951d3b",
    "Number": "1",
    "Title": "Misses",
    "Sex": "Female",
    "FirstName": "Warm",
    "LastName": "Up",
    "NationalityCode": "CZ",
    "BirthDate": "1980-02-29",
    "Email": "warm.up@example.com",
    "Phone": "+420 000 000 000",
    "LoyaltyCode": "W1",
    "CreatedUtc": "2024-01-01T08:00:00Z",
    "UpdatedUtc": "2024-01-02T08:00:00Z",
    "Classifications": ["Returning", "VeryImportant"],
    "Options": ["SendMarketingEmails"],
    "Address": {"Line1": "Street 1", "City": "Prague", "CountryCode": "CZ"},
    "ActivityState": "Active",
    "IsActive": True,
}
_RESERVATION = {
    "Id": "a4bd5f9e-7e64-4f2a-9a0e-b3f200e6c222",
    "State": "Started",
    "StartUtc": "2024-01-01T14:00:00Z",
    "EndUtc": "2024-01-03T10:00:00Z",
    "AssignedResourceId": "b5bd5f9e-7e64-4f2a-9a0e-b3f200e6c333",
}
_PAGE = json.dumps({"Customers": [_CUSTOMER], "Cursor": _CUSTOMER["Id"]}).encode()
_SEARCH = json.dumps({"Customers": [{"Customer": _CUSTOMER, "Reservation": _RESERVATION}]}).encode()


def warm_up_search(room_names: Callable[[], dict[str, str]] | None = None) -> list[CustomerRow]:
    """Parse, validate and flatten one invented page the way a real search does.

    ``room_names`` is the session's room-name table, built here when given (its first
    use costs tens of milliseconds). Returns the rows made, for the tests.
    """
    from desktop.mews import models
    from desktop.mews.models.base import to_wire

    flt = CustomerFilter(last_names=("Up",))
    request = models.CustomerFilterParameters.model_validate(
        {
            **filter_arguments(flt),
            "extent": {"Customers": True},
            "limitation": {"Count": 1, "Cursor": _CUSTOMER["Id"]},
        }
    )
    to_wire(request)
    to_wire(models.CustomerSearchParameters.model_validate({"name": "Warm Up"}))
    page = models.CustomerResult.model_validate_json(_PAGE)
    found = models.CustomerSearchResult.model_validate_json(_SEARCH)
    names = room_names() if room_names is not None else None
    return rows_from_customers(page.customers) + rows_from_search(found.customers, names)
