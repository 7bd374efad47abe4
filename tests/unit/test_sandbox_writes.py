"""customers/add, update, addFile, merge, accounts/merge and identityDocuments/* on a live sandbox."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sandbox_api import ALL_EXTENTS, Api, assert_error, running_sandbox

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode()
UNKNOWN_ID = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    with running_sandbox(
        tmp_path / "sandbox.sqlite3", customer_count=150, max_body_bytes=64 * 1024
    ) as api:
        yield api


def _get(
    api: Api, customer_id: str, states: tuple[str, ...] = ("Active", "Deleted")
) -> dict[str, Any] | None:
    page = api.ok(
        "customers/getAll",
        CustomerIds=[customer_id],
        ActivityStates=list(states),
        Extent=ALL_EXTENTS,
        Limitation={"Count": 1},
    )
    return page["Customers"][0] if page["Customers"] else None


def _add(api: Api, **fields: Any) -> dict[str, Any]:
    return api.ok("customers/add", {"OverwriteExisting": False, "LastName": "Dvořák"} | fields)


def test_add_returns_a_new_profile_that_getall_finds(api: Api) -> None:
    added = _add(
        api,
        FirstName="Tereza",
        Email="tereza.dvorakova@example.cz",
        Title="Miss",
        Sex="Female",
        BirthDate="1990-04-01",
        Classifications=["Returning"],
        Address={"Line1": "Národní 12", "City": "Praha", "CountryCode": "CZ"},
    )
    assert added["Number"] and added["CreatedUtc"] and added["UpdatedUtc"]
    assert added["IsActive"] is True
    assert added["Address"]["City"] == "Praha" and added["AddressId"] == added["Address"]["Id"]
    stored = _get(api, added["Id"])
    assert stored == added
    other = _add(api, Email="someone.else@example.cz")
    assert other["Id"] != added["Id"] and int(other["Number"]) > int(added["Number"])


def test_add_with_a_taken_email_is_refused_whatever_its_case(api: Api) -> None:
    first = _add(api, Email="jan.novak@example.cz")
    body = api.error(
        "customers/add",
        403,
        OverwriteExisting=False,
        LastName="Novák",
        Email="Jan.Novak@EXAMPLE.cz",
    )
    assert "jan.novak@example.cz".lower() in body["Message"].lower()
    assert len(api.all_customers(Emails=["jan.novak@example.cz"])) == 1
    assert _get(api, first["Id"]) == first


def test_add_with_overwrite_updates_the_existing_profile(api: Api) -> None:
    first = _add(api, FirstName="Jan", Email="jan.novak@example.cz", Phone="+420 111")
    again = api.ok(
        "customers/add",
        OverwriteExisting=True,
        LastName="Novák",
        FirstName="Jan",
        Email="JAN.NOVAK@example.cz",
        Occupation="Architect",
    )
    assert again["Id"] == first["Id"] and again["Number"] == first["Number"]
    assert again["LastName"] == "Novák" and again["Occupation"] == "Architect"
    assert again["Phone"] == "+420 111"
    assert again["UpdatedUtc"] >= first["UpdatedUtc"]


@pytest.mark.parametrize(
    "fields",
    [
        {"LastName": ""},
        {"Title": "Doctor"},
        {"Email": "not-an-email"},
        {"BirthDate": "31/12/1990"},
        {"Classifications": ["Important", "Important"]},
        {"Options": ["Telepathy"]},
    ],
)
def test_add_rejects_invalid_fields(api: Api, fields: dict[str, Any]) -> None:
    api.error("customers/add", 400, {"OverwriteExisting": False, "LastName": "Novák"} | fields)


def test_update_leaves_missing_null_and_blank_fields_untouched(api: Api) -> None:
    added = _add(
        api,
        FirstName="Jana",
        Email="jana@example.cz",
        Phone="+420 222",
        Occupation="Teacher",
        Notes="Quiet room",
    )
    updated = api.ok(
        "customers/update",
        CustomerId=added["Id"],
        Phone=None,
        Occupation="",
        FirstName="Jana Marie",
    )
    assert updated["FirstName"] == "Jana Marie"
    assert updated["Phone"] == "+420 222" and updated["Occupation"] == "Teacher"
    assert updated["Email"] == "jana@example.cz" and updated["Notes"] == "Quiet room"
    assert updated["UpdatedUtc"] >= added["UpdatedUtc"]
    assert _get(api, added["Id"]) == updated


def test_update_replaces_classifications_and_options_as_whole_sets(api: Api) -> None:
    added = _add(api, Classifications=["Returning", "Important"], Options=["SendMarketingEmails"])
    updated = api.ok(
        "customers/update", CustomerId=added["Id"], Classifications=["VeryImportant"], Options=[]
    )
    assert updated["Classifications"] == ["VeryImportant"]
    assert updated["Options"] == []
    untouched = api.ok("customers/update", CustomerId=added["Id"], Notes="x")
    assert untouched["Classifications"] == ["VeryImportant"]


def test_update_sets_and_clears_italian_codes_through_update_values(api: Api) -> None:
    added = _add(api)
    updated = api.ok(
        "customers/update", CustomerId=added["Id"], ItalianFiscalCode={"Value": "RSSMRA80A01H501U"}
    )
    assert updated["ItalianFiscalCode"] == "RSSMRA80A01H501U"
    cleared = api.ok("customers/update", CustomerId=added["Id"], ItalianFiscalCode={"Value": None})
    assert cleared["ItalianFiscalCode"] is None
    api.error("customers/update", 400, CustomerId=added["Id"], ItalianFiscalCode="RSSMRA80A01H501U")


def test_update_to_an_email_another_profile_has_is_refused(api: Api) -> None:
    taken = _add(api, Email="taken@example.com")
    mine = _add(api, Email="mine@example.com")
    api.error("customers/update", 403, CustomerId=mine["Id"], Email="TAKEN@example.com")
    assert _get(api, mine["Id"])["Email"] == "mine@example.com"
    own_case = api.ok("customers/update", CustomerId=taken["Id"], Email="Taken@Example.com")
    assert own_case["Email"] == "Taken@Example.com"


def test_update_of_unknown_customer_is_a_client_error(api: Api) -> None:
    api.error("customers/update", 400, CustomerId=UNKNOWN_ID, FirstName="X")
    api.error("customers/update", 400, FirstName="X")


# -- files -------------------------------------------------------------------------------


def test_add_file_accepts_documented_types(api: Api) -> None:
    customer = _add(api)
    result = api.ok(
        "customers/addFile",
        CustomerId=customer["Id"],
        Name="passport.png",
        Type="image/png",
        Data=PNG,
    )
    files = api.server.store.files_of(customer["Id"])
    assert [(file_id, name, kind) for file_id, name, kind, _ in files] == [
        (result["FileId"], "passport.png", "image/png")
    ]
    assert files[0][3] == base64.b64decode(PNG)


@pytest.mark.parametrize("mime_type", ["image/webp", "application/zip", "text/plain"])
def test_add_file_rejects_other_types(api: Api, mime_type: str) -> None:
    customer = _add(api)
    api.error(
        "customers/addFile", 400, CustomerId=customer["Id"], Name="scan", Type=mime_type, Data=PNG
    )
    assert api.server.store.files_of(customer["Id"]) == []


def test_add_file_rejects_bad_base64_and_unknown_customers(api: Api) -> None:
    customer = _add(api)
    api.error(
        "customers/addFile",
        400,
        CustomerId=customer["Id"],
        Name="a.pdf",
        Type="application/pdf",
        Data="%%%",
    )
    api.error(
        "customers/addFile",
        400,
        CustomerId=UNKNOWN_ID,
        Name="a.pdf",
        Type="application/pdf",
        Data=PNG,
    )


def test_oversized_body_is_refused_with_413_before_it_is_stored(api: Api) -> None:
    customer = _add(api)
    big = base64.b64encode(bytes(100 * 1024)).decode()
    response = api.post(
        "customers/addFile",
        CustomerId=customer["Id"],
        Name="scan.pdf",
        Type="application/pdf",
        Data=big,
    )
    assert_error(response, 413)
    assert api.server.store.files_of(customer["Id"]) == []
    api.ok(
        "customers/addFile", CustomerId=customer["Id"], Name="small.png", Type="image/png", Data=PNG
    )


# -- merging -------------------------------------------------------------------------------


def test_merge_makes_the_source_disappear_into_the_target(api: Api) -> None:
    target = _add(api, Email="keep@example.com")
    source = _add(api, FirstName="Dup")
    api.ok(
        "identityDocuments/add",
        IdentityDocuments=[{"CustomerId": source["Id"], "Type": "Passport", "Number": "P123"}],
    )
    assert (
        api.ok("customers/merge", SourceCustomerId=source["Id"], TargetCustomerId=target["Id"])
        == {}
    )
    assert _get(api, source["Id"], ("Active",)) is None
    merged = _get(api, source["Id"])
    assert merged["IsActive"] is False and merged["MergeTargetId"] == target["Id"]
    assert _get(api, target["Id"], ("Active",))["Id"] == target["Id"]
    documents = api.ok(
        "identityDocuments/getAll", CustomerIds=[target["Id"]], Limitation={"Count": 10}
    )
    assert [d["Number"] for d in documents["IdentityDocuments"]] == ["P123"]
    assert all(c["Id"] != source["Id"] for c in api.all_customers(LastNames=["Dvořák"]))


def test_merge_into_itself_or_unknown_is_refused(api: Api) -> None:
    customer = _add(api)
    api.error(
        "customers/merge", 403, SourceCustomerId=customer["Id"], TargetCustomerId=customer["Id"]
    )
    api.error("customers/merge", 400, SourceCustomerId=UNKNOWN_ID, TargetCustomerId=customer["Id"])
    api.error("customers/merge", 400, SourceCustomerId=customer["Id"], TargetCustomerId=UNKNOWN_ID)
    assert _get(api, customer["Id"], ("Active",)) is not None


def test_accounts_merge_folds_several_sources_and_is_all_or_nothing(api: Api) -> None:
    target, one, two = _add(api), _add(api), _add(api)
    merge = {
        "AccountType": "Customer",
        "TargetAccountId": target["Id"],
        "SourceAccountIds": [one["Id"], UNKNOWN_ID],
    }
    api.error("accounts/merge", 400, AccountMergeParameters=[merge])
    assert _get(api, one["Id"], ("Active",)) is not None
    merge["SourceAccountIds"] = [one["Id"], two["Id"]]
    assert api.ok("accounts/merge", AccountMergeParameters=[merge]) == {}
    for source in (one, two):
        assert _get(api, source["Id"])["MergeTargetId"] == target["Id"]
    api.error("accounts/merge", 403, AccountMergeParameters=[merge])


# -- identity documents --------------------------------------------------------------------


def test_identity_documents_add_update_get_delete(api: Api) -> None:
    customer = _add(api)
    added = api.ok(
        "identityDocuments/add",
        IdentityDocuments=[
            {
                "CustomerId": customer["Id"],
                "Type": "Passport",
                "Number": "P1",
                "ExpirationDate": "2030-01-01",
            },
            {"CustomerId": customer["Id"], "Type": "DriversLicense", "Number": "D1"},
        ],
    )["IdentityDocuments"]
    passport, licence = added
    updated = api.ok(
        "identityDocuments/update",
        IdentityDocuments=[
            {"Id": passport["Id"], "Number": {"Value": "P2"}, "IssuingCity": {"Value": "Praha"}}
        ],
    )["IdentityDocuments"][0]
    assert updated["Number"] == "P2" and updated["IssuingCity"] == "Praha"
    assert updated["ExpirationDate"] == "2030-01-01T00:00:00Z"
    page = api.ok(
        "identityDocuments/getAll",
        CustomerIds=[customer["Id"]],
        Types=["Passport"],
        Limitation={"Count": 10},
    )
    assert page["IdentityDocuments"] == [updated]
    first = api.ok(
        "identityDocuments/getAll", CustomerIds=[customer["Id"]], Limitation={"Count": 1}
    )
    assert first["Cursor"] == passport["Id"]
    rest = api.ok(
        "identityDocuments/getAll",
        CustomerIds=[customer["Id"]],
        Limitation={"Count": 1, "Cursor": first["Cursor"]},
    )
    assert [d["Id"] for d in rest["IdentityDocuments"]] == [licence["Id"]]
    assert rest["Cursor"] == licence["Id"]
    end = api.ok(
        "identityDocuments/getAll",
        CustomerIds=[customer["Id"]],
        Limitation={"Count": 1, "Cursor": rest["Cursor"]},
    )
    assert end == {"IdentityDocuments": [], "Cursor": None}
    assert api.ok("identityDocuments/delete", IdentityDocumentIds=[licence["Id"]]) == {}
    remaining = api.ok(
        "identityDocuments/getAll", CustomerIds=[customer["Id"]], Limitation={"Count": 10}
    )
    assert [d["Id"] for d in remaining["IdentityDocuments"]] == [passport["Id"]]


def test_identity_documents_errors(api: Api) -> None:
    customer = _add(api)
    api.error(
        "identityDocuments/add",
        400,
        IdentityDocuments=[{"CustomerId": customer["Id"], "Type": "Library", "Number": "1"}],
    )
    api.error(
        "identityDocuments/add",
        400,
        IdentityDocuments=[{"CustomerId": UNKNOWN_ID, "Type": "Visa", "Number": "1"}],
    )
    too_many = [{"CustomerId": customer["Id"], "Type": "Visa", "Number": str(n)} for n in range(11)]
    api.error("identityDocuments/add", 400, IdentityDocuments=too_many)
    api.error(
        "identityDocuments/update",
        400,
        IdentityDocuments=[{"Id": UNKNOWN_ID, "Number": {"Value": "1"}}],
    )
    api.error("identityDocuments/delete", 400, IdentityDocumentIds=[UNKNOWN_ID])
    api.error("identityDocuments/getAll", 400, Limitation={"Count": 10})


def test_merging_an_in_house_guest_moves_the_stay_to_the_target(api: Api) -> None:
    guest = next(row for row in api.server.store.in_house() if row.reservation is not None)
    target = _add(api, FirstName=guest.customer["FirstName"], LastName=guest.customer["LastName"])
    api.ok("customers/merge", SourceCustomerId=guest.customer["Id"], TargetCustomerId=target["Id"])
    results = api.ok("customers/search", Name=guest.customer["LastName"])["Customers"]
    found = {item["Customer"]["Id"]: item["Reservation"] for item in results}
    assert guest.customer["Id"] not in found
    stay = found[target["Id"]]
    assert stay["Id"] == guest.reservation["Id"]
    assert target["Id"] in {stay["OwnerId"], *stay["CompanionIds"]}
    assert guest.customer["Id"] not in {stay["OwnerId"], *stay["CompanionIds"]}
