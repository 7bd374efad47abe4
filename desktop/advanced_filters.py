"""Check the advanced search form before anything is sent.

Every ``customers/getAll`` filter the form offers has rules Mews enforces with a 400 (UUIDs,
at most 1,000 values, windows of at most three months, at least one filter). Checking them
here lets the form mark the offending field while the user is still looking at it, instead
of spending a request on an error message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.search_query import CustomerFilter, TimeWindow

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
        return f"At most {MAX_VALUES} {what} at once."
    return None


def check_advanced(form: AdvancedInput) -> AdvancedCheck:
    problems: dict[str, str] = {}
    emails = split_values(form.emails)
    bad_emails = [value for value in emails if not _EMAIL.match(value)]
    if bad_emails:
        problems["emails"] = f"Not an email address: {bad_emails[0]}"
    for name, text in (("customer_ids", form.customer_ids), ("company_ids", form.company_ids)):
        bad = [value for value in split_values(text) if not _UUID.match(value)]
        if bad:
            problems[name] = (
                f"Not an ID (IDs look like 3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111): {bad[0]}"
            )
    lists = {
        "emails": (emails, "email addresses"),
        "first_names": (split_values(form.first_names), "first names"),
        "last_names": (split_values(form.last_names), "last names"),
        "loyalty_codes": (split_values(form.loyalty_codes), "loyalty codes"),
        "customer_ids": (split_values(form.customer_ids), "IDs"),
        "company_ids": (split_values(form.company_ids), "company IDs"),
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
        problems["activity_states"] = f"Unknown activity state: {unknown_states[0]}"
    if not form.activity_states:
        problems["activity_states"] = "Tick at least one: active or deleted profiles."
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
        problems["form"] = "Fill in at least one field or time window; Mews does not list everyone."
    return AdvancedCheck(None if problems else flt, problems)
