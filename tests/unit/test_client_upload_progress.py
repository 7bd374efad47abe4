"""``add_customer_file(progress=...)``: chunked progress reports and cancelling mid-upload."""

from __future__ import annotations

import base64
import uuid

import pytest
from mews_mock import ScriptedMews, make_client, reply
from openapi_contract import assert_valid_request

from desktop.mews.client import UPLOAD_CHUNK_BYTES

CUSTOMER = "fadd5bb6-b428-45d5-94f8-fd0d89fece6d"


class Cancelled(Exception):
    pass


def test_progress_is_reported_chunk_by_chunk_up_to_the_whole_body() -> None:
    raw = bytes(range(256)) * 1024  # 256 KiB -> about 342 KiB of base64
    mews = ScriptedMews(reply(200, {"FileId": str(uuid.uuid4())}))
    reports: list[tuple[int, int]] = []
    with make_client(mews) as client:
        client.add_customer_file(
            CUSTOMER,
            name="scan.png",
            type="image/png",
            data=raw,
            progress=lambda sent, total: reports.append((sent, total)),
        )
    body_size = len(mews.requests[0].content)
    assert mews.requests[0].headers["Content-Length"] == str(body_size)
    assert "Transfer-Encoding" not in mews.requests[0].headers
    assert reports[0] == (0, body_size)
    assert reports[-1] == (body_size, body_size)
    sent = [item[0] for item in reports]
    assert sent == sorted(sent)
    assert len(reports) >= body_size // UPLOAD_CHUNK_BYTES
    assert base64.b64decode(mews.bodies[0]["Data"]) == raw
    assert_valid_request("customers/addFile", mews.bodies[0])


def test_an_exception_from_progress_abandons_the_upload() -> None:
    mews = ScriptedMews(reply(200, {"FileId": str(uuid.uuid4())}))

    def cancel_after_first_chunk(sent: int, total: int) -> None:
        if sent > 0:
            raise Cancelled

    with make_client(mews) as client, pytest.raises(Cancelled):
        client.add_customer_file(
            CUSTOMER,
            name="scan.png",
            type="image/png",
            data=b"\x89PNG" * 100_000,
            progress=cancel_after_first_chunk,
        )


def test_without_progress_the_body_is_sent_in_one_piece() -> None:
    mews = ScriptedMews(reply(200, {"FileId": str(uuid.uuid4())}))
    with make_client(mews) as client:
        client.add_customer_file(CUSTOMER, name="a.pdf", type="application/pdf", data=b"%PDF-1")
    assert mews.requests[0].headers["Content-Length"] == str(len(mews.requests[0].content))
