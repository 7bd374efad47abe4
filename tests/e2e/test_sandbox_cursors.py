"""Every paged read answers a cursor it never issued the same way, through the real client.

Mews's pagination guideline defines a cursor only as the id of the last datum a page
returned, so a made-up cursor, or the id of another kind of record, is a client bug: the
sandbox answers 400 with the same words for customers, resources and identity documents.
This module has a sandbox of its own, so the requests of other tests cannot spend the
token's rate limit under it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from desktop.mews import InvalidRequestError, MewsClient
from desktop.sandbox.rooms import room_resource_id
from desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.e2e

REFUSED = "Invalid Limitation.Cursor: not a cursor this server issued"


def _reads(client: MewsClient) -> dict[str, Callable[[str], Any]]:
    """Each paged read the desk makes, asked to continue after a cursor."""
    nobody = [uuid.uuid4()]
    return {
        "customers": lambda cursor: client.get_all_customers(
            customer_ids=nobody, count=5, cursor=cursor
        ),
        "resources": lambda cursor: client.get_resources(count=5, cursor=cursor),
        "identity documents": lambda cursor: client.get_identity_documents(
            nobody, count=5, cursor=cursor
        ),
    }


@pytest.mark.parametrize("read", ["customers", "resources", "identity documents"])
def test_a_cursor_never_issued_is_refused_alike_by_every_paged_read(
    client: MewsClient, sandbox: SandboxServer, read: str
) -> None:
    a_guest = str(sandbox.store.in_house()[0].customer["Id"])
    a_room = room_resource_id("204")
    another_kind = a_guest if read == "resources" else a_room
    for cursor in (str(uuid.uuid4()), another_kind):
        with pytest.raises(InvalidRequestError) as refused:
            _reads(client)[read](cursor)
        assert refused.value.status_code == 400
        assert refused.value.message == REFUSED
