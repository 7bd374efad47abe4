"""customers/getAll, customers/search and customers/getOpenItems against a live sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sandbox_api import ALL_EXTENTS, Api, running_sandbox

from desktop.sandbox import room_resource_id


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with running_sandbox(tmp_path_factory.mktemp("reads") / "sandbox.sqlite3") as api:
        yield api


def _window(days_back: int, days: int) -> dict[str, str]:
    end = datetime.now(UTC) - timedelta(days=days_back)
    start = end - timedelta(days=days)
    return {
        "StartUtc": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "EndUtc": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _page(api: Api, **filters: Any) -> dict[str, Any]:
    return api.ok("customers/getAll", filters, Extent=ALL_EXTENTS, Limitation={"Count": 1000})


@pytest.fixture(scope="module")
def everyone(api: Api) -> list[dict[str, Any]]:
    """All customers, gathered with 3-month created windows over the seeded two years."""
    customers: dict[str, dict[str, Any]] = {}
    for quarter in range(10):
        for customer in api.all_customers(CreatedUtc=_window(quarter * 85, 85)):
            customers[customer["Id"]] = customer
    return list(customers.values())


def test_windows_cover_every_seeded_customer(api: Api, everyone: list[dict[str, Any]]) -> None:
    assert len(everyone) == api.server.store.count_customers()


def test_cursor_paging_returns_each_customer_exactly_once(api: Api) -> None:
    window = _window(0, 90)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        page = api.ok(
            "customers/getAll",
            UpdatedUtc=window,
            Extent={"Customers": True},
            Limitation={"Count": 7, "Cursor": cursor},
        )
        assert len(page["Customers"]) <= 7
        seen.extend(customer["Id"] for customer in page["Customers"])
        pages += 1
        cursor = page.get("Cursor")
        if cursor is None:
            break
        assert cursor == page["Customers"][-1]["Id"]
    whole = _page(api, UpdatedUtc=window)["Customers"]
    assert pages > 2
    assert len(seen) == len(set(seen))
    assert sorted(seen) == sorted(customer["Id"] for customer in whole)


def test_every_page_with_customers_has_the_last_ones_id_as_cursor(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    """Mews's pagination guideline: the cursor is null only when no data is returned."""
    ids = [customer["Id"] for customer in everyone[:3]]
    page = api.ok("customers/getAll", CustomerIds=ids, Extent=ALL_EXTENTS, Limitation={"Count": 3})
    assert len(page["Customers"]) == 3
    assert page["Cursor"] == page["Customers"][-1]["Id"]
    after = api.ok(
        "customers/getAll",
        CustomerIds=ids,
        Extent=ALL_EXTENTS,
        Limitation={"Count": 3, "Cursor": page["Cursor"]},
    )
    assert after["Customers"] == [] and after["Cursor"] is None
    short = api.ok("customers/getAll", CustomerIds=ids, Extent=ALL_EXTENTS, Limitation={"Count": 5})
    assert short["Cursor"] == short["Customers"][-1]["Id"]
    first = api.ok("customers/getAll", CustomerIds=ids, Extent=ALL_EXTENTS, Limitation={"Count": 2})
    assert first["Cursor"] == first["Customers"][-1]["Id"]


