"""Every list limit, page size and required field the OpenAPI description states, probed
on a live sandbox over loopback HTTP: each must be refused with Mews's 400 naming it.

The cases are generated from ``tests/spec`` rather than written out, so an operation the
sandbox serves cannot gain a limit in the description that the sandbox does not enforce.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_contract import examples, request_schema, spec
from sandbox_api import TOKENS, Api, running_sandbox

from desktop.sandbox.operations import OPERATIONS

#: Every operation the sandbox serves, deprecated ones included (other clients call them).
SERVED = sorted(OPERATIONS)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = spec()["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    if "allOf" in node and len(node["allOf"]) == 1:
        return {**_resolve(node["allOf"][0]), **{k: v for k, v in node.items() if k != "allOf"}}
    return node


def _properties(operation: str) -> tuple[dict[str, Any], set[str]]:
    schema = _resolve(request_schema(operation))
    return schema.get("properties", {}), set(schema.get("required", ()))


def _base(operation: str) -> dict[str, Any]:
    """The documented example request, with the sandbox's tokens and no time windows.

    Windows are optional and probed on their own; resources/getAll's example spans a year.
    """
    example, _ = examples(operation)
    body = copy.deepcopy(example or {})
    properties, _ = _properties(operation)
    for name in ("ChainId", "ChainIds", *properties):
        if name in ("ChainId", "ChainIds") or properties[name].get("x-max-interval-in-months"):
            body.pop(name, None)
    return body | TOKENS


def _items(operation: str, name: str, schema: dict[str, Any], count: int) -> list[Any]:
    items = _resolve(schema.get("items", {}))
    if items.get("format") == "uuid":
        return [str(uuid.uuid4()) for _ in range(count)]
    if items.get("type") == "string" and "enum" not in items:
        return [f"probe{index}@example.com" for index in range(count)]
    example = _base(operation).get(name) or [None]
    return [copy.deepcopy(example[0]) for _ in range(count)]


def _list_cases() -> Iterator[Any]:
    for operation in SERVED:
        properties, _ = _properties(operation)
        for name, schema in properties.items():
            if schema.get("type") != "array":
                continue
            if schema.get("minItems"):
                yield pytest.param(operation, name, 0, id=f"{operation}-{name}-empty")
            if schema.get("maxItems"):
                over = schema["maxItems"] + 1
                yield pytest.param(operation, name, over, id=f"{operation}-{name}-{over}")


def _required_cases() -> Iterator[Any]:
    for operation in SERVED:
        _, required = _properties(operation)
        for name in sorted(required - {"ClientToken", "AccessToken"}):
            yield pytest.param(operation, name, id=f"{operation}-{name}")


def _paged() -> list[str]:
    return [op for op in SERVED if "Limitation" in _properties(op)[0]]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with running_sandbox(tmp_path_factory.mktemp("limits") / "sandbox.sqlite3") as api:
        api.server.set_rate_limit(None)
        yield api


@pytest.mark.parametrize(("operation", "name", "count"), list(_list_cases()))
def test_list_limits_of_the_description_are_refused(
    api: Api, operation: str, name: str, count: int
) -> None:
    properties, _ = _properties(operation)
    body = _base(operation) | {name: _items(operation, name, properties[name], count)}
    error = api.error(operation, 400, body)
    assert name in error["Message"], error["Message"]


@pytest.mark.parametrize(("operation", "name"), list(_required_cases()))
def test_required_fields_of_the_description_are_required(
    api: Api, operation: str, name: str
) -> None:
    body = _base(operation)
    body.pop(name, None)
    response = api.http.post(f"/api/connector/v1/{operation}", json=body)
    if name == "Extent" and operation == "customers/getAll":
        # Real integrations omit it and Mews answers them (see DESIGN.md): customers only.
        assert response.status_code != 400 or "Extent" not in response.json()["Message"]
        return
    assert response.status_code == 400, response.text
    assert name in response.json()["Message"]


@pytest.mark.parametrize("operation", _paged())
@pytest.mark.parametrize("count", [0, 1001, -1, 2.5, "10", None])
def test_page_size_is_1_to_1000_on_every_paged_operation(
    api: Api, operation: str, count: Any
) -> None:
    body = _base(operation) | {"Limitation": {"Count": count}}
    error = api.error(operation, 400, body)
    assert "Limitation" in error["Message"]


def _interval_cases() -> Iterator[Any]:
    for operation in SERVED:
        properties, _ = _properties(operation)
        for name, schema in properties.items():
            if schema.get("x-max-interval-in-months"):
                months = schema["x-max-interval-in-months"]
                yield pytest.param(operation, name, months, id=f"{operation}-{name}")


@pytest.mark.parametrize(("operation", "name", "months"), list(_interval_cases()))
def test_time_windows_may_span_the_described_months_and_no_more(
    api: Api, operation: str, name: str, months: int
) -> None:
    assert months == 3, "the windows below are written for three months"
    exact = {"StartUtc": "2026-01-15T00:00:00Z", "EndUtc": "2026-04-15T00:00:00Z"}
    api.ok(operation, _base(operation) | {name: exact})
    longer = exact | {"EndUtc": "2026-04-15T00:00:01Z"}
    error = api.error(operation, 400, _base(operation) | {name: longer})
    assert name in error["Message"] and "3 months" in error["Message"]
    backwards = {"StartUtc": exact["EndUtc"], "EndUtc": exact["StartUtc"]}
    assert name in api.error(operation, 400, _base(operation) | {name: backwards})["Message"]


def _uuid_cases() -> Iterator[Any]:
    for operation in SERVED:
        properties, _ = _properties(operation)
        for name, schema in properties.items():
            items = _resolve(schema.get("items", {})) if schema.get("type") == "array" else {}
            if schema.get("format") == "uuid" or items.get("format") == "uuid":
                yield pytest.param(operation, name, id=f"{operation}-{name}")


@pytest.mark.parametrize(("operation", "name"), list(_uuid_cases()))
def test_identifiers_must_be_unique_identifiers(api: Api, operation: str, name: str) -> None:
    properties, _ = _properties(operation)
    value: Any = "not-an-id" if properties[name].get("format") == "uuid" else ["not-an-id"]
    # A real customer, so that the malformed field, not an unknown customer, is the error.
    body = _base(operation) | {name: value}
    if name != "CustomerId" and "CustomerId" in body:
        body["CustomerId"] = api.server.store.in_house()[0].customer["Id"]
    error = api.error(operation, 400, body)
    assert name in error["Message"], error["Message"]
