"""Whatever a server, proxy or broken network sends back, a call ends in one of two ways.

Every operation either returns its parsed model or raises ``InvalidResponseError`` (for
an error status, the status's ``MewsError`` class). A ``KeyError``, ``TypeError``,
``RecursionError``, ``UnicodeDecodeError`` or raw pydantic ``ValidationError`` escaping
would reach a worker thread as an unexplained crash instead of a message the desk can
show, so the bodies here start from the documented examples and the sandbox's real
answers and are then mutated: wrong types, missing and unknown fields, unknown enum
values, nulls, huge strings, deep nesting, invalid UTF-8, truncation, non-JSON.

The example budget is a settings profile: ``fast`` by default (the file runs in seconds),
``FRONTDESK_HYPOTHESIS=thorough`` for a long hunt.
"""

from __future__ import annotations

from typing import Any

import pytest
from hostile_calls import (
    BUDGET,
    OPERATIONS,
    assert_model_parses_or_refuses,
    assert_parsed_or_invalid,
    outcome,
)
from hostile_mutations import encode, hostile_bytes, null_everywhere, paths, replace
from hostile_seeds import seeds
from hypothesis import given
from hypothesis import strategies as st

from desktop.mews import MewsError


@pytest.mark.parametrize("operation", OPERATIONS)
def test_seed_bodies_parse(operation: str) -> None:
    """The starting points are valid, so every failure below comes from a mutation."""
    for seed in seeds(operation):
        assert not isinstance(outcome(operation, encode(seed)), MewsError)


def _trim(node: Any, items: int = 2) -> Any:
    """The same shapes with lists cut short: every position of a long page adds nothing."""
    if isinstance(node, dict):
        return {key: _trim(value, items) for key, value in node.items()}
    if isinstance(node, list):
        return [_trim(value, items) for value in node[:items]]
    return node


@pytest.mark.parametrize("operation", OPERATIONS)
def test_truncation_at_every_position(operation: str) -> None:
    for seed in seeds(operation):
        raw = encode(_trim(seed))
        for end in range(len(raw)):
            assert_parsed_or_invalid(operation, raw[:end])


@pytest.mark.parametrize("operation", OPERATIONS)
def test_nulls_everywhere(operation: str) -> None:
    for seed in seeds(operation):
        assert_parsed_or_invalid(operation, encode(null_everywhere(seed)))


@pytest.mark.parametrize("operation", OPERATIONS)
def test_missing_each_field(operation: str) -> None:
    """Drop every field in turn, at every depth the seeds reach."""
    for seed in seeds(operation):
        for path in paths(seed):
            if path:
                assert_parsed_or_invalid(operation, encode(replace(seed, path, None, delete=True)))


@pytest.mark.parametrize("operation", OPERATIONS)
@BUDGET
@given(data=st.data())
def test_mutated_bodies_parse_or_raise_invalid_response(
    operation: str, data: st.DataObject
) -> None:
    raw = data.draw(hostile_bytes(operation), label="body")
    assert_parsed_or_invalid(operation, raw)
    assert_model_parses_or_refuses(operation, raw)


@pytest.mark.parametrize(
    "raw",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"Customers":' + b"[" * 50_000,
        b'{"Customers":' + b'{"a":' * 50_000,
        b'{"Customers": [], "Cursor": "\xff\xfe"}',
        b'{"Customers": [], "Cursor": 1e999999}',
        b"1e999999",
        b"\x00" * 1000,
        b'{"Customers": [], "Cursor": "' + b"x" * 5_000_000 + b'"}',
    ],
    ids=["deep-array", "deep-cut", "deep-objects", "bad-utf8", "huge-number", "bare-number",
         "nul-bytes", "huge-string"],
)  # fmt: skip
@pytest.mark.parametrize("operation", ["customers/getAll", "accounts/merge"])
def test_extreme_bodies(operation: str, raw: bytes) -> None:
    assert_parsed_or_invalid(operation, raw)
