"""Connection rules, the token store, compact rows, the search cache and advanced-form checks."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import keyring
import pytest
from keyring.backends import fail
from keyring_fakes import MemoryKeyring

from desktop.desk.advanced_filters import AdvancedInput, check_advanced, split_values
from desktop.desk.connection import (
    ConnectionKind,
    ConnectionProfile,
    InvalidBaseUrlError,
    normalize_base_url,
    normalize_chain_id,
)
from desktop.desk.credentials import CredentialStore, Tokens, backend_is_secure
from desktop.desk.customer_rows import row_from_customer, rows_from_search
from desktop.desk.search_cache import SearchCache
from desktop.desk.search_query import TimeWindow

# -- connection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.mews.com/", "https://api.mews.com"),
        ("HTTPS://API.Mews-Demo.com", "https://api.mews-demo.com"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("http://localhost:5000", "http://localhost:5000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_accepted_addresses(url: str, expected: str) -> None:
    assert normalize_base_url(url) == expected


@pytest.mark.parametrize(
    "url",
    ["http://api.mews.com", "ftp://api.mews.com", "api.mews.com", "", "https://u:p@api.mews.com"],
)
def test_rejected_addresses(url: str) -> None:
    with pytest.raises(InvalidBaseUrlError):
        normalize_base_url(url)


def test_chain_id_must_be_a_uuid() -> None:
    assert normalize_chain_id("  ") is None
    assert (
        normalize_chain_id("3EDD5F9E-7E64-4F2A-9A0E-B3F200E6C111")
        == "3edd5f9e-7e64-4f2a-9a0e-b3f200e6c111"
    )
    with pytest.raises(ValueError):
        normalize_chain_id("chain-1")


def test_profile_round_trips_and_rejects_garbage() -> None:
    profile = ConnectionProfile.new(ConnectionKind.CUSTOM, base_url="https://pms.example.com")
    assert profile.name == "pms.example.com"
    assert ConnectionProfile.from_dict(profile.to_dict()) == profile
    assert ConnectionProfile.from_dict({"kind": "nonsense", "profile_id": "x"}) is None


# -- credentials --------------------------------------------------------------------


def test_tokens_are_stored_per_profile_in_the_keyring() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    assert store.secure
    assert store.save("demo", Tokens("c1", "a1")) is True
    assert store.save("prod", Tokens("c2", "a2")) is True
    assert store.load("demo") == Tokens("c1", "a1")
    assert store.load("prod") == Tokens("c2", "a2")
    assert {service for service, _ in backend.store} == {"Frontdesk"}
    store.forget("demo")
    assert store.load("demo") is None


def test_without_secure_keyring_tokens_live_for_the_session_only(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = CredentialStore(fail.Keyring(), environ={})
    assert not store.secure
    assert store.save("prod", Tokens("c", "a")) is False
    assert store.load("prod") == Tokens("c", "a")
    assert CredentialStore(fail.Keyring(), environ={}).load("prod") is None
    assert list(tmp_path.iterdir()) == []  # nothing written to disk


def test_environment_overrides_and_is_never_stored() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={"FRONTDESK_ACCESS_TOKEN": "env-access"})
    store.save("prod", Tokens("stored-client", "stored-access"))
    assert store.load("prod") == Tokens("stored-client", "env-access")
    assert "env-access" not in backend.store.values()


def test_token_repr_hides_values() -> None:
    text = repr(Tokens("secret-client", "secret-access"))
    assert "secret" not in text


def test_chained_backend_is_secure_when_any_link_is() -> None:
    chain = SimpleNamespace(backends=[fail.Keyring(), MemoryKeyring()])
    assert backend_is_secure(chain)  # type: ignore[arg-type]
    assert not backend_is_secure(SimpleNamespace(backends=[fail.Keyring()]))  # type: ignore[arg-type]


def test_default_store_follows_the_installed_keyring() -> None:
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(MemoryKeyring())
        assert CredentialStore(environ={}).secure
    finally:
        keyring.set_keyring(previous)


# -- rows ---------------------------------------------------------------------------


def _customer(**fields: object) -> SimpleNamespace:
    base: dict[str, object] = {
        "id": "c-1",
        "first_name": "Jan",
        "last_name": "Novák",
        "title": "Mister",
        "email": "jan@example.cz",
        "phone": "+420 1",
        "nationality_code": "CZ",
        "birth_date": datetime(1980, 5, 4).date(),
        "loyalty_code": "LC1",
        "classifications": ["PaymasterAccount", "Returning"],
        "updated_utc": datetime(2026, 8, 1, 10, tzinfo=UTC),
    }
    base.update(fields)
    return SimpleNamespace(**base)


def test_row_keeps_display_strings_and_title_source_label() -> None:
    row = row_from_customer(_customer())
    assert (row.id, row.name, row.title, row.birth_date) == (
        "c-1",
        "Jan Novák",
        "Mr.",
        "1980-05-04",
    )
    assert row.classifications == "Paymaster account, Returning guest"
    assert "jan@example.cz" in row.search_text and "novak" in row.search_text  # folded
    assert "Novák" not in repr(row)


def test_unknown_title_is_shown_raw_and_missing_fields_are_blank() -> None:
    row = row_from_customer(_customer(title="Doctor", email=None, classifications=None))
    assert row.title == "Doctor"
    assert row.email == "" and row.classifications == ""


def test_search_rows_carry_room_and_state() -> None:
    reservation = SimpleNamespace(assigned_resource_id="res-1", state="Started")
    hits = [SimpleNamespace(customer=_customer(), reservation=reservation)]
    [row] = rows_from_search(hits, {"res-1": "214"})
    assert (row.room, row.reservation_state) == ("214", "checked in")
    [unknown] = rows_from_search(hits, {})
    assert unknown.room == ""


# -- cache --------------------------------------------------------------------------


def test_cache_expires_and_evicts() -> None:
    now = [0.0]
    cache: SearchCache[int] = SearchCache(ttl=10, max_entries=2, clock=lambda: now[0])
    cache.put("a", 1)
    now[0] = 5
    assert cache.get("a") == 1
    now[0] = 11
    assert cache.get("a") is None
    cache.put("b", 2)
    cache.put("c", 3)
    cache.put("d", 4)
    assert cache.get("b") is None and cache.get("d") == 4


# -- advanced form ------------------------------------------------------------------


def test_split_values_drops_blanks_and_repeats() -> None:
    assert split_values("a@x.cz, b@x.cz;\n a@x.cz ,,") == ("a@x.cz", "b@x.cz")


def test_advanced_form_marks_each_bad_field() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    result = check_advanced(
        AdvancedInput(
            emails="jan@",
            customer_ids="nope",
            updated=TimeWindow(start, datetime(2026, 6, 1, tzinfo=UTC)),
        )
    )
    assert result.filter is None
    assert set(result.problems) == {"emails", "customer_ids", "updated"}


def test_advanced_form_requires_a_filter_and_builds_it() -> None:
    assert "form" in check_advanced(AdvancedInput()).problems
    result = check_advanced(
        AdvancedInput(last_names="Novák, Svoboda", activity_states=("Active", "Deleted"))
    )
    assert result.problems == {}
    assert result.filter is not None
    assert result.filter.last_names == ("Novák", "Svoboda")
    assert result.filter.activity_states == ("Active", "Deleted")
