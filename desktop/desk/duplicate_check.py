"""Finds existing profiles a new customer probably duplicates, before ``customers/add``.

Mews refuses a second profile with the same email (unless told to overwrite it) and happily
creates a second "Anna Novak" with another email, which the desk later has to merge. So
before adding, the editor asks ``customers/getAll`` for the exact email and the exact last
name (getAll filters on exact values only) and this module decides which of the returned
profiles are likely the same person: same email, or same last name with the same first name
or the same birth date. Comparisons ignore case, accents-insensitive matching is left to the
receptionist who sees the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.desk.labels import QT_TRANSLATE_NOOP
from desktop.desk.profile_fields import parse_date


class MatchReason(StrEnum):
    SAME_EMAIL = QT_TRANSLATE_NOOP("DuplicateReason", "Same email")
    SAME_NAME = QT_TRANSLATE_NOOP("DuplicateReason", "Same first and last name")
    SAME_NAME_AND_BIRTH_DATE = QT_TRANSLATE_NOOP("DuplicateReason", "Same last name and birth date")


@dataclass(frozen=True)
class DuplicateMatch:
    customer: Any
    reasons: tuple[MatchReason, ...]

    @property
    def same_email(self) -> bool:
        """An email match is the one ``OverwriteExisting`` would act on."""
        return MatchReason.SAME_EMAIL in self.reasons


def lookup_filters(values: Mapping[str, Any]) -> list[dict[str, list[str]]]:
    """The ``get_all_customers`` filters that can find the candidates (one call each)."""
    filters: list[dict[str, list[str]]] = []
    email = _text(values.get("email"))
    if email:
        filters.append({"emails": [email]})
    last_name = _text(values.get("last_name"))
    if last_name:
        filters.append({"last_names": [last_name]})
    return filters


def find_duplicates(values: Mapping[str, Any], customers: Iterable[Any]) -> list[DuplicateMatch]:
    """The likely duplicates among ``customers`` (Customer models), best matches first."""
    email = _fold(values.get("email"))
    first = _fold(values.get("first_name"))
    last = _fold(values.get("last_name"))
    birth = values.get("birth_date")
    matches: dict[str, DuplicateMatch] = {}
    for customer in customers:
        if getattr(customer, "is_active", True) is False:
            continue
        reasons: list[MatchReason] = []
        if email and _fold(getattr(customer, "email", None)) == email:
            reasons.append(MatchReason.SAME_EMAIL)
        if last and _fold(getattr(customer, "last_name", None)) == last:
            if first and _fold(getattr(customer, "first_name", None)) == first:
                reasons.append(MatchReason.SAME_NAME)
            if (
                isinstance(birth, dt.date)
                and parse_date(getattr(customer, "birth_date", None)) == birth
            ):
                reasons.append(MatchReason.SAME_NAME_AND_BIRTH_DATE)
        if reasons:
            key = str(getattr(customer, "id", id(customer)))
            matches[key] = DuplicateMatch(customer, tuple(reasons))
    return sorted(matches.values(), key=lambda match: (not match.same_email, -len(match.reasons)))


def _text(value: Any) -> str:
    return str(value or "").strip()


def _fold(value: Any) -> str:
    return _text(value).casefold()
