from __future__ import annotations

from typing import Any

from desktop.desk.profile_conflicts import compare, rebase, server_moved
from desktop.desk.profile_diff import build_update
from desktop.desk.profile_fields import empty_values


def _profile(**overrides: Any) -> dict[str, Any]:
    return empty_values() | {"first_name": "Anna", "last_name": "Novak", "phone": "1"} | overrides


def test_server_moved_compares_updated_utc() -> None:
    assert not server_moved("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z")
    assert server_moved("2026-01-01T10:00:00Z", "2026-01-01T10:05:00Z")


def test_fields_are_sorted_by_who_changed_them() -> None:
    opened = _profile()
    theirs = _profile(phone="2", email="them@example.com")
    mine = _profile(phone="3", first_name="Anne", email="them@example.com")
    report = compare(opened, theirs, mine)
    assert [c.key for c in report.theirs] == []
    assert [c.key for c in report.mine] == ["first_name"]
    assert [(c.key, c.opened, c.theirs, c.mine) for c in report.both] == [("phone", "1", "2", "3")]
    assert report.has_conflicts


def test_changes_on_different_fields_do_not_conflict() -> None:
    report = compare(_profile(), _profile(phone="2"), _profile(first_name="Anne"))
    assert not report.has_conflicts
    assert [c.key for c in report.theirs] == ["phone"]
    assert report.others_changed_anything


def test_rebase_keeps_their_changes_and_sends_only_mine() -> None:
    opened, theirs, mine = _profile(), _profile(phone="2"), _profile(first_name="Anne")
    rebased = rebase(opened, theirs, mine)
    assert rebased["phone"] == "2"
    assert build_update(theirs, rebased).arguments == {"first_name": "Anne"}
