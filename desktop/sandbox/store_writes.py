"""What the sandbox's write operations ask of the store: inserts, saves, deletes, merges.

Every method runs in ``transaction()``, which nests, so an operation can wrap several.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from desktop.sandbox.store_schema import Json, StoreConnection, customer_row, marks


class StoreWrites(StoreConnection):
    def insert_customers(self, customers: Iterable[Json]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (customer_row(customer, None) for customer in customers),
            )

    def save_customer(self, customer: Json, *, deleted_utc: str | None = None) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO customers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                customer_row(customer, deleted_utc),
            )

    def insert_resources(self, resources: Iterable[Json]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO resources VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (
                        resource["Id"],
                        resource["Name"],
                        1 if resource["IsActive"] else 0,
                        resource["CreatedUtc"],
                        resource["UpdatedUtc"],
                        json.dumps(resource, ensure_ascii=False, separators=(",", ":")),
                    )
                    for resource in resources
                ),
            )

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

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        with self.transaction():
            self._db.execute(
                f"DELETE FROM identity_documents WHERE id IN ({marks(document_ids)})",
                document_ids,
            )

    def delete_documents_of(self, customer_ids: Sequence[str]) -> None:
        with self.transaction():
            self._db.execute(
                f"DELETE FROM identity_documents WHERE customer_id IN ({marks(customer_ids)})",
                customer_ids,
            )

    def insert_file(
        self, file_id: str, customer_id: str, name: str, mime_type: str, data: bytes, when: str
    ) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                (file_id, customer_id, name, mime_type, data, when),
            )

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
