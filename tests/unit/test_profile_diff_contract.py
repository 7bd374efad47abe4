"""What the diff produces is accepted by the request models and the OpenAPI schemas."""

from __future__ import annotations

import datetime as dt

from openapi_contract import assert_valid_request

from desktop.desk.profile_diff import build_add, build_update
from desktop.desk.profile_fields import values_from_customer
from desktop.mews.models import Customer, CustomerAddParameters, CustomerUpdateParameters
from desktop.mews.models.base import to_wire

AUTH = {"ClientToken": "c", "AccessToken": "a", "Client": "Frontdesk test"}

CUSTOMER = Customer.model_validate(
    {
        "Id": "3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111",
        "Number": "1001",
        "Title": "Misses",
        "FirstName": "Anna",
        "LastName": "Novak",
        "Email": "anna@example.com",
        "BirthDate": "1985-03-01",
        "Classifications": ["Returning", "SpaceTourist"],
        "Options": ["None", "Invoiceable"],
        "ItalianFiscalCode": "RSSMRA85T10A562S",
        "Address": {"Line1": "Main 1", "City": "Prague", "CountryCode": "CZ"},
        "UpdatedUtc": "2026-01-01T10:00:00Z",
    }
)


def test_snapshot_reads_the_customer_model() -> None:
    values = values_from_customer(CUSTOMER)
    assert values["title"] == "Misses"
    assert values["birth_date"] == dt.date(1985, 3, 1)
    assert values["classifications"] == ("Returning", "SpaceTourist")
    assert values["options"] == ("None", "Invoiceable")
    assert values["address_city"] == "Prague"
    assert values["updated_utc"] == "2026-01-01 10:00 UTC"
    assert values["phone"] == ""


def test_update_arguments_build_a_valid_request() -> None:
    opened = values_from_customer(CUSTOMER)
    edited = opened | {
        "title": "Mister",
        "birth_date": dt.date(1986, 4, 2),
        "classifications": ("Returning", "SpaceTourist", "Media"),
        "options": ("None", "Invoiceable", "SendMarketingEmails"),
        "italian_fiscal_code": "",
        "italian_lottery_code": "AB12",
        "address_postal_code": "110 00",
    }
    update = build_update(opened, edited)
    request = CustomerUpdateParameters.model_validate(
        {"customer_id": str(CUSTOMER.id), **update.arguments}
    )
    wire = to_wire(request)
    assert wire["Title"] == "Mister"
    assert wire["BirthDate"] == "1986-04-02"
    assert wire["Classifications"] == ["Returning", "SpaceTourist", "Media"]
    assert wire["Options"] == ["Invoiceable", "SendMarketingEmails"]
    assert wire["ItalianFiscalCode"] == {"Value": None}
    assert wire["ItalianLotteryCode"] == {"Value": "AB12"}
    assert wire["Address"] == {
        "Line1": "Main 1",
        "City": "Prague",
        "PostalCode": "110 00",
        "CountryCode": "CZ",
    }
    assert "FirstName" not in wire and "Email" not in wire
    # The spec's enum does not know the future classification; everything else must fit.
    known = {**wire, "Classifications": ["Returning", "Media"]}
    assert_valid_request("customers/update", AUTH | known)


def test_add_arguments_build_a_valid_request() -> None:
    values = values_from_customer(CUSTOMER) | {"classifications": ("Returning",)}
    request = CustomerAddParameters.model_validate(
        {**build_add(values), "overwrite_existing": False}
    )
    wire = to_wire(request)
    assert wire["ItalianFiscalCode"] == "RSSMRA85T10A562S"
    assert wire["OverwriteExisting"] is False
    assert_valid_request("customers/add", AUTH | wire)