def test_email_filter_is_case_insensitive_and_exact(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    customer = next(c for c in everyone if c["Email"])
    found = _page(api, Emails=[customer["Email"].upper()])["Customers"]
    assert customer["Id"] in {c["Id"] for c in found}
    assert all(c["Email"].lower() == customer["Email"].lower() for c in found)
    assert _page(api, Emails=[customer["Email"][:-1]])["Customers"] == []


def test_lists_are_ored_and_filters_anded(api: Api, everyone: list[dict[str, Any]]) -> None:
    named = [c for c in everyone if c["FirstName"]]
    a = named[0]
    b = next(c for c in named if c["LastName"] != a["LastName"])
    names = [a["LastName"], b["LastName"]]
    either = _page(api, LastNames=names)["Customers"]
    assert {a["Id"], b["Id"]} <= {c["Id"] for c in either}
    assert {c["LastName"] for c in either} <= set(names)
    both = _page(api, LastNames=names, FirstNames=[a["FirstName"].lower()])["Customers"]
    assert a["Id"] in {c["Id"] for c in both}
    assert all(c["FirstName"] == a["FirstName"] and c["LastName"] in names for c in both)


def test_loyalty_and_id_filters(api: Api, everyone: list[dict[str, Any]]) -> None:
    member = next(c for c in everyone if c["LoyaltyCode"])
    assert [
        c["Id"] for c in _page(api, LoyaltyCodes=[member["LoyaltyCode"].lower()])["Customers"]
    ] == [member["Id"]]
    assert [c["Id"] for c in _page(api, CustomerIds=[member["Id"]])["Customers"]] == [member["Id"]]


def test_updated_window_returns_only_customers_updated_inside(api: Api) -> None:
    window = _window(0, 14)
    recent = _page(api, UpdatedUtc=window)["Customers"]
    assert recent, "the demo data promises recently updated guests"
    assert all(window["StartUtc"] <= c["UpdatedUtc"] < window["EndUtc"] for c in recent)


def test_at_least_one_filter_is_required(api: Api) -> None:
    api.error("customers/getAll", 400, Extent=ALL_EXTENTS, Limitation={"Count": 10})
    api.error(
        "customers/getAll",
        400,
        ActivityStates=["Active"],
        Extent=ALL_EXTENTS,
        Limitation={"Count": 10},
    )


@pytest.mark.parametrize("days", [93, 200])
def test_windows_longer_than_three_months_are_refused(api: Api, days: int) -> None:
    body = api.error(
        "customers/getAll",
        400,
        CreatedUtc=_window(0, days),
        Extent=ALL_EXTENTS,
        Limitation={"Count": 10},
    )
    assert "3 months" in body["Message"]


def test_three_month_window_is_accepted(api: Api) -> None:
    window = {"StartUtc": "2026-01-31T00:00:00Z", "EndUtc": "2026-04-30T00:00:00Z"}
    api.ok("customers/getAll", CreatedUtc=window, Extent=ALL_EXTENTS, Limitation={"Count": 10})


@pytest.mark.parametrize("count", [0, 1001, "10"])
def test_page_size_must_be_1_to_1000(api: Api, everyone: list[dict[str, Any]], count: Any) -> None:
    api.error(
        "customers/getAll",
        400,
        CustomerIds=[everyone[0]["Id"]],
        Extent=ALL_EXTENTS,
        Limitation={"Count": count},
    )


def test_missing_extent_is_treated_as_customers_only(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    with_address = next(c for c in everyone if c["Address"])
    page = api.ok("customers/getAll", CustomerIds=[with_address["Id"]], Limitation={"Count": 10})
    assert [c["Id"] for c in page["Customers"]] == [with_address["Id"]]
    assert page["Customers"][0]["Address"] is None
    assert page["Customers"][0]["AddressId"] == with_address["AddressId"]
    assert page.get("Documents") is None


def test_extent_without_customers_returns_none_but_keeps_cursor(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    ids = [c["Id"] for c in everyone[:5]]
    page = api.ok(
        "customers/getAll", CustomerIds=ids, Extent={"Customers": False}, Limitation={"Count": 2}
    )
    assert page["Customers"] == []
    assert page["Cursor"] is not None


def test_documents_extent_lists_the_page_customers_documents(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    page = api.ok(
        "customers/getAll",
        CustomerIds=[c["Id"] for c in everyone[:300]],
        Extent={"Customers": True, "Documents": True},
        Limitation={"Count": 300},
    )
    ids = {c["Id"] for c in page["Customers"]}
    assert page["Documents"]
    assert all(document["CustomerId"] in ids for document in page["Documents"])


def test_unknown_cursor_is_a_client_error(api: Api, everyone: list[dict[str, Any]]) -> None:
    api.error(
        "customers/getAll",
        400,
        CustomerIds=[everyone[0]["Id"]],
        Extent=ALL_EXTENTS,
        Limitation={"Count": 10, "Cursor": "00000000-0000-4000-8000-000000000000"},
    )


# -- search ------------------------------------------------------------------------------


def _in_house(api: Api) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    rows = api.server.store.in_house()
    return [(row.customer, row.reservation) for row in rows]


def test_search_by_name_finds_in_house_guests_with_their_stay(api: Api) -> None:
    guest, reservation = next((c, r) for c, r in _in_house(api) if r is not None)
    for query in (
        guest["LastName"],
        guest["LastName"][:3].lower(),
        f"{guest['FirstName']} {guest['LastName']}",
    ):
        results = api.ok("customers/search", Name=query)["Customers"]
        match = next(item for item in results if item["Customer"]["Id"] == guest["Id"])
        assert match["Reservation"]["Id"] == reservation["Id"]
        assert match["Reservation"]["State"] == "Started"


def test_search_finds_nobody_who_is_not_in_house(api: Api, everyone: list[dict[str, Any]]) -> None:
    in_house = {c["Id"] for c, _ in _in_house(api)}
    outsiders = [c for c in everyone if c["Id"] not in in_house and c["IsActive"]]
    for outsider in outsiders[:20]:
        results = api.ok("customers/search", Name=outsider["LastName"])["Customers"]
        assert outsider["Id"] not in {item["Customer"]["Id"] for item in results}
        assert {item["Customer"]["Id"] for item in results} <= in_house


def test_search_by_room_returns_that_rooms_party(api: Api) -> None:
    rows = [row for row in api.server.store.in_house() if row.room_number]
    room = rows[0].room_number
    expected = {row.customer["Id"] for row in rows if row.room_number == room}
    results = api.ok("customers/search", ResourceId=room_resource_id(room))["Customers"]
    assert {item["Customer"]["Id"] for item in results} == expected
    assert all(
        item["Reservation"]["AssignedResourceId"] == room_resource_id(room) for item in results
    )


def test_search_in_an_empty_room_finds_nobody(api: Api) -> None:
    occupied = {row.room_number for row in api.server.store.in_house() if row.room_number}
    empty = next(f"9{n:02d}" for n in range(100) if f"9{n:02d}" not in occupied)
    assert api.ok("customers/search", ResourceId=room_resource_id(empty))["Customers"] == []


def test_search_finds_paymasters_without_a_stay(api: Api) -> None:
    paymaster = next(c for c, r in _in_house(api) if r is None)
    results = api.ok("customers/search", Name=paymaster["LastName"][:4])["Customers"]
    match = next(item for item in results if item["Customer"]["Id"] == paymaster["Id"])
    assert "PaymasterAccount" in match["Customer"]["Classifications"]
    assert match["Reservation"] is None


def test_search_needs_a_name_or_room(api: Api) -> None:
    api.error("customers/search", 400)
    api.error("customers/search", 400, ResourceId="room 101")


# -- open items ----------------------------------------------------------------------------


def test_open_items_come_per_customer_in_several_currencies(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    ids = [c["Id"] for c in everyone][:1000]
    result = api.ok("customers/getOpenItems", CustomerIds=ids)["Customers"]
    assert [entry["CustomerId"] for entry in result] == ids
    orders = [item for entry in result for item in entry["OrderItems"]]
    payments = [item for entry in result for item in entry["PaymentItems"]]
    assert orders and payments
    assert len({item["Amount"]["Currency"] for item in orders}) >= 3
    assert all(item["AccountingState"] == "Open" for item in orders + payments)
    owner = {item["Id"]: entry["CustomerId"] for entry in result for item in entry["OrderItems"]}
    assert all(item["AccountId"] == owner[item["Id"]] for item in orders)


def test_open_items_convert_to_a_requested_currency(
    api: Api, everyone: list[dict[str, Any]]
) -> None:
    ids = [c["Id"] for c in everyone][:1000]
    result = api.ok("customers/getOpenItems", CustomerIds=ids, Currency="EUR")["Customers"]
    items = [item for entry in result for item in entry["OrderItems"] + entry["PaymentItems"]]
    assert items and {item["Amount"]["Currency"] for item in items} == {"EUR"}


def test_open_items_reject_unknown_customers_and_missing_ids(api: Api) -> None:
    api.error("customers/getOpenItems", 400, CustomerIds=["00000000-0000-4000-8000-000000000000"])
    api.error("customers/getOpenItems", 400)
