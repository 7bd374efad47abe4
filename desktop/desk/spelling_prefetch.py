"""Work out a typed name's spellings while the receptionist is still typing.

A plain surname stands for up to a thousand accented spellings
(:mod:`desktop.desk.name_variants`), and guessing them takes several milliseconds of
Python. Done after Enter, that time sits between the key and the request; done here, on
a thread of its own as the text changes, Enter finds them cached and the request goes
out at once. Only the newest text is worked on: keys typed while a guess runs replace
the text waiting for the next one, so a fast typist costs one guess at a time.
"""

from __future__ import annotations

import threading

from desktop.desk.search_query import parse_search, spelled_out


class SpellingPrefetch:
    """``ask(text)`` from the GUI thread; the guesses land in ``name_variants``'s cache."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: str | None = None
        self._running = False

    def ask(self, text: str) -> None:
        with self._lock:
            self._waiting = text
            if self._running:
                return
            self._running = True
        # A daemon: a guess never holds up quitting, and what it leaves is only a cache.
        threading.Thread(target=self._work, name="frontdesk-spellings", daemon=True).start()

    def _work(self) -> None:
        while True:
            with self._lock:
                text, self._waiting = self._waiting, None
                if text is None:
                    self._running = False
                    return
            for flt in parse_search(text).filters:
                spelled_out(flt)
