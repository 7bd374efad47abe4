"""Previews of a file about to be attached: an image's thumbnail or a PDF's first page.

Seeing the scan before it goes up catches the common desk mistakes (the wrong guest's
passport, the back of the card, a blank page) while they are still free to fix. The PDF
renderer is imported only when a PDF is previewed: most desks never need it, and it
costs start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.desk import file_checks
from desktop.desk.file_checks import FileKind, FileRefusedError
from desktop.desk.labels import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Preview:
    """What the dialog shows beside the file: a thumbnail and the facts that matter.

    ``problem`` (English source text, context ``"FilePreview"``) means the file must not
    be sent; ``image`` is the decoded full image, kept so it can be shrunk.
    """

    thumbnail: QImage | None = None
    image: QImage | None = None
    page_count: int | None = None
    problem: str | None = None

    @property
    def pixel_size(self) -> QSize | None:
        return self.image.size() if self.image is not None else None


def decode_image(data: bytes) -> QImage:
    """The image in ``data``; a null image when Qt cannot decode it."""
    return QImage.fromData(QByteArray(data))


def build_preview(data: bytes, kind: FileKind, box: QSize) -> Preview:
    """A preview scaled into ``box``; a PDF is rendered from its first page."""
    if kind.is_image:
        image = decode_image(data)
        if image.isNull():
            return Preview(
                problem=QT_TRANSLATE_NOOP(
                    "FilePreview", "This image is damaged and cannot be opened. Scan it again."
                )
            )
        return Preview(thumbnail=_fit(image, box), image=image)
    return _pdf_preview(data, box)


def examine(data: bytes, box: QSize) -> tuple[FileKind, Preview] | str:
    """What ``data`` is by its content and its preview, or the translated reason to refuse it."""
    try:
        kind = file_checks.detect_kind(data)
    except FileRefusedError as refused:
        return (
            QCoreApplication.translate("FileCheck", refused.reason)
            + "\n"
            + QCoreApplication.translate("FileCheck", file_checks.ACCEPTED_SUMMARY)
        )
    preview = build_preview(data, kind, box)
    if preview.problem is not None:
        return QCoreApplication.translate("FilePreview", preview.problem)
    return kind, preview


def _pdf_preview(data: bytes, box: QSize) -> Preview:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        error = document.error()
        if error in (
            QPdfDocument.Error.IncorrectPassword,
            QPdfDocument.Error.UnsupportedSecurityScheme,
        ):
            return Preview(
                problem=QT_TRANSLATE_NOOP(
                    "FilePreview",
                    "This PDF is password-protected, so colleagues could not open it. "
                    "Save it again without a password.",
                )
            )
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            return Preview(
                problem=QT_TRANSLATE_NOOP(
                    "FilePreview", "This PDF is damaged and cannot be opened. Scan it again."
                )
            )
        page = document.pagePointSize(0)
        size = page.toSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        rendered = document.render(0, size)
        return Preview(
            thumbnail=None if rendered.isNull() else _on_paper(rendered),
            page_count=document.pageCount(),
        )
    finally:
        document.close()
        buffer.close()


def _on_paper(page: QImage) -> QImage:
    """A rendered page is transparent where nothing is printed; show it on white paper."""
    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper


def _fit(image: QImage, box: QSize) -> QImage:
    if image.width() <= box.width() and image.height() <= box.height():
        return image
    return image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
