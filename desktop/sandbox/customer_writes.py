"""``customers/add``, ``update``, ``addFile``, ``merge`` and ``accounts/merge``.

The rules are the ones Mews documents and desks trip over: an email belongs to one
active profile; a field left out or blank is never cleared (only ``Notes`` and the
Italian update values can be emptied); classifications and options arrive as the whole
new set; a merge makes the source disappear into a target that keeps its id.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from collections.abc import Callable
from typing import Any

from desktop.mews.limits import (
    ALLOWED_FILE_TYPES,
    MAX_ACCOUNT_MERGES,
    MAX_CAR_REGISTRATION_NUMBER_LENGTH,
    MAX_DIETARY_REQUIREMENTS_LENGTH,
    MAX_MERGE_SOURCE_ACCOUNTS,
)
from desktop.sandbox.errors import forbidden, invalid
from desktop.sandbox.records import (
    ADDRESS_FIELDS,
    ITALIAN_FIELDS,
    PLAIN_FIELDS,
    Json,
    blank_customer,
    derive_language,
    new_address,
)
from desktop.sandbox.store import Store
from desktop.sandbox.timeutil import format_utc, now_utc
from desktop.sandbox.validation import (
    CLASSIFICATIONS,
    OPTIONS,
    SEXES,
    TITLES,
    optional_date,
    optional_email,
    optional_enum,
    optional_enum_set,
    optional_list,
    optional_str,
    optional_uuid,
    require_object,
    required_bool,
    required_str,
    required_uuid,
    update_value,
)

Clock = Callable[[], str]


def _utc_now() -> str:
    return format_utc(now_utc())


def _plain_values(body: dict[str, Any]) -> dict[str, Any]:
    """The plain fields present with a non-blank value, validated."""
    values: dict[str, Any] = {}
    for name in PLAIN_FIELDS:
        if name == "Title":
            value: Any = optional_enum(body, name, TITLES)
        elif name == "Sex":
            value = optional_enum(body, name, SEXES)
        elif name == "BirthDate":
            value = optional_date(body, name)
        elif name == "Email":
            value = optional_email(body)
        elif name == "CompanyId":
            value = optional_uuid(body, name)
        elif name == "CarRegistrationNumber":
            value = optional_str(body, name, max_length=MAX_CAR_REGISTRATION_NUMBER_LENGTH)
        elif name == "DietaryRequirements":
            value = optional_str(body, name, max_length=MAX_DIETARY_REQUIREMENTS_LENGTH)
        else:
            value = optional_str(body, name)
        if name == "Notes" and value is not None:
            values[name] = value  # documented: "Old value will be overwritten", even by "".
        elif value is not None and value != "":
            values[name] = value.strip() if isinstance(value, str) else value
    return values


def _apply_address(customer: Json, body: dict[str, Any]) -> None:
    address = body.get("Address")
    if address is None:
        return
    address = require_object(address)
    for name in ADDRESS_FIELDS:
        optional_str(address, name)
    current = customer.get("Address") or new_address(str(uuid.uuid4()), {})
    for name in ADDRESS_FIELDS:
        if address.get(name):
            current[name] = address[name]
    customer["Address"] = current
    customer["AddressId"] = current["Id"]


def _apply(customer: Json, body: dict[str, Any], *, italian_as_update_values: bool) -> None:
    customer.update(_plain_values(body))
    classifications = optional_enum_set(body, "Classifications", CLASSIFICATIONS)
    if classifications is not None:
        customer["Classifications"] = classifications
    options = optional_enum_set(body, "Options", OPTIONS)
    if options is not None:
        customer["Options"] = options
    for name in ITALIAN_FIELDS:
        if italian_as_update_values:
            present, value = update_value(body, name)
            if present:
                if value is not None and not isinstance(value, str):
                    raise invalid(name, "expected a string value")
                customer[name] = value or None
        elif (value := optional_str(body, name)) is not None:
            customer[name] = value or None
    _apply_address(customer, body)
    derive_language(customer)


def _email_taken(store: Store, email: str, own_id: str | None) -> bool:
    return any(other["Id"] != own_id for other in store.active_customers_with_email(email))


def add(store: Store, body: dict[str, Any], clock: Clock = _utc_now) -> Json:
    last_name = required_str(body, "LastName").strip()
    if not last_name:
        raise invalid("LastName", "required")
    overwrite = required_bool(body, "OverwriteExisting")
    email = optional_email(body)
    with store.transaction():
        existing = store.active_customers_with_email(email) if email else []
        if existing and not overwrite:
            raise forbidden(
                f"A customer with the email {email} already exists. "
                "Use the existing profile or add the guest with a different email."
            )
        now = clock()
        if existing:
            customer = existing[0]
            _apply(customer, body, italian_as_update_values=False)
        else:
            customer = blank_customer(str(uuid.uuid4()), store.next_customer_number(), now)
            _apply(customer, body, italian_as_update_values=False)
        customer["UpdatedUtc"] = now
        store.save_customer(customer)
    return customer


def update(store: Store, body: dict[str, Any], clock: Clock = _utc_now) -> Json:
    customer_id = required_uuid(body, "CustomerId")
    with store.transaction():
        customer = store.get_customer(customer_id)
        if customer is None:
            raise invalid("CustomerId", f"no customer {customer_id}")
        if not customer["IsActive"]:
            raise forbidden("This profile was merged into another one and can no longer change.")
        email = optional_email(body)
        changes_email = email and email.lower() != (customer.get("Email") or "").lower()
        if changes_email and _email_taken(store, email or "", customer_id):
            raise forbidden(
                f"Another customer profile already has the email {email}. "
                "Merge the profiles or choose a different email."
            )
        _apply(customer, body, italian_as_update_values=True)
        customer["UpdatedUtc"] = clock()
        store.save_customer(customer)
    return customer


def add_file(store: Store, body: dict[str, Any], clock: Clock = _utc_now) -> Json:
    customer_id = required_uuid(body, "CustomerId")
    name = required_str(body, "Name")
    mime_type = required_str(body, "Type")
    if mime_type.lower() not in ALLOWED_FILE_TYPES:
        raise invalid(
            "Type", f"{mime_type!r} is not one of {', '.join(sorted(ALLOWED_FILE_TYPES))}"
        )
    try:
        data = base64.b64decode(required_str(body, "Data"), validate=True)
    except (binascii.Error, ValueError):
        raise invalid("Data", "expected base64") from None
    if not data:
        raise invalid("Data", "the file is empty")
    if not store.customer_exists(customer_id):
        raise invalid("CustomerId", f"no customer {customer_id}")
    file_id = str(uuid.uuid4())
    store.insert_file(file_id, customer_id, name, mime_type.lower(), data, clock())
    return {"FileId": file_id}


def _merge(store: Store, source_id: str, target_id: str, now: str) -> None:
    if source_id == target_id:
        raise forbidden("A customer cannot be merged into itself.")
    target = store.get_customer(target_id)
    if target is None:
        raise invalid("TargetAccountId", f"no customer {target_id}")
    if not target["IsActive"]:
        raise forbidden("The target profile was itself merged away; merge into its target.")
    source = store.get_customer(source_id)
    if source is None:
        raise invalid("SourceAccountIds", f"no customer {source_id}")
    if not source["IsActive"]:
        raise forbidden("The source profile has already been merged.")
    source.update(IsActive=False, ActivityState="Deleted", MergeTargetId=target_id, UpdatedUtc=now)
    store.save_customer(source, deleted_utc=now)
    store.move_related(source_id, target_id)
    target["UpdatedUtc"] = now
    store.save_customer(target)


def merge_customers(store: Store, body: dict[str, Any], clock: Clock = _utc_now) -> Json:
    source_id = required_uuid(body, "SourceCustomerId")
    target_id = required_uuid(body, "TargetCustomerId")
    with store.transaction():
        _merge(store, source_id, target_id, clock())
    return {}


def merge_accounts(store: Store, body: dict[str, Any], clock: Clock = _utc_now) -> Json:
    merges = optional_list(body, "AccountMergeParameters", max_items=MAX_ACCOUNT_MERGES)
    if merges is None:
        raise invalid("AccountMergeParameters", "required")
    with store.transaction():
        now = clock()
        for merge in merges:
            merge = require_object(merge)
            if merge.get("AccountType") != "Customer":
                raise invalid("AccountType", "only customer accounts exist in this property")
            target_id = required_uuid(merge, "TargetAccountId")
            sources = optional_list(merge, "SourceAccountIds", max_items=MAX_MERGE_SOURCE_ACCOUNTS)
            if sources is None:
                raise invalid("SourceAccountIds", "required")
            for source in sources:
                _merge(store, required_uuid({"SourceAccountIds": source}, "SourceAccountIds"),
                       target_id, now)  # fmt: skip
    return {}
