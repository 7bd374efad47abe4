"""The "Files attached in this session" part of the ID documents tab.

Mews offers no way to list a customer's files, so the desk can only show what it sent
itself: the register in :func:`~desktop.ui.attached_files.attached_files`. The list follows
that register, so a scan attached from any window shows up here at once.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.desk import file_checks
from desktop.ui.attached_files import attached_files
from desktop.ui.plain_text import plain_label


class AttachedFilesList(QWidget):
    """One customer's files attached this session, with the button to attach another."""

    def __init__(
        self, customer_id: str, attach: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._customer_id = customer_id
        self.filesList = QListWidget()
        self.filesList.setObjectName("attachedFilesList")
        self.filesList.setMaximumHeight(110)
        self.attachFileButton = QPushButton(
            QCoreApplication.translate("IdentityDocumentsView", "Attach file…")
        )
        self.attachFileButton.setObjectName("attachSessionFileButton")
        self.attachFileButton.clicked.connect(attach)
        self.title = plain_label(
            QCoreApplication.translate("IdentityDocumentsView", "Files attached in this session")
        )
        self.title.setObjectName("filesTitle")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.attachFileButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.filesList)

        self._files = attached_files()
        self._files.changed.connect(self._files_changed)
        self._show_files()

    @Slot(str)
    def _files_changed(self, customer_id: str) -> None:
        if customer_id == self._customer_id and shiboken6.isValid(self):
            self._show_files()

    def _show_files(self) -> None:
        self.filesList.clear()
        files = self._files.for_customer(self._customer_id)
        for attached in files:
            self.filesList.addItem(
                QCoreApplication.translate("IdentityDocumentsView", "%1 — %2, %3 — file id %4")
                .replace("%1", attached.name)
                .replace("%2", file_checks.human_size(attached.size))
                .replace("%3", attached.attached_at.strftime("%H:%M"))
                .replace("%4", attached.file_id)
            )
        if not files:
            self.filesList.addItem(
                QCoreApplication.translate(
                    "IdentityDocumentsView",
                    "None yet. Scans attached from this desk are listed here.",
                )
            )
