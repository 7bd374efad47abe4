"""Ways to break a valid body: wrong types, missing and unknown fields, nesting, bad bytes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hostile_seeds import seeds
from hypothesis import strategies as st

Path_ = tuple[str | int, ...]
#: Deep nesting is spliced in as raw text after encoding: the encoder itself would hit the
#: recursion limit building such a body.
DEEP = "\x00deep:{}\x00"


def paths(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            yield from paths(value, (*prefix, index))


def replace(node: Any, path: Path_, value: Any, *, delete: bool = False) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        copy = dict(node)
        if not rest and delete:
            copy.pop(head, None)
        else:
            copy[head] = replace(node[head], rest, value, delete=delete)
        return copy
    copy_list = list(node)
    if not rest and delete:
        del copy_list[head]
    else:
        copy_list[head] = replace(node[head], rest, value, delete=delete)
    return copy_list


def null_everywhere(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: null_everywhere(value) for key, value in node.items()}
    if isinstance(node, list):
        return [null_everywhere(value) for value in node]
    return None


json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
hostile_values = st.one_of(
    json_leaves,
    st.sampled_from(["NotAnEnumValue", "", "0000-00-00", "2024-13-45T25:61:61Z", "not-a-uuid"]),
    st.sampled_from(["\u202egnirts ltr\u202c", "<b>bold</b>", "\x00\x1f\x7f", "\ud800"]),
    st.integers(1_000, 300_000).map(lambda size: "Ω" * size),
    st.integers(10, 5_000).map(DEEP.format),
    st.recursive(
        json_leaves,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
        max_leaves=8,
    ),
)


@st.composite
def mutated_bodies(draw: st.DrawFn, operation: str) -> Any:
    """A seed body with a few parts replaced, removed or extended."""
    body = draw(st.sampled_from(seeds(operation)))
    if draw(st.integers(0, 9)) == 0:
        body = null_everywhere(body)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(list(paths(body))))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and path:
            body = replace(body, path, None, delete=True)
        elif action == "add" and isinstance(node := get_at(body, path), dict):
            extra = {draw(st.text(max_size=12)): draw(hostile_values)}
            body = replace(body, path, node | extra)
        else:
            body = replace(body, path, draw(hostile_values))
    return body


def get_at(node: Any, path: Path_) -> Any:
    for part in path:
        node = node[part]
    return node


def encode(body: Any) -> bytes:
    """JSON bytes; lone surrogates come out as invalid UTF-8 on purpose."""
    text = json.dumps(body, ensure_ascii=False)
    while "\\u0000deep:" in text:
        start = text.index('"\\u0000deep:')
        end = text.index('\\u0000"', start + 2) + len('\\u0000"')
        depth = int(text[start + len('"\\u0000deep:') : end - len('\\u0000"')])
        text = text[:start] + "[" * depth + "]" * depth + text[end:]
    return text.encode("utf-8", "surrogatepass")


@st.composite
def hostile_bytes(draw: st.DrawFn, operation: str) -> bytes:
    """A mutated body, then possibly damaged as bytes on the way."""
    raw = encode(draw(mutated_bodies(operation)))
    damage = draw(st.sampled_from(["none", "truncate", "invalid-utf8", "garbage", "flip"]))
    if damage == "truncate":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif damage == "invalid-utf8":
        at = draw(st.integers(0, len(raw)))
        bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]))
        raw = raw[:at] + bad + raw[at:]
    elif damage == "garbage":
        raw = draw(
            st.sampled_from([b"<html>502 Bad Gateway</html>", b"\xef\xbb\xbf" + raw, b"null"])
        ) or draw(st.binary(max_size=64))
    elif damage == "flip" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1 :]
    return raw


# -- harness -------------------------------------------------------------------------------
