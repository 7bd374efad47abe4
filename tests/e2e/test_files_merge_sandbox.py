"""End to end against the sandbox: attach scans to a guest, merge seeded duplicates.

The dialogs run their calls through the real worker pools and a real ``MewsClient`` over
loopback HTTP, exactly as on the desk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from api_fakes import FakeCalls
from pytestqt.qtbot import QtBot
from scan_files import image_bytes, pdf_bytes, scan_image

from desktop.desk.duplicate_groups import Evidence, find_duplicate_groups
from desktop.mews import MewsClient
from desktop.ui.attach_file_dialog import AttachFileDialog
from desktop.ui.identity_documents_view import IdentityDocumentsView
from desktop.ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.e2e


def loaded_customers(client: MewsClient, windows: int = 8) -> list[Any]:
    """What a desk would have loaded: everyone updated in the last two years, by window."""
    end = datetime.now(UTC) + timedelta(days=1)
    found: dict[str, Any] = {}
    for _ in range(windows):
        start = end - timedelta(days=89)
        window = {
            "StartUtc": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "EndUtc": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        for customer in client.iter_customers(updated_utc=window):
            found[str(customer.id)] = customer
        end = start
    return list(found.values())


@pytest.fixture
def calls(make_client: Callable[..., MewsClient]) -> Iterator[FakeCalls]:
    # The contract-checking transport: every body, streamed uploads included, is validated.
    fake = FakeCalls(make_client())
    yield fake
    fake.close()


@pytest.fixture
def guest(calls: FakeCalls) -> Any:
    return next(
        item for item in loaded_customers(calls.client, 1) if item.is_active and item.last_name
    )


@pytest.mark.parametrize(
    ("data", "mime_type"),
    [
        (lambda: image_bytes(scan_image(500, 700), "PNG"), "image/png"),
        (lambda: pdf_bytes(pages=2), "application/pdf"),
    ],
    ids=["png", "pdf"],
)
def test_a_scan_is_attached_and_its_file_id_shown(
    qtbot: QtBot, calls: FakeCalls, guest: Any, data: Callable[[], bytes], mime_type: str
) -> None:
    name = f"{guest.first_name or ''} {guest.last_name}".strip()
    dialog = AttachFileDialog(calls, str(guest.id), name, document="Passport")
    qtbot.addWidget(dialog)
    dialog.load_data(data())
    assert dialog.file_kind is not None and dialog.file_kind.mime_type == mime_type
    with qtbot.waitSignal(dialog.fileAttached, timeout=10_000) as attached:
        dialog.uploadButton.click()
    file_id, sent_name = attached.args
    assert uuid.UUID(file_id)
    assert file_id in dialog.statusLabel.text()
    assert sent_name.startswith(name) and sent_name.endswith(f".{dialog.file_kind.extension}")


def test_an_oversized_scan_is_refused_by_the_server_and_kept(
    qtbot: QtBot, make_client: Callable[..., MewsClient], sandbox: Any, guest: Any
) -> None:
    calls = FakeCalls(make_client(transport=None))
    try:
        # Plan with a budget far above the server's so the 413 really comes from it.
        dialog = AttachFileDialog(
            calls, str(guest.id), "Guest", body_limit=sandbox.max_body_bytes * 4
        )
        qtbot.addWidget(dialog)
        big = image_bytes(scan_image(2600, 3600, noisy=True), "PNG")
        assert len(big) * 4 // 3 > sandbox.max_body_bytes
        dialog.load_data(big)
        dialog.uploadButton.click()
        qtbot.waitUntil(lambda: not dialog.uploading, timeout=20_000)
        assert "too large" in dialog.statusLabel.text()
        assert dialog.file_data == big
        assert dialog.shrinkButton.isVisibleTo(dialog)
    finally:
        calls.close()


def test_two_seeded_duplicates_are_merged_and_one_is_left(qtbot: QtBot, calls: FakeCalls) -> None:
    customers = [item for item in loaded_customers(calls.client) if item.is_active]
    groups = [
        group
        for group in find_duplicate_groups(customers)
        if len(group.customer_ids) == 2 and Evidence.EMAIL in group.evidence
    ]
    assert groups, "the sandbox seeds duplicates sharing an email"
    ids = list(groups[0].customer_ids)

    dialog = MergeDialog(calls, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.confirmMergeButton.isEnabled(), timeout=10_000)
    target = dialog.target_id
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as merged:
        dialog.confirmMergeButton.click()
    assert merged.args == [target, [item for item in ids if item != target]]

    after = calls.client.get_all_customers(customer_ids=ids).customers
    active = [item for item in after if item.is_active]
    assert [str(item.id) for item in active] == [target]
    for source in (item for item in after if str(item.id) != target):
        assert str(source.merge_target_id) == target  # if listed at all, it points there


def test_identity_documents_of_a_seeded_guest_are_listed_masked(
    qtbot: QtBot, calls: FakeCalls
) -> None:
    customers = loaded_customers(calls.client, 1)
    page = calls.client.get_identity_documents([str(item.id) for item in customers[:100]])
    assert page.identity_documents, "the sandbox seeds identity documents"
    document = next(item for item in page.identity_documents if len(item.number) > 4)
    view = IdentityDocumentsView(calls, str(document.customer_id), "Guest")
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    shown = [view.model.index(row, 1).data() for row in range(view.model.rowCount())]
    assert document.number not in shown
    assert any(text.endswith(document.number[-3:]) for text in shown)
