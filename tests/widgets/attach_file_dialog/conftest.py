"""The attach dialog on a recording client, and every gated upload released at the end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from api_fakes import FakeCalls
from attach_clients import CUSTOMER, TODAY, GatedClient, RecordingClient
from pytestqt.qtbot import QtBot

from desktop.ui.attach_file_dialog import AttachFileDialog


@pytest.fixture
def make_dialog(qtbot: QtBot) -> Iterator[Any]:
    fakes: list[FakeCalls] = []

    def build(client: Any = None, **options: Any) -> tuple[AttachFileDialog, FakeCalls]:
        calls = FakeCalls(client or RecordingClient())
        fakes.append(calls)
        dialog = AttachFileDialog(
            calls,
            CUSTOMER,
            "Anna Novak",
            document=options.pop("document", "Passport"),
            today=TODAY,
            **options,
        )
        qtbot.addWidget(dialog)
        return dialog, calls

    yield build
    for calls in fakes:
        client = calls.client
        if isinstance(client, GatedClient):
            client.release.set()
        calls.close()
