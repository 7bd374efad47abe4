"""Parsing tolerates an API that drifts; serialising stays exact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from uuid import UUID, uuid4

import pytest
from openapi_contract import assert_valid_request, examples
from pydantic import ValidationError

from desktop.mews.models import (
    CustomerAddParameters,
    CustomerClassification,
    CustomerFilterParameters,
    CustomerOption,
    CustomerResult,
    CustomerSearchResult,
    CustomerUpdateParameters,
    IdentityDocumentResult,
    IdentityDocumentType,
    IdentityDocumentUpdateParameters,
    MultipleIdentityDocumentUpdateParameters,
    StringUpdateValue,
    TimeFilterInterval,
    Title,
    to_wire,
)

DUMMY_AUTH = {"ClientToken": "client-token", "AccessToken": "access-token", "Client": "Test 1.0"}
CUSTOMER_ID = "99b4f0af-9558-463b-8452-07a9bc414708"


def _example_customer() -> dict:
    _, response = examples("customers/getAll")
    return dict(response["Customers"][0])


def test_unknown_enum_values_survive_parse_and_serialise() -> None:
    body = _example_customer() | {
        "Title": "Doctor",
        "Classifications": ["Blacklist", "Blocklist", "SuperVip", "Returning"],
        "Options": ["None", "SendMarketingEmails", "SmsConsent"],
        "PreferredSpaceFeatures": ["Hammock"],
    }

    customer = CustomerResult.model_validate({"Customers": [body]}).customers[0]

    assert customer.title == "Doctor" and not isinstance(customer.title, Title)
    assert customer.classifications[:2] == [
        CustomerClassification.BLACKLIST,
        CustomerClassification.BLOCKLIST,
    ]
    assert type(customer.classifications[2]) is str
    assert customer.options[1] is CustomerOption.SEND_MARKETING_EMAILS
    wire = to_wire(customer)
    assert wire["Title"] == "Doctor"
    assert wire["Classifications"] == ["Blacklist", "Blocklist", "SuperVip", "Returning"]
    assert wire["Options"] == ["None", "SendMarketingEmails", "SmsConsent"]
    assert wire["PreferredSpaceFeatures"] == ["Hammock"]


def test_unknown_enum_values_in_requests_are_sent_unchanged() -> None:
    update = CustomerUpdateParameters(
        customer_id=CUSTOMER_ID, classifications=["Important", "NewFlag"], title="Doctor"
    )
    wire = to_wire(update)
    assert wire["Classifications"] == ["Important", "NewFlag"]
    assert wire["Title"] == "Doctor"


def test_unknown_fields_are_ignored() -> None:
    body = _example_customer() | {"LoyaltyTier": "Gold", "Address": None}
    customer = CustomerResult.model_validate({"Customers": [body], "NewTopLevel": 1}).customers[0]
    assert "LoyaltyTier" not in to_wire(customer)
    assert not hasattr(customer, "loyalty_tier")


def test_a_customer_with_only_an_id_and_nulls_parses() -> None:
    nulls = {
        key: None
        for key in _example_customer()
        if key
        not in {
            "Id",
            "Classifications",
            "Options",
            "PreferredSpaceFeatures",
            "LastName",
            "IsActive",
        }
    }
    minimal = CustomerResult.model_validate({"Customers": [{"Id": CUSTOMER_ID}]}).customers[0]
    nulled = CustomerResult.model_validate({"Customers": [{"Id": CUSTOMER_ID, **nulls}]}).customers[
        0
    ]

    assert minimal.id == UUID(CUSTOMER_ID)
    assert minimal.last_name == "" and minimal.classifications == []
    assert nulled.email is None and nulled.title is None and nulled.created_utc is None
    assert to_wire(minimal) == {"Id": CUSTOMER_ID}


def test_a_customer_without_an_id_is_rejected() -> None:
    with pytest.raises(ValidationError, match="Id"):
        CustomerResult.model_validate({"Customers": [{"LastName": "Smith"}]})


def test_missing_optional_response_parts_parse() -> None:
    assert CustomerSearchResult.model_validate({"Customers": [{"Customer": {"Id": CUSTOMER_ID}}]})
    assert IdentityDocumentResult.model_validate({}).identity_documents == []


def test_dates_sent_as_midnight_datetimes_parse_as_dates() -> None:
    doc = IdentityDocumentResult.model_validate(
        {
            "IdentityDocuments": [
                {
                    "Id": str(uuid4()),
                    "CustomerId": CUSTOMER_ID,
                    "Type": "Passport",
                    "Number": "",
                    "ExpirationDate": "2040-10-24T00:00:00Z",
                }
            ]
        }
    ).identity_documents[0]
    assert doc.expiration_date == date(2040, 10, 24)
    assert doc.type is IdentityDocumentType.PASSPORT
    assert doc.number == ""


def test_unset_fields_are_omitted_and_none_is_sent_when_set() -> None:
    update = CustomerUpdateParameters(customer_id=CUSTOMER_ID, email=None, first_name="Thea")
    assert to_wire(update) == {"CustomerId": CUSTOMER_ID, "Email": None, "FirstName": "Thea"}


def test_required_defaults_are_always_sent() -> None:
    assert to_wire(CustomerFilterParameters(emails=["a@example.com"])) == {
        "Extent": {"Customers": True},
        "Limitation": {"Count": 1000},
        "Emails": ["a@example.com"],
    }
    assert to_wire(CustomerAddParameters(last_name="Carbone")) == {
        "LastName": "Carbone",
        "OverwriteExisting": False,
    }


def test_italian_codes_are_update_values_on_update_and_plain_on_add() -> None:
    update = CustomerUpdateParameters(
        customer_id=CUSTOMER_ID,
        italian_fiscal_code="ZGNZLR17U72P554F",
        italian_destination_code=StringUpdateValue(value=None),
        italian_lottery_code=None,
    )
    added = CustomerAddParameters(last_name="Carbone", italian_fiscal_code="ZGNZLR17U72P554F")

    wire = to_wire(update)

    assert wire["ItalianFiscalCode"] == {"Value": "ZGNZLR17U72P554F"}
    assert wire["ItalianDestinationCode"] == {"Value": None}  # clears the code
    assert wire["ItalianLotteryCode"] is None  # leaves it as it is
    assert to_wire(added)["ItalianFiscalCode"] == "ZGNZLR17U72P554F"
    assert_valid_request("customers/update", DUMMY_AUTH | wire)


def test_identity_document_update_wraps_bare_values() -> None:
    doc_id = uuid4()
    update = MultipleIdentityDocumentUpdateParameters(
        identity_documents=[
            IdentityDocumentUpdateParameters(
                id=doc_id, type="Visa", number="X1", expiration_date=date(2031, 1, 2)
            )
        ]
    )
    wire = to_wire(update)
    assert wire["IdentityDocuments"] == [
        {
            "Id": str(doc_id),
            "Type": {"Value": "Visa"},
            "Number": {"Value": "X1"},
            "ExpirationDate": {"Value": "2031-01-02"},
        }
    ]
    assert_valid_request("identityDocuments/update", DUMMY_AUTH | wire)


def test_datetimes_go_out_in_utc_with_z() -> None:
    prague = timezone(timedelta(hours=2))
    window = TimeFilterInterval(
        start_utc=datetime(2024, 5, 1, 2, 0, tzinfo=prague),
        end_utc=datetime(2024, 5, 2, 0, 0, tzinfo=UTC),
    )
    assert to_wire(window) == {"StartUtc": "2024-05-01T00:00:00Z", "EndUtc": "2024-05-02T00:00:00Z"}


def test_dates_go_out_as_plain_dates() -> None:
    added = CustomerAddParameters(last_name="Carbone", birth_date=date(1985, 9, 30))
    assert to_wire(added)["BirthDate"] == "1985-09-30"


def test_models_populate_by_wire_name_and_by_attribute_name() -> None:
    by_wire = CustomerAddParameters.model_validate({"LastName": "A", "CarRegistrationNumber": "X"})
    by_name = CustomerAddParameters(last_name="A", car_registration_number="X")
    assert to_wire(by_wire) == to_wire(by_name)
