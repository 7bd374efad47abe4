"""The soak's receptionist: acts on the real window through its widgets and retries what is offered."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, scan_image
from soak_counts import SoakCounts

from desktop.sandbox import SandboxServer
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog

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
