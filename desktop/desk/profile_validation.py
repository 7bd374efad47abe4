"""Checks a profile field as the user types, before anything is sent to Mews.

Messages are English source texts in the ``ProfileValidation`` context; the editor shows
them beside the field (translated) and keeps Save disabled while any field has one. The
rules are what Mews enforces or what would make the value useless at the desk: a last
name, a plausible email, a birth date that is not in the future, the 255-character limit,
and the formats of the codes Mews expects (ISO 3166 countries and subdivisions, culture
codes, a company UUID, the Italian codes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from desktop.desk.labels import QT_TRANSLATE_NOOP
from desktop.desk.profile_fields import FIELDS, Kind, Saving
from desktop.mews import limits

VALIDATION_CONTEXT = "ProfileValidation"

MAX_TEXT_LENGTH = 255

# Deliberately permissive: one "@", no spaces, a dot in the domain. Mews validates for real;
# this only catches typos such as a missing "@" or a trailing space before the round trip.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_SUBDIVISION = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_CULTURE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# Persons: 16 letters/digits (RSSMRA85T10A562S); companies: 11 digits (partita IVA).
_ITALIAN_FISCAL = re.compile(r"^([A-Za-z0-9]{16}|[0-9]{11})$")
# SDI recipient code: 7 characters for businesses, 6 for public administration.
_ITALIAN_DESTINATION = re.compile(r"^[A-Za-z0-9]{6,7}$")
_ALPHANUMERIC = re.compile(r"^[A-Za-z0-9]+$")

_COUNTRY_KEYS = {f.key for f in FIELDS if f.kind is Kind.COUNTRY}
_SUBDIVISION_KEYS = {"birth_country_subdivision_code", "address_country_subdivision_code"}
_TEXT_KEYS = {
    f.key for f in FIELDS if f.kind in (Kind.TEXT, Kind.NOTES) and f.saving is not Saving.READ_ONLY
}

REQUIRED_LAST_NAME = QT_TRANSLATE_NOOP("ProfileValidation", "Last name is required.")
BAD_EMAIL = QT_TRANSLATE_NOOP("ProfileValidation", "This is not a valid email address.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "ProfileValidation", "Use digits, spaces and + ( ) - / . only, at least 4 digits."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("ProfileValidation", "Not a date: type it as %1 or %2.")
FUTURE_BIRTH_DATE = QT_TRANSLATE_NOOP("ProfileValidation", "Birth date cannot be in the future.")
TOO_OLD_BIRTH_DATE = QT_TRANSLATE_NOOP("ProfileValidation", "Birth date is before 1900.")
TOO_LONG = QT_TRANSLATE_NOOP("ProfileValidation", "At most 255 characters.")
BAD_COUNTRY = QT_TRANSLATE_NOOP("ProfileValidation", "Pick a country from the list.")
BAD_SUBDIVISION = QT_TRANSLATE_NOOP(
    "ProfileValidation", "Use an ISO 3166-2 code such as DE-BY or ES-C."
)
BAD_LANGUAGE = QT_TRANSLATE_NOOP("ProfileValidation", "Use a culture code such as en-GB.")
BAD_COMPANY = QT_TRANSLATE_NOOP(
    "ProfileValidation", "A company ID looks like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111."
)
BAD_FISCAL = QT_TRANSLATE_NOOP(
    "ProfileValidation", "A fiscal code has 16 letters and digits (11 digits for a company)."
)
BAD_DESTINATION = QT_TRANSLATE_NOOP(
    "ProfileValidation", "A destination code has 6 or 7 letters and digits."
)
BAD_LOTTERY = QT_TRANSLATE_NOOP(
    "ProfileValidation", "A lottery code has 2 to 15 letters and digits."
)

_EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)


def validate_field(key: str, value: Any, *, today: dt.date | None = None) -> str | None:
    """The problem with one field's value, or ``None`` when it can be saved."""
    if key == "last_name" and not str(value or "").strip():
        return REQUIRED_LAST_NAME
    if key == "birth_date":
        return _birth_date_problem(value, today or dt.date.today())
    if not isinstance(value, str) or value == "":
        return None
    if key in _TEXT_KEYS and key != "notes" and len(value) > MAX_TEXT_LENGTH:
        return TOO_LONG
    text = value.strip()
    checks: dict[str, tuple[re.Pattern[str], str]] = {
        "email": (_EMAIL, BAD_EMAIL),
        "phone": (_PHONE, BAD_PHONE),
        "preferred_language_code": (_CULTURE, BAD_LANGUAGE),
        "company_id": (_UUID, BAD_COMPANY),
        "italian_fiscal_code": (_ITALIAN_FISCAL, BAD_FISCAL),
        "italian_destination_code": (_ITALIAN_DESTINATION, BAD_DESTINATION),
    }
    if key in _COUNTRY_KEYS:
        return None if _COUNTRY.match(text) else BAD_COUNTRY
    if key in _SUBDIVISION_KEYS:
        return None if _SUBDIVISION.match(text) else BAD_SUBDIVISION
    if key == "italian_lottery_code":
        fits = (
            limits.MIN_ITALIAN_LOTTERY_CODE_LENGTH
            <= len(text)
            <= limits.MAX_ITALIAN_LOTTERY_CODE_LENGTH
        )
        return None if fits and _ALPHANUMERIC.match(text) else BAD_LOTTERY
    if key in checks:
        pattern, message = checks[key]
        return None if pattern.match(text) else message
    return None


def _birth_date_problem(value: Any, today: dt.date) -> str | None:
    """``value`` is the text as typed while the form could not read it as a date; the
    message's ``%1`` and ``%2`` are examples in the formats the desk reads, filled in by
    the screen, which knows the locale."""
    if isinstance(value, str) and value.strip():
        return NOT_A_DATE
    if not isinstance(value, dt.date):
        return None
    if value > today:
        return FUTURE_BIRTH_DATE
    if value < _EARLIEST_BIRTH_DATE:
        return TOO_OLD_BIRTH_DATE
    return None


def validate_profile(
    values: Mapping[str, Any],
    *,
    only: set[str] | frozenset[str] | None = None,
    today: dt.date | None = None,
) -> dict[str, str]:
    """Every problem in a profile, by field key.

    ``only`` limits the check to some fields: a value that came from the server and was not
    touched is not the user's to fix (Mews may hold an old code in a format it no longer
    accepts), so the editor checks what was edited plus the last name.
    """
    problems: dict[str, str] = {}
    for field in FIELDS:
        if field.saving is Saving.READ_ONLY:
            continue
        if only is not None and field.key not in only and field.key != "last_name":
            continue
        problem = validate_field(field.key, values.get(field.key), today=today)
        if problem:
            problems[field.key] = problem
    return problems
