"""A scan's body is built and sent in pieces (so the GUI thread gets the GIL between them),
and the pieces join to exactly what one call would have written."""

from __future__ import annotations

import base64
import json
import random

import pytest

from desktop.mews.customer_calls import BASE64_PIECE, base64_pieces
from desktop.mews.transport import JSON_PIECE, UPLOAD_CHUNK_BYTES, _reporting_chunks, json_body


@pytest.mark.parametrize("size", [0, 1, 2, 3, BASE64_PIECE - 1, BASE64_PIECE, 3 * BASE64_PIECE + 2])
def test_base64_in_pieces_is_base64_in_one_go(size: int) -> None:
    data = random.Random(size).randbytes(size)
    pieces = base64_pieces(data)
    assert "".join(pieces) == base64.b64encode(data).decode("ascii")
    assert all(len(piece) <= BASE64_PIECE // 3 * 4 for piece in pieces)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"ClientToken": "t", "Name": 'scan "1".pdf'},
        {"Data": "QUJD" * JSON_PIECE},
        {"Data": 'é"\\\n\u2028\x01𝄞' * (JSON_PIECE // 3), "Name": "x"},
        {"Data": "a" * (JSON_PIECE + 1), "Other": "b" * (2 * JSON_PIECE + 7), "N": 1},
    ],
    ids=["empty", "small", "base64", "escapes", "two-long"],
)
def test_json_in_pieces_reads_back_as_the_body(body: dict) -> None:
    written = b"".join(json_body(body))
    assert json.loads(written) == body
    # Short bodies are exactly what json.dumps writes; long ones only move the long
    # strings to the end, which JSON objects do not care about.
    if all(not isinstance(v, str) or len(v) <= JSON_PIECE for v in body.values()):
        compact = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        assert written == compact.encode("utf-8")


def test_spliced_pieces_are_written_in_place_of_the_value() -> None:
    pieces = ["QUJD" * JSON_PIECE, 'é"\\', "", "Zm9v"]
    body = {"ClientToken": "t", "Data": pieces[0][:4], "Name": "scan.pdf"}
    written = json.loads(b"".join(json_body(body, {"Data": pieces})))
    assert written == {**body, "Data": "".join(pieces)}


@pytest.mark.parametrize(
    "sizes", [[0], [5], [UPLOAD_CHUNK_BYTES], [3, UPLOAD_CHUNK_BYTES * 2 + 1, 0, 7, 1]]
)
def test_a_body_in_pieces_goes_out_in_whole_chunks(sizes: list[int]) -> None:
    content = [random.Random(size).randbytes(size) for size in sizes]
    reported: list[tuple[int, int]] = []
    chunks = list(_reporting_chunks(content, lambda sent, total: reported.append((sent, total))))
    total = sum(sizes)
    assert b"".join(chunks) == b"".join(content)
    assert all(len(chunk) == UPLOAD_CHUNK_BYTES for chunk in chunks[:-1])
    sent = [0]
    for chunk in chunks:
        sent.append(sent[-1] + len(chunk))
    assert reported == [(count, total) for count in sent]
