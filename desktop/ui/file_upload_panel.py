"""The attach dialog's bottom: one upload to Mews, its progress, status line and buttons.

The upload runs on the desk's write pool; ``add_customer_file`` reports progress from that
thread into a plain-Python :class:`UploadState` that a GUI timer reads, so no Qt object is
ever touched from the worker. Cancel makes the next progress report raise, which abandons
the request; once the whole body is sent it is too late, and the panel says so. A file
Mews accepted is recorded in :func:`~desktop.ui.attached_files.attached_files`.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.mews import MewsError, TooLargeError
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.attached_files import AttachedFile, attached_files
from desktop.ui.plain_text import plain_label

log = logging.getLogger(__name__)

_PROGRESS_INTERVAL_MS: Final = 50


class UploadCancelledError(Exception):
    """Raised inside the upload's progress callback to abandon it."""


class UploadState:
    """Shared by the GUI and the worker thread; plain attributes, never a QObject."""

    __slots__ = ("cancelled", "sent", "total")

    def __init__(self) -> None:
        self.cancelled = False
        self.sent = 0
        self.total = 0

    def report(self, sent: int, total: int) -> None:
        if self.cancelled:
            raise UploadCancelledError
        self.sent, self.total = sent, total

    @property
    def body_sent(self) -> bool:
        return self.total > 0 and self.sent >= self.total


class FileUploadPanel(QWidget):
    """Runs one ``customers/addFile`` at a time and shows how it goes.

    ``attached(file_id, name)`` after Mews accepted the file; ``failed(error)`` after the
    failure (a cancel included) is already described in the status line. The dialog
    decides when Upload may be pressed and what Close does.
    """

    attached = Signal(str, str)
    failed = Signal(object)

    def __init__(self, calls: ApiCalls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._state: UploadState | None = None
        self._sending: AttachedFile | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_PROGRESS_INTERVAL_MS)
        self._timer.timeout.connect(self._show_progress)
        self.uploadProgress = QProgressBar()
        self.uploadProgress.setObjectName("uploadProgress")
        self.uploadProgress.setRange(0, 100)
        self.uploadProgress.setFormat(
            QCoreApplication.translate("AttachFileDialog", "Uploading… %p%")
        )
        self.statusLabel = plain_label()
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.closeButton = _button(
            "closeButton", QCoreApplication.translate("AttachFileDialog", "Close")
        )
        self.cancelUploadButton = _button(
            "cancelUploadButton", QCoreApplication.translate("AttachFileDialog", "Cancel upload")
        )
        self.cancelUploadButton.clicked.connect(self.cancel)
        self.uploadButton = _button(
            "uploadButton", QCoreApplication.translate("AttachFileDialog", "Upload")
        )
        self.uploadButton.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        buttons.addWidget(self.cancelUploadButton)
        buttons.addWidget(self.uploadButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.uploadProgress)
        layout.addWidget(self.statusLabel)
        layout.addLayout(buttons)

    @property
    def busy(self) -> bool:
        return self._state is not None

    @property
    def cancelled(self) -> bool:
        return self._state is not None and self._state.cancelled

    def start(self, customer_id: str, name: str, data: bytes, mime_type: str) -> None:
        state = UploadState()
        self._state = state
        self._sending = AttachedFile(
            customer_id=customer_id,
            file_id="",
            name=name,
            mime_type=mime_type,
            size=len(data),
            attached_at=dt.datetime.now().astimezone(),
        )

        def upload(client: Any) -> tuple[str, str]:
            result = client.add_customer_file(
                customer_id, name=name, type=mime_type, data=data, progress=state.report
            )
            return str(result.file_id), name

        self.statusLabel.setText(
            QCoreApplication.translate("AttachFileDialog", "Uploading to Mews…")
        )
        self.uploadProgress.setValue(0)
        request = self._calls.write(upload, owner=self, label="customers/addFile")
        request.succeeded.connect(self._uploaded)
        request.failed.connect(self._failed)
        self._timer.start()

    @Slot()
    def cancel(self) -> None:
        """Abandon the upload at its next progress report."""
        state = self._state
        if state is None:
            return
        state.cancelled = True
        if state.body_sent:
            self.statusLabel.setText(
                QCoreApplication.translate(
                    "AttachFileDialog",
                    "Too late to cancel: Mews already has the whole file. Waiting for it…",
                )
            )
        else:
            self.statusLabel.setText(QCoreApplication.translate("AttachFileDialog", "Cancelling…"))
        self.cancelUploadButton.setEnabled(False)

    def clear(self) -> None:
        """Forget the last upload's outcome: another file was chosen."""
        self.statusLabel.clear()
        self.uploadButton.setText(QCoreApplication.translate("AttachFileDialog", "Upload"))
        self.uploadProgress.setValue(0)

    @Slot()
    def _show_progress(self) -> None:
        state = self._state
        if state is not None and state.total:
            self.uploadProgress.setValue(min(100, state.sent * 100 // state.total))

    def _finish(self) -> None:
        self._state = None
        self._timer.stop()

    @Slot(object)
    def _uploaded(self, result: tuple[str, str]) -> None:
        file_id, name = result
        self._finish()
        self.uploadProgress.setValue(100)
        self.statusLabel.setText(
            QCoreApplication.translate(
                "AttachFileDialog", "Attached “%1” to the profile. File id: %2"
            )
            .replace("%1", name)
            .replace("%2", file_id)
        )
        assert self._sending is not None
        attached_files().add(
            AttachedFile(
                customer_id=self._sending.customer_id,
                file_id=file_id,
                name=name,
                mime_type=self._sending.mime_type,
                size=self._sending.size,
                attached_at=dt.datetime.now().astimezone(),
            )
        )
        self.attached.emit(file_id, name)
        self.closeButton.setDefault(True)
        self.closeButton.setFocus()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._finish()
        self.uploadProgress.setValue(0)
        if isinstance(error, UploadCancelledError):
            text = QCoreApplication.translate(
                "AttachFileDialog", "Upload cancelled. Nothing was attached."
            )
        elif isinstance(error, TooLargeError):
            text = QCoreApplication.translate(
                "AttachFileDialog", "Mews refused the file as too large. %1"
            ).replace("%1", error_text(error))
        else:
            if not isinstance(error, MewsError):
                log.error("Upload failed unexpectedly: %s", type(error).__name__)
            text = QCoreApplication.translate(
                "AttachFileDialog", "The upload failed: %1 Try again."
            ).replace("%1", error_text(error))
        self.statusLabel.setText(text)
        self.uploadButton.setText(QCoreApplication.translate("AttachFileDialog", "Retry upload"))
        self.failed.emit(error)


def _button(name: str, text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button
