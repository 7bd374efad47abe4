"""Matching the local filter's terms against the loaded rows, a slice at a time.

Finding "no" in 100,000 filter texts means reading about seven million characters, which
is most of a frame on its own. A scan therefore works in slices against a time budget:
the first slice answers the keystroke (the first screens of matches), and the rest runs in
later turns of the event loop, each short enough to keep the window painting.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

#: Rows tested between two looks at the clock.
_SLICE = 4096


class FilterScan:
    """The rows among ``candidates`` (all rows when ``None``) whose text holds every term.

    ``texts`` are the folded filter texts in row order and ``candidates`` ascending row
    numbers; :meth:`step` returns the next matches in row order.
    """

    def __init__(
        self, terms: tuple[str, ...], texts: Sequence[str], candidates: Sequence[int] | None
    ) -> None:
        self._terms = terms
        self._texts = texts
        self._candidates = candidates
        self._count = len(texts) if candidates is None else len(candidates)
        self._at = 0

    @property
    def done(self) -> bool:
        return self._at >= self._count

    def step(self, budget_seconds: float, enough: float = float("inf")) -> list[int]:
        """Matches of the next slices, until the scan ends, the budget is spent or at least
        ``enough`` are found."""
        found: list[int] = []
        started = time.perf_counter()
        while not self.done:
            end = min(self._at + _SLICE, self._count)
            found += self._slice(self._at, end)
            self._at = end
            if len(found) >= enough or time.perf_counter() - started >= budget_seconds:
                break
        return found

    def ahead(self, rows: Iterable[int]) -> list[int]:
        """Which of ``rows`` the scan has not reached yet but will find: sorted, unique."""
        if self.done:
            return []
        first_left = self._at if self._candidates is None else self._candidates[self._at]
        ahead = sorted({row for row in rows if row >= first_left and self._is_candidate(row)})
        return [row for row in ahead if self._accepts(self._texts[row])]

    def _is_candidate(self, row: int) -> bool:
        candidates = self._candidates
        if candidates is None:
            return row < len(self._texts)
        at = bisect_left(candidates, row)
        return at < len(candidates) and candidates[at] == row

    def _accepts(self, text: str) -> bool:
        return all(term in text for term in self._terms)

    def _slice(self, start: int, end: int) -> list[int]:
        texts = self._texts
        terms = iter(self._terms)
        first = next(terms, "")
        if self._candidates is None:
            # enumerate over a slice: no index lookup per row.
            rows = [row for row, text in enumerate(texts[start:end], start) if first in text]
        else:
            rows = [row for row in self._candidates[start:end] if first in texts[row]]
        for term in terms:
            rows = [row for row in rows if term in texts[row]]
        return rows


def narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (the pattern only grew)."""
    return (
        bool(old) and len(new) >= len(old) and all(o in n for o, n in zip(old, new, strict=False))
    )


def landing_runs(shown: Sequence[int], found: Sequence[int]) -> list[tuple[int, list[int]]]:
    """Where ``found`` goes among ``shown`` (ascending, none in both): (position, rows) runs.

    Positions count the rows of earlier runs as inserted. A scan finds rows past those
    shown but the few held ahead of it, so this bisects once per run, not once per row:
    at 80,000 matches that is the difference between nothing and a frame.
    """
    runs: list[tuple[int, list[int]]] = []
    start, inserted = 0, 0
    while start < len(found):
        place = bisect_right(shown, found[start])
        end = len(found) if place == len(shown) else bisect_left(found, shown[place], start)
        runs.append((place + inserted, list(found[start:end])))
        inserted += end - start
        start = end
    return runs
