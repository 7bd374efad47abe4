"""What the sandbox's read operations ask of the store: pages, lookups, in-house guests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.sandbox.store_schema import IN_HOUSE_STATE, Json, StoreConnection, marks
from desktop.sandbox.validation import Interval, unknown_cursor


@dataclass(slots=True)
class CustomerFilter:
    """``customers/getAll`` filters: values OR'd within a list, filters AND'd across."""

    ids: list[str] | None = None
    emails: list[str] | None = None
    first_names: list[str] | None = None
    last_names: list[str] | None = None
    loyalty_codes: list[str] | None = None
    company_ids: list[str] | None = None
    created: Interval | None = None
    updated: Interval | None = None
    deleted: Interval | None = None
    activity_states: frozenset[str] = field(default_factory=lambda: frozenset({"Active"}))


@dataclass(slots=True)
class ResourceFilter:
    """``resources/getAll`` filters; inactive resources only when the extent asks."""

    ids: list[str] | None = None
    names: list[str] | None = None
    created: Interval | None = None
    updated: Interval | None = None
    inactive: bool = False


@dataclass(frozen=True, slots=True)
class InHouseRow:
    customer: Json
    reservation: Json | None
    room_number: str | None


def _filter_clauses(
    lists: Iterable[tuple[str, Sequence[str] | None]],
    intervals: Iterable[tuple[str, Interval | None]],
) -> tuple[list[str], list[Any]]:
    """SQL for exact-value filters (any of the values) and time windows, AND'd together."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, values in lists:
        if values is not None:
            clauses.append(f"{column} IN ({marks(values)})")
            params.extend(values)
    for column, interval in intervals:
        if interval is not None:
            # Start included, end excluded; Start == End means "exactly at".
            if interval.start == interval.end:
                clauses.append(f"{column} = ?")
                params.append(interval.start)
            else:
                clauses.append(f"{column} >= ? AND {column} < ?")
                params.extend((interval.start, interval.end))
    return clauses, params


