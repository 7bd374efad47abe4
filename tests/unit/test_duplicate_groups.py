"""Grouping loaded customers that are probably one guest."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktop.desk.customer_rows import CustomerRow
from desktop.desk.duplicate_groups import (
    DIFFERENT_BIRTH_DATES_PENALTY,
    WEIGHTS,
    Candidate,
    Evidence,
    candidate_from,
    find_duplicate_groups,
    normalized_document,
    normalized_email,
    normalized_phone,
    pair_evidence,
)
from desktop.desk.duplicate_reasons import reasons_sentence


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
    assert groups[0].evidence == {Evidence.EMAIL}


def test_phone_numbers_keep_digits_and_turn_00_into_plus() -> None:
    assert normalized_phone("0044 20 7946 0958") == "+442079460958"
    assert normalized_phone("+44 (0)20-7946-0958") == "+442079460958"
    assert normalized_phone("020 7946 0958") == "02079460958"
    assert normalized_phone("ext. 12") == ""
    groups = find_duplicate_groups(
        [Candidate("a", phone="0044 20 7946 0958"), Candidate("b", phone="+44 20 7946 0958")]
    )
    assert groups[0].evidence == {Evidence.PHONE}


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
    assert by_ids[frozenset({"c", "d", "e"})].evidence == {
        Evidence.NAME,
        Evidence.NAME_AND_BIRTH_DATE,
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
    assert groups[0].evidence == {Evidence.EMAIL, Evidence.PHONE, Evidence.NAME}


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
    assert groups[0].evidence == {Evidence.NAME_AND_BIRTH_DATE}


def test_candidate_repr_hides_personal_data() -> None:
    assert "Novak" not in repr(Candidate("a", last_name="Novak", email="a@b.c"))


def test_namesakes_with_different_birth_dates_are_not_duplicates() -> None:
    """Two Sophie Schmidts born 1995 and 1978, each with her own email and phone."""
    sophies = [
        Candidate(
            "young",
            first_name="Sophie",
            last_name="Schmidt",
            email="sophie.s@example.de",
            phone="+49 30 1234567",
            birth_date="1995-02-11",
        ),
        Candidate(
            "older",
            first_name="Sophie",
            last_name="Schmidt",
            email="schmidt.sophie@example.de",
            phone="+49 89 7654321",
            birth_date="1978-09-30",
        ),
    ]
    assert find_duplicate_groups(sophies) == []
    assert not pair_evidence(*sophies).links


def test_twins_sharing_a_last_name_and_birth_date_are_not_duplicates() -> None:
    twins = [
        Candidate("a", first_name="Jan", last_name="Novák", birth_date="2001-03-03"),
        Candidate("b", first_name="Eva", last_name="Novák", birth_date="2001-03-03"),
    ]
    assert find_duplicate_groups(twins) == []


def test_a_shared_email_with_different_birth_dates_is_kept_but_scored_low() -> None:
    """A mother and daughter booking with one family address: shown, last, with the doubt."""
    family = [
        Candidate("mother", last_name="Weber", email="weber@example.de", birth_date="1966-01-01"),
        Candidate("child", last_name="Weber", email="WEBER@example.de", birth_date="1999-12-12"),
    ]
    (group,) = find_duplicate_groups(family)
    assert group.evidence == {Evidence.EMAIL}
    assert group.different_birth_dates
    assert group.score == WEIGHTS[Evidence.EMAIL] - DIFFERENT_BIRTH_DATES_PENALTY
    assert reasons_sentence(group) == "same email, but different birth dates"


def test_groups_are_ranked_by_evidence_and_scored() -> None:
    candidates = [
        Candidate("n1", first_name="Karel", last_name="Dvořák"),
        Candidate("n2", first_name="Karel", last_name="Dvorak"),
        Candidate("e1", email="eva@example.com", birth_date="1990-01-01", last_name="Malá"),
        Candidate("e2", email="eva@example.com", birth_date="1990-01-01", last_name="Veselá"),
        Candidate("d1", document_numbers=("CZ 1234-5678",)),
        Candidate("d2", document_numbers=("cz12345678",), phone="+420 777 000 111"),
        Candidate("d3", phone="00420 777 000 111"),
    ]
    groups = find_duplicate_groups(candidates)
    assert [group.customer_ids for group in groups] == [
        ("e1", "e2"),
        ("d1", "d2", "d3"),
        ("n1", "n2"),
    ]
    assert [group.score for group in groups] == [
        WEIGHTS[Evidence.EMAIL] + WEIGHTS[Evidence.BIRTH_DATE],
        WEIGHTS[Evidence.PHONE],  # d3 is tied by the phone only: the group is as sure as that
        WEIGHTS[Evidence.NAME],
    ]
    assert [reasons_sentence(group) for group in groups] == [
        "same email and same birth date",
        "same document number and same phone number",
        "same name",
    ]


def test_the_weakest_member_sets_the_score() -> None:
    candidates = [
        Candidate(
            "a",
            first_name="Ida",
            last_name="Roth",
            email="ida@example.com",
            phone="+41 44 111 22 33",
        ),
        Candidate(
            "b",
            first_name="Ida",
            last_name="Roth",
            email="ida@example.com",
            phone="+41 44 111 22 33",
        ),
        Candidate("c", first_name="Ida", last_name="Roth"),
    ]
    (group,) = find_duplicate_groups(candidates)
    assert group.score == WEIGHTS[Evidence.NAME]
    strong = pair_evidence(candidates[0], candidates[1])
    assert strong.score == min(100, sum(WEIGHTS[item] for item in strong.shared))
    assert reasons_sentence(group) == "same email, same phone number and same name"


def test_document_numbers_come_from_a_full_profile() -> None:
    model = SimpleNamespace(
        id="m1",
        first_name="Anna",
        last_name="Novak",
        passport=SimpleNamespace(number="X 1234567"),
        identity_card=None,
        documents=[SimpleNamespace(number="ID-998877")],
    )
    assert candidate_from(model).document_numbers == ("X 1234567", "ID-998877")
    assert normalized_document("x-1234567") == "X1234567"
    assert normalized_document("n/a") == ""
    (group,) = find_duplicate_groups([model, Candidate("c", document_numbers=("X1234567",))])
    assert group.evidence == {Evidence.DOCUMENT}


def test_a_name_alone_does_not_chain_guests_born_on_different_days() -> None:
    georges = [
        Candidate("g1980", first_name="George", last_name="Johnson", birth_date="1980-03-24"),
        Candidate("g", first_name="George", last_name="Johnson"),
        Candidate("g1997", first_name="George", last_name="Johnson", birth_date="1997-08-03"),
    ]
    groups = find_duplicate_groups(georges)
    assert len(groups) == 1
    (group,) = groups
    assert "g" in group.customer_ids and len(group.customer_ids) == 2
    assert not {"g1980", "g1997"} <= set(group.customer_ids)
