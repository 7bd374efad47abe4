"""What a thread does before it parses an answer: by default nothing.

Apart from :mod:`desktop.mews.parsing` so that the desk, which sets it up from its search
controller (see :mod:`desktop.desk.parse_turns`), loads no pydantic at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: What the current thread calls before it parses an answer (see ``waiting_before_parse``).
_before_parse: ContextVar[Callable[[], None] | None] = ContextVar("before_parse", default=None)


@contextmanager
def waiting_before_parse(wait: Callable[[], None]) -> Iterator[None]:
    """Have this thread call ``wait()`` before each answer it parses inside the block:
    the bytes are read first, the parse (which holds the GIL) waits for its turn."""
    token = _before_parse.set(wait)
    try:
        yield
    finally:
        _before_parse.reset(token)


def before_parse() -> None:
    """Called by the parser on the thread about to parse an answer."""
    wait = _before_parse.get()
    if wait is not None:
        wait()
