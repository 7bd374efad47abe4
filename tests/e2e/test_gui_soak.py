"""The real desk window under a fifth of requests failing, driven through its widgets.

``build_window`` against a sandbox with ``FaultConfig.mixed(0.2)`` (500, 503, 408,
dropped connections, truncated and non-JSON bodies) and a tight server rate limit (429
with Retry-After). A receptionist's day in fast motion: search, scroll for more, open a
profile, edit and save, add a guest, attach a scan, merge two duplicates, pressing Retry
(or Refresh, or scrolling again) whenever the desk offers it. Afterwards, with faults
off, the store must hold every saved edit, each added guest once, every merge done.
"""

from __future__ import annotations

import functools
import random
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_soak_desk import Counts, Desk, Guest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from soak_counts import counting_faults, soak_sandbox

import desktop.app
from desktop.app import build_window
from desktop.mews import MewsClient, RetryPolicy, SlidingWindowLimiter
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, FaultConfig, SandboxServer
from desktop.ui import profile_dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session

pytestmark = pytest.mark.e2e

FAULT_RATE = 0.2
OPERATIONS = 520
SERVER_LIMIT = (40, 0.5)
#: Retry waits are slept at this share of their length.
TIME_SCALE = 0.2
MERGE_PAIRS = 16


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxServer]:
    with soak_sandbox(tmp_path / "soak.db", customer_count=500, rate_limit=SERVER_LIMIT) as server:
        yield server


def _seed_merge_pairs(sandbox: SandboxServer) -> list[tuple[str, list[str]]]:
    """Pairs of same-named guests (a unique last name each) the soak can merge."""
    pairs = []
    with MewsClient(
        sandbox.base_url,
        client_token=DEMO_CLIENT_TOKEN,
        access_token=DEMO_ACCESS_TOKEN,
        client="Frontdesk soak setup 1.0",
        rate_limiter=SlidingWindowLimiter(10_000, 30.0),
        retry_policy=RetryPolicy(base_delay=0.01, max_delay=0.05),
    ) as client:
        for number in range(MERGE_PAIRS):
            last = f"Twin{chr(ord('a') + number)}ley"  # a name, not a code
            ids = [
                str(
                    client.add_customer(
                        last_name=last, first_name="Sam", email=f"{last}{n}@soak.test"
                    ).id
                )
                for n in range(2)
            ]
            pairs.append((last, ids))
    return pairs


def _editable_guests(sandbox: SandboxServer) -> list[Guest]:
    guests = []
    for row in sandbox.store.in_house():
        last = row.customer.get("LastName") or ""
        if last.isascii() and last.isalpha():
            guests.append(Guest(row.customer["Id"], last))
    assert len(guests) >= 10, "the sandbox seeds in-house guests"
    return guests


@pytest.fixture
def window(
    qtbot: QtBot, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Counts]]:
    counts = Counts()
    lock = threading.Lock()

    def scaled_sleep(seconds: float) -> None:
        with lock:
            counts.retries += 1  # an automatic retry the client made
        time.sleep(seconds * TIME_SCALE)

    policy = RetryPolicy(base_delay=0.01, max_delay=0.05, max_retry_after=5.0, sleep=scaled_sleep)
    limiter = SlidingWindowLimiter(10_000, 30.0)
    monkeypatch.setattr(
        desktop.app,
        "Session",
        functools.partial(Session, retry_policy=policy, rate_limiter=limiter),
    )
    monkeypatch.setenv("FRONTDESK_CLIENT_TOKEN", DEMO_CLIENT_TOKEN)
    monkeypatch.setenv("FRONTDESK_ACCESS_TOKEN", DEMO_ACCESS_TOKEN)
    # No modal question may come up: an own lost write is never someone else's conflict,
    # a soak guest has no duplicate, and the editor is never left dirty.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"unexpected: {box.text()}"))
    monkeypatch.setattr(
        profile_dialogs.ConflictDialog, "exec", lambda d: pytest.fail("conflict asked")
    )
    monkeypatch.setattr(
        profile_dialogs.DuplicateDialog, "exec", lambda d: pytest.fail("duplicate asked")
    )
    win = build_window(["--base-url", sandbox.base_url])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.session.connected)  # the client is built on a worker
    win.session.errorReported.connect(
        lambda _error: setattr(counts, "user_visible_errors", counts.user_visible_errors + 1)
    )
    yield win, counts


def test_the_desk_survives_a_fifth_of_requests_failing(
    qtbot: QtBot, sandbox: SandboxServer, window: tuple[MainWindow, Counts]
) -> None:
    win, counts = window
    pairs = _seed_merge_pairs(sandbox)
    guests = _editable_guests(sandbox)
    editable, attachable = guests[: len(guests) // 2], guests[len(guests) // 2 :]
    crashes: list[BaseException] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
        crashes.append(error)
        previous_hook(kind, error, trace)

    sys.excepthook = hook
    rng = random.Random(20260301)
    desk = Desk(qtbot, win, counts, rng)
    faults = counting_faults(sandbox)
    sandbox.set_faults(FaultConfig.mixed(FAULT_RATE, seed=7))
    actions: list[tuple[Callable[[int], None], int]] = [
        (lambda n: desk.search(rng.choice(guests).last_name, set()), 28),
        (lambda n: desk.open(rng.choice(guests)), 20),
        (lambda n: desk.page(), 12),
        (lambda n: desk.edit(rng.choice(editable), n), 18),
        (lambda n: desk.add(n), 10),
        (lambda n: desk.attach(rng.choice(attachable)), 8),
        (lambda n: desk.merge(sandbox, *pairs.pop()) if pairs else desk.page(), 4),
    ]
    started = time.monotonic()
    try:
        for number in range(OPERATIONS):
            action = rng.choices([a for a, _ in actions], [w for _, w in actions])[0]
            action(number)
            counts.operations += 1
    finally:
        sys.excepthook = previous_hook
        sandbox.set_faults(None)
    elapsed = time.monotonic() - started
    counts.faults_injected = faults.total()
    counts.crashes = len(crashes)

    store = sandbox.store
    for email in desk.added:
        counts.duplicates += max(0, len(store.active_customers_with_email(email)) - 1)
        assert store.active_customers_with_email(email), f"{email} was never created"
    for customer_id, occupation in desk.edited.items():
        assert (store.get_customer(customer_id) or {}).get("Occupation") == occupation
    for target, sources in desk.merged:
        for source in sources:
            assert (store.get_customer(source) or {}).get("MergeTargetId") == target
    for customer_id, attached in desk.attached.items():
        assert len(store.files_of(customer_id)) >= attached

    print(f"\nGUI soak: {elapsed:.1f} s, faults by kind {faults.by_kind()}\n{counts.table()}")
    assert counts.operations == OPERATIONS
    assert counts.faults_injected >= OPERATIONS // 10
    assert counts.user_visible_errors > 0 and counts.retries > 0
    assert counts.lost_edits == 0
    assert counts.duplicates == 0
    assert counts.crashes == 0
    assert desk.merged and desk.added and desk.edited and desk.attached
