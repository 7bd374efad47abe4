"""Validate wire bodies against the official Mews OpenAPI description.

The project keeps its own copy of the description (``tests/spec``) so a fresh
clone can run the contract checks with nothing beside it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SPEC_DIR = Path(__file__).parent / "spec"
SPEC_PATH = SPEC_DIR / "mews-connector-customers.openapi.yaml"
API_PREFIX = "/api/connector/v1/"


@cache
def spec() -> dict[str, Any]:
    """The customers description with the other published parts in ``spec/`` merged in.

    Each further file is a subset of the same published description, so a schema that
    appears in two of them is the same schema; a clash would mean a stale copy.
    """
    with SPEC_PATH.open(encoding="utf-8") as handle:
        merged: dict[str, Any] = yaml.safe_load(handle)
    schemas = merged["components"]["schemas"]
    for path in sorted(SPEC_DIR.glob("*.openapi.yaml")):
        if path == SPEC_PATH:
            continue
        with path.open(encoding="utf-8") as handle:
            part = yaml.safe_load(handle)
        merged["paths"].update(part["paths"])
        for name, schema in part["components"]["schemas"].items():
            known = schemas.setdefault(name, schema)
            assert _same_shape(known, schema), f"{path.name}: {name} differs from {SPEC_PATH.name}"
    return merged


def _same_shape(one: Any, other: Any) -> bool:
    """Equal but for descriptions and examples, which the copies may shorten."""
    if isinstance(one, dict) and isinstance(other, dict):
        keys = (set(one) | set(other)) - {"description", "example"}
        return all(_same_shape(one.get(key), other.get(key)) for key in keys)
    return one == other


@cache
def _registry() -> Registry:
    resource = Resource.from_contents(_rebase_refs(spec()), default_specification=DRAFT4)
    return Registry().with_resource("spec", resource)


def _operation(operation: str) -> dict[str, Any]:
    """``operation`` is ``resource/name`` (``customers/getAll``) or a full path."""
    path = operation if operation.startswith("/") else API_PREFIX + operation
    return spec()["paths"][path]["post"]


def _validator(schema: dict[str, Any]) -> OAS30Validator:
    rebased = _rebase_refs(schema)
    return OAS30Validator(rebased, registry=_registry())


def _rebase_refs(node: Any) -> Any:
    """Point local refs at the registered spec and make ``allOf`` + ``nullable`` mean null-or-X.

    The Mews description writes a nullable reference as ``{allOf: [$ref], nullable: true}``;
    strict OAS 3.0 validators ignore ``nullable`` there and reject the ``null`` that Mews
    documents and sends, so such a node is rewritten to an explicit ``anyOf``.
    """
    if isinstance(node, dict):
        rebased = {
            key: (
                "spec" + value if key == "$ref" and value.startswith("#") else _rebase_refs(value)
            )
            for key, value in node.items()
        }
        if rebased.get("x-coproduct"):
            # A coproduct's Discriminator says which shape Value has; its empty-object
            # alternatives (Object and Person resource data) are indistinguishable, so
            # "exactly one of" would refuse every {} that Mews documents and sends.
            value = rebased.get("properties", {}).get("Value", {})
            if "oneOf" in value:
                value["anyOf"] = value.pop("oneOf")
        if rebased.get("nullable") and "allOf" in rebased and "type" not in rebased:
            return {"anyOf": [{"allOf": rebased.pop("allOf")}, {"enum": [None]}]} | {
                key: value for key, value in rebased.items() if key != "nullable"
            }
        return rebased
    if isinstance(node, list):
        return [_rebase_refs(item) for item in node]
    return node


def request_schema(operation: str) -> dict[str, Any]:
    return _operation(operation)["requestBody"]["content"]["application/json"]["schema"]


def response_schema(operation: str, status: int = 200) -> dict[str, Any] | None:
    response = _operation(operation)["responses"].get(str(status))
    if response is None or "content" not in response:
        return None
    return response["content"]["application/json"]["schema"]


def errors_for(schema: dict[str, Any], body: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in _validator(schema).iter_errors(body)
    ]


def assert_valid_request(operation: str, body: Any) -> None:
    problems = errors_for(request_schema(operation), body)
    assert not problems, f"{operation} request violates the OpenAPI schema: {problems}"


def assert_valid_response(operation: str, body: Any, status: int = 200) -> None:
    schema = response_schema(operation, status)
    assert schema is not None, f"{operation} documents no JSON body for status {status}"
    problems = errors_for(schema, body)
    assert not problems, f"{operation} response violates the OpenAPI schema: {problems}"


def examples(operation: str) -> tuple[Any, Any]:
    """The documented request and 200-response examples of an operation."""
    op = _operation(operation)
    request = op["requestBody"]["content"]["application/json"].get("example")
    response = op["responses"]["200"].get("content", {}).get("application/json", {}).get("example")
    return request, response


def operations() -> list[str]:
    return [path.removeprefix(API_PREFIX) for path in spec()["paths"]]
