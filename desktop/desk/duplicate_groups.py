"""Groups of loaded customers that are probably the same guest, ranked by the evidence.

Duplicates pile up because each channel creates its own profile: a booking engine with
``ANNA@example.com``, the desk with ``anna@example.com``, a travel agent with only a phone
number written ``0044 20 7946 0958`` instead of ``+44 20 7946 0958``. What links two
profiles is evidence that names one person: a normalised email, phone number or identity
document number, or the same name *and* birth date. A shared name alone is weak (two
Sophie Schmidts are common), and it is no evidence at all when both birth dates are
known and differ: those are two guests, whatever else they share, and a group that
holds them says so. Matches chain: if A shares an email with B and B a phone number
with C, all three are one group (union-find), because merging A and B alone would leave
C behind as a duplicate of the result.

A name alone never chains two profiles whose birth dates are known to differ into one
group. Each group has a score from 0 to 100: the weakest tie of any member to the rest, so
that one strong pair does not lend its confidence to a profile that only shares a
name. Groups are listed strongest first. Only what the desk has already loaded is
grouped; nothing here calls the API.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations
from typing import Any, Final

from desktop.desk.folding import normalized_name
from desktop.desk.identity_document_fields import EMBEDDED_DOCUMENTS
from desktop.desk.labels import QT_TRANSLATE_NOOP

#: A phone number with fewer digits is an extension or junk, not an identity.
MIN_PHONE_DIGITS = 6
#: A document number shorter than this is a placeholder ("-", "n/a", "1").
MIN_DOCUMENT_CHARACTERS = 4


class Evidence(StrEnum):
    """What two profiles share; values are English phrases (context ``"DuplicateGroup"``).

    Each phrase reads inside "… and …" lists: "same email and same birth date".
    """

    DOCUMENT = QT_TRANSLATE_NOOP("DuplicateGroup", "same document number")
    EMAIL = QT_TRANSLATE_NOOP("DuplicateGroup", "same email")
    PHONE = QT_TRANSLATE_NOOP("DuplicateGroup", "same phone number")
    NAME_AND_BIRTH_DATE = QT_TRANSLATE_NOOP("DuplicateGroup", "same name and birth date")
    NAME = QT_TRANSLATE_NOOP("DuplicateGroup", "same name")
    BIRTH_DATE = QT_TRANSLATE_NOOP("DuplicateGroup", "same birth date")


#: How much each piece of evidence says; a pair's score is their sum, at most 100.
WEIGHTS: Final[dict[Evidence, int]] = {
    Evidence.DOCUMENT: 60,
    Evidence.EMAIL: 45,
    Evidence.PHONE: 35,
    Evidence.NAME_AND_BIRTH_DATE: 50,
    Evidence.NAME: 15,
    Evidence.BIRTH_DATE: 10,
}
#: Evidence that links two profiles on its own; a shared birth date only adds weight.
LINKING: Final = frozenset(WEIGHTS) - {Evidence.BIRTH_DATE}
#: Taken off a pair whose birth dates are both known and differ.
DIFFERENT_BIRTH_DATES_PENALTY: Final = 40
#: Below this a group is only possible (a shared name, or evidence against it).
LIKELY_SCORE: Final = 30


@dataclass(frozen=True, slots=True)
class Candidate:
    """What grouping looks at for one customer (from a table row or a full profile)."""

    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    birth_date: str = ""
    document_numbers: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Candidate(id={self.id!r})"  # personal data stays out of logs


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """Why two profiles look alike, what speaks against it, and the resulting score."""

    shared: frozenset[Evidence]
    different_birth_dates: bool

    @property
    def links(self) -> bool:
        return bool(self.shared & LINKING)

    @property
    def score(self) -> int:
        total = sum(WEIGHTS[item] for item in self.shared)
        if self.different_birth_dates:
            total -= DIFFERENT_BIRTH_DATES_PENALTY
        return max(0, min(100, total))


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Customers (in load order) that look like one guest, what they share and how surely."""

    customer_ids: tuple[str, ...]
    evidence: frozenset[Evidence]
    score: int = 0
    different_birth_dates: bool = False

    @property
    def likely(self) -> bool:
        """Enough evidence to call it a likely duplicate rather than a possible one."""
        return self.score >= LIKELY_SCORE


def candidate_from(customer: Any) -> Candidate:
    """A :class:`Candidate` from a ``Customer`` model or a table ``CustomerRow``.

    Table rows keep the full name and the last name only; the first name is what is left
    of the full name once the last name is taken off its end. Document numbers come from
    whatever documents the object carries (a full profile's legacy passport and ID card
    fields); table rows have none. A candidate is its own candidate.
    """
    if isinstance(customer, Candidate):
        return customer
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
        document_numbers=_document_numbers(customer),
    )


def _document_numbers(customer: Any) -> tuple[str, ...]:
    documents = [getattr(customer, name, None) for name in EMBEDDED_DOCUMENTS.values()]
    documents += list(getattr(customer, "documents", None) or ())
    numbers = (_text(getattr(item, "number", None)) for item in documents if item is not None)
    return tuple(number for number in numbers if number)


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


def folded_document_number(number: Any) -> str:
    """A document number without the spaces, dashes and fillers people type into it."""
    return "".join(character for character in str(number or "").upper() if character.isalnum())


