"""An editor nobody holds any more, with a call to Mews still out, goes away cleanly.

Requests are children of the editor. A callback that held the editor made the finished
request the editor's last owner: freeing the request then deleted a parentless editor in
the middle of deleting that request, and the process crashed. Dropping the editor must
free it at once, and its late answers must find nothing to act on.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator

import pytest
from editor_steps import Record, type_texts
from profile_editor_fakes import FakeCalls, FakeMews
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.mews import NetworkError
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.workers import WorkerRunner


@pytest.fixture
def runner() -> Iterator[WorkerRunner]:
    workers = WorkerRunner()
    yield workers
    workers.shutdown()
    workers.deleteLater()


def _open(editor: ProfileEditor, _mews: FakeMews, stored: Record) -> None:
    editor.open_customer(stored["Id"])


def _fail_open(editor: ProfileEditor, mews: FakeMews, stored: Record) -> None:
    mews.fail_next(NetworkError("The connection dropped."))
    editor.open_customer(stored["Id"])


def _update(editor: ProfileEditor, mews: FakeMews, stored: Record) -> None:
    editor.load_customer(mews.model(stored["Id"]))
    type_texts(editor, phoneEdit="+420 7777")
    editor.save()


def _add(editor: ProfileEditor, _mews: FakeMews, _stored: Record) -> None:
    type_texts(editor, firstNameEdit="Petr", lastNameEdit="Svoboda", emailEdit="p@example.com")
    editor.save()


@pytest.mark.parametrize("start", [_open, _fail_open, _update, _add])
def test_dropping_the_editor_mid_call_frees_it_and_survives_the_answer(
    qtbot: QtBot,
    runner: WorkerRunner,
    mews: FakeMews,
    start: Callable[[ProfileEditor, FakeMews, Record], None],
) -> None:
    stored = mews.put()
    editor = ProfileEditor(ProfileService(FakeCalls(runner, mews)))
    start(editor, mews, stored)
    assert runner.busy
    gone = weakref.ref(editor)
    del editor
    gc.collect()
    assert gone() is None  # no request kept it alive
    qtbot.waitUntil(lambda: not runner.busy)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)
    assert mews.calls  # the call did go out; its answer found no editor to act on
