"""The sandbox's SQLite tables and the one connection that serves every request thread.

Each record is kept whole as JSON next to the few columns the API filters and sorts on,
so reads return what was written without an object-relational layer in between. One
connection guarded by a lock serves every request thread: SQLite serialises writers
anyway, and the sandbox answers one desk, a test suite or a benchmark, not a hotel chain.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sized
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Json = dict[str, Any]

SCHEMA = """
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
CREATE INDEX IF NOT EXISTS reservations_state ON reservations (state);
CREATE TABLE IF NOT EXISTS reservation_customers (
    reservation_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (reservation_id, customer_id)
);
CREATE INDEX IF NOT EXISTS reservation_customers_customer ON reservation_customers (customer_id);
CREATE TABLE IF NOT EXISTS resources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_active INTEGER NOT NULL,
    created_utc TEXT NOT NULL,
    updated_utc TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS resources_name ON resources (name, id);
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


def lower_key(value: object) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None


def customer_row(customer: Json, deleted_utc: str | None) -> tuple[Any, ...]:
    return (
        customer["Id"],
        int(customer["Number"]),
        lower_key(customer.get("Email")),
        lower_key(customer.get("FirstName")),
        lower_key(customer.get("LastName")),
        lower_key(customer.get("LoyaltyCode")),
        customer.get("CompanyId"),
        customer["CreatedUtc"],
        customer["UpdatedUtc"],
        deleted_utc,
        1 if customer["IsActive"] else 0,
        1 if "PaymasterAccount" in customer.get("Classifications", ()) else 0,
        json.dumps(customer, ensure_ascii=False, separators=(",", ":")),
    )


def marks(values: Sized) -> str:
    """One ``?`` per value, for ``IN (...)``."""
    return ", ".join("?" * len(values))


class StoreConnection:
    """The connection, its lock and transactions; reads and writes build on it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

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
