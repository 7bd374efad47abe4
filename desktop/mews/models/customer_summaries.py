"""What the customer table shows of a profile, parsed straight from the answer's bytes.

A ``customers/getAll`` page of 1000 full :class:`~desktop.mews.models.Customer` models costs
more than ``json.loads`` of the same bytes: every UUID, enum, date and nested address is
built, and the table then keeps a dozen strings of each. :class:`CustomerSummaryResult`
asks pydantic-core for those strings only; it skips the rest of each customer without
building it, which makes a page about twice as fast as ``json.loads``
(``tests/perf/run`` measures it). The full model is still what an opened profile, a merge
and every write use.

Leniency is at least the full model's: every field is an optional plain string, so an enum
value Mews adds later, a null where the schema promises a value and any extra field all
parse. The attribute names are the full model's, so code that reads a ``Customer`` for the
table reads a summary the same way.
"""

from __future__ import annotations

from pydantic import Field

from desktop.mews.models.base import MewsModel


class CustomerSummary(MewsModel):
    """The table's fields of one customer, as the wire spells them (dates unparsed)."""

    id: str
    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    nationality_code: str | None = None
    birth_date: str | None = None
    loyalty_code: str | None = None
    classifications: list[str | None] | None = None
    updated_utc: str | None = None


class CustomerSummaryResult(MewsModel):
    """A ``customers/getAll`` page as summaries; ``cursor`` continues it."""

    customers: list[CustomerSummary] = Field(default_factory=list)
    cursor: str | None = None
