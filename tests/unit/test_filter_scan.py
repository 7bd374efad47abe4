"""The local filter's scan: slices stop where asked, and found rows land where they belong."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.desk.filter_scan import FilterScan, landing_runs


@given(st.sets(st.integers(0, 300)), st.sets(st.integers(0, 300)))
def test_found_rows_land_in_order_among_those_shown(shown: set[int], found: set[int]) -> None:
    shown_rows, found_rows = sorted(shown), sorted(found - shown)
    rows = list(shown_rows)
    for at, run in landing_runs(shown_rows, found_rows):
        rows[at:at] = run
    assert rows == sorted(shown | found)


def test_rows_found_past_those_shown_land_as_one_run() -> None:
    assert landing_runs([2, 5, 90], [91, 95, 99]) == [(3, [91, 95, 99])]
    assert landing_runs([2, 50], [3, 4, 60]) == [(1, [3, 4]), (4, [60])]


def test_a_step_stops_once_it_has_enough_and_the_scan_goes_on_from_there() -> None:
    texts = [f"guest {n}" for n in range(20_000)]
    scan = FilterScan(("guest",), texts, None)
    first = scan.step(float("inf"), enough=10)
    assert len(first) >= 10 and not scan.done  # a whole slice, not the whole scan
    assert first + scan.step(float("inf")) == list(range(20_000)) and scan.done
