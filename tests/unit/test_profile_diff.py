"""The update a save sends: only changed fields, whole sets, update values, honest blanks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.desk.profile_diff import build_add, build_update
from desktop.desk.profile_fields import empty_values


def _profile(**overrides: Any) -> dict[str, Any]:
    return (
        empty_values()
        | {
            "title": "Misses",
            "first_name": "Anna",
            "last_name": "Novak",
            "email": "anna@example.com",
            "birth_date": dt.date(1985, 3, 1),
            "classifications": ("Returning", "FutureClassification"),
            "options": ("None",),
            "italian_fiscal_code": "RSSMRA85T10A562S",
            "address_line1": "Main 1",
            "address_city": "Prague",
            "number": "1001",
        }
        | overrides
    )


def test_nothing_changed_sends_nothing() -> None:
    update = build_update(_profile(), _profile())
    assert update.arguments == {}
    assert not update.sends_anything


def test_only_changed_plain_fields_are_sent() -> None:
    update = build_update(_profile(), _profile(title="Mister", email=" new@example.com "))
    assert update.arguments == {"title": "Mister", "email": "new@example.com"}
    assert update.changed == ("title", "email")


def test_birth_date_goes_out_as_iso_date() -> None:
    update = build_update(_profile(), _profile(birth_date=dt.date(1986, 4, 2)))
    assert update.arguments == {"birth_date": "1986-04-02"}


def test_sets_are_sent_whole_and_keep_unknown_values() -> None:
    update = build_update(
        _profile(), _profile(classifications=("Returning", "FutureClassification", "Media"))
    )
    assert update.arguments == {"classifications": ["Returning", "FutureClassification", "Media"]}


def test_reordering_a_set_is_not_a_change() -> None:
    update = build_update(
        _profile(), _profile(classifications=("FutureClassification", "Returning"))
    )
    assert update.arguments == {}


def test_emptying_a_set_sends_the_empty_set() -> None:
    update = build_update(_profile(), _profile(classifications=()))
    assert update.arguments == {"classifications": []}


def test_the_none_option_is_never_sent() -> None:
    update = build_update(_profile(), _profile(options=("None", "Invoiceable")))
    assert update.arguments == {"options": ["Invoiceable"]}


def test_emptied_plain_fields_are_reported_not_sent() -> None:
    update = build_update(_profile(), _profile(first_name="", email="  ", title="", phone=""))
    assert update.arguments == {}
    assert update.not_cleared == ("title", "first_name", "email")


def test_italian_codes_are_update_values_and_can_be_cleared() -> None:
    update = build_update(_profile(), _profile(italian_fiscal_code="", italian_lottery_code="AB12"))
    assert update.arguments == {
        "italian_fiscal_code": {"Value": None},
        "italian_lottery_code": {"Value": "AB12"},
    }
    assert update.not_cleared == ()


def test_address_is_sent_whole_when_any_line_changes() -> None:
    update = build_update(_profile(), _profile(address_postal_code="110 00"))
    assert update.arguments == {
        "address": {"Line1": "Main 1", "City": "Prague", "PostalCode": "110 00"}
    }


def test_emptied_address_line_is_reported() -> None:
    update = build_update(_profile(), _profile(address_line1=""))
    assert update.arguments == {"address": {"City": "Prague"}}
    assert update.not_cleared == ("address_line1",)


def test_read_only_facts_are_never_sent() -> None:
    update = build_update(_profile(), _profile(number="9999", id="x"))
    assert update.arguments == {}


def test_add_sends_every_filled_field_with_plain_italian_codes() -> None:
    arguments = build_add(_profile(phone=""))
    assert arguments == {
        "title": "Misses",
        "first_name": "Anna",
        "last_name": "Novak",
        "birth_date": "1985-03-01",
        "email": "anna@example.com",
        "address": {"Line1": "Main 1", "City": "Prague"},
        "classifications": ["Returning", "FutureClassification"],
        "italian_fiscal_code": "RSSMRA85T10A562S",
    }
