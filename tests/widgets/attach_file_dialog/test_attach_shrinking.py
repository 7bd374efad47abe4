"""A scan too large to send is shrunk on a worker, and a late shrink is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from api_fakes import FakeCalls
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.desk import file_checks
from desktop.ui import image_shrink
from desktop.ui.file_preview import decode_image
from desktop.ui.image_shrink import ImageShrinker, shrink_to_fit
from desktop.ui.workers import Request


def test_a_too_large_image_is_shrunk_to_fit(make_dialog: Any, qtbot: QtBot) -> None:
    dialog, calls = make_dialog(body_limit=200_000)
    original = image_bytes(scan_image(1200, 1700, noisy=True), "PNG")
    assert len(original) > 200_000
    dialog.load_data(original)
    assert "Too large to send" in dialog.problemLabel.text()
    assert not dialog.uploadButton.isEnabled()
    assert dialog.shrinkButton.isVisibleTo(dialog)

    dialog.shrinkButton.click()
    qtbot.waitUntil(lambda: not dialog.shrinking)

    assert calls.labels == ["shrink"]  # done on the worker, not the GUI thread
    shrunk = dialog.file_data
    assert shrunk is not None and shrunk != original
    expected = shrink_to_fit(
        decode_image(original),
        file_checks.max_file_bytes(200_000, file_name=dialog.fileNameEdit.text()),
    )
    assert shrunk == expected
    assert dialog.file_kind is file_checks.JPEG
    assert file_checks.fits_budget(
        len(shrunk), file_name=dialog.fileNameEdit.text(), body_limit=200_000
    )
    assert dialog.fileNameEdit.text().endswith(".jpg")
    assert "Shrunk from" in dialog.noteLabel.text()
    assert dialog.problemLabel.text() == ""
    assert dialog.uploadButton.isEnabled()


class HeldShrink:
    """Stands in for ``shrink_to_fit`` and holds the worker until the test releases it."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, image: Any, max_bytes: int) -> bytes | None:
        self.threads.append(threading.current_thread())
        self.release.wait(10)
        return shrink_to_fit(image, max_bytes)


@pytest.fixture
def held_shrink(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldShrink]:
    held = HeldShrink()
    monkeypatch.setattr(image_shrink, "shrink_to_fit", held)
    yield held
    held.release.set()


def _shrink_held(make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink) -> tuple[Any, Any, bytes]:
    """A dialog with a noisy scan too large to send, shrinking on a worker held by the test."""
    dialog, calls = make_dialog(body_limit=200_000)
    original = image_bytes(scan_image(1200, 1700, noisy=True), "PNG")
    dialog.load_data(original)
    dialog.shrinkButton.click()
    qtbot.waitUntil(lambda: bool(held_shrink.threads))
    return dialog, calls, original


def test_while_shrinking_the_buttons_wait_and_a_note_says_why(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, _, _ = _shrink_held(make_dialog, qtbot, held_shrink)

    assert dialog.shrinking
    assert held_shrink.threads[0] is not threading.main_thread()
    assert "Shrinking" in dialog.noteLabel.text()
    assert not dialog.shrinkButton.isEnabled()
    assert not dialog.uploadButton.isEnabled()
    dialog.shrinkButton.click()  # a second click while busy starts nothing
    held_shrink.release.set()
    qtbot.waitUntil(lambda: not dialog.shrinking)

    assert len(held_shrink.threads) == 1
    assert dialog.file_kind is file_checks.JPEG
    assert dialog.noteLabel.text().startswith("Shrunk from")
    assert dialog.uploadButton.isEnabled()


def test_a_shrink_finishing_after_the_dialog_closed_is_dropped(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, calls, original = _shrink_held(make_dialog, qtbot, held_shrink)
    dialog.reject()
    held_shrink.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert dialog.file_data == original
    assert dialog.file_kind is file_checks.PNG


def test_a_shrink_of_a_replaced_file_is_dropped(
    make_dialog: Any, qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    dialog, calls, _ = _shrink_held(make_dialog, qtbot, held_shrink)
    replacement = pdf_bytes(pages=1)
    dialog.load_data(replacement)
    held_shrink.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert dialog.file_data == replacement
    assert dialog.noteLabel.text() == ""


def test_a_too_large_pdf_cannot_be_shrunk_and_is_not_sent(make_dialog: Any) -> None:
    dialog, _ = make_dialog(body_limit=8_000)
    dialog.load_data(pdf_bytes(pages=4))
    assert "Scan it again at a lower resolution" in dialog.problemLabel.text()
    assert not dialog.shrinkButton.isVisibleTo(dialog)
    assert not dialog.uploadButton.isEnabled()


def test_a_second_shrink_cancels_the_first_and_only_its_result_arrives(
    qtbot: QtBot, held_shrink: HeldShrink
) -> None:
    calls = FakeCalls(client=None)
    shrinker = ImageShrinker(calls)
    arrived: list[bytes] = []
    shrinker.shrunk.connect(lambda source, jpeg: arrived.append(source))
    image = scan_image(300, 400)
    shrinker.start(image, b"first", 1_000_000)
    (first,) = shrinker.findChildren(Request)
    shrinker.start(image, b"second", 1_000_000)

    assert first.cancelled  # superseded at once, not only ignored when it lands
    assert shrinker.busy
    held_shrink.release.set()
    qtbot.waitUntil(lambda: calls.runner.in_flight == 0)
    assert arrived == [b"second"]
    assert not shrinker.busy
    calls.close()
