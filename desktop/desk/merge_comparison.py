"""The side-by-side facts a receptionist compares before merging duplicate profiles.

Merging is irreversible and the sources vanish into the target, so the choice of target
matters: it should be the profile that already holds the most, and everything that
differs must be visible before the click. Rows list the fields that tell guests apart
and that a merge puts at stake; values are plain display strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from desktop.desk.countries import COUNTRY_CONTEXT, country_name
from desktop.desk.customer_rows import full_name
from desktop.desk.labels import (
    CLASSIFICATION_CONTEXT,
    QT_TRANSLATE_NOOP,
    TITLE_CONTEXT,
    classification_label,
    title_label,
)

MERGE_CONTEXT: Final = "MergeComparison"

#: ``translate(context, source_text)``: the UI passes Qt's translation, tests may pass none.
Translate = Callable[[str, str], str]


def untranslated(_context: str, text: str) -> str:
    """English source text as it is: for logic that compares values, not for display."""
    return text


@dataclass(frozen=True, slots=True)
class ComparisonRow:
    """One field across the profiles; ``label`` is English source text (``MERGE_CONTEXT``)."""

    label: str
    values: tuple[str, ...]

    @property
    def differs(self) -> bool:
        """Profiles disagree: some value is set and not all set values are equal.

        A value present on one profile and missing on another counts as a difference:
        that is exactly the information a merge may lose.
        """
        return len(set(self.values)) > 1

    def differs_from_target(self, column: int, target: int) -> bool:
        """This profile's value is not what the kept profile holds."""
        return self.values[column] != self.values[target]

    def __repr__(self) -> str:
        return f"ComparisonRow({self.label!r}, differs={self.differs})"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value)).strip()


def _attr(customer: Any, name: str) -> Any:
    # Table rows and partial test doubles lack some fields; a missing one is just empty.
    return getattr(customer, name, None)


def _address(customer: Any, translate: Translate) -> str:
    address = getattr(customer, "address", None)
    if address is None:
        return ""
    parts = [
        _text(getattr(address, "line1", None)),
        _text(getattr(address, "line2", None)),
        " ".join(
            part
            for part in (
                _text(getattr(address, "postal_code", None)),
                _text(getattr(address, "city", None)),
            )
            if part
        ),
        _country(getattr(address, "country_code", None), translate),
    ]
    return ", ".join(part for part in parts if part)


def _country(code: object, translate: Translate) -> str:
    text = _text(code)
    return translate(COUNTRY_CONTEXT, country_name(text)) if text else ""


def _title(customer: Any, translate: Translate) -> str:
    label = title_label(_text(_attr(customer, "title")))
    return translate(TITLE_CONTEXT, label) if label else ""


def _classifications(customer: Any, translate: Translate) -> str:
    values = _attr(customer, "classifications") or ()
    labels = (translate(CLASSIFICATION_CONTEXT, classification_label(_text(v))) for v in values)
    return ", ".join(sorted(labels))


_FIELDS: Final[tuple[tuple[str, Callable[[Any, Translate], str]], ...]] = (
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Title"),
        _title,
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Name"),
        lambda c, _tr: full_name(_attr(c, "first_name"), _attr(c, "last_name")),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Email"), lambda c, _tr: _text(_attr(c, "email"))),
    (QT_TRANSLATE_NOOP("MergeComparison", "Phone"), lambda c, _tr: _text(_attr(c, "phone"))),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Birth date"),
        lambda c, _tr: _text(_attr(c, "birth_date")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Nationality"),
        lambda c, tr: _country(_attr(c, "nationality_code"), tr),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Address"), _address),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Loyalty code"),
        lambda c, _tr: _text(_attr(c, "loyalty_code")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Classifications"),
        _classifications,
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Tax id"),
        lambda c, _tr: _text(_attr(c, "tax_identification_number")),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Notes"), lambda c, _tr: _text(_attr(c, "notes"))),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Customer number"),
        lambda c, _tr: _text(_attr(c, "number")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Created"),
        lambda c, _tr: _text(_attr(c, "created_utc")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Last updated"),
        lambda c, _tr: _text(_attr(c, "updated_utc")),
    ),
)

#: Rows that say which record this is rather than who the guest is; never "filled in".
_BOOKKEEPING: Final = frozenset({"Customer number", "Created", "Last updated"})


def comparison_rows(
    customers: Sequence[Any], translate: Translate = untranslated
) -> list[ComparisonRow]:
    """The compared fields for ``customers`` (full ``Customer`` models), in column order.

    Fields no profile has are left out: an empty row only pushes the differences down.
    Titles, countries and classifications are shown through ``translate`` (the desk's
    language); everything else is the guest's own data and stays as typed.
    """
    rows = [
        ComparisonRow(label, tuple(extract(customer, translate) for customer in customers))
        for label, extract in _FIELDS
    ]
    return [row for row in rows if any(row.values)]


def filled_fields(customer: Any) -> int:
    """How many of the guest's compared facts a profile holds."""
    return sum(
        1
        for label, extract in _FIELDS
        if label not in _BOOKKEEPING and extract(customer, untranslated)
    )


def suggested_target(customers: Sequence[Any]) -> int:
    """Index of the profile to keep: the fullest one, the oldest on a tie (it has history)."""
    if not customers:
        raise ValueError("no customers to choose from")

    def created(customer: Any) -> dt.datetime:
        value = getattr(customer, "created_utc", None)
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return dt.datetime.max.replace(tzinfo=dt.UTC)

    return min(
        range(len(customers)),
        key=lambda index: (-filled_fields(customers[index]), created(customers[index])),
    )
