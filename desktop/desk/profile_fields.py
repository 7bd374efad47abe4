"""The fields of a customer profile as the editor shows them, and how each one is saved.

The editor, the diff, the conflict check and the duplicate check all work on one flat,
comparable snapshot of a profile (``ProfileValues``: field key -> value) instead of the
pydantic ``Customer``. That keeps them Qt-free, cheap to compare and independent of how
the API nests things (the address is an object, Italian codes are update values on
``customers/update`` but plain strings on ``customers/add``).

Value conventions, so that "unchanged" is plain equality:
- text and single-choice fields: ``str``, ``""`` when not set;
- the birth date: ``datetime.date`` or ``None``;
- classifications and options: ``tuple[str, ...]`` in server order, unknown values kept;
- read-only facts: ``str`` already formatted for display (``""`` when absent).

Field keys are the snake_case ``Customer`` attribute names, except the address lines,
which are ``address_`` + the snake_case attribute of the address object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.desk.labels import QT_TRANSLATE_NOOP

FIELD_CONTEXT = "ProfileField"
GROUP_CONTEXT = "ProfileGroup"

ProfileValues = dict[str, Any]


class Group(StrEnum):
    """Sections of the form, in the order a receptionist reads a profile."""

    PERSONAL = QT_TRANSLATE_NOOP("ProfileGroup", "Personal")
    CONTACT = QT_TRANSLATE_NOOP("ProfileGroup", "Contact")
    ADDRESS = QT_TRANSLATE_NOOP("ProfileGroup", "Address")
    BILLING = QT_TRANSLATE_NOOP("ProfileGroup", "Billing and tax")
    INTERNAL = QT_TRANSLATE_NOOP("ProfileGroup", "Internal")
    ITALIAN = QT_TRANSLATE_NOOP("ProfileGroup", "Italian codes")
    FACTS = QT_TRANSLATE_NOOP("ProfileGroup", "Record")


class Kind(StrEnum):
    """Which editor a field needs."""

    TEXT = "text"
    NOTES = "notes"
    TITLE = "title"
    SEX = "sex"
    COUNTRY = "country"
    LANGUAGE = "language"
    DATE = "date"
    CLASSIFICATIONS = "classifications"
    OPTIONS = "options"
    FACT = "fact"


class Saving(StrEnum):
    """How ``customers/update`` treats a field; decides what the diff sends.

    PLAIN fields are set when sent and left alone when blank ("If any of the fields is left
    blank, it won't clear the field"), so emptying one cannot be saved. UPDATE_VALUE fields
    (the Italian codes) are ``{"Value": x}`` objects that can be cleared with ``null``. SET
    fields replace the whole set. ADDRESS fields travel together as one address object.
    READ_ONLY fields are never sent.
    """

    PLAIN = "plain"
    UPDATE_VALUE = "update_value"
    SET = "set"
    ADDRESS = "address"
    READ_ONLY = "read_only"


@dataclass(frozen=True, slots=True)
class ProfileField:
    key: str
    label: str
    group: Group
    kind: Kind
    saving: Saving
    wire_name: str


def _field(
    key: str, label: str, group: Group, kind: Kind, saving: Saving, wire_name: str
) -> ProfileField:
    return ProfileField(key, label, group, kind, saving, wire_name)


P, T, RO = Saving.PLAIN, Kind.TEXT, Saving.READ_ONLY

FIELDS: tuple[ProfileField, ...] = (
    _field("title", QT_TRANSLATE_NOOP("ProfileField", "Title"), Group.PERSONAL, Kind.TITLE, P, "Title"),
    _field("first_name", QT_TRANSLATE_NOOP("ProfileField", "First name"), Group.PERSONAL, T, P, "FirstName"),
    _field("last_name", QT_TRANSLATE_NOOP("ProfileField", "Last name"), Group.PERSONAL, T, P, "LastName"),
    _field("second_last_name", QT_TRANSLATE_NOOP("ProfileField", "Second last name"), Group.PERSONAL, T, P, "SecondLastName"),
    _field("sex", QT_TRANSLATE_NOOP("ProfileField", "Sex"), Group.PERSONAL, Kind.SEX, P, "Sex"),
    _field("birth_date", QT_TRANSLATE_NOOP("ProfileField", "Birth date"), Group.PERSONAL, Kind.DATE, P, "BirthDate"),
    _field("birth_place", QT_TRANSLATE_NOOP("ProfileField", "Birth place"), Group.PERSONAL, T, P, "BirthPlace"),
    _field("birth_country_code", QT_TRANSLATE_NOOP("ProfileField", "Birth country"), Group.PERSONAL, Kind.COUNTRY, P, "BirthCountryCode"),
    _field("birth_country_subdivision_code", QT_TRANSLATE_NOOP("ProfileField", "Birth province"), Group.PERSONAL, T, P, "BirthCountrySubdivisionCode"),
    _field("nationality_code", QT_TRANSLATE_NOOP("ProfileField", "Nationality"), Group.PERSONAL, Kind.COUNTRY, P, "NationalityCode"),
    _field("preferred_language_code", QT_TRANSLATE_NOOP("ProfileField", "Preferred language"), Group.PERSONAL, Kind.LANGUAGE, P, "PreferredLanguageCode"),
    _field("occupation", QT_TRANSLATE_NOOP("ProfileField", "Occupation"), Group.PERSONAL, T, P, "Occupation"),
    _field("email", QT_TRANSLATE_NOOP("ProfileField", "Email"), Group.CONTACT, T, P, "Email"),
    _field("phone", QT_TRANSLATE_NOOP("ProfileField", "Phone"), Group.CONTACT, T, P, "Phone"),
    _field("address_line1", QT_TRANSLATE_NOOP("ProfileField", "Address line 1"), Group.ADDRESS, T, Saving.ADDRESS, "Line1"),
    _field("address_line2", QT_TRANSLATE_NOOP("ProfileField", "Address line 2"), Group.ADDRESS, T, Saving.ADDRESS, "Line2"),
    _field("address_city", QT_TRANSLATE_NOOP("ProfileField", "City"), Group.ADDRESS, T, Saving.ADDRESS, "City"),
    _field("address_postal_code", QT_TRANSLATE_NOOP("ProfileField", "Postal code"), Group.ADDRESS, T, Saving.ADDRESS, "PostalCode"),
    _field("address_country_code", QT_TRANSLATE_NOOP("ProfileField", "Country"), Group.ADDRESS, Kind.COUNTRY, Saving.ADDRESS, "CountryCode"),
    _field("address_country_subdivision_code", QT_TRANSLATE_NOOP("ProfileField", "Region / subdivision"), Group.ADDRESS, T, Saving.ADDRESS, "CountrySubdivisionCode"),
    _field("tax_identification_number", QT_TRANSLATE_NOOP("ProfileField", "Tax ID"), Group.BILLING, T, P, "TaxIdentificationNumber"),
    _field("loyalty_code", QT_TRANSLATE_NOOP("ProfileField", "Loyalty code"), Group.BILLING, T, P, "LoyaltyCode"),
    _field("company_id", QT_TRANSLATE_NOOP("ProfileField", "Company ID"), Group.BILLING, T, P, "CompanyId"),
    _field("billing_code", QT_TRANSLATE_NOOP("ProfileField", "Billing code"), Group.BILLING, Kind.FACT, RO, "BillingCode"),
    _field("accounting_code", QT_TRANSLATE_NOOP("ProfileField", "Accounting code"), Group.BILLING, Kind.FACT, RO, "AccountingCode"),
    _field("classifications", QT_TRANSLATE_NOOP("ProfileField", "Classifications"), Group.INTERNAL, Kind.CLASSIFICATIONS, Saving.SET, "Classifications"),
    _field("options", QT_TRANSLATE_NOOP("ProfileField", "Options"), Group.INTERNAL, Kind.OPTIONS, Saving.SET, "Options"),
    _field("notes", QT_TRANSLATE_NOOP("ProfileField", "Notes"), Group.INTERNAL, Kind.NOTES, P, "Notes"),
    _field("car_registration_number", QT_TRANSLATE_NOOP("ProfileField", "Car registration"), Group.INTERNAL, T, P, "CarRegistrationNumber"),
    _field("dietary_requirements", QT_TRANSLATE_NOOP("ProfileField", "Dietary requirements"), Group.INTERNAL, T, P, "DietaryRequirements"),
    _field("italian_destination_code", QT_TRANSLATE_NOOP("ProfileField", "Destination code (SDI)"), Group.ITALIAN, T, Saving.UPDATE_VALUE, "ItalianDestinationCode"),
    _field("italian_fiscal_code", QT_TRANSLATE_NOOP("ProfileField", "Fiscal code"), Group.ITALIAN, T, Saving.UPDATE_VALUE, "ItalianFiscalCode"),
    _field("italian_lottery_code", QT_TRANSLATE_NOOP("ProfileField", "Lottery code"), Group.ITALIAN, T, Saving.UPDATE_VALUE, "ItalianLotteryCode"),
    _field("number", QT_TRANSLATE_NOOP("ProfileField", "Number"), Group.FACTS, Kind.FACT, RO, "Number"),
    _field("id", QT_TRANSLATE_NOOP("ProfileField", "ID"), Group.FACTS, Kind.FACT, RO, "Id"),
    _field("chain_id", QT_TRANSLATE_NOOP("ProfileField", "Chain"), Group.FACTS, Kind.FACT, RO, "ChainId"),
    _field("created_utc", QT_TRANSLATE_NOOP("ProfileField", "Created"), Group.FACTS, Kind.FACT, RO, "CreatedUtc"),
    _field("updated_utc", QT_TRANSLATE_NOOP("ProfileField", "Updated"), Group.FACTS, Kind.FACT, RO, "UpdatedUtc"),
    _field("is_active", QT_TRANSLATE_NOOP("ProfileField", "Active"), Group.FACTS, Kind.FACT, RO, "IsActive"),
    _field("has_ota_email", QT_TRANSLATE_NOOP("ProfileField", "Temporary OTA email"), Group.FACTS, Kind.FACT, RO, "HasOtaEmail"),
    _field("merge_target_id", QT_TRANSLATE_NOOP("ProfileField", "Merged into"), Group.FACTS, Kind.FACT, RO, "MergeTargetId"),
    _field("preferred_space_features", QT_TRANSLATE_NOOP("ProfileField", "Room preferences"), Group.FACTS, Kind.FACT, RO, "PreferredSpaceFeatures"),
    _field("language_code", QT_TRANSLATE_NOOP("ProfileField", "Language (derived)"), Group.FACTS, Kind.FACT, RO, "LanguageCode"),
)  # fmt: skip

FIELDS_BY_KEY: dict[str, ProfileField] = {field.key: field for field in FIELDS}
EDITABLE_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.saving is not Saving.READ_ONLY)
ADDRESS_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.saving is Saving.ADDRESS)
SET_KINDS = (Kind.CLASSIFICATIONS, Kind.OPTIONS)

# The server may report ``None`` among a customer's options (CustomerOptionsEnum); it means
# "no options" and is not accepted by customers/update (CustomerOptionEnum).
NO_OPTION = "None"


def field_label(key: str) -> str:
    """English source label of a field (translate in ``FIELD_CONTEXT``)."""
    return FIELDS_BY_KEY[key].label


def empty_values() -> ProfileValues:
    """The snapshot of a profile that does not exist yet (the "new customer" form)."""
    return {field.key: _empty(field) for field in FIELDS}


def _empty(field: ProfileField) -> Any:
    if field.kind is Kind.DATE:
        return None
    if field.kind in SET_KINDS:
        return ()
    return ""


def values_from_customer(customer: Any) -> ProfileValues:
    """Snapshot a ``Customer`` (model or any object with its snake_case attributes)."""
    address = getattr(customer, "address", None)
    values: ProfileValues = {}
    for field in FIELDS:
        if field.saving is Saving.ADDRESS:
            raw = getattr(address, field.key.removeprefix("address_"), None) if address else None
        else:
            raw = getattr(customer, field.key, None)
        values[field.key] = normalise(field, raw)
    return values


def normalise(field: ProfileField, raw: Any) -> Any:
    """Bring one raw attribute into the snapshot's conventions."""
    if field.kind is Kind.DATE:
        return parse_date(raw)
    if field.kind in SET_KINDS:
        return tuple(_enum_text(item) for item in (raw or ()))
    if field.kind is Kind.FACT:
        return format_fact(raw)
    if raw is None:
        return ""
    return _enum_text(raw)


def _enum_text(value: Any) -> str:
    """The API string of an enum member, or the string itself (unknown values stay as is)."""
    inner = getattr(value, "value", value)
    return str(inner)


def parse_date(raw: Any) -> dt.date | None:
    """A birth date from the API (``date``, ``datetime`` or ISO text) or ``None``."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def format_fact(raw: Any) -> str:
    """Read-only values shown as text: booleans as Yes/No, times as ``YYYY-MM-DD HH:MM UTC``."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return (
            QT_TRANSLATE_NOOP("ProfileField", "Yes")
            if raw
            else QT_TRANSLATE_NOOP("ProfileField", "No")
        )
    if isinstance(raw, dt.datetime):
        moment = raw.astimezone(dt.UTC) if raw.tzinfo else raw
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(raw, list | tuple):
        return ", ".join(_enum_text(item) for item in raw)
    text = _enum_text(raw)
    if len(text) >= 19 and text[4] == "-" and text[10] == "T":
        try:
            return format_fact(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            return text
    return text


def changed_keys(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...]:
    """Editable fields whose values differ, in form order."""
    return tuple(key for key in EDITABLE_KEYS if _same(before.get(key), after.get(key)) is False)


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, tuple | list) or isinstance(right, tuple | list):
        return set(left or ()) == set(right or ())
    return (left or None) == (right or None)


def is_blank(value: Any) -> bool:
    """True for a field left empty (the form's "not set")."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, tuple | list):
        return len(value) == 0
    return False


def display_value(key: str, value: Any) -> str:
    """A one-line English rendering of a value, for conflict and duplicate summaries."""
    field = FIELDS_BY_KEY[key]
    if value is None or value == "" or value == ():
        return "—"
    if field.kind is Kind.DATE and isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value)
    return str(value)


def ordered(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct values, first occurrence wins (sets must be sent without duplicates)."""
    return tuple(dict.fromkeys(values))
