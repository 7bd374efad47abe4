"""Understand what a receptionist typed into the one search box.

Mews has no free-text customer search: ``customers/getAll`` matches exact values of a few
fields, and ``customers/search`` finds only guests active right now, by name or by room.
So the box guesses what the text is (an email, a customer id, a loyalty code, a room
number, a name) and turns it into the few exact requests that find that guest. Parsing is
pure and Qt-free; :mod:`desktop.desk.customer_search` runs the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from desktop.desk.folding import normalized_name
from desktop.desk.name_variants import is_plain, name_variants
from desktop.desk.translatable import QT_TRANSLATE_NOOP

MAX_WINDOW_MONTHS = 3
#: Translation context of the hints and problems below (the UI translates them).
SEARCH_CONTEXT = "SearchQuery"


class QueryKind(StrEnum):
    EMPTY = "empty"
    EMAIL = "email"
    CUSTOMER_ID = "customer-id"
    LOYALTY_CODE = "loyalty-code"
    ROOM = "room"
    NAME = "name"
    PHONE = "phone"
    RECENTLY_UPDATED = "recently-updated"
    ADVANCED = "advanced"


def add_months(moment: datetime, months: int) -> datetime:
    """``moment`` plus calendar months, clamping the day (31 Jan + 1 month = 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    days_in_month = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return moment.replace(year=year, month=month, day=min(moment.day, days_in_month[month - 1]))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@dataclass(frozen=True)
class TimeWindow:
    """A ``{StartUtc, EndUtc}`` interval; Mews rejects windows longer than three months."""

    start: datetime
    end: datetime

    def problem(self) -> str | None:
        """Why Mews would reject this window, in words for the user; ``None`` when fine."""
        if self.start.tzinfo is None or self.end.tzinfo is None:
            return QT_TRANSLATE_NOOP("SearchQuery", "Times must be in UTC.")
        if self.end < self.start:
            return QT_TRANSLATE_NOOP("SearchQuery", "The end is before the start.")
        if self.end > add_months(self.start, MAX_WINDOW_MONTHS):
            return QT_TRANSLATE_NOOP(
                "SearchQuery", "Mews allows at most 3 months between start and end."
            )
        return None

    @classmethod
    def last(cls, days: int, *, now: datetime | None = None) -> TimeWindow:
        end = now or datetime.now(UTC)
        return cls(end - timedelta(days=days), end)


@dataclass(frozen=True)
class CustomerFilter:
    """One ``customers/getAll`` request's filters (lists OR'd within, AND'd across)."""

    emails: tuple[str, ...] = ()
    first_names: tuple[str, ...] = ()
    last_names: tuple[str, ...] = ()
    loyalty_codes: tuple[str, ...] = ()
    customer_ids: tuple[str, ...] = ()
    company_ids: tuple[str, ...] = ()
    created: TimeWindow | None = None
    updated: TimeWindow | None = None
    deleted: TimeWindow | None = None
    activity_states: tuple[str, ...] = ()
    #: Keep only answers whose last name folds to this (set when spellings were guessed).
    folded_last_name: str = ""
    #: The one first and last name were typed: ask for the spellings they may stand for
    #: too (:func:`spelled_out`, on the worker: guessing them takes milliseconds).
    spell_names: bool = False

    def is_empty(self) -> bool:
        return not (
            self.emails
            or self.first_names
            or self.last_names
            or self.loyalty_codes
            or self.customer_ids
            or self.company_ids
            or self.created
            or self.updated
            or self.deleted
        )


@dataclass(frozen=True)
class InHouseLookup:
    """One ``customers/search`` request: guests staying now, by name or by room."""

    name: str | None = None
    room: str | None = None


@dataclass(frozen=True)
class SearchPlan:
    """What to ask Mews for a typed text; ``hint`` explains an empty plan to the user."""

    kind: QueryKind
    text: str
    filters: tuple[CustomerFilter, ...] = ()
    in_house: tuple[InHouseLookup, ...] = ()
    hint: str = ""
    key: str = field(default="", compare=False)

    @property
    def is_empty(self) -> bool:
        return not self.filters and not self.in_house


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
_ROOM_PREFIX = re.compile(r"^(?:room|rm|r|#)\s*", re.IGNORECASE)
_ROOM = re.compile(r"^(?:[A-Za-z]?\d{1,4}|\d{1,4}[A-Za-z])$")
_PHONE = re.compile(r"^\+?[\d\s()./-]{6,}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{3,}$")

MAX_NAME_SPLITS = 4
#: First names are asked for together with a last name, so fewer guesses carry them.
MAX_FIRST_NAME_SPELLINGS = 50


def _name_filter(first: str, last: str) -> CustomerFilter:
    """One split of a typed name; a plain one is later widened to its accented spellings."""
    return CustomerFilter(
        first_names=(first,) if first else (),
        last_names=(last,),
        folded_last_name=normalized_name(last) if is_plain(last) else "",
        spell_names=True,
    )


def spelled_out(flt: CustomerFilter) -> CustomerFilter:
    """``flt`` as sent: a typed name as profiles store it and, if plain, its accented
    spellings, so ``novak`` finds ``Novák``."""
    if not flt.spell_names:
        return flt
    first = flt.first_names[0] if flt.first_names else ""
    return replace(
        flt,
        first_names=name_variants(first, limit=MAX_FIRST_NAME_SPELLINGS) if first else (),
        last_names=name_variants(flt.last_names[0]) if flt.last_names else (),
        spell_names=False,
    )


def _name_plan(text: str) -> SearchPlan:
    if "," in text:
        last, _, first = (part.strip() for part in text.partition(","))
        splits = [(first, last)] if first and last else [("", last or first)]
    else:
        words = text.split()
        if len(words) == 1:
            splits = [("", words[0])]
        else:
            splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
            if len(words) == 2:  # "Novák Jan" is as common at a desk as "Jan Novák"
                splits.append((words[1], words[0]))
    filters = [_name_filter(first, last) for first, last in splits[:MAX_NAME_SPLITS]]
    return SearchPlan(
        QueryKind.NAME,
        text,
        filters=tuple(filters),
        in_house=(InHouseLookup(name=text.replace(",", " ").strip()),),
    )


def parse_search(text: str) -> SearchPlan:
    """Turn the search box's text into the requests that find that guest."""
    cleaned = " ".join(text.split())
    plan = _parse(cleaned)
    return SearchPlan(
        plan.kind,
        plan.text,
        plan.filters,
        plan.in_house,
        plan.hint,
        key=f"{plan.kind}:{plan.text.casefold()}",
    )


def _parse(text: str) -> SearchPlan:
    if not text:
        return SearchPlan(QueryKind.EMPTY, "")
    if "@" in text:
        if _EMAIL.match(text):
            return SearchPlan(
                QueryKind.EMAIL, text, filters=(CustomerFilter(emails=_email_spellings(text)),)
            )
        return SearchPlan(
            QueryKind.EMAIL,
            text,
            hint=QT_TRANSLATE_NOOP("SearchQuery", "Type the whole email address."),
        )
    if _UUID.match(text):
        return SearchPlan(
            QueryKind.CUSTOMER_ID, text, filters=(CustomerFilter(customer_ids=(text.lower(),)),)
        )
    room_text = _ROOM_PREFIX.sub("", text)
    if _ROOM.match(room_text) and (room_text != text or len(room_text) <= 4):
        return SearchPlan(QueryKind.ROOM, room_text, in_house=(InHouseLookup(room=room_text),))
    if _PHONE.match(text) and sum(ch.isdigit() for ch in text) >= 6 and " " in text.strip("+"):
        return SearchPlan(
            QueryKind.PHONE,
            text,
            hint=QT_TRANSLATE_NOOP(
                "SearchQuery",
                "Mews cannot search by phone number; search by name, email or room instead.",
            ),
        )
    if " " not in text and _CODE.match(text) and any(ch.isdigit() for ch in text):
        return SearchPlan(
            QueryKind.LOYALTY_CODE,
            text,
            filters=(CustomerFilter(loyalty_codes=_code_spellings(text)),),
        )
    return _name_plan(text)


def _email_spellings(text: str) -> tuple[str, ...]:
    lower = text.lower()
    return (text,) if lower == text else (text, lower)


def _code_spellings(text: str) -> tuple[str, ...]:
    upper = text.upper()
    return (text,) if upper == text else (text, upper)


def recently_updated_plan(days: int, *, now: datetime | None = None) -> SearchPlan:
    """Everyone whose profile changed in the last ``days`` (at most three months back)."""
    window = TimeWindow.last(days, now=now)
    if window.problem():
        window = TimeWindow(add_months(window.end, -MAX_WINDOW_MONTHS), window.end)
    return SearchPlan(
        QueryKind.RECENTLY_UPDATED,
        f"updated in the last {days} days",
        filters=(CustomerFilter(updated=window, activity_states=("Active",)),),
        key=f"{QueryKind.RECENTLY_UPDATED}:{days}",
    )
