"""Spellings guessed while typing are what Enter then sends, from the cache."""

from __future__ import annotations

import threading
import time

from desktop.desk.name_variants import name_variants
from desktop.desk.search_query import parse_search, spelled_out
from desktop.desk.spelling_prefetch import SpellingPrefetch


def _settled(prefetch: SpellingPrefetch) -> None:
    deadline = time.monotonic() + 10
    while any(t.name == "frontdesk-spellings" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the guessing thread never finished"
        time.sleep(0.005)
    assert not prefetch._running


def test_the_newest_text_is_guessed_and_enter_finds_it_cached() -> None:
    name_variants.cache_clear()
    prefetch = SpellingPrefetch()
    for typed in ("d", "dv", "dvo", "dvor", "dvorak", "dvorakova"):
        prefetch.ask(typed)
    _settled(prefetch)
    misses = name_variants.cache_info().misses
    (flt,) = parse_search("dvorakova").filters
    assert "Dvořáková" in spelled_out(flt).last_names
    assert name_variants.cache_info().misses == misses  # nothing left to guess on Enter


def test_a_fast_typist_costs_at_most_one_guess_per_free_moment() -> None:
    name_variants.cache_clear()
    prefetch = SpellingPrefetch()
    typed = "ruzickovaeseuzscnz"
    for end in range(1, len(typed) + 1):
        prefetch.ask(typed[:end])
    _settled(prefetch)
    # The first text starts a guess; the rest wait in one place, and only the newest runs.
    assert name_variants.cache_info().misses < len(typed)
    assert name_variants.cache_info().currsize >= 1
    hits = name_variants.cache_info().hits
    name_variants(typed)
    assert name_variants.cache_info().hits == hits + 1
