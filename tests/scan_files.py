"""Test files built on the spot: scans as PNG/JPEG and PDFs, no binary fixtures."""

from __future__ import annotations

import random

from PySide6.QtCore import QBuffer, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter


def scan_image(width: int = 600, height: int = 850, *, noisy: bool = False) -> QImage:
    """A passport-page-like image; ``noisy`` makes it compress as badly as a real scan."""
    if noisy:
        raw = bytes(180 + value % 70 for value in random.Random(7).randbytes(width * height))
        image = QImage(raw, width, height, width, QImage.Format.Format_Grayscale8).convertToFormat(
            QImage.Format.Format_RGB32
        )
    else:
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("#e8eef5"))
    painter = QPainter(image)
    painter.setPen(QColor("#223344"))
    font = QFont()
    font.setPixelSize(max(12, width // 15))
    painter.setFont(font)
    painter.drawText(QRect(0, 20, width, height // 8), Qt.AlignmentFlag.AlignCenter, "PASSPORT")
    painter.fillRect(width // 10, height // 4, width // 3, height // 3, QColor("#9999aa"))
    painter.end()
    return image


def image_bytes(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    return bytes(buffer.data())


def pdf_bytes(pages: int = 2) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(600, 800, f"Registration card, page {page + 1}")
    painter.end()
    return bytes(buffer.data())
