"""The Connector API operations the client calls: path, retry safety and chain field.

Kept apart from the client so the transport (which decides retries and adds the chain id)
and the per-operation methods share one table instead of repeating paths as strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ChainField = Literal["ChainIds", "ChainId"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One Connector API operation: where it lives, whether it only reads, its chain field.

    ``chain`` is the field a portfolio access token needs, taken from the operation's
    schema: list-style ``ChainIds`` on reads, a single ``ChainId`` on writes, none where
    the schema has neither (search, getOpenItems, merges).
    """

    path: str
    idempotent: bool
    chain: ChainField | None = None


GET_ALL_CUSTOMERS = Operation("customers/getAll", idempotent=True, chain="ChainIds")
SEARCH_CUSTOMERS = Operation("customers/search", idempotent=True)
GET_OPEN_ITEMS = Operation("customers/getOpenItems", idempotent=True)
ADD_CUSTOMER = Operation("customers/add", idempotent=False, chain="ChainId")
UPDATE_CUSTOMER = Operation("customers/update", idempotent=False, chain="ChainId")
ADD_CUSTOMER_FILE = Operation("customers/addFile", idempotent=False, chain="ChainId")
MERGE_ACCOUNTS = Operation("accounts/merge", idempotent=False)
GET_IDENTITY_DOCUMENTS = Operation("identityDocuments/getAll", idempotent=True, chain="ChainIds")
ADD_IDENTITY_DOCUMENTS = Operation("identityDocuments/add", idempotent=False, chain="ChainId")
UPDATE_IDENTITY_DOCUMENTS = Operation("identityDocuments/update", idempotent=False, chain="ChainId")
DELETE_IDENTITY_DOCUMENTS = Operation("identityDocuments/delete", idempotent=False, chain="ChainId")
#: Portfolio tokens narrow it with ``EnterpriseIds``, not a chain field.
GET_RESOURCES = Operation("resources/getAll", idempotent=True)
