"""Names typed without accents find the accented profiles, against the sandbox over HTTP."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest
from pytestqt.qtbot import QtBot

from desktop.desk.customer_search import fetch_filter_page
from desktop.desk.duplicate_groups import normalized_name
from desktop.desk.search_query import CustomerFilter, parse_search
from desktop.mews import MewsClient
from desktop.sandbox.seed import ascii_fold
from desktop.sandbox.server import SandboxServer
from desktop.ui.main_window import MainWindow
from desktop.ui.search_controller import ViewState

pytestmark = pytest.mark.e2e


def _accented_surnames(sandbox: SandboxServer, count: int) -> list[str]:
    """The most frequent accented last names of the seed that have a plain spelling."""
    with sqlite3.connect(sandbox.store.path) as db:
        rows = db.execute("SELECT data FROM customers WHERE is_active").fetchall()
    lasts = (json.loads(data).get("LastName") or "" for (data,) in rows)
    names = Counter(last for last in lasts if not last.isascii() and ascii_fold(last).isascii())
    return [name for name, _ in names.most_common(count)]


def _found(qtbot: QtBot, window: MainWindow, text: str) -> dict[str, str]:
    """Last names by id of every guest the desk shows for ``text``, every page read."""
    window.search_input.setText(text)
    window.controller.search(parse_search(text), use_cache=False)
    qtbot.waitUntil(lambda: window.controller.state is not ViewState.LOADING, timeout=10000)
    qtbot.waitUntil(lambda: not window.session.runner.busy, timeout=10000)
    assert not window.model.more_available
    rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
    return {row.id: row.last_name for row in rows}


def test_a_surname_typed_without_accents_finds_every_accented_guest(
    qtbot: QtBot, desk_window: MainWindow, sandbox: SandboxServer
) -> None:
    surnames = _accented_surnames(sandbox, 4)
    assert len(surnames) == 4, "the seed writes names with their accents"
    for surname in surnames:
        accented = _found(qtbot, desk_window, surname)
        assert len(accented) > 1, surname
        for typed in (ascii_fold(surname).lower(), ascii_fold(surname).upper()):
            plain = _found(qtbot, desk_window, typed)
            assert accented.keys() <= plain.keys(), typed
            # Only namesakes: every guest found folds to what was typed (the in-house
            # lookup matches by prefix, so the typed name starts theirs).
            assert all(normalized_name(last).startswith(typed.lower()) for last in plain.values())


def test_a_surname_typed_with_accents_finds_only_that_spelling(
    qtbot: QtBot, desk_window: MainWindow, sandbox: SandboxServer
) -> None:
    (surname,) = _accented_surnames(sandbox, 1)
    found = _found(qtbot, desk_window, surname)
    assert found
    # Guests in house come from customers/search, which matches loosely; everyone else
    # comes from the exact names asked for.
    staying = {guest.customer["Id"] for guest in sandbox.store.in_house()}
    assert {last for id_, last in found.items() if id_ not in staying} == {surname}


def test_the_sandbox_matches_last_names_exactly_with_their_accents(
    client: MewsClient, sandbox: SandboxServer
) -> None:
    """Mews matches the listed names exactly: a plain spelling is not an accented one."""
    (surname,) = _accented_surnames(sandbox, 1)
    plain = ascii_fold(surname)
    answer = client.get_customer_summaries(count=1000, last_names=[plain])
    assert all(customer.last_name != surname for customer in answer.customers)
    answer = client.get_customer_summaries(count=1000, last_names=[surname])
    assert answer.customers and {c.last_name for c in answer.customers} == {surname}


def test_answers_that_are_not_namesakes_are_left_out(
    client: MewsClient, sandbox: SandboxServer
) -> None:
    first, second = _accented_surnames(sandbox, 2)
    flt = CustomerFilter(
        last_names=(first, second), folded_last_name=normalized_name(ascii_fold(first))
    )
    page = fetch_filter_page(client, flt, count=1000)
    assert page.rows and {row.last_name for row in page.rows} == {first}
