"""Groups of loaded customers that are probably the same guest, for "Find duplicates".

Duplicates pile up because each channel creates its own profile: a booking engine with
``ANNA@example.com``, the desk with ``anna@example.com``, a travel agent with only a phone
number written ``0044 20 7946 0958`` instead of ``+44 20 7946 0958``. Two profiles belong
together when they share a normalised email, a normalised phone number, or the same last
name with the same first name or birth date. Matches chain: if A shares an email with B
and B a phone number with C, all three are one group (union-find), because merging A and
B alone would leave C behind as a duplicate of the result.

Only what the desk has already loaded is grouped; nothing here calls the API.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.desk.labels import QT_TRANSLATE_NOOP

#: A phone number with fewer digits is an extension or junk, not an identity.
MIN_PHONE_DIGITS = 6


class SharedTrait(StrEnum):
    """Why profiles were grouped; values are English source labels (context ``"DuplicateGroup"``)."""

    EMAIL = QT_TRANSLATE_NOOP("DuplicateGroup", "Same email")
    PHONE = QT_TRANSLATE_NOOP("DuplicateGroup", "Same phone number")
    NAME = QT_TRANSLATE_NOOP("DuplicateGroup", "Same first and last name")
    NAME_AND_BIRTH_DATE = QT_TRANSLATE_NOOP("DuplicateGroup", "Same last name and birth date")


@dataclass(frozen=True, slots=True)
class Candidate:
    """What grouping looks at for one customer (from a table row or a full profile)."""

    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    birth_date: str = ""

    def __repr__(self) -> str:
        return f"Candidate(id={self.id!r})"  # personal data stays out of logs


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Customers (in load order) that look like one guest, and what they share."""

    customer_ids: tuple[str, ...]
    traits: frozenset[SharedTrait]


def candidate_from(customer: Any) -> Candidate:
    """A :class:`Candidate` from a ``Customer`` model or a table ``CustomerRow``.

    Table rows keep the full name and the last name only; the first name is what is left
    of the full name once the last name is taken off its end.
    """
    last = _text(getattr(customer, "last_name", None))
    first = getattr(customer, "first_name", None)
    if first is None:
        name = _text(getattr(customer, "name", None))
        first = name[: -len(last)] if last and name.endswith(last) else ""
    birth = getattr(customer, "birth_date", None)
    birth_text = birth.isoformat()[:10] if hasattr(birth, "isoformat") else _text(birth)[:10]
    return Candidate(
        id=_text(getattr(customer, "id", "")),
        first_name=_text(first),
        last_name=last,
        email=_text(getattr(customer, "email", None)),
        phone=_text(getattr(customer, "phone", None)),
        birth_date=birth_text,
    )


def normalized_email(email: str | None) -> str:
    return (email or "").strip().casefold()


def normalized_phone(phone: str | None) -> str:
    """``"0044 (0)20-7946 0958"`` and ``"+44 20 7946 0958"`` both become ``"+442079460958"``.

    Only digits and a leading ``+`` count; ``00`` is the international prefix written out,
    and a ``(0)`` trunk prefix after a country code is dropped. Numbers too short to name
    a line come back empty so they never group anyone.
    """
    text = (phone or "").strip().replace("(0)", "")
    international = text.startswith("+")
    digits = "".join(character for character in text if character.isdigit())
    if not international and digits.startswith("00"):
        digits = digits[2:]
        international = True
    if len(digits) < MIN_PHONE_DIGITS:
        return ""
    return f"+{digits}" if international else digits


def normalized_name(name: str | None) -> str:
    """Case, accents and spacing folded: ``"  Núñez "`` matches ``"nunez"``."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    plain = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(plain.casefold().split())


def find_duplicate_groups(customers: Iterable[Any]) -> list[DuplicateGroup]:
    """Groups of two or more customers sharing an identifying trait, largest first."""
    candidates = _unique([candidate_from(customer) for customer in customers])
    parent = list(range(len(candidates)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    links: list[tuple[int, int, SharedTrait]] = []
    for trait, keys in _keys_by_trait(candidates).items():
        for members in keys.values():
            first = members[0]
            for other in members[1:]:
                links.append((first, other, trait))
                parent[root(other)] = root(first)

    members_of: dict[int, list[int]] = defaultdict(list)
    for index in range(len(candidates)):
        members_of[root(index)].append(index)
    traits_of: dict[int, set[SharedTrait]] = defaultdict(set)
    for first, _other, trait in links:
        traits_of[root(first)].add(trait)

    groups = [
        DuplicateGroup(
            customer_ids=tuple(candidates[index].id for index in members),
            traits=frozenset(traits_of[group_root]),
        )
        for group_root, members in members_of.items()
        if len(members) > 1
    ]
    groups.sort(key=lambda group: -len(group.customer_ids))
    return groups


def _keys_by_trait(candidates: Sequence[Candidate]) -> dict[SharedTrait, dict[str, list[int]]]:
    by_trait: dict[SharedTrait, dict[str, list[int]]] = {
        trait: defaultdict(list) for trait in SharedTrait
    }
    for index, candidate in enumerate(candidates):
        email = normalized_email(candidate.email)
        if email:
            by_trait[SharedTrait.EMAIL][email].append(index)
        phone = normalized_phone(candidate.phone)
        if phone:
            by_trait[SharedTrait.PHONE][phone].append(index)
        last = normalized_name(candidate.last_name)
        if not last:
            continue
        first = normalized_name(candidate.first_name)
        if first:
            by_trait[SharedTrait.NAME][f"{last}\x1f{first}"].append(index)
        if candidate.birth_date:
            by_trait[SharedTrait.NAME_AND_BIRTH_DATE][f"{last}\x1f{candidate.birth_date}"].append(
                index
            )
    return by_trait


def _unique(candidates: list[Candidate]) -> list[Candidate]:
    # A customer loaded twice (a search result and a later page) is not its own duplicate.
    seen: set[str] = set()
    unique = []
    for candidate in candidates:
        if candidate.id and candidate.id not in seen:
            seen.add(candidate.id)
            unique.append(candidate)
    return unique


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value)).strip()
