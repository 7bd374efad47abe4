"""The demo data: deterministic, fast to create, persistent, and as messy as promised."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sandbox_api import running_sandbox

from desktop.sandbox import seed
from desktop.sandbox.rooms import ensure_rooms
from desktop.sandbox.seed import DemoData, ascii_fold, generate, seed_store
from desktop.sandbox.store import Store

NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return generate(2000, seed=11, now=NOW)


def test_same_seed_and_time_give_the_same_data() -> None:
    assert generate(300, seed=5, now=NOW) == generate(300, seed=5, now=NOW)
    assert generate(300, seed=5, now=NOW).customers != generate(300, seed=6, now=NOW).customers


def test_many_nationalities_with_native_spelling(demo: DemoData) -> None:
    nationalities = Counter(c["NationalityCode"] for c in demo.customers if c["NationalityCode"])
    assert len(nationalities) >= 10
    assert all(count >= 20 for count in nationalities.values())
    names = [f"{c['FirstName']} {c['LastName']}" for c in demo.customers if c["FirstName"]]
    with_diacritics = [name for name in names if ascii_fold(name) != name]
    assert len(with_diacritics) > len(names) // 5
    assert any("ř" in name for name in names) and any("ł" in name.lower() for name in names)


def test_profiles_are_filled_like_real_ones(demo: DemoData) -> None:
    customers = demo.customers
    assert len(customers) == 2000
    assert len({c["Id"] for c in customers}) == 2000
    assert len({c["Number"] for c in customers}) == 2000
    for field in ("Email", "Phone", "BirthDate", "Title", "Sex", "Address", "LoyaltyCode", "Notes"):
        share = sum(c[field] is not None for c in customers) / len(customers)
        assert share > 0.1, field
    assert any(c["Classifications"] for c in customers) and any(c["Options"] for c in customers)


def test_times_spread_over_two_years_with_recent_updates(demo: DemoData) -> None:
    created = sorted(c["CreatedUtc"] for c in demo.customers)
    assert created[0] < (NOW - timedelta(days=600)).strftime("%Y-%m-%d")
    recent = (NOW - timedelta(days=21)).strftime("%Y-%m-%dT%H:%M:%SZ")
    recently_updated = [c for c in demo.customers if c["UpdatedUtc"] >= recent]
    assert len(recently_updated) > len(demo.customers) // 10
    assert all(c["CreatedUtc"] <= c["UpdatedUtc"] for c in demo.customers)


def test_duplicates_to_merge(demo: DemoData) -> None:
    emails = Counter(c["Email"].lower() for c in demo.customers if c["Email"])
    case_twins = [e for e, n in emails.items() if n > 1]
    assert case_twins, "same email in another case"
    people = Counter(
        (c["FirstName"], c["LastName"], c["BirthDate"]) for c in demo.customers if c["BirthDate"]
    )
    assert any(n > 1 for n in people.values()), "same name and birth date"
    folded = Counter(
        (ascii_fold(c["LastName"]), c["BirthDate"]) for c in demo.customers if c["BirthDate"]
    )
    spelled = Counter((c["LastName"], c["BirthDate"]) for c in demo.customers if c["BirthDate"])
    assert sum(n > 1 for n in folded.values()) > sum(n > 1 for n in spelled.values()), (
        "typo variants"
    )


def test_in_house_guests_rooms_and_other_stays(demo: DemoData) -> None:
    states = Counter(reservation["State"] for reservation, _ in demo.reservations)
    assert states["Started"] >= 50 and states["Confirmed"] and states["Processed"]
    rooms = [room for reservation, room in demo.reservations if reservation["State"] == "Started"]
    assert len(rooms) == len(set(rooms)), "one in-house party per room"
    assert any(reservation["CompanionIds"] for reservation, _ in demo.reservations)


def test_open_items_and_identity_documents(demo: DemoData) -> None:
    kinds = Counter(kind for _, kind, _ in demo.open_items)
    assert kinds["order"] and kinds["payment"]
    currencies = {item["Amount"]["Currency"] for _, _, item in demo.open_items}
    assert len(currencies) >= 4
    types = Counter(document["Type"] for document in demo.documents)
    assert set(types) == {"Passport", "IdentityCard", "Visa", "DriversLicense"}
    expired = [d for d in demo.documents if d["ExpirationDate"][:10] < NOW.date().isoformat()]
    assert 0 < len(expired) < len(demo.documents) // 2


def test_seeding_happens_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert seed_store(store, 2000) is True
    assert seed_store(store, 2000) is False
    assert store.count_customers() == 2000
    store.close()


def test_a_seed_whose_rooms_fail_is_undone_whole_and_seeds_on_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed and its rooms are one transaction: no store with guests but no rooms."""
    store = Store(tmp_path / "db.sqlite3")

    def rooms_then_full_disk(target: Store) -> None:
        ensure_rooms(target)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(seed, "ensure_rooms", rooms_then_full_disk)
    with pytest.raises(sqlite3.OperationalError):
        seed_store(store, 50)
    assert store.count_customers() == 0 and store.resource_names() == set()

    monkeypatch.undo()
    assert seed_store(store, 50) is True
    assert store.count_customers() == 50 and store.resource_names()
    store.close()


def test_data_survives_a_restart_without_reseeding(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    with running_sandbox(db, customer_count=100) as api:
        added = api.ok(
            "customers/add", OverwriteExisting=False, LastName="Persistent", Email="p@example.com"
        )
    with running_sandbox(db, customer_count=500) as api:
        assert api.server.store.count_customers() == 101
        found = api.all_customers(Emails=["p@example.com"])
        assert [c["Id"] for c in found] == [added["Id"]]
