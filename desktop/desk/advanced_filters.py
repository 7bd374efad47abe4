"""Check the advanced search form before anything is sent.

Every ``customers/getAll`` filter the form offers has rules Mews enforces with a 400 (UUIDs,
at most 1,000 values, windows of at most three months, at least one filter). Checking them
here lets the form mark the offending field while the user is still looking at it, instead
of spending a request on an error message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.desk.search_query import CustomerFilter, TimeWindow
from desktop.desk.translatable import QT_TRANSLATE_NOOP, Message

#: Translation context of the problems below; window problems use ``SearchQuery``'s.
FILTERS_CONTEXT = "AdvancedFilters"

MAX_VALUES = 1000
ACTIVITY_STATES = ("Active", "Deleted")

_SPLIT = re.compile(r"[,;\n]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def split_values(text: str) -> tuple[str, ...]:
    """Values separated by commas, semicolons or new lines; blanks and repeats dropped."""
    seen: dict[str, None] = {}
    for part in _SPLIT.split(text):
        value = part.strip()
        if value:
            seen.setdefault(value, None)
    return tuple(seen)


@dataclass(frozen=True)
class AdvancedInput:
    """The form's raw values; time windows are ``None`` when their box is unticked."""

    emails: str = ""
    first_names: str = ""
    last_names: str = ""
    loyalty_codes: str = ""
    customer_ids: str = ""
    company_ids: str = ""
    created: TimeWindow | None = None
    updated: TimeWindow | None = None
    deleted: TimeWindow | None = None
    activity_states: tuple[str, ...] = field(default=("Active",))


@dataclass(frozen=True)
class AdvancedCheck:
    """The filter to send, or the problems per form field (keys are field names)."""

    filter: CustomerFilter | None
    problems: dict[str, str]


def _list_problem(values: tuple[str, ...], what: str) -> str | None:
    if len(values) > MAX_VALUES:
        return Message(what, f"{MAX_VALUES:,}")
    return None


def check_advanced(form: AdvancedInput) -> AdvancedCheck:
    problems: dict[str, str] = {}
    emails = split_values(form.emails)
    bad_emails = [value for value in emails if not _EMAIL.match(value)]
    if bad_emails:
        problems["emails"] = Message(
            QT_TRANSLATE_NOOP("AdvancedFilters", "Not an email address: %1"), bad_emails[0]
        )
    for name, text in (("customer_ids", form.customer_ids), ("company_ids", form.company_ids)):
        bad = [value for value in split_values(text) if not _UUID.match(value)]
        if bad:
            problems[name] = Message(
                QT_TRANSLATE_NOOP(
                    "AdvancedFilters",
                    "Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): %1",
                ),
                bad[0],
            )
    lists = {
        "emails": (
            emails,
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 email addresses at once."),
        ),
        "first_names": (
            split_values(form.first_names),
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 first names at once."),
        ),
        "last_names": (
            split_values(form.last_names),
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 last names at once."),
        ),
        "loyalty_codes": (
            split_values(form.loyalty_codes),
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 loyalty codes at once."),
        ),
        "customer_ids": (
            split_values(form.customer_ids),
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 IDs at once."),
        ),
        "company_ids": (
            split_values(form.company_ids),
            QT_TRANSLATE_NOOP("AdvancedFilters", "At most %1 company IDs at once."),
        ),
    }
    for name, (values, what) in lists.items():
        problem = _list_problem(values, what)
        if problem and name not in problems:
            problems[name] = problem
    for name, window in (
        ("created", form.created),
        ("updated", form.updated),
        ("deleted", form.deleted),
    ):
        problem = window.problem() if window else None
        if problem:
            problems[name] = problem
    unknown_states = [state for state in form.activity_states if state not in ACTIVITY_STATES]
    if unknown_states:
        problems["activity_states"] = Message(
            QT_TRANSLATE_NOOP("AdvancedFilters", "Unknown activity state: %1"), unknown_states[0]
        )
    if not form.activity_states:
        problems["activity_states"] = QT_TRANSLATE_NOOP(
            "AdvancedFilters", "Tick at least one: active or deleted profiles."
        )
    flt = CustomerFilter(
        emails=emails,
        first_names=lists["first_names"][0],
        last_names=lists["last_names"][0],
        loyalty_codes=lists["loyalty_codes"][0],
        customer_ids=tuple(value.lower() for value in lists["customer_ids"][0]),
        company_ids=tuple(value.lower() for value in lists["company_ids"][0]),
        created=form.created,
        updated=form.updated,
        deleted=form.deleted,
        activity_states=tuple(form.activity_states),
    )
    if not problems and flt.is_empty():
        problems["form"] = QT_TRANSLATE_NOOP(
            "AdvancedFilters",
            "Fill in at least one field or time window; Mews does not list everyone.",
        )
    return AdvancedCheck(None if problems else flt, problems)
