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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image
from soak_counts import SoakCounts, counting_faults, soak_sandbox

import desktop.app
from desktop.app import build_window
from desktop.mews import MewsClient, RetryPolicy, SlidingWindowLimiter
from desktop.sandbox import DEMO_ACCESS_TOKEN, DEMO_CLIENT_TOKEN, FaultConfig, SandboxServer
from desktop.ui import profile_dialogs
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.session import Session

pytestmark = pytest.mark.e2e

FAULT_RATE = 0.2
OPERATIONS = 520
SERVER_LIMIT = (40, 0.5)
#: Retry waits are slept at this share of their length.
TIME_SCALE = 0.2
#: How often the user presses Retry on one action before the soak calls it stuck.
MAX_ROUNDS = 12
WAIT_MS = 15_000
MERGE_PAIRS = 16
LOADING_PROFILES = QCoreApplication.translate("MergeDialog", "Loading the profiles…")


@dataclass
class Counts(SoakCounts):
    user_visible_errors: int = 0
    crashes: int = 0


@dataclass
class Guest:
    id: str
    last_name: str


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


class Desk:
    """A receptionist at the real window: acts through widgets, retries what is offered."""

    def __init__(
        self, qtbot: QtBot, window: MainWindow, counts: Counts, rng: random.Random
    ) -> None:
        self.qtbot = qtbot
        self.window = window
        self.counts = counts
        self.rng = rng
        self.added: list[str] = []
        self.edited: dict[str, str] = {}
        self.merged: list[tuple[str, list[str]]] = []
        self.attached: Counter[str] = Counter()
        self.scan = image_bytes(scan_image(240, 320), "PNG")

    # -- reads ---------------------------------------------------------------------------

    def _ids(self) -> set[str]:
        model = self.window.model
        return {model.row_at(r).id for r in range(model.rowCount())}

    def search(self, text: str, expected: set[str]) -> None:
        window = self.window
        window.search_input.setFocus()
        window.search_input.clear()  # retyped: Enter twice on the same text opens a guest
        window.search_input.setText(text)
        with self.qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
            self.qtbot.keyClick(window.search_input, Qt.Key.Key_Return)
        for _ in range(MAX_ROUNDS):
            if expected <= self._ids():
                return
            self.counts.retries += 1  # the user presses Ctrl+R
            with self.qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
                window.refresh_action.trigger()
        pytest.fail(f"search {text!r} never showed {expected - self._ids()}")

    def page(self) -> None:
        window = self.window
        actions = window.recent_button.menu().actions()
        with self.qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
            actions[-1].trigger()
        for _ in range(MAX_ROUNDS):
            if window.model.rowCount():
                break
            self.counts.retries += 1
            with self.qtbot.waitSignal(window.controller.searchFinished, timeout=WAIT_MS):
                window.refresh_action.trigger()
        assert window.model.rowCount(), "recently updated never showed rows"
        bar = window.table.verticalScrollBar()
        for _ in range(MAX_ROUNDS):
            if not window.model.more_available:
                return
            before = window.model.rowCount()
            errors = self.counts.user_visible_errors
            bar.setValue(max(0, bar.maximum() - 1))
            bar.setValue(bar.maximum())

            def answered(before: int = before, errors: int = errors) -> bool:
                return (
                    window.model.rowCount() > before
                    or self.counts.user_visible_errors > errors
                    or not window.model.more_available
                )

            self.qtbot.waitUntil(answered, timeout=WAIT_MS)
            if window.model.rowCount() == before and window.model.more_available:
                self.counts.retries += 1  # scrolling to the end again asks again
        assert not window.model.more_available or window.model.rowCount() > 0

    def open(self, guest: Guest) -> None:
        self.search(guest.last_name, {guest.id})
        editor = self.window.profile_editor
        if editor.customer_id() == guest.id and not editor.is_busy():
            return
        table = self.window.table
        source = self.window.model.index(self.window.model.position_of(guest.id) or 0, 0)
        table.selectRow(table.proxy.mapFromSource(source).row())
        table.setFocus()
        self.qtbot.keyClick(table, Qt.Key.Key_Return)
        for _ in range(MAX_ROUNDS):
            self.qtbot.waitUntil(
                lambda: editor.customer_id() == guest.id or editor.retry_button.isVisible(),
                timeout=WAIT_MS,
            )
            if editor.customer_id() == guest.id:
                return
            self.counts.user_visible_errors += 1
            self.counts.retries += 1
            self.qtbot.mouseClick(editor.retry_button, Qt.MouseButton.LeftButton)
        pytest.fail(f"profile {guest.id} never opened")

    # -- writes --------------------------------------------------------------------------

    def _save_until_done(self, typed: dict[str, str]) -> None:
        """Press Save, then Retry after each failure, checking the edits stay on screen."""
        editor = self.window.profile_editor
        saved: list[object] = []
        editor.customerSaved.connect(saved.append)
        try:
            self.qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            for _ in range(MAX_ROUNDS):
                self.qtbot.waitUntil(lambda: not editor.is_busy(), timeout=WAIT_MS)
                if saved:
                    return
                assert editor.message.text().strip(), "a failed save says nothing"
                self.counts.user_visible_errors += 1
                for name, text in typed.items():
                    if editor.findChild(QLineEdit, name).text() != text:
                        self.counts.lost_edits += 1
                self.counts.retries += 1
                button = (
                    editor.retry_button if editor.retry_button.isVisible() else editor.save_button
                )
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            pytest.fail(f"never saved: {editor.message.text()}")
        finally:
            editor.customerSaved.disconnect(saved.append)

    def _type(self, name: str, text: str) -> None:
        line = self.window.profile_editor.findChild(QLineEdit, name)
        assert line is not None, name
        line.setFocus()
        line.selectAll()
        self.qtbot.keyClicks(line, text)

    def edit(self, guest: Guest, number: int) -> None:
        self.open(guest)
        value = f"Soak {number}"
        self._type("occupationEdit", value)
        self._save_until_done({"occupationEdit": value})
        self.edited[guest.id] = value

    def add(self, number: int) -> None:
        self.window.profile_editor.new_customer_action.trigger()
        typed = {
            "firstNameEdit": "Nova",
            "lastNameEdit": f"Soakadd{number}",
            "emailEdit": f"soak{number}@guest.test",
        }
        for name, text in typed.items():
            self._type(name, text)
        self._save_until_done(typed)
        self.added.append(typed["emailEdit"])

    def _visible(self, kind: type) -> Any:
        found = [d for d in self.window.findChildren(kind) if d.isVisible()]
        return found[0] if found else None

    def attach(self, guest: Guest) -> None:
        self.search(guest.last_name, {guest.id})
        table = self.window.table
        source = self.window.model.index(self.window.model.position_of(guest.id) or 0, 0)
        table.selectRow(table.proxy.mapFromSource(source).row())
        self.window.file_merge_actions.attach_file_action.trigger()
        dialog: AttachFileDialog = self._visible(AttachFileDialog)
        assert dialog is not None
        dialog.load_data(self.scan)
        assert dialog.can_upload(), dialog.problemLabel.text()
        done: list[str] = []
        dialog.fileAttached.connect(lambda file_id, _name: done.append(file_id))
        for _ in range(MAX_ROUNDS):
            self.qtbot.mouseClick(dialog.uploadButton, Qt.MouseButton.LeftButton)
            self.qtbot.waitUntil(lambda: not dialog.uploading, timeout=WAIT_MS)
            if done:
                break
            assert dialog.statusLabel.text().strip()
            self.counts.user_visible_errors += 1
            self.counts.retries += 1
        else:
            pytest.fail(f"never attached: {dialog.statusLabel.text()}")
        self.attached[guest.id] += 1
        dialog.closeButton.click()

    def merge(self, sandbox: SandboxServer, last: str, ids: list[str]) -> None:
        self.search(last, set(ids))
        window = self.window
        for _ in range(MAX_ROUNDS):
            window.table.selectAll()
            window.file_merge_actions.merge_action.trigger()
            dialog: MergeDialog = self._visible(MergeDialog)
            assert dialog is not None

            def loaded(dialog: MergeDialog = dialog) -> bool:
                status = dialog.statusLabel.text()
                return dialog.confirmMergeButton.isEnabled() or (
                    bool(status) and status != LOADING_PROFILES
                )

            self.qtbot.waitUntil(loaded, timeout=WAIT_MS)
            if dialog.confirmMergeButton.isEnabled():
                break
            self.counts.user_visible_errors += 1
            self.counts.retries += 1
            dialog.reject()  # could not load: close and ask again
        else:
            pytest.fail("the merge dialog never loaded")
        target = dialog.target_id
        sources = dialog.source_ids
        merged: list[str] = []
        dialog.merged.connect(lambda t, _s: merged.append(t))
        for _ in range(MAX_ROUNDS):
            self.qtbot.mouseClick(dialog.confirmMergeButton, Qt.MouseButton.LeftButton)
            self.qtbot.waitUntil(
                lambda: bool(merged) or dialog.confirmMergeButton.isEnabled(), timeout=WAIT_MS
            )
            if merged:
                break
            self.counts.user_visible_errors += 1
            source = sandbox.store.get_customer(sources[0]) or {}
            if source.get("MergeTargetId") == target:
                dialog.reject()  # the answer was lost but the merge happened: refresh
                break
            self.counts.retries += 1
        else:
            pytest.fail(f"never merged: {dialog.statusLabel.text()}")
        self.merged.append((target, sources))


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
