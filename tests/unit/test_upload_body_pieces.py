"""A scan's body is built in pieces (so the GUI thread gets the GIL between them), and the
pieces join to exactly what one call would have written."""

from __future__ import annotations

import base64
import json
import random

import pytest

from desktop.mews.customer_calls import BASE64_PIECE, base64_text
from desktop.mews.transport import JSON_PIECE, json_body


@pytest.mark.parametrize("size", [0, 1, 2, 3, BASE64_PIECE - 1, BASE64_PIECE, 3 * BASE64_PIECE + 2])
def test_base64_in_pieces_is_base64_in_one_go(size: int) -> None:
    data = random.Random(size).randbytes(size)
    assert base64_text(data) == base64.b64encode(data).decode("ascii")


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
    written = json_body(body)
    assert json.loads(written) == body
    # Short bodies are exactly what json.dumps writes; long ones only move the long
    # strings to the end, which JSON objects do not care about.
    if all(not isinstance(v, str) or len(v) <= JSON_PIECE for v in body.values()):
        compact = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        assert written == compact.encode("utf-8")
