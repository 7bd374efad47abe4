"""Where a sorted page lands among sorted rows, to insert it in a few places or re-lay out.

Each insert costs Qt a pass over its index mappings, so a page that lands in a few runs
(a page of older updates goes to the end) is inserted run by run, and a page that
scatters is appended and re-laid out once.
"""

from __future__ import annotations

#: A page landing in at most this many places is inserted in place.
MAX_IN_PLACE_RUNS = 4


def runs_of_new(order: list[int], old_count: int) -> list[tuple[int, int]] | None:
    """``(final position, count)`` of each run of new rows in the merged ``order``.

    ``order`` lists indexes into the old rows followed by the new ones; the old rows keep
    their relative order (they were sorted and the sort is stable). ``None`` when the new
    rows land in more than :data:`MAX_IN_PLACE_RUNS` places.
    """
    runs: list[tuple[int, int]] = []
    for position in [p for p, index in enumerate(order) if index >= old_count]:
        if runs and sum(runs[-1]) == position:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        elif len(runs) == MAX_IN_PLACE_RUNS:
            return None
        else:
            runs.append((position, 1))
    return runs
