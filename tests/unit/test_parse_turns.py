"""Workers parse the table's answers one at a time, and not while its rows are shown."""

from __future__ import annotations

import contextlib
import threading

from desktop.desk.parse_turns import ParseTurns
from desktop.mews.parsing import parse_response

WAIT_S = 5.0


def _parse() -> None:
    """What a call does once its answer is read: parse it (here a body without result)."""
    parse_response(b"{}", 200, None)


class _Worker(threading.Thread):
    """Runs one call in a turn: ``parsed`` once its answer is parsed; it then finishes
    when ``finish`` is set, failing if ``fail``."""

    def __init__(self, turns: ParseTurns, *, fail: bool = False, hold: bool = False) -> None:
        super().__init__(daemon=True)
        self.turns, self.fail = turns, fail
        self.parsed = threading.Event()
        self.finish = threading.Event()
        if not hold:
            self.finish.set()

    def run(self) -> None:
        def call() -> None:
            _parse()
            self.parsed.set()
            self.finish.wait(WAIT_S)
            if self.fail:
                raise RuntimeError("the answer did not fit")

        with contextlib.suppress(RuntimeError):
            self.turns.run(call)


def test_no_answer_is_parsed_while_the_gui_thread_shows_rows() -> None:
    turns = ParseTurns(max_hold_s=60)
    assert turns.try_show()  # nothing parses: the rows go in
    worker = _Worker(turns)
    worker.start()
    assert not worker.parsed.wait(0.2)
    turns.shown()  # painted
    assert worker.parsed.wait(WAIT_S)
    worker.join(WAIT_S)


def test_rows_wait_for_a_parse_and_no_other_parse_starts_before_they_are_shown() -> None:
    turns = ParseTurns(max_hold_s=60)
    first = _Worker(turns, hold=True)
    first.start()
    assert first.parsed.wait(WAIT_S)
    assert not turns.try_show()  # a parse runs: the GUI thread tries again shortly
    second = _Worker(turns)
    second.start()
    first.finish.set()
    first.join(WAIT_S)
    assert not second.parsed.wait(0.2)  # the GUI thread's turn comes first
    assert turns.try_show() and turns.showing
    turns.shown()
    assert second.parsed.wait(WAIT_S)


def test_answers_are_parsed_one_at_a_time() -> None:
    turns = ParseTurns(max_hold_s=60)
    first = _Worker(turns, hold=True)
    first.start()
    assert first.parsed.wait(WAIT_S)
    second = _Worker(turns)
    second.start()
    assert not second.parsed.wait(0.2)
    first.finish.set()
    assert second.parsed.wait(WAIT_S)


def test_a_failed_call_ends_its_turn() -> None:
    turns = ParseTurns(max_hold_s=60)
    worker = _Worker(turns, fail=True)
    worker.start()
    worker.join(WAIT_S)
    assert worker.parsed.is_set() and turns.try_show()


def test_rows_never_reported_shown_hold_parses_back_only_so_long() -> None:
    turns = ParseTurns(max_hold_s=0.05)
    assert turns.try_show()  # and never shown(): a window that does not paint
    worker = _Worker(turns)
    worker.start()
    assert worker.parsed.wait(WAIT_S)


def test_a_retried_answer_is_parsed_in_the_turn_already_taken() -> None:
    turns = ParseTurns(max_hold_s=60)
    parses: list[int] = []

    def call() -> int:
        for attempt in range(3):  # the transport parses again after a cut-off read
            _parse()
            parses.append(attempt)
        return len(parses)

    done = threading.Event()
    thread = threading.Thread(target=lambda: (turns.run(call), done.set()))
    thread.start()
    assert done.wait(WAIT_S) and parses == [0, 1, 2]


def test_a_call_that_parses_nothing_takes_no_turn() -> None:
    turns = ParseTurns(max_hold_s=60)
    assert turns.run(lambda: "no request was needed") == "no request was needed"
    assert turns.try_show()
