"""SQLite persistence for the sandbox: customers and what hangs off them.

Each record is kept whole as JSON next to the few columns the API filters and sorts on,
so reads return what was written without an object-relational layer in between. One
connection guarded by a lock serves every request thread: SQLite serialises writers
anyway, and the sandbox answers one desk, a test suite or a benchmark, not a hotel chain.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.sandbox.validation import Interval

Json = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL,
    email TEXT,
    first_name TEXT,
    last_name TEXT,
    loyalty_code TEXT,
    company_id TEXT,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    deleted_utc TEXT,
    is_active INTEGER NOT NULL,
    is_paymaster INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS customers_email ON customers (email);
CREATE INDEX IF NOT EXISTS customers_first_name ON customers (first_name);
CREATE INDEX IF NOT EXISTS customers_last_name ON customers (last_name);
CREATE INDEX IF NOT EXISTS customers_loyalty_code ON customers (loyalty_code);
CREATE INDEX IF NOT EXISTS customers_company ON customers (company_id);
CREATE INDEX IF NOT EXISTS customers_created ON customers (created_utc, id);
CREATE INDEX IF NOT EXISTS customers_updated ON customers (updated_utc);
CREATE INDEX IF NOT EXISTS customers_paymaster ON customers (is_paymaster) WHERE is_paymaster;
CREATE TABLE IF NOT EXISTS identity_documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS identity_documents_customer ON identity_documents (customer_id);
CREATE TABLE IF NOT EXISTS open_items (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('order', 'payment')),
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS open_items_customer ON open_items (customer_id);
CREATE TABLE IF NOT EXISTS reservations (
    id TEXT PRIMARY KEY,
    resource_id TEXT,
    room_number TEXT,
    state TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reservations_resource ON reservations (resource_id);
CREATE TABLE IF NOT EXISTS reservation_customers (
    reservation_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (reservation_id, customer_id)
);
CREATE INDEX IF NOT EXISTS reservation_customers_customer ON reservation_customers (customer_id);
CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data BLOB NOT NULL,
    created_utc TEXT NOT NULL
);
"""

#: Reservation state of guests who are in the house right now.
IN_HOUSE_STATE = "Started"


def _lower(value: object) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def _customer_row(customer: Json, deleted_utc: str | None) -> tuple[Any, ...]:
    return (
        customer["Id"],
        int(customer["Number"]),
        _lower(customer.get("Email")),
        _lower(customer.get("FirstName")),
        _lower(customer.get("LastName")),
        _lower(customer.get("LoyaltyCode")),
        customer.get("CompanyId"),
        customer["CreatedUtc"],
        customer["UpdatedUtc"],
        deleted_utc,
        1 if customer["IsActive"] else 0,
        1 if "PaymasterAccount" in customer.get("Classifications", ()) else 0,
        json.dumps(customer, ensure_ascii=False, separators=(",", ":")),
    )


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


