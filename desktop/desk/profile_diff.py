"""Turns an edited profile into ``customers/update`` or ``customers/add`` arguments.

Only changed fields are sent so that a save never overwrites what another desk changed in a
field this user did not touch. The rules follow what the API really does:

- plain fields are set by sending a value; a blank one is ignored by Mews ("it won't clear
  the field"), so a field the user emptied is not sent and is reported in
  ``ProfileUpdate.not_cleared`` for the editor to say so plainly;
- classifications and options are sent as the whole new set (unknown values the server
  returned are kept; the options pseudo-value ``None`` is never sent);
- the Italian codes are update values, ``{"Value": x}``, which can also clear (``null``);
- the address travels as one object with every line it still has.

Argument names are the ``MewsClient`` keyword arguments (snake_case of the wire names);
nested objects are given with wire names, which every model accepts as aliases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.desk.profile_fields import (
    ADDRESS_KEYS,
    FIELDS,
    FIELDS_BY_KEY,
    NO_OPTION,
    Kind,
    Saving,
    changed_keys,
    is_blank,
    ordered,
)


@dataclass(frozen=True)
class ProfileUpdate:
    """What a save would send and what it cannot do."""

    arguments: dict[str, Any] = field(default_factory=dict)
    changed: tuple[str, ...] = ()
    not_cleared: tuple[str, ...] = ()

    @property
    def sends_anything(self) -> bool:
        return bool(self.arguments)


def build_update(original: Mapping[str, Any], edited: Mapping[str, Any]) -> ProfileUpdate:
    """``customers/update`` keyword arguments (without ``customer_id``) for the edits made."""
    changed = changed_keys(original, edited)
    arguments: dict[str, Any] = {}
    not_cleared: list[str] = []
    address_changed = False
    for key in changed:
        spec = FIELDS_BY_KEY[key]
        value = edited.get(key)
        if spec.saving is Saving.ADDRESS:
            address_changed = True
            if is_blank(value):
                not_cleared.append(key)
        elif spec.saving is Saving.SET:
            arguments[key] = _set_value(spec.kind, value)
        elif spec.saving is Saving.UPDATE_VALUE:
            text = str(value or "").strip()
            arguments[key] = {"Value": text or None}
        elif is_blank(value):
            not_cleared.append(key)
        else:
            arguments[key] = _plain_value(spec.kind, value)
    if address_changed:
        address = _address(edited)
        if address:
            arguments["address"] = address
    return ProfileUpdate(arguments, changed, tuple(not_cleared))


def build_add(values: Mapping[str, Any]) -> dict[str, Any]:
    """``customers/add`` keyword arguments (without ``overwrite_existing``) for a new profile.

    On add the Italian codes are plain strings and blank fields are simply left out.
    """
    arguments: dict[str, Any] = {}
    for spec in FIELDS:
        if spec.saving in (Saving.READ_ONLY, Saving.ADDRESS):
            continue
        value = values.get(spec.key)
        if is_blank(value):
            continue
        if spec.saving is Saving.SET:
            items = _set_value(spec.kind, value)
            if items:
                arguments[spec.key] = items
        else:
            arguments[spec.key] = _plain_value(spec.kind, value)
    address = _address(values)
    if address:
        arguments["address"] = address
    return arguments


def _plain_value(kind: Kind, value: Any) -> Any:
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.NOTES:
        return str(value)
    return str(value).strip()


def _set_value(kind: Kind, value: Any) -> list[str]:
    items = ordered(str(item) for item in (value or ()))
    if kind is Kind.OPTIONS:
        items = tuple(item for item in items if item != NO_OPTION)
    return list(items)


def _address(values: Mapping[str, Any]) -> dict[str, str]:
    """The address object with every non-blank line, keyed by wire name."""
    return {
        FIELDS_BY_KEY[key].wire_name: str(values[key]).strip()
        for key in ADDRESS_KEYS
        if not is_blank(values.get(key))
    }
