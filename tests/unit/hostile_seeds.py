"""Valid bodies to start mutating from: the documented examples and the sandbox's real answers."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from openapi_contract import examples

from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, operations
from desktop.sandbox.seed import seed_store
from desktop.sandbox.store import Store


def documented(operation: str) -> Any:
    _, response = examples(operation)
    return response if response is not None else {}


@cache
def sandbox_answers() -> dict[str, Any]:
    """One real answer per operation from a small in-process sandbox store."""
    auth = {"ClientToken": DEMO_CLIENT_TOKEN, "AccessToken": DEMO_ACCESS_TOKEN, "Client": "T 1"}
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "seed.db")
        try:
            seed_store(store, 40)

            def run(operation: str, **body: Any) -> Any:
                return operations.run(store, operation, auth | body)

            now = datetime.now(UTC)
            page = run(
                "customers/getAll",
                UpdatedUtc={
                    "StartUtc": (now - timedelta(days=89)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "EndUtc": (now + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                },
                Extent={"Customers": True, "Addresses": True},
                Limitation={"Count": 40},
            )
            ids = [customer["Id"] for customer in page["Customers"]]
            searches = (run("customers/search", Name=c["LastName"]) for c in page["Customers"])
            search = next((found for found in searches if found["Customers"]), None)
            added = run(
                "customers/add",
                LastName="Hostile",
                Email="hostile@example.test",
                OverwriteExisting=False,
            )
            document = run(
                "identityDocuments/add",
                IdentityDocuments=[
                    {"CustomerId": added["Id"], "Type": "Passport", "Number": "M1234567"}
                ],
            )
            document_id = document["IdentityDocuments"][0]["Id"]
            return {
                "customers/getAll": page,
                "customers/search": search or run("customers/search", Name="Nobody"),
                "customers/getOpenItems": run("customers/getOpenItems", CustomerIds=ids),
                "customers/add": added,
                "customers/update": run("customers/update", CustomerId=added["Id"], Notes="late"),
                "customers/addFile": run(
                    "customers/addFile",
                    CustomerId=added["Id"],
                    Name="id.pdf",
                    Type="application/pdf",
                    Data="JVBERg==",
                ),
                "accounts/merge": run(
                    "accounts/merge",
                    AccountMergeParameters=[
                        {
                            "AccountType": "Customer",
                            "SourceAccountIds": [ids[1]],
                            "TargetAccountId": ids[0],
                        }
                    ],
                ),
                "identityDocuments/getAll": run(
                    "identityDocuments/getAll",
                    CustomerIds=[added["Id"]],
                    Limitation={"Count": 10},
                ),
                "identityDocuments/add": document,
                "identityDocuments/update": run(
                    "identityDocuments/update",
                    IdentityDocuments=[{"Id": document_id, "Number": {"Value": "X1"}}],
                ),
                "identityDocuments/delete": run(
                    "identityDocuments/delete", IdentityDocumentIds=[document_id]
                ),
            }
        finally:
            store.close()


def seeds(operation: str) -> list[Any]:
    answer = sandbox_answers()[operation]
    return [documented(operation), answer if answer is not None else {}]
