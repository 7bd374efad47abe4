"""Shapes of the records the sandbox stores and returns, shared by seeding and operations.

Every customer carries every key of the Mews ``Customer`` object (``null`` where
unknown), as Mews returns them, so clients meet the same shape from both.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

Json = dict[str, Any]

_NAMESPACE: Final = uuid.UUID("0d5c3f0e-5a57-4a8e-9a4e-6e0b8f0c1a11")

#: The single chain (and enterprise) the sandbox pretends to be.
CHAIN_ID: Final = str(uuid.uuid5(_NAMESPACE, "chain"))
#: The user profile recorded as creator/updater of everything the API writes.
API_PROFILE_ID: Final = str(uuid.uuid5(_NAMESPACE, "profile/connector"))
SERVICE_ID: Final = str(uuid.uuid5(_NAMESPACE, "service/stay"))
RATE_ID: Final = str(uuid.uuid5(_NAMESPACE, "rate/flexible"))
CATEGORY_ID: Final = str(uuid.uuid5(_NAMESPACE, "category/double"))
ADULT_AGE_CATEGORY_ID: Final = str(uuid.uuid5(_NAMESPACE, "age/adult"))

#: Fields a client may write through ``customers/add`` and ``customers/update`` as plain values.
PLAIN_FIELDS: Final = (
    "Title", "FirstName", "LastName", "SecondLastName", "NationalityCode",
    "PreferredLanguageCode", "Sex", "BirthDate", "BirthCountryCode",
    "BirthCountrySubdivisionCode", "BirthPlace", "Occupation", "Email", "Phone",
    "LoyaltyCode", "Notes", "CarRegistrationNumber", "DietaryRequirements",
    "TaxIdentificationNumber", "CompanyId",
)  # fmt: skip
ITALIAN_FIELDS: Final = ("ItalianDestinationCode", "ItalianFiscalCode", "ItalianLotteryCode")
ADDRESS_FIELDS: Final = (
    "Line1", "Line2", "City", "PostalCode", "CountryCode", "CountrySubdivisionCode",
)  # fmt: skip


def stable_id(kind: str, key: str) -> str:
    """A deterministic id, so seeded data and well-known objects look the same every run."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}/{key}"))


def room_resource_id(room_number: str) -> str:
    """The ``ResourceId`` of a room, which ``customers/search`` takes to find its guests.

    Mews identifies rooms by resource ids, not numbers; the sandbox derives them from the
    room number so a desk (or test) can turn "214" into the id Mews would want.
    """
    return stable_id("resource", room_number.strip())


def blank_customer(customer_id: str, number: int, created_utc: str) -> Json:
    customer: Json = {
        "Id": customer_id,
        "ChainId": CHAIN_ID,
        "Number": str(number),
        "Title": None,
        "Sex": None,
        "FirstName": None,
        "LastName": "",
        "SecondLastName": None,
        "NationalityCode": None,
        "PreferredLanguageCode": None,
        "LanguageCode": None,
        "BirthDate": None,
        "BirthCountryCode": None,
        "BirthCountrySubdivisionCode": None,
        "BirthPlace": None,
        "Occupation": None,
        "Email": None,
        "HasOtaEmail": False,
        "Phone": None,
        "TaxIdentificationNumber": None,
        "LoyaltyCode": None,
        "AccountingCode": None,
        "BillingCode": None,
        "Notes": None,
        "CarRegistrationNumber": None,
        "DietaryRequirements": None,
        "CreatedUtc": created_utc,
        "UpdatedUtc": created_utc,
        "Passport": None,
        "IdentityCard": None,
        "Visa": None,
        "DriversLicense": None,
        "Address": None,
        "AddressId": None,
        "Classifications": [],
        "Options": [],
        "ItalianDestinationCode": None,
        "ItalianFiscalCode": None,
        "ItalianLotteryCode": None,
        "CompanyId": None,
        "MergeTargetId": None,
        "ActivityState": "Active",
        "IsActive": True,
        "PreferredSpaceFeatures": [],
        "CreatorProfileId": API_PROFILE_ID,
        "UpdaterProfileId": API_PROFILE_ID,
    }
    return customer


def derive_language(customer: Json) -> None:
    """``LanguageCode`` is Mews's best guess: the preferred language, else the nationality's."""
    customer["LanguageCode"] = customer.get("PreferredLanguageCode") or _NATIONAL_LANGUAGE.get(
        customer.get("NationalityCode") or ""
    )


_NATIONAL_LANGUAGE: Final = {
    "CZ": "cs-CZ", "DE": "de-DE", "AT": "de-AT", "FR": "fr-FR", "IT": "it-IT", "ES": "es-ES",
    "PL": "pl-PL", "JP": "ja-JP", "GB": "en-GB", "US": "en-US", "NL": "nl-NL", "SE": "sv-SE",
    "PT": "pt-PT", "HU": "hu-HU",
}  # fmt: skip


def new_address(address_id: str, fields: Json) -> Json:
    address: Json = {"Id": address_id, "Latitude": None, "Longitude": None}
    address.update({name: fields.get(name) for name in ADDRESS_FIELDS})
    return address


def legacy_document(document: Json) -> Json:
    """A current identity document in the deprecated shape getAll's ``Documents`` extent used."""
    return {
        "Id": document["Id"],
        "CustomerId": document["CustomerId"],
        "Type": document["Type"],
        "Number": document.get("Number"),
        "Expiration": document.get("ExpirationDate"),
        "Issuance": document.get("IssuanceDate"),
        "IssuingCountryCode": document.get("IssuingCountryCode"),
        "IssuingCountrySubdivisionCode": document.get("IssuingCountrySubdivisionCode"),
        "IssuingCity": document.get("IssuingCity"),
        "IdentityDocumentSupportNumber": document.get("IdentityDocumentSupportNumber"),
    }


def amount(currency: str, gross: float, tax_rate: float, tax_code: str) -> Json:
    """A Mews ``ExtendedAmount`` from a gross value and one tax rate."""
    net = round(gross / (1 + tax_rate), 2)
    tax = round(gross - net, 2)
    return {
        "Currency": currency,
        "NetValue": net,
        "GrossValue": round(gross, 2),
        "TaxValues": [{"Code": tax_code, "Value": tax}],
        "Breakdown": {"Items": [{"TaxRateCode": tax_code, "NetValue": net, "TaxValue": tax}]},
        "Value": round(gross, 2),
        "Net": net,
        "Tax": tax,
        "TaxRate": tax_rate,
    }