@dataclass(frozen=True, slots=True)
class InHouseRow:
    customer: Json
    reservation: Json | None
    room_number: str | None


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing writes; re-entrant so an operation can wrap several store calls."""
        with self._lock:
            if self._db.in_transaction:
                yield
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- meta --------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def next_customer_number(self) -> int:
        with self.transaction():
            row = self._db.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM customers").fetchone()
        return int(row[0])

    # -- customers ---------------------------------------------------------------------

    def insert_customers(self, customers: Iterable[Json]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_customer_row(customer, None) for customer in customers),
            )

    def save_customer(self, customer: Json, *, deleted_utc: str | None = None) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _customer_row(customer, deleted_utc),
            )

    def get_customer(self, customer_id: str) -> Json | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def existing_customer_ids(self, customer_ids: Sequence[str]) -> set[str]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id FROM customers WHERE id IN ({_marks(customer_ids)})", customer_ids
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
        """One page in a stable order (creation time, then id) and the cursor to the next.

        The cursor is the id of the last customer returned, as in Mews; it is ``None``
        when nothing follows, so a client can stop without an extra empty request.
        """
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("id", filters.ids),
            ("email", filters.emails),
            ("first_name", filters.first_names),
            ("last_name", filters.last_names),
            ("loyalty_code", filters.loyalty_codes),
            ("company_id", filters.company_ids),
        ):
            if values is not None:
                clauses.append(f"{column} IN ({_marks(values)})")
                params.extend(values)
        for column, interval in (
            ("created_utc", filters.created),
            ("updated_utc", filters.updated),
            ("deleted_utc", filters.deleted),
        ):
            if interval is not None:
                # Start included, end excluded; Start == End means "exactly at".
                if interval.start == interval.end:
                    clauses.append(f"{column} = ?")
                    params.append(interval.start)
                else:
                    clauses.append(f"{column} >= ? AND {column} < ?")
                    params.extend((interval.start, interval.end))
        states = filters.activity_states
        if states == frozenset({"Active"}):
            clauses.append("is_active")
        elif states == frozenset({"Deleted"}):
            clauses.append("NOT is_active")
        with self._lock:
            if cursor is not None:
                anchor = self._db.execute(
                    "SELECT created_utc FROM customers WHERE id = ?", (cursor,)
                ).fetchone()
                if anchor is None:
                    return [], None
                clauses.append("(created_utc, id) > (?, ?)")
                params.extend((anchor[0], cursor))
            where = " AND ".join(clauses) or "1"
            rows = self._db.execute(
                f"SELECT id, data FROM customers WHERE {where} ORDER BY created_utc, id LIMIT ?",
                (*params, count + 1),
            ).fetchall()
        page = rows[:count]
        next_cursor = page[-1][0] if len(rows) > count else None
        return [json.loads(row[1]) for row in page], next_cursor

    def customer_exists(self, customer_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,))
            return row.fetchone() is not None

    # -- in-house guests and paymasters (customers/search) ------------------------------

    def in_house(self, resource_id: str | None = None) -> list[InHouseRow]:
        """Active customers staying now (with their reservation), then active paymasters."""
        query = (
            "SELECT c.data, r.data, r.room_number FROM reservations r "
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
            rows = [InHouseRow(json.loads(c), json.loads(r), room) for c, r, room in staying]
            if resource_id is None:
                paymasters = self._db.execute(
                    "SELECT data FROM customers WHERE is_paymaster AND is_active ORDER BY last_name"
                )
                rows.extend(InHouseRow(json.loads(data), None, None) for (data,) in paymasters)
        return rows

    def insert_reservations(self, reservations: Iterable[tuple[Json, str | None]]) -> None:
        """Store reservations with their room number; members are owner plus companions."""
        with self.transaction():
            for reservation, room_number in reservations:
                self._db.execute(
                    "INSERT INTO reservations VALUES (?, ?, ?, ?, ?)",
                    (
                        reservation["Id"],
                        reservation.get("AssignedResourceId"),
                        room_number,
                        reservation["State"],
                        json.dumps(reservation, separators=(",", ":")),
                    ),
                )
                members = {reservation["OwnerId"], *reservation.get("CompanionIds", ())}
                self._db.executemany(
                    "INSERT OR IGNORE INTO reservation_customers VALUES (?, ?)",
                    ((reservation["Id"], member) for member in members),
                )

    # -- open items ----------------------------------------------------------------------

    def insert_open_items(self, items: Iterable[tuple[str, str, Json]]) -> None:
        """``items`` are (customer id, "order" or "payment", item)."""
        with self.transaction():
            self._db.executemany(
                "INSERT INTO open_items VALUES (?, ?, ?, ?)",
                (
                    (item["Id"], customer_id, kind, json.dumps(item, separators=(",", ":")))
                    for customer_id, kind, item in items
                ),
            )

    def open_items(self, customer_ids: Sequence[str]) -> dict[str, dict[str, list[Json]]]:
        result: dict[str, dict[str, list[Json]]] = {
            customer_id: {"order": [], "payment": []} for customer_id in customer_ids
        }
        with self._lock:
            rows = self._db.execute(
                f"SELECT customer_id, kind, data FROM open_items "
                f"WHERE customer_id IN ({_marks(customer_ids)}) ORDER BY rowid",
                customer_ids,
            ).fetchall()
        for customer_id, kind, data in rows:
            result[customer_id][kind].append(json.loads(data))
        return result

    # -- identity documents ----------------------------------------------------------------

    def insert_documents(self, documents: Iterable[Json]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO identity_documents (id, customer_id, type, data) VALUES (?, ?, ?, ?)",
                (
                    (doc["Id"], doc["CustomerId"], doc["Type"], json.dumps(doc, ensure_ascii=False))
                    for doc in documents
                ),
            )

    def save_document(self, document: Json) -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE identity_documents SET customer_id = ?, type = ?, data = ? WHERE id = ?",
                (
                    document["CustomerId"],
                    document["Type"],
                    json.dumps(document, ensure_ascii=False),
                    document["Id"],
                ),
            )

    def get_documents(self, document_ids: Sequence[str]) -> dict[str, Json]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, data FROM identity_documents WHERE id IN ({_marks(document_ids)})",
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
        clauses = [f"customer_id IN ({_marks(customer_ids)})"]
        params: list[Any] = list(customer_ids)
        if document_ids is not None:
            clauses.append(f"id IN ({_marks(document_ids)})")
            params.extend(document_ids)
        if types is not None:
            clauses.append(f"type IN ({_marks(types)})")
            params.extend(types)
        with self._lock:
            if cursor is not None:
                anchor = self._db.execute(
                    "SELECT seq FROM identity_documents WHERE id = ?", (cursor,)
                ).fetchone()
                if anchor is None:
                    return [], None
                clauses.append("seq > ?")
                params.append(anchor[0])
            rows = self._db.execute(
                f"SELECT id, data FROM identity_documents WHERE {' AND '.join(clauses)} "
                "ORDER BY seq LIMIT ?",
                (*params, count + 1),
            ).fetchall()
        page = rows[:count]
        next_cursor = page[-1][0] if len(rows) > count else None
        return [json.loads(row[1]) for row in page], next_cursor

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        with self.transaction():
            self._db.execute(
                f"DELETE FROM identity_documents WHERE id IN ({_marks(document_ids)})",
                document_ids,
            )

    def delete_documents_of(self, customer_ids: Sequence[str]) -> None:
        with self.transaction():
            self._db.execute(
                f"DELETE FROM identity_documents WHERE customer_id IN ({_marks(customer_ids)})",
                customer_ids,
            )

    # -- files -----------------------------------------------------------------------------

    def insert_file(
        self, file_id: str, customer_id: str, name: str, mime_type: str, data: bytes, when: str
    ) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                (file_id, customer_id, name, mime_type, data, when),
            )

    def files_of(self, customer_id: str) -> list[tuple[str, str, str, bytes]]:
        """(id, name, MIME type, data) of a customer's files, oldest first."""
        with self._lock:
            return self._db.execute(
                "SELECT id, name, type, data FROM files WHERE customer_id = ? ORDER BY rowid",
                (customer_id,),
            ).fetchall()

    # -- merging ---------------------------------------------------------------------------

    def move_related(self, source_id: str, target_id: str) -> None:
        """Hand a merged profile's documents, items, files and stays to the target."""
        with self.transaction():
            for table in ("identity_documents", "open_items", "files"):
                self._db.execute(
                    f"UPDATE {table} SET customer_id = ? WHERE customer_id = ?",
                    (target_id, source_id),
                )
            rows = self._db.execute(
                "SELECT id, data FROM identity_documents WHERE customer_id = ?", (target_id,)
            ).fetchall()
            for doc_id, data in rows:
                document = json.loads(data)
                document["CustomerId"] = target_id
                self._db.execute(
                    "UPDATE identity_documents SET data = ? WHERE id = ?",
                    (json.dumps(document, ensure_ascii=False), doc_id),
                )
            for item_id, data in self._db.execute(
                "SELECT id, data FROM open_items WHERE customer_id = ?", (target_id,)
            ).fetchall():
                item = json.loads(data)
                item["AccountId"] = target_id
                self._db.execute(
                    "UPDATE open_items SET data = ? WHERE id = ?",
                    (json.dumps(item, separators=(",", ":")), item_id),
                )
            stays = self._db.execute(
                "SELECT r.id, r.data FROM reservations r JOIN reservation_customers rc "
                "ON rc.reservation_id = r.id WHERE rc.customer_id = ?",
                (source_id,),
            ).fetchall()
            for reservation_id, data in stays:
                reservation = json.loads(data)
                for key in ("OwnerId", "CustomerId"):
                    if reservation.get(key) == source_id:
                        reservation[key] = target_id
                companions = [
                    target_id if member == source_id else member
                    for member in reservation.get("CompanionIds", ())
                ]
                reservation["CompanionIds"] = [
                    member
                    for member in dict.fromkeys(companions)
                    if member != reservation["OwnerId"]
                ]
                self._db.execute(
                    "UPDATE reservations SET data = ? WHERE id = ?",
                    (json.dumps(reservation, separators=(",", ":")), reservation_id),
                )
            self._db.execute(
                "UPDATE OR IGNORE reservation_customers SET customer_id = ? WHERE customer_id = ?",
                (target_id, source_id),
            )
            self._db.execute(
                "DELETE FROM reservation_customers WHERE customer_id = ?", (source_id,)
            )


def _marks(values: Sized) -> str:
    return ", ".join("?" * len(values))
