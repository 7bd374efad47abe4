"""Finds existing profiles a new customer probably duplicates, before ``customers/add``.

Mews refuses a second profile with the same email (unless told to overwrite it) and happily
creates a second "Anna Novak" with another email, which the desk later has to merge. So
before adding, the editor asks ``customers/getAll`` for candidates and this module decides
which of them are likely the same person: same email, or same last name with the same
first name or the same birth date. Names are compared without case and accents
(Novák = Novak), because a booking channel and a desk rarely type them the same way.

getAll filters on exact values only, so an existing "Anna Novák" is not found by asking
for the last name "Novak". The candidates are therefore asked for three ways: the email,
the last name as typed and without its accents, and the first name as typed and without
its accents. The first-name answer holds the guests whose last name is spelt with other
accents than the one typed; comparing the folded names here picks them out. Guests in
the house are also looked up by ``customers/search``, which matches names loosely. What
no exact filter can find is a guest not in the house whose first *and* last names both
carry other accents and who gave another email; the desk's later "Find duplicates"
compares folded names across everything loaded and catches those.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.desk.duplicate_groups import normalized_email, normalized_name
from desktop.desk.folding import without_accents
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
        filters.append({"last_names": spellings(last_name)})
        first_name = _text(values.get("first_name"))
        if first_name:
            filters.append({"first_names": spellings(first_name)})
    return filters


def lookup_names(values: Mapping[str, Any]) -> list[str]:
    """Names for ``customers/search`` (guests in house now): the full name typed."""
    full = " ".join(_text(values.get(key)) for key in ("first_name", "last_name")).strip()
    return [full] if _text(values.get("last_name")) else []


def spellings(name: str) -> list[str]:
    """``name`` as typed and, when it differs, without accents: ``["Novák", "Novak"]``."""
    return list(dict.fromkeys([name, unicodedata.normalize("NFC", without_accents(name))]))


def find_duplicates(values: Mapping[str, Any], customers: Iterable[Any]) -> list[DuplicateMatch]:
    """The likely duplicates among ``customers`` (Customer models), best matches first."""
    email = normalized_email(_text(values.get("email")))
    first = normalized_name(values.get("first_name"))
    last = normalized_name(values.get("last_name"))
    birth = values.get("birth_date")
    matches: dict[str, DuplicateMatch] = {}
    for customer in customers:
        if getattr(customer, "is_active", True) is False:
            continue
        reasons: list[MatchReason] = []
        if email and normalized_email(_text(getattr(customer, "email", None))) == email:
            reasons.append(MatchReason.SAME_EMAIL)
        if last and normalized_name(getattr(customer, "last_name", None)) == last:
            their_birth = parse_date(getattr(customer, "birth_date", None))
            known = isinstance(birth, dt.date) and isinstance(their_birth, dt.date)
            same_first = first and normalized_name(getattr(customer, "first_name", None)) == first
            # Namesakes born on different days are two guests, not one entered twice.
            if same_first and not (known and their_birth != birth):
                reasons.append(MatchReason.SAME_NAME)
            if known and their_birth == birth:
                reasons.append(MatchReason.SAME_NAME_AND_BIRTH_DATE)
        if reasons:
            key = str(getattr(customer, "id", id(customer)))
            matches[key] = DuplicateMatch(customer, tuple(reasons))
    return sorted(matches.values(), key=lambda match: (not match.same_email, -len(match.reasons)))


def _text(value: Any) -> str:
    return str(value or "").strip()
