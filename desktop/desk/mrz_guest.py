"""From a read passport or ID card to the guest it belongs to, and what it adds to them.

A zone is matched to a profile by its document number first: Mews keeps numbers on
identity documents, which are listed per customer, so the candidates are the customers
with the zone's surname or given names (spelled the ways a profile may hold them), and
their documents are searched for the number. Failing that, the same name and birth date
count as the same guest. ``lookup_guest`` runs on a worker; the rest is pure.

What the zone adds to a profile is compared field by field in the profile's own value
conventions (``desktop.desk.profile_fields``), so the editor's form takes the values
as they are. Names compare after ICAO transliteration: ``Jäger`` on the profile and
``JAEGER`` on the passport are not a difference to ask about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.desk.duplicate_groups import folded_document_number
from desktop.desk.mrz import MrzDocument
from desktop.desk.mrz_countries import country_from_icao
from desktop.desk.mrz_names import readable, same_name, search_spellings
from desktop.desk.profile_fields import is_blank, parse_date

if TYPE_CHECKING:
    from desktop.mews import MewsClient

#: The profile fields a zone fills, in form order.
MRZ_PROFILE_KEYS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "sex",
    "birth_date",
    "nationality_code",
)
CANDIDATE_PAGE_SIZE = 100
DOCUMENT_CUSTOMER_BATCH = 100


class MatchReason(StrEnum):
    SAME_DOCUMENT = "same document number"
    SAME_NAME_AND_BIRTH_DATE = "same name and birth date"


@dataclass(frozen=True)
class GuestMatch:
    """The profile a zone belongs to; ``document`` is its stored copy of the same document."""

    customer: Any
    reason: MatchReason
    document: Any = None


@dataclass(frozen=True)
class FieldPick:
    """A field where the profile and the document disagree: the receptionist chooses."""

    key: str
    stored: Any
    read: Any


def document_type(document: MrzDocument) -> str:
    """The ``IdentityDocumentTypeEnum`` value of a zone's document code."""
    if document.is_passport:
        return "Passport"
    if document.is_visa:
        return "Visa"
    return "IdentityCard"


def full_name(document: MrzDocument) -> str:
    """``Anna Maria Eriksson``: the zone's name as the desk writes it in a sentence."""
    return " ".join(
        part for part in (readable(document.given_names), readable(document.surname)) if part
    )


def profile_values(document: MrzDocument) -> dict[str, Any]:
    """The profile fields the zone fills, as the form holds them (``""``: the zone has none)."""
    return {
        "first_name": readable(document.given_names),
        "last_name": readable(document.surname),
        "sex": {"M": "Male", "F": "Female"}.get(document.sex, ""),
        "birth_date": document.birth_date,
        "nationality_code": country_from_icao(document.nationality),
    }


def document_fields(document: MrzDocument) -> dict[str, Any]:
    """``identityDocuments/add`` fields (without the customer), empty values left out."""
    fields: dict[str, Any] = {
        "type": document_type(document),
        "number": document.document_number,
        "expiration_date": document.expiry_date,
        "issuing_country_code": country_from_icao(document.issuing_state) or None,
    }
    return {key: value for key, value in fields.items() if value is not None}


def document_updates(document: MrzDocument, stored: Any) -> dict[str, Any]:
    """``identityDocuments/update`` fields where a stored copy disagrees with the zone."""
    changes: dict[str, Any] = {}
    for key, value in document_fields(document).items():
        if key == "number":
            continue
        before = getattr(stored, key, None)
        before = getattr(before, "value", before)
        if value != before:
            changes[key] = {"Value": value.isoformat() if isinstance(value, dt.date) else value}
    return {"id": stored.id, **changes} if changes else {}


def fills_and_picks(
    document: MrzDocument, stored: Mapping[str, Any]
) -> tuple[dict[str, Any], list[FieldPick]]:
    """Fields the profile lacks (filled silently) and fields that differ (to pick)."""
    read = profile_values(document)
    fills: dict[str, Any] = {}
    picks: list[FieldPick] = []
    for key in MRZ_PROFILE_KEYS:
        value = read[key]
        if is_blank(value):
            continue  # the zone says nothing here (unknown sex, no country)
        current = stored.get(key)
        if is_blank(current):
            fills[key] = value
        elif not _agrees(key, document, current, value):
            picks.append(FieldPick(key, current, value))
    return fills, picks


def _agrees(key: str, document: MrzDocument, current: Any, value: Any) -> bool:
    if key == "last_name":
        return same_name(str(current), document.surname, truncated=document.name_truncated)
    if key == "first_name":
        return same_name(str(current), document.given_names, truncated=document.name_truncated)
    if key == "birth_date":
        return parse_date(current) == value
    return str(current) == str(value)


def candidate_filters(document: MrzDocument) -> list[dict[str, list[str]]]:
    """``customers/getAll`` filters that find the guest's profile by either name."""
    filters = []
    for words in (document.surname, document.given_names):
        spellings = search_spellings(words)
        if spellings:
            key = "last_names" if words is document.surname else "first_names"
            filters.append({key: spellings})
    return filters


def find_match(
    document: MrzDocument, customers: Iterable[Any], documents: Iterable[Any]
) -> GuestMatch | None:
    """The active profile holding the same document number, else with the same name and birth."""
    active = {
        str(customer.id): customer
        for customer in customers
        if getattr(customer, "is_active", True) is not False
    }
    number = folded_document_number(document.document_number)
    for stored in documents:
        owner = active.get(str(stored.customer_id))
        if owner is not None and number and folded_document_number(stored.number) == number:
            return GuestMatch(owner, MatchReason.SAME_DOCUMENT, stored)
    if document.birth_date is None:
        return None
    for customer in active.values():
        if (
            parse_date(getattr(customer, "birth_date", None)) == document.birth_date
            and same_name(str(customer.last_name or ""), document.surname)
            and same_name(
                str(customer.first_name or ""),
                document.given_names,
                truncated=document.name_truncated,
            )
        ):
            return GuestMatch(customer, MatchReason.SAME_NAME_AND_BIRTH_DATE)
    return None


def lookup_guest(client: MewsClient, document: MrzDocument) -> GuestMatch | None:
    """Find the guest on Mews (runs on a worker).

    Candidates: the guests in house with the surname (``customers/search``), and every
    active profile with the surname or given names in a likely spelling (``getAll``);
    then their identity documents.
    """
    customers: dict[str, Any] = {}
    if document.surname:
        # Guests staying now, found the accent-blind way Mews searches names: the zone's
        # NOVAK is the profile's Novák, which no exact-name filter spelling would find.
        for hit in client.search_customers(name=readable(document.surname)).customers:
            customers.setdefault(str(hit.customer.id), hit.customer)
    for query in candidate_filters(document):
        page = client.get_all_customers(
            count=CANDIDATE_PAGE_SIZE, activity_states=["Active"], **query
        )
        for customer in page.customers:
            customers.setdefault(str(customer.id), customer)
    documents: list[Any] = []
    for batch in _batches(list(customers), DOCUMENT_CUSTOMER_BATCH):
        documents += client.iter_identity_documents(batch)
    return find_match(document, customers.values(), documents)


def _batches(items: Sequence[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
