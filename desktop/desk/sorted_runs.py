"""Where a sorted page lands among sorted rows, to insert it in a few places or re-lay out.

Each insert costs Qt a pass over its index mappings, so a page that lands in a few runs
(a page of older updates goes to the end) is inserted run by run, and a page that
scatters is appended and re-laid out once. A page is placed by bisection among the old
keys, so merging it costs about the page's own length in Python, not the table's.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: A page landing in at most this many places is inserted in place.
MAX_IN_PLACE_RUNS = 4


def landing_places(keys: Sequence[Any], new_keys: Sequence[Any], *, reverse: bool) -> list[int]:
    """For each of ``new_keys`` (sorted as ``keys`` are), the old row it goes before.

    The places are those a stable sort of the old rows followed by the new ones gives: a
    new row goes after every old row with an equal key.
    """
    if not reverse:
        return [bisect_right(keys, key) for key in new_keys]
    ascending = keys[::-1]
    count = len(keys)
    return [count - bisect_left(ascending, key) for key in new_keys]


def runs_of(places: Sequence[int]) -> list[tuple[int, int, int]]:
    """``(place, first, count)``: each run of new rows that goes before the same old row."""
    runs: list[tuple[int, int, int]] = []
    for index, place in enumerate(places):
        if runs and runs[-1][0] == place:
            runs[-1] = (place, runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((place, index, 1))
    return runs


def interleave(old: Sequence[T], new: Sequence[T], runs: list[tuple[int, int, int]]) -> list[T]:
    """``old`` with each run of ``new`` put before the old item at its place."""
    merged: list[T] = []
    start = 0
    for place, first, count in runs:
        merged += old[start:place]
        merged += new[first : first + count]
        start = place
    merged += old[start:]
    return merged


def new_position(old_row: int, places: Sequence[int]) -> int:
    """Where old row ``old_row`` stands once the new rows are in."""
    return old_row + bisect_right(places, old_row)
