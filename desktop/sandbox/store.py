"""SQLite persistence for the sandbox: customers and what hangs off them.

``store_schema`` holds the tables and the connection, ``store_reads`` the queries the
read operations run, ``store_writes`` the changes; ``Store`` is all of them at once.
"""

from __future__ import annotations

from desktop.sandbox.store_reads import CustomerFilter, InHouseRow, ResourceFilter, StoreReads
from desktop.sandbox.store_schema import IN_HOUSE_STATE, Json
from desktop.sandbox.store_writes import StoreWrites

__all__ = [
    "IN_HOUSE_STATE",
    "CustomerFilter",
    "InHouseRow",
    "Json",
    "ResourceFilter",
    "Store",
]


class Store(StoreReads, StoreWrites):
    """The sandbox's database: one file, one connection, every table."""
