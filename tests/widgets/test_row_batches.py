"""Answers that arrive within a frame of each other go into the table in one insert."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.desk.customer_rows import CustomerRow
from desktop.ui.row_batches import FRAME_S, RowBatcher


def _rows(*ids: str) -> list[CustomerRow]:
    return [CustomerRow(id=row_id, name=row_id) for row_id in ids]


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_first_rows_go_in_at_once_and_a_burst_waits_for_the_next_frame(
    qtbot: QtBot,
) -> None:
    inserts: list[list[str]] = []
    clock = _Clock()
    batcher = RowBatcher(lambda rows: inserts.append([r.id for r in rows]), clock=clock)
    batcher.add(_rows("a"))
    assert inserts == [["a"]]  # Enter paints the first answer without waiting
    batcher.add(_rows("b"))
    batcher.add(_rows("c", "d"))
    assert inserts == [["a"]] and batcher.holding
    qtbot.waitUntil(lambda: len(inserts) == 2, timeout=1000)
    assert inserts == [["a"], ["b", "c", "d"]] and not batcher.holding
    clock.now += 2 * FRAME_S
    batcher.add(_rows("e"))
    assert inserts[-1] == ["e"]  # after a pause, at once again


def test_flush_hands_held_rows_on_now_and_drop_forgets_them(qtbot: QtBot) -> None:
    inserts: list[list[str]] = []
    batcher = RowBatcher(lambda rows: inserts.append([r.id for r in rows]), clock=_Clock())
    batcher.add(_rows("a"))
    batcher.add(_rows("b"))
    batcher.flush()
    assert inserts == [["a"], ["b"]]
    batcher.add(_rows("c"))
    batcher.drop()
    qtbot.wait(int(FRAME_S * 3000))
    assert inserts == [["a"], ["b"]] and not batcher.holding


def test_rows_wait_while_a_worker_parses_and_go_in_once_it_is_done(qtbot: QtBot) -> None:
    inserts: list[list[str]] = []
    parsing = [True]
    batcher = RowBatcher(
        lambda rows: inserts.append([r.id for r in rows]), ready=lambda: not parsing[0]
    )
    batcher.add(_rows("a"))
    assert inserts == [] and batcher.holding
    parsing[0] = False
    qtbot.waitUntil(lambda: inserts == [["a"]], timeout=1000)
    assert not batcher.holding


def test_a_flush_hands_rows_on_at_once_even_while_a_worker_parses() -> None:
    inserts: list[list[str]] = []
    asked: list[bool] = []
    batcher = RowBatcher(
        lambda rows: inserts.append([r.id for r in rows]), ready=lambda: asked.append(True) or False
    )
    batcher.add(_rows("a"))
    batcher.flush()  # a search's last first answer: its rows are counted right after
    assert inserts == [["a"]] and asked  # and no further parse starts before the paint
