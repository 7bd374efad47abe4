"""Customers: the profile itself and ``customers/getAll|search|add|update``."""

from __future__ import annotations

from typing import Annotated, ClassVar
from uuid import UUID

from pydantic import BeforeValidator, Field, field_validator

from desktop.mews import limits
from desktop.mews.models.base import ApiDate, ApiDateTime, MewsModel, MewsRequest, OpenEnum
from desktop.mews.models.common import (
    AddressParameters,
    CustomerExtent,
    Limitation,
    OldAddress,
    StringUpdateValue,
    TimeFilterInterval,
    wrap_update_value,
)
from desktop.mews.models.enums import (
    ActivityState,
    CustomerClassification,
    CustomerOption,
    ResourceFeatureClassification,
    Sex,
    Title,
)
from desktop.mews.models.identity_documents import DocumentParameters, IdentityDocument
from desktop.mews.models.reservations import ReservationOld

Classifications = list[OpenEnum[CustomerClassification]]
Options = list[OpenEnum[CustomerOption]]
CarRegistrationNumber = Annotated[str, Field(max_length=limits.MAX_CAR_REGISTRATION_NUMBER_LENGTH)]
DietaryRequirements = Annotated[str, Field(max_length=limits.MAX_DIETARY_REQUIREMENTS_LENGTH)]
ItalianLotteryCode = Annotated[
    str,
    Field(
        min_length=limits.MIN_ITALIAN_LOTTERY_CODE_LENGTH,
        max_length=limits.MAX_ITALIAN_LOTTERY_CODE_LENGTH,
    ),
]


def _filter_list(max_items: int = limits.MAX_FILTER_ITEMS) -> object:
    return Field(default=None, min_length=1, max_length=max_items)


class Customer(MewsModel):
    """A guest profile as Mews returns it.

    Only ``Id`` is insisted on: everything else may be missing or null in a drifting
    API without failing a whole page. No Python-level validators run here, so a
    1000-customer page parses entirely inside pydantic-core.
    """

    id: UUID
    chain_id: UUID | None = None
    number: str | None = None
    title: OpenEnum[Title] | None = None
    sex: OpenEnum[Sex] | None = None
    first_name: str | None = None
    last_name: str = ""
    second_last_name: str | None = None
    nationality_code: str | None = None
    preferred_language_code: str | None = None
    language_code: str | None = None
    birth_date: ApiDate | None = None
    birth_country_code: str | None = None
    birth_country_subdivision_code: str | None = None
    birth_place: str | None = None
    occupation: str | None = None
    email: str | None = None
    has_ota_email: bool | None = None
    phone: str | None = None
    tax_identification_number: str | None = None
    loyalty_code: str | None = None
    accounting_code: str | None = None
    billing_code: str | None = None
    notes: str | None = None
    car_registration_number: str | None = None
    dietary_requirements: str | None = None
    created_utc: ApiDateTime | None = None
    updated_utc: ApiDateTime | None = None
    passport: IdentityDocument | None = None
    identity_card: IdentityDocument | None = None
    visa: IdentityDocument | None = None
    drivers_license: IdentityDocument | None = None
    address: OldAddress | None = None
    address_id: UUID | None = None
    classifications: Classifications = Field(default_factory=list)
    options: Options = Field(default_factory=list)
    italian_destination_code: str | None = None
    italian_fiscal_code: str | None = None
    italian_lottery_code: str | None = None
    company_id: UUID | None = None
    merge_target_id: UUID | None = None
    activity_state: OpenEnum[ActivityState] | None = None
    is_active: bool = True
    preferred_space_features: list[OpenEnum[ResourceFeatureClassification]] = Field(
        default_factory=list
    )
    creator_profile_id: UUID | None = None
    updater_profile_id: UUID | None = None

    @property
    def full_name(self) -> str:
        """First, last and second last name, as a desk reads them."""
        parts = (self.first_name, self.last_name, self.second_last_name)
        return " ".join(part for part in parts if part)


class CustomerFilterParameters(MewsRequest):
    """``customers/getAll`` request.

    Filters are exact values (no wildcard); a time window is at most three months.
    ``Extent`` and ``Limitation`` are always sent (customers only, a full page) unless
    the caller chooses otherwise.
    """

    _always_sent: ClassVar[frozenset[str]] = frozenset({"extent", "limitation"})

    extent: CustomerExtent = Field(default_factory=lambda: CustomerExtent(customers=True))
    limitation: Limitation = Field(default_factory=lambda: Limitation(count=limits.MAX_PAGE_SIZE))
    chain_ids: list[UUID] | None = _filter_list()
    created_utc: TimeFilterInterval | None = None
    updated_utc: TimeFilterInterval | None = None
    deleted_utc: TimeFilterInterval | None = None
    activity_states: list[OpenEnum[ActivityState]] | None = None
    customer_ids: list[UUID] | None = _filter_list()
    company_ids: list[UUID] | None = _filter_list(limits.MAX_COMPANY_IDS)
    emails: list[str] | None = _filter_list()
    first_names: list[str] | None = _filter_list()
    last_names: list[str] | None = _filter_list()
    loyalty_codes: list[str] | None = _filter_list()


