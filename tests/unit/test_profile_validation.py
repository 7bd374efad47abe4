from __future__ import annotations

import datetime as dt

import pytest

from desktop.desk import profile_validation as pv
from desktop.desk.profile_fields import empty_values

TODAY = dt.date(2026, 6, 2)


def test_last_name_is_required() -> None:
    assert pv.validate_field("last_name", "  ") == pv.REQUIRED_LAST_NAME
    assert pv.validate_field("last_name", "Novak") is None


@pytest.mark.parametrize("email", ["anna@example.com", "a.b+c@mail.example.co.uk"])
def test_plausible_emails_pass(email: str) -> None:
    assert pv.validate_field("email", email) is None


@pytest.mark.parametrize("email", ["anna", "anna@", "anna@example", "an na@example.com", "a@@b.cz"])
def test_email_typos_are_caught(email: str) -> None:
    assert pv.validate_field("email", email) == pv.BAD_EMAIL


def test_birth_date_not_in_the_future() -> None:
    assert pv.validate_field("birth_date", TODAY, today=TODAY) is None
    assert pv.validate_field("birth_date", TODAY + dt.timedelta(days=1), today=TODAY) == (
        pv.FUTURE_BIRTH_DATE
    )
    assert pv.validate_field("birth_date", None, today=TODAY) is None
    assert pv.validate_field("birth_date", dt.date(1899, 12, 31), today=TODAY) is not None


def test_birth_date_text_the_form_could_not_read_is_not_a_date() -> None:
    assert pv.validate_field("birth_date", "07.03.85", today=TODAY) == pv.NOT_A_DATE
    assert pv.validate_field("birth_date", "  ", today=TODAY) is None


def test_255_character_limit_on_text_fields() -> None:
    assert pv.validate_field("car_registration_number", "x" * 255) is None
    assert pv.validate_field("car_registration_number", "x" * 256) == pv.TOO_LONG
    assert pv.validate_field("dietary_requirements", "x" * 256) == pv.TOO_LONG
    assert pv.validate_field("first_name", "x" * 256) == pv.TOO_LONG


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("nationality_code", "CZ", "Czech"),
        ("address_country_code", "DE", "de"),
        ("address_country_subdivision_code", "DE-BY", "Bavaria"),
        ("preferred_language_code", "en-GB", "English"),
        ("company_id", "3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111", "ACME"),
        ("italian_fiscal_code", "RSSMRA85T10A562S", "RSSMRA85"),
        ("italian_destination_code", "ABC1234", "AB"),
        ("italian_lottery_code", "AB12", "A"),
        ("phone", "+420 123 456 789", "call me"),
    ],
)
def test_code_formats(key: str, good: str, bad: str) -> None:
    assert pv.validate_field(key, good) is None
    assert pv.validate_field(key, bad) is not None


def test_lottery_code_bounds_follow_the_api() -> None:
    assert pv.validate_field("italian_lottery_code", "A" * 15) is None
    assert pv.validate_field("italian_lottery_code", "A" * 16) == pv.BAD_LOTTERY


def test_validate_profile_checks_only_what_was_touched_plus_last_name() -> None:
    values = empty_values() | {"email": "broken", "phone": "nonsense"}
    assert pv.validate_profile(values, only={"email"}) == {
        "last_name": pv.REQUIRED_LAST_NAME,
        "email": pv.BAD_EMAIL,
    }
    assert set(pv.validate_profile(values)) == {"last_name", "email", "phone"}