class StoreReads(StoreConnection):
    def _page(
        self,
        table: str,
        order: tuple[str, ...],
        clauses: list[str],
        params: list[Any],
        count: int,
        cursor: str | None,
    ) -> tuple[list[Json], str | None]:
        """One page of ``table`` in ``order`` after the row whose id is ``cursor``.

        The cursor is the id of the last row returned on every page that has rows, as
        Mews's pagination guideline says, so a client can store it and continue later
        (an incremental sync); it is ``None`` only on an empty page. A cursor that is no
        row of ``table`` is refused here, for every paged read alike, with the lookup that
        finds the row to continue after.
        """
        key = ", ".join(order)
        with self._lock:
            if cursor is not None:
                anchor = self._db.execute(
                    f"SELECT {key} FROM {table} WHERE id = ?", (cursor,)
                ).fetchone()
                if anchor is None:
                    raise unknown_cursor()
                clauses = [*clauses, f"({key}) > ({marks(anchor)})"]
                params = [*params, *anchor]
            where = " AND ".join(clauses) or "1"
            rows = self._db.execute(
                f"SELECT id, data FROM {table} WHERE {where} ORDER BY {key} LIMIT ?",
                (*params, count),
            ).fetchall()
        return [json.loads(data) for _, data in rows], rows[-1][0] if rows else None

    def get_customer(self, customer_id: str) -> Json | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def existing_customer_ids(self, customer_ids: Sequence[str]) -> set[str]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id FROM customers WHERE id IN ({marks(customer_ids)})", customer_ids
            ).fetchall()
        return {row[0] for row in rows}

    def active_customers_with_email(self, email: str) -> list[Json]:
        """Active profiles whose email matches case-insensitively, oldest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT data FROM customers WHERE email = ? AND is_active ORDER BY created_utc, id",
                (email.strip().lower(),),
            ).fetchall()
        return [json.loads(row[0]) for row in rows]

    def count_customers(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM customers").fetchone()[0])

    def query_customers(
        self, filters: CustomerFilter, count: int, cursor: str | None
    ) -> tuple[list[Json], str | None]:
        """One page in a stable order (creation time, then id) and the cursor to the next."""
        clauses, params = _filter_clauses(
            (
                ("id", filters.ids),
                ("email", filters.emails),
                ("first_name", filters.first_names),
                ("last_name", filters.last_names),
                ("loyalty_code", filters.loyalty_codes),
                ("company_id", filters.company_ids),
            ),
            (
                ("created_utc", filters.created),
                ("updated_utc", filters.updated),
                ("deleted_utc", filters.deleted),
            ),
        )
        states = filters.activity_states
        if states == frozenset({"Active"}):
            clauses.append("is_active")
        elif states == frozenset({"Deleted"}):
            clauses.append("NOT is_active")
        return self._page("customers", ("created_utc", "id"), clauses, params, count, cursor)

    def customer_exists(self, customer_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,))
            return row.fetchone() is not None

    def in_house(
        self,
        resource_id: str | None = None,
        named: Callable[[str | None, str | None], bool] | None = None,
    ) -> list[InHouseRow]:
        """Active customers staying now (with their reservation), then active paymasters.

        ``named(first_name, last_name)`` picks rows before their JSON is decoded: a name
        search keeps a few of the hundreds staying, and decoding them all was most of it.
        """
        keep = named or (lambda _first, _last: True)
        query = (
            "SELECT c.first_name, c.last_name, c.data, r.data, r.room_number FROM reservations r "
            "JOIN reservation_customers rc ON rc.reservation_id = r.id "
            "JOIN customers c ON c.id = rc.customer_id "
            "WHERE r.state = ? AND c.is_active"
        )
        params: list[Any] = [IN_HOUSE_STATE]
        if resource_id is not None:
            query += " AND r.resource_id = ?"
            params.append(resource_id)
        with self._lock:
            staying = self._db.execute(query + " ORDER BY r.room_number, c.last_name", params)
            rows = [
                InHouseRow(json.loads(c), json.loads(r), room)
                for first, last, c, r, room in staying
                if keep(first, last)
            ]
            if resource_id is None:
                # Named, or SQLite walks every customer in last-name order to skip the sort
                # of a handful of paymasters: 30 ms at 20,000 guests, on every search.
                paymasters = self._db.execute(
                    "SELECT first_name, last_name, data FROM customers INDEXED BY"
                    " customers_paymaster WHERE is_paymaster AND is_active ORDER BY last_name"
                )
                rows.extend(
                    InHouseRow(json.loads(data), None, None)
                    for first, last, data in paymasters
                    if keep(first, last)
                )
        return rows

    def open_items(self, customer_ids: Sequence[str]) -> dict[str, dict[str, list[Json]]]:
        result: dict[str, dict[str, list[Json]]] = {
            customer_id: {"order": [], "payment": []} for customer_id in customer_ids
        }
        with self._lock:
            rows = self._db.execute(
                f"SELECT customer_id, kind, data FROM open_items "
                f"WHERE customer_id IN ({marks(customer_ids)}) ORDER BY rowid",
                customer_ids,
            ).fetchall()
        for customer_id, kind, data in rows:
            result[customer_id][kind].append(json.loads(data))
        return result

    def get_documents(self, document_ids: Sequence[str]) -> dict[str, Json]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, data FROM identity_documents WHERE id IN ({marks(document_ids)})",
                document_ids,
            ).fetchall()
        return {row[0]: json.loads(row[1]) for row in rows}

    def query_documents(
        self,
        customer_ids: Sequence[str],
        document_ids: Sequence[str] | None,
        types: Sequence[str] | None,
        count: int,
        cursor: str | None,
    ) -> tuple[list[Json], str | None]:
        clauses = [f"customer_id IN ({marks(customer_ids)})"]
        params: list[Any] = list(customer_ids)
        if document_ids is not None:
            clauses.append(f"id IN ({marks(document_ids)})")
            params.extend(document_ids)
        if types is not None:
            clauses.append(f"type IN ({marks(types)})")
            params.extend(types)
        return self._page("identity_documents", ("seq",), clauses, params, count, cursor)

    def files_of(self, customer_id: str) -> list[tuple[str, str, str, bytes]]:
        """(id, name, MIME type, data) of a customer's files, oldest first."""
        with self._lock:
            return self._db.execute(
                "SELECT id, name, type, data FROM files WHERE customer_id = ? ORDER BY rowid",
                (customer_id,),
            ).fetchall()

    # -- resources (rooms) ---------------------------------------------------------------

    def query_resources(
        self, filters: ResourceFilter, count: int, cursor: str | None
    ) -> tuple[list[Json], str | None]:
        """One page of the property's resources by name, and the cursor to continue."""
        clauses, params = _filter_clauses(
            (("id", filters.ids), ("name", filters.names)),
            (("created_utc", filters.created), ("updated_utc", filters.updated)),
        )
        if not filters.inactive:
            clauses.append("is_active")
        return self._page("resources", ("name", "id"), clauses, params, count, cursor)

    def resource_names(self) -> set[str]:
        with self._lock:
            return {name for (name,) in self._db.execute("SELECT name FROM resources")}

    def reserved_room_numbers(self) -> set[str]:
        """Room numbers the stored reservations are assigned to."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT room_number FROM reservations WHERE room_number IS NOT NULL"
            )
            return {number for (number,) in rows}
