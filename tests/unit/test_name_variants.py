"""The accented spellings a plain typed name is widened to for ``customers/getAll``."""

from __future__ import annotations

import pytest

from desktop.desk.duplicate_groups import normalized_name
from desktop.desk.name_variants import capitalised, name_variants
from desktop.desk.search_query import CustomerFilter, parse_search, spelled_out
from desktop.mews.limits import MAX_FILTER_ITEMS
from desktop.sandbox.demo_names import NATIONALITIES
from desktop.sandbox.seed import ascii_fold


def _seed_surnames() -> list[str]:
    names = {
        name
        for nationality in NATIONALITIES
        for surnames in nationality.surnames
        for name in surnames.split("|")
    }
    # "Größl" keeps its ß when folded: it has no plain spelling to type.
    return sorted(name for name in names if ascii_fold(name) != name and ascii_fold(name).isascii())


@pytest.mark.parametrize("name", _seed_surnames())
def test_every_accented_seed_surname_is_among_its_plain_spellings(name: str) -> None:
    typed = ascii_fold(name).lower()
    spellings = name_variants(typed)
    assert name in spellings
    assert len(spellings) <= MAX_FILTER_ITEMS


@pytest.mark.parametrize("typed", ["novak", "NOVAK", "Novak", "nOvAk"])
def test_any_case_finds_the_stored_spelling_early(typed: str) -> None:
    spellings = name_variants(typed)
    assert spellings[0] == typed
    assert spellings.index("Novák") < 5


def test_common_endings_come_before_rare_letters() -> None:
    spellings = name_variants("novakova")
    assert spellings.index("Nováková") < spellings.index("Növakova")
    assert spellings.index("Novakova") < spellings.index("Nováková")
    assert spellings.index("Novákova") < spellings.index("Novakovã")


def test_every_spelling_folds_to_what_was_typed() -> None:
    for typed in ("dvorakova", "strauss", "lukasz", "oster", "de vries", "o'brien"):
        spellings = name_variants(typed)
        assert {normalized_name(spelling) for spelling in spellings} == {typed}


def test_the_cap_holds_and_keeps_the_most_likely() -> None:
    long = name_variants("ruzickovaeseuzscnz")
    assert len(long) == MAX_FILTER_ITEMS
    assert len(set(long)) == len(long)
    short = name_variants("dvorakova", limit=10)
    assert len(short) == 10
    assert short == name_variants("dvorakova")[:10]


def test_sharp_s_and_stroked_letters() -> None:
    assert "Groß" in name_variants("gross")
    assert not any(spelling.startswith("ß") for spelling in name_variants("ssa"))
    assert "Øster" in name_variants("oster")
    assert "Łukasz" in name_variants("lukasz")


def test_names_are_capitalised_as_profiles_store_them() -> None:
    assert capitalised("o'brien") == "O'Brien"
    assert capitalised("mcdonald") == "McDonald"
    assert capitalised("müller-lüdenscheidt") == "Müller-Lüdenscheidt"
    assert "van den Berg" in name_variants("van den berg")


def test_a_name_typed_with_accents_is_searched_as_typed() -> None:
    assert name_variants("novák") == ("novák", "Novák")
    assert name_variants("Dvořák") == ("Dvořák",)
    (flt,) = parse_search("Müller").filters
    assert spelled_out(flt) == CustomerFilter(last_names=("Müller",))


def test_a_plain_surname_asks_once_and_names_what_to_keep() -> None:
    plan = parse_search("novak")
    (flt,) = plan.filters
    assert spelled_out(flt).last_names[:3] == ("novak", "Novak", "Novák")
    assert flt.folded_last_name == "novak"
    first = spelled_out(parse_search("jan novak").filters[0]).first_names
    assert first[:3] == ("jan", "Jan", "Ján")
