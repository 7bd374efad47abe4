"""What the merge dialog compares and which profile it proposes to keep."""

from __future__ import annotations

from decimal import Decimal

from merge_fakes import MergeClient, customer, duplicates, stale_and_current

from desktop.desk.merge_comparison import (
    AccountFacts,
    account_facts,
    comparison_rows,
    filled_fields,
    suggested_target,
)


def rows_by_label(customers: list) -> dict:
    return {row.label: row for row in comparison_rows(customers)}


def test_rows_show_each_profiles_value_and_whether_they_differ() -> None:
    people = duplicates()
    rows = rows_by_label(people)
    assert rows["Email"].values == ("ANNA.NOVAK@example.com", "anna.novak@example.com", "")
    assert rows["Email"].differs
    assert rows["Birth date"].values == ("", "1988-04-12", "1988-04-12")
    assert rows["Nationality"].values[1] == "Czechia"
    assert "Praha" in rows["Address"].values[1]
    assert rows["Title"].values[1] == "Mrs."
    assert rows["Birth date"].differs_from_target(0, 1)
    assert not rows["Birth date"].differs_from_target(2, 1)


def test_fields_no_profile_has_are_left_out() -> None:
    labels = set(rows_by_label(duplicates()))
    assert "Notes" not in labels and "Tax id" not in labels


def test_identical_values_do_not_differ() -> None:
    a = customer(first_name="Eva", last_name="Dvorak", email="eva@example.com")
    b = customer(first_name="Eva", last_name="Dvorak", email="eva@example.com")
    rows = rows_by_label([a, b])
    assert not rows["Name"].differs
    assert not rows["Email"].differs


def test_the_fullest_profile_is_proposed_and_the_latest_update_wins_a_tie() -> None:
    people = duplicates()
    assert filled_fields(people[1]) > filled_fields(people[0])
    assert suggested_target(people) == 1
    stale, current = stale_and_current(last_name="Smith", email="s@example.com")
    assert suggested_target([stale, current]) == 1
    assert suggested_target([current, stale]) == 0


def test_the_oldest_wins_only_when_fullness_and_update_tie() -> None:
    moment = "2025-01-01T00:00:00Z"
    newer = customer(last_name="Smith", created_utc="2026-01-01T00:00:00Z", updated_utc=moment)
    older = customer(last_name="Smith", created_utc="2020-01-01T00:00:00Z", updated_utc=moment)
    assert suggested_target([newer, older]) == 1


def test_identity_documents_and_open_balance_are_compared_and_count_for_the_survivor() -> None:
    people = duplicates()
    ids = [str(person.id) for person in people]
    client = MergeClient(people, documents={ids[0]: 2}, owed={ids[2]: [120.0, -20.0]})
    facts = account_facts(
        ids, list(client.iter_identity_documents(ids)), client.get_open_items(ids)
    )
    assert facts[ids[0]] == AccountFacts(documents=2)
    assert facts[ids[2]].balance == {"EUR": Decimal("100.00")}
    rows = {row.label: row for row in comparison_rows(people, facts=facts)}
    assert rows["ID documents"].values == ("2", "0", "0")
    assert rows["Open balance"].values == ("nothing open", "nothing open", "100.00 EUR")
    assert rows["Open balance"].differs
    assert rows["Phone"].values == ("", "+420 777 123 456", "00420777123456")
    assert "Praha" in rows["Address"].values[1]
    assert filled_fields(people[0], facts[ids[0]]) == filled_fields(people[0]) + 1
    # Documents make the first profile as full as it gets, not fuller than the second.
    assert suggested_target(people, facts) == 1


def test_titles_countries_and_classifications_go_through_translate() -> None:
    """The guest's own data is never translated; the desk's labels for API values are."""
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return f"<{text}>"

    rows = {row.label: row for row in comparison_rows(duplicates(), translate)}
    assert rows["Title"].values[1] == "<Mrs.>"
    assert rows["Nationality"].values[1] == "<Czechia>"
    assert rows["Address"].values[1].endswith(", <Czechia>")
    assert rows["Classifications"].values[1] == "<Loyalty program>, <Returning guest>"
    assert rows["Email"].values[1] == "anna.novak@example.com"
    assert {context for context, _ in calls} == {"Title", "Country", "Classification"}
