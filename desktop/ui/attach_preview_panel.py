"""The attach dialog's middle: the preview beside the facts that decide whether a file can go.

A thumbnail catches the wrong page or the wrong guest; type, size against what may be sent,
and pixels or pages say whether Mews will take it. Problems and notes (a refusal, a shrink
in progress, what shrinking did) are shown here too, with the button that shrinks an image
which is too large.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import file_checks
from desktop.desk.file_checks import FileKind
from desktop.ui import tints
from desktop.ui.file_preview import Preview
from desktop.ui.plain_text import plain_label

PREVIEW_BOX: Final = QSize(240, 300)


class AttachPreviewPanel(QWidget):
    """Shows one file (or none, or why it was refused); the dialog decides what to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previewLabel = plain_label()
        self.previewLabel.setObjectName("previewLabel")
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewLabel.setFixedSize(PREVIEW_BOX + QSize(16, 16))
        self.previewLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.typeValue = _value_label("typeValue")
        self.sizeValue = _value_label("sizeValue")
        self.dimensionsValue = _value_label("dimensionsValue")
        self.dimensionsCaption = plain_label()
        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        facts.addWidget(plain_label(QCoreApplication.translate("AttachFileDialog", "Type:")), 0, 0)
        facts.addWidget(self.typeValue, 0, 1)
        facts.addWidget(plain_label(QCoreApplication.translate("AttachFileDialog", "Size:")), 1, 0)
        facts.addWidget(self.sizeValue, 1, 1)
        facts.addWidget(self.dimensionsCaption, 2, 0)
        facts.addWidget(self.dimensionsValue, 2, 1)

        self.problemLabel = _message_label("problemLabel")
        self.problemLabel.setStyleSheet(tints.text_style(tints.RED))
        self.noteLabel = _message_label("noteLabel")
        self.shrinkButton = QPushButton(
            QCoreApplication.translate("AttachFileDialog", "Shrink to fit")
        )
        self.shrinkButton.setObjectName("shrinkButton")
        self.shrinkButton.setToolTip(
            QCoreApplication.translate(
                "AttachFileDialog",
                "Save the image as a smaller JPEG, reducing the resolution only as needed",
            )
        )

        details = QVBoxLayout()
        details.addLayout(facts)
        details.addSpacing(8)
        details.addWidget(self.problemLabel)
        details.addWidget(self.noteLabel)
        details.addWidget(self.shrinkButton, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previewLabel, 0, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(8)
        row.addLayout(details, 1)

    def show_file(
        self, data: bytes | None, kind: FileKind | None, preview: Preview, *, max_bytes: int
    ) -> None:
        """The file's thumbnail and facts; a size over ``max_bytes`` is named as the problem."""
        self.problemLabel.clear()
        self.noteLabel.clear()
        if preview.thumbnail is not None:
            self.previewLabel.setPixmap(QPixmap.fromImage(preview.thumbnail))
        else:
            self.previewLabel.clear()
            self.previewLabel.setText(
                QCoreApplication.translate(
                    "AttachFileDialog", "No file chosen yet.\n\nDrop a file here."
                )
                if data is None
                else QCoreApplication.translate("AttachFileDialog", "No preview")
            )
        self.typeValue.setText(QCoreApplication.translate("FileKind", kind.label) if kind else "—")
        self.sizeValue.setText("—")
        if data is not None:
            self.sizeValue.setText(
                QCoreApplication.translate("AttachFileDialog", "%1 (up to %2 can be sent)")
                .replace("%1", file_checks.human_size(len(data)))
                .replace("%2", file_checks.human_size(max_bytes))
            )
        if preview.page_count is not None:
            self.dimensionsCaption.setText(QCoreApplication.translate("AttachFileDialog", "Pages:"))
            self.dimensionsValue.setText(str(preview.page_count))
        elif preview.pixel_size is not None:
            self.dimensionsCaption.setText(
                QCoreApplication.translate("AttachFileDialog", "Pixels:")
            )
            size = preview.pixel_size
            self.dimensionsValue.setText(f"{size.width()} \N{MULTIPLICATION SIGN} {size.height()}")
        else:
            self.dimensionsCaption.setText("")
            self.dimensionsValue.setText("")

    def show_refused(self, reason: str) -> None:
        """After :meth:`show_file` of nothing: why this file cannot be attached."""
        self.problemLabel.setText(reason)
        self.previewLabel.setText(
            QCoreApplication.translate("AttachFileDialog", "Cannot be attached")
        )


def too_large_text(size: int, max_bytes: int, kind: FileKind | None) -> str:
    """Why a file cannot be sent as it is, and what the receptionist can do about it."""
    text = (
        QCoreApplication.translate(
            "AttachFileDialog", "Too large to send: %1, and at most %2 can be uploaded."
        )
        .replace("%1", file_checks.human_size(size))
        .replace("%2", file_checks.human_size(max_bytes))
    )
    if kind is not None and kind.is_image:
        return (
            text
            + " "
            + QCoreApplication.translate(
                "AttachFileDialog", "Shrink it to fit, or scan it at a lower resolution."
            )
        )
    return (
        text
        + " "
        + QCoreApplication.translate(
            "AttachFileDialog", "Scan it again at a lower resolution or in black and white."
        )
    )


def _value_label(name: str) -> QLabel:
    label = plain_label("—")
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _message_label(name: str) -> QLabel:
    label = plain_label()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