def normalized_document(number: str | None) -> str:
    """``"ab 123-456"`` and ``"AB123456"`` are one document; placeholders come back empty."""
    folded = folded_document_number(number)
    return folded if len(folded) >= MIN_DOCUMENT_CHARACTERS else ""


@dataclass(frozen=True, slots=True)
class _Compared:
    """A candidate's values as compared, normalised once rather than once per pair."""

    email: str
    phone: str
    documents: frozenset[str]
    last_name: str
    first_name: str
    birth_date: str


def _compared(candidate: Candidate) -> _Compared:
    documents = frozenset(normalized_document(n) for n in candidate.document_numbers) - {""}
    return _Compared(
        normalized_email(candidate.email),
        normalized_phone(candidate.phone),
        documents,
        normalized_name(candidate.last_name),
        normalized_name(candidate.first_name),
        candidate.birth_date,
    )


def pair_evidence(first: Candidate, second: Candidate) -> PairEvidence:
    """What ``first`` and ``second`` share, and whether their birth dates contradict it."""
    return _evidence(_compared(first), _compared(second))


def _evidence(first: _Compared, second: _Compared) -> PairEvidence:
    shared: set[Evidence] = set()
    if _same(first.email, second.email):
        shared.add(Evidence.EMAIL)
    if _same(first.phone, second.phone):
        shared.add(Evidence.PHONE)
    if first.documents & second.documents:
        shared.add(Evidence.DOCUMENT)
    births_known = bool(first.birth_date and second.birth_date)
    same_birth = births_known and first.birth_date == second.birth_date
    different_births = births_known and not same_birth
    if _same(first.last_name, second.last_name):
        if same_birth and _first_names_agree(first.first_name, second.first_name):
            shared.add(Evidence.NAME_AND_BIRTH_DATE)
        elif not different_births and _same(first.first_name, second.first_name):
            shared.add(Evidence.NAME)
    if same_birth and Evidence.NAME_AND_BIRTH_DATE not in shared and shared:
        shared.add(Evidence.BIRTH_DATE)
    return PairEvidence(frozenset(shared), different_births and bool(shared))


def find_duplicate_groups(customers: Iterable[Any]) -> list[DuplicateGroup]:
    """Groups of two or more customers tied by evidence, the strongest first."""
    candidates = _unique([candidate_from(customer) for customer in customers])
    parent = list(range(len(candidates)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    compared = [_compared(candidate) for candidate in candidates]
    found = [
        (pair, evidence)
        for pair in _pairs_worth_comparing(compared)
        if (evidence := _evidence(compared[pair[0]], compared[pair[1]])).links
    ]
    found.sort(key=lambda item: (-item[1].score, item[0]))  # strong ties chain first
    births = [{c.birth_date} - {""} for c in candidates]  # known birth dates per group root
    best: dict[int, PairEvidence] = {}  # each profile's strongest tie inside its group
    for (first, second), evidence in found:
        a, b = root(first), root(second)
        if a != b:
            # A name alone must not chain two guests known to be born on different days
            # into one group (George 1980 ~ George without a date ~ George 1997).
            if evidence.shared & LINKING == {Evidence.NAME} and len(births[a] | births[b]) > 1:
                continue
            parent[b] = a
            births[a] |= births[b]
        for member in (first, second):
            if member not in best or evidence.score > best[member].score:
                best[member] = evidence

    members_of: dict[int, list[int]] = defaultdict(list)
    for index in range(len(candidates)):
        members_of[root(index)].append(index)
    groups = [
        _group(candidates, members, best) for members in members_of.values() if len(members) > 1
    ]
    groups.sort(key=lambda group: (-group.score, -len(group.customer_ids)))
    return groups


def _group(
    candidates: Sequence[Candidate], members: list[int], best: dict[int, PairEvidence]
) -> DuplicateGroup:
    """A group's evidence is what ties its members; its score, the weakest member's tie."""
    ties = [best[member] for member in members]
    return DuplicateGroup(
        customer_ids=tuple(candidates[index].id for index in members),
        evidence=frozenset().union(*(tie.shared for tie in ties)),
        score=min(tie.score for tie in ties),
        different_birth_dates=any(tie.different_birth_dates for tie in ties),
    )


def _pairs_worth_comparing(candidates: Sequence[_Compared]) -> set[tuple[int, int]]:
    """Index pairs sharing at least one key, so a large list is not compared all to all."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        for key in _keys(candidate):
            buckets[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        pairs.update(combinations(members, 2))
    return pairs


def _keys(candidate: _Compared) -> Iterable[str]:
    if candidate.email:
        yield f"e\x1f{candidate.email}"
    if candidate.phone:
        yield f"p\x1f{candidate.phone}"
    for document in candidate.documents:
        yield f"d\x1f{document}"
    last = candidate.last_name
    if last:  # narrow buckets: a common last name alone would compare thousands of pairs
        if candidate.first_name:
            yield f"n\x1f{last}\x1f{candidate.first_name}"
        if candidate.birth_date:
            yield f"b\x1f{last}\x1f{candidate.birth_date}"


def _first_names_agree(first: str, second: str) -> bool:
    """Equal, one missing, or one the other's initial (``"P."`` for ``"Petr"``)."""
    if not first or not second or first == second:
        return True
    short, long = sorted((first.rstrip("."), second.rstrip(".")), key=len)
    return len(short) == 1 and long.startswith(short)


def _same(first: str, second: str) -> bool:
    return bool(first) and first == second


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
