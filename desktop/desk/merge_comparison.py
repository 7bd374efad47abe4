"""The side-by-side facts a receptionist compares before merging duplicate profiles.

Merging is irreversible and the sources vanish into the target, so the choice of target
matters: it should be the profile that already holds the most and was updated last, and
everything that differs (phone, address, how many ID documents, what is still owed) must
be visible before the click. Rows list the fields that tell guests apart
and that a merge puts at stake; values are plain display strings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from types import SimpleNamespace
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
from desktop.desk.open_items import balance_per_currency, format_amount, rows_from_result

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
DOCUMENTS_LABEL: Final = QT_TRANSLATE_NOOP("MergeComparison", "ID documents")
BALANCE_LABEL: Final = QT_TRANSLATE_NOOP("MergeComparison", "Open balance")
NOTHING_OPEN: Final = QT_TRANSLATE_NOOP("MergeComparison", "nothing open")


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What a profile holds beyond its own fields, loaded separately from Mews.

    The identity documents and the open balance follow the kept profile, so they decide
    as much as the fields which profile should survive and what the merge moves.
    """

    documents: int = 0
    #: Open balance per currency (``{"EUR": Decimal("60.00")}``), empty when nothing is owed.
    balance: Mapping[str, Decimal] = field(default_factory=dict)

    def balance_text(self, translate: Translate = untranslated) -> str:
        amounts = [format_amount(value, currency) for currency, value in self.balance.items()]
        return " · ".join(amounts) if amounts else translate(MERGE_CONTEXT, NOTHING_OPEN)


def account_facts(
    customer_ids: Sequence[str], documents: Iterable[Any], open_items: Any
) -> dict[str, AccountFacts]:
    """Documents counted and open items summed per customer, from the two API answers."""
    counts = Counter(_text(getattr(item, "customer_id", None)) for item in documents)
    balances: dict[str, dict[str, Decimal]] = {}
    for entry in getattr(open_items, "customers", None) or ():
        rows = rows_from_result(SimpleNamespace(customers=[entry]))
        owed = {currency: value for currency, value in balance_per_currency(rows).items() if value}
        balances[_text(getattr(entry, "customer_id", None))] = owed
    return {
        customer_id: AccountFacts(counts.get(customer_id, 0), balances.get(customer_id, {}))
        for customer_id in customer_ids
    }


def comparison_rows(
    customers: Sequence[Any],
    translate: Translate = untranslated,
    facts: Mapping[str, AccountFacts] | None = None,
) -> list[ComparisonRow]:
    """The compared fields for ``customers`` (full ``Customer`` models), in column order.

    Fields no profile has are left out: an empty row only pushes the differences down.
    Titles, countries and classifications are shown through ``translate`` (the desk's
    language); everything else is the guest's own data and stays as typed. With
    ``facts`` (by customer id), the documents count and open balance are compared too.
    """
    rows = [
        ComparisonRow(label, tuple(extract(customer, translate) for customer in customers))
        for label, extract in _FIELDS
    ]
    if facts is not None:  # beside the address: what follows the kept profile
        held = [facts.get(_text(_attr(customer, "id")), AccountFacts()) for customer in customers]
        after = next(index for index, row in enumerate(rows) if row.label == "Address") + 1
        rows[after:after] = [
            ComparisonRow(DOCUMENTS_LABEL, tuple(str(item.documents) for item in held)),
            ComparisonRow(BALANCE_LABEL, tuple(item.balance_text(translate) for item in held)),
        ]
    return [row for row in rows if any(row.values)]


def filled_fields(customer: Any, facts: AccountFacts | None = None) -> int:
    """How many of the guest's compared facts a profile holds (documents count as one)."""
    fields = sum(
        1
        for label, extract in _FIELDS
        if label not in _BOOKKEEPING and extract(customer, untranslated)
    )
    return fields + (1 if facts is not None and facts.documents else 0)


def mergeable_in_order(ids: Sequence[str], customers: Sequence[Any]) -> list[Any] | None:
    """``customers`` in the order of ``ids``, or None if one is missing or was already
    merged into another profile: the list the receptionist chose from is out of date."""
    by_id = {str(customer.id): customer for customer in customers}
    ordered = [by_id[item] for item in ids if item in by_id]
    if len(ordered) < len(ids) or any(_attr(item, "merge_target_id") for item in ordered):
        return None
    return ordered


def suggested_target(
    customers: Sequence[Any], facts: Mapping[str, AccountFacts] | None = None
) -> int:
    """Index of the profile to keep: the fullest, then the one updated most recently.

    The fullest profile loses least in a merge; between equally full ones, the one
    someone touched last holds the current details (a new phone, this year's address),
    while the oldest may be a channel's stale copy. The oldest only breaks a last tie.
    """
    if not customers:
        raise ValueError("no customers to choose from")

    def moment(customer: Any, name: str, missing: dt.datetime) -> dt.datetime:
        value = _attr(customer, name)
        if isinstance(value, dt.datetime):
            return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return missing

    earliest = dt.datetime.min.replace(tzinfo=dt.UTC)
    latest = dt.datetime.max.replace(tzinfo=dt.UTC)

    def key(index: int) -> tuple[int, float, dt.datetime]:
        customer = customers[index]
        held = (facts or {}).get(_text(_attr(customer, "id")))
        updated = moment(customer, "updated_utc", earliest)
        return (
            -filled_fields(customer, held),
            -(updated - earliest).total_seconds(),
            moment(customer, "created_utc", latest),
        )

    return min(range(len(customers)), key=key)
