"""Grouping loaded customers that are probably one guest."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktop.desk.customer_rows import CustomerRow
from desktop.desk.duplicate_groups import (
    Candidate,
    SharedTrait,
    candidate_from,
    find_duplicate_groups,
    normalized_email,
    normalized_phone,
)


def group_sets(candidates: list[Candidate]) -> list[set[str]]:
    return [set(group.customer_ids) for group in find_duplicate_groups(candidates)]


def test_email_is_compared_without_case_or_spaces() -> None:
    assert normalized_email("  Anna.Novak@Example.COM ") == "anna.novak@example.com"
    groups = find_duplicate_groups(
        [
            Candidate("a", email="anna@example.com"),
            Candidate("b", email="ANNA@example.com "),
            Candidate("c", email="other@example.com"),
        ]
    )
    assert [set(group.customer_ids) for group in groups] == [{"a", "b"}]
    assert groups[0].traits == {SharedTrait.EMAIL}


def test_phone_numbers_keep_digits_and_turn_00_into_plus() -> None:
    assert normalized_phone("0044 20 7946 0958") == "+442079460958"
    assert normalized_phone("+44 (0)20-7946-0958") == "+442079460958"
    assert normalized_phone("020 7946 0958") == "02079460958"
    assert normalized_phone("ext. 12") == ""
    groups = find_duplicate_groups(
        [Candidate("a", phone="0044 20 7946 0958"), Candidate("b", phone="+44 20 7946 0958")]
    )
    assert groups[0].traits == {SharedTrait.PHONE}


def test_last_name_needs_first_name_or_birth_date() -> None:
    candidates = [
        Candidate("a", first_name="Anna", last_name="Novák"),
        Candidate("b", first_name="anna", last_name="Novak"),
        Candidate("c", first_name="Petr", last_name="Novak"),
        Candidate("d", first_name="P.", last_name="NOVAK", birth_date="1980-04-02"),
        Candidate("e", first_name="Petr", last_name="Novak", birth_date="1980-04-02"),
        Candidate("f", first_name="Jana", last_name="Svoboda", birth_date="1980-04-02"),
    ]
    groups = find_duplicate_groups(candidates)
    assert {frozenset(group.customer_ids) for group in groups} == {
        frozenset({"a", "b"}),
        frozenset({"c", "d", "e"}),
    }
    by_ids = {frozenset(group.customer_ids): group for group in groups}
    assert by_ids[frozenset({"c", "d", "e"})].traits == {
        SharedTrait.NAME,
        SharedTrait.NAME_AND_BIRTH_DATE,
    }


def test_a_shared_last_name_alone_groups_nobody() -> None:
    assert group_sets([Candidate("a", last_name="Smith"), Candidate("b", last_name="Smith")]) == []


def test_matches_chain_into_one_group() -> None:
    # a~b by email, b~c by phone, c~d by name: one guest, four profiles.
    candidates = [
        Candidate("a", email="x@example.com"),
        Candidate("b", email="X@example.com", phone="+420 777 123 456"),
        Candidate("c", phone="00420777123456", first_name="Eva", last_name="Dvorak"),
        Candidate("d", first_name="Eva", last_name="Dvořák"),
        Candidate("e", email="loner@example.com"),
    ]
    groups = find_duplicate_groups(candidates)
    assert len(groups) == 1
    assert groups[0].customer_ids == ("a", "b", "c", "d")
    assert groups[0].traits == {SharedTrait.EMAIL, SharedTrait.PHONE, SharedTrait.NAME}


def test_larger_groups_come_first_and_a_customer_loaded_twice_is_not_its_own_twin() -> None:
    candidates = [
        Candidate("a", email="one@example.com"),
        Candidate("a", email="one@example.com"),
        Candidate("p", email="two@example.com"),
        Candidate("q", email="two@example.com"),
        Candidate("r", email="two@example.com"),
    ]
    assert group_sets(candidates) == [{"p", "q", "r"}]


def test_candidates_come_from_models_and_table_rows() -> None:
    model = SimpleNamespace(
        id="m1",
        first_name="Anna",
        last_name="Novak",
        email="anna@example.com",
        phone=None,
        birth_date=dt.date(1990, 5, 1),
    )
    row = CustomerRow(
        id="r1", name="Anna Novak", last_name="Novak", email="", birth_date="1990-05-01"
    )
    from_model = candidate_from(model)
    from_row = candidate_from(row)
    assert (from_model.first_name, from_model.birth_date) == ("Anna", "1990-05-01")
    assert (from_row.first_name, from_row.last_name) == ("Anna", "Novak")
    groups = find_duplicate_groups([model, row])
    assert groups[0].traits == {SharedTrait.NAME, SharedTrait.NAME_AND_BIRTH_DATE}


def test_candidate_repr_hides_personal_data() -> None:
    assert "Novak" not in repr(Candidate("a", last_name="Novak", email="a@b.c"))
