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

from desktop.countries import country_name
from desktop.customer_rows import full_name, readable_enum
from desktop.labels import QT_TRANSLATE_NOOP, title_label

MERGE_CONTEXT: Final = "MergeComparison"


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


def _address(customer: Any) -> str:
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
        country_name(_text(getattr(address, "country_code", None)) or None),
    ]
    return ", ".join(part for part in parts if part)


def _country(code: object) -> str:
    text = _text(code)
    return country_name(text) if text else ""


def _listed(values: object) -> str:
    return ", ".join(sorted(readable_enum(item) for item in (values or ())))  # type: ignore[attr-defined]


_FIELDS: Final[tuple[tuple[str, Callable[[Any], str]], ...]] = (
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Title"),
        lambda c: title_label(_text(_attr(c, "title"))),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Name"),
        lambda c: full_name(_attr(c, "first_name"), _attr(c, "last_name")),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Email"), lambda c: _text(_attr(c, "email"))),
    (QT_TRANSLATE_NOOP("MergeComparison", "Phone"), lambda c: _text(_attr(c, "phone"))),
    (QT_TRANSLATE_NOOP("MergeComparison", "Birth date"), lambda c: _text(_attr(c, "birth_date"))),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Nationality"),
        lambda c: _country(_attr(c, "nationality_code")),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Address"), _address),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Loyalty code"),
        lambda c: _text(_attr(c, "loyalty_code")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Classifications"),
        lambda c: _listed(_attr(c, "classifications")),
    ),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Tax id"),
        lambda c: _text(_attr(c, "tax_identification_number")),
    ),
    (QT_TRANSLATE_NOOP("MergeComparison", "Notes"), lambda c: _text(_attr(c, "notes"))),
    (QT_TRANSLATE_NOOP("MergeComparison", "Customer number"), lambda c: _text(_attr(c, "number"))),
    (QT_TRANSLATE_NOOP("MergeComparison", "Created"), lambda c: _text(_attr(c, "created_utc"))),
    (
        QT_TRANSLATE_NOOP("MergeComparison", "Last updated"),
        lambda c: _text(_attr(c, "updated_utc")),
    ),
)

#: Rows that say which record this is rather than who the guest is; never "filled in".
_BOOKKEEPING: Final = frozenset({"Customer number", "Created", "Last updated"})


def comparison_rows(customers: Sequence[Any]) -> list[ComparisonRow]:
    """The compared fields for ``customers`` (full ``Customer`` models), in column order.

    Fields no profile has are left out: an empty row only pushes the differences down.
    """
    rows = [
        ComparisonRow(label, tuple(extract(customer) for customer in customers))
        for label, extract in _FIELDS
    ]
    return [row for row in rows if any(row.values)]


def filled_fields(customer: Any) -> int:
    """How many of the guest's compared facts a profile holds."""
    return sum(1 for label, extract in _FIELDS if label not in _BOOKKEEPING and extract(customer))


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