class CustomerResult(MewsModel):
    """``customers/getAll`` response: one page; ``cursor`` continues it."""

    customers: list[Customer] = Field(default_factory=list)
    #: Deprecated by Mews (use ``identityDocuments/getAll``); null unless asked for.
    documents: list[IdentityDocument] | None = None
    cursor: UUID | None = None


class CustomerSearchParameters(MewsRequest):
    """``customers/search`` request: customers in house now, by name or room."""

    name: str | None = None
    resource_id: UUID | None = None
    extent: CustomerExtent | None = None


class ChargeableCustomer(MewsModel):
    """A search hit: the customer and, when staying now, their reservation."""

    customer: Customer
    reservation: ReservationOld | None = None


class CustomerSearchResult(MewsModel):
    """``customers/search`` response (no paging)."""

    customers: list[ChargeableCustomer] = Field(default_factory=list)
    documents: list[IdentityDocument] | None = None


class _ProfileFields(MewsRequest):
    """The profile fields ``customers/add`` and ``customers/update`` share, typed alike.

    What differs stays on each request: add requires a last name and takes the Italian
    codes as plain strings; update identifies the customer and takes the Italian codes
    as ``{"Value": ...}`` update values.
    """

    title: OpenEnum[Title] | None = None
    first_name: str | None = None
    second_last_name: str | None = None
    nationality_code: str | None = None
    preferred_language_code: str | None = None
    sex: OpenEnum[Sex] | None = None
    birth_date: ApiDate | None = None
    birth_country_code: str | None = None
    birth_country_subdivision_code: str | None = None
    birth_place: str | None = None
    occupation: str | None = None
    email: str | None = None
    phone: str | None = None
    loyalty_code: str | None = None
    notes: str | None = None
    car_registration_number: CarRegistrationNumber | None = None
    dietary_requirements: DietaryRequirements | None = None
    tax_identification_number: str | None = None
    company_id: UUID | None = None
    address: AddressParameters | None = None
    identity_card: DocumentParameters | None = None
    passport: DocumentParameters | None = None
    visa: DocumentParameters | None = None
    drivers_license: DocumentParameters | None = None
    classifications: Classifications | None = None
    options: Options | None = None


class CustomerAddParameters(_ProfileFields):
    """``customers/add`` request.

    With ``overwrite_existing`` false, an email that already belongs to a profile makes
    Mews refuse the call; it is always sent because the API requires it.
    """

    _always_sent: ClassVar[frozenset[str]] = frozenset({"overwrite_existing"})

    last_name: str = Field(min_length=1)
    overwrite_existing: bool = False
    chain_id: UUID | None = None
    italian_destination_code: str | None = None
    italian_fiscal_code: str | None = None
    italian_lottery_code: ItalianLotteryCode | None = None


_StringUpdate = Annotated[StringUpdateValue | None, BeforeValidator(wrap_update_value)]


class CustomerUpdateParameters(_ProfileFields):
    """``customers/update`` request: only the fields that were set are sent.

    Mews never clears a plain field (a null or missing value leaves it as it was);
    only the Italian codes are ``{"Value": ...}`` update values, where ``Value: null``
    does clear. ``classifications`` and ``options`` replace the whole set. A bare
    string given for an Italian code is wrapped into an update value.
    """

    customer_id: UUID
    chain_id: UUID | None = None
    last_name: str | None = None
    italian_destination_code: _StringUpdate = None
    italian_fiscal_code: _StringUpdate = None
    italian_lottery_code: _StringUpdate = None

    @field_validator("italian_lottery_code")
    @classmethod
    def _lottery_code_length(cls, update: StringUpdateValue | None) -> StringUpdateValue | None:
        code = update.value if update is not None else None
        low, high = limits.MIN_ITALIAN_LOTTERY_CODE_LENGTH, limits.MAX_ITALIAN_LOTTERY_CODE_LENGTH
        if code is not None and not low <= len(code) <= high:
            raise ValueError(
                f"ItalianLotteryCode must be {low} to {high} characters, not {len(code)}"
            )
        return update
