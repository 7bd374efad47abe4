"""Make a scan small enough to upload, keeping it readable.

Scanner apps and phones produce images far larger than an ID card needs: a 600 dpi
colour scan of a passport page is 20 MB as PNG and still sharp at a tenth of that as a
JPEG. The steps below first recompress at the full size, then reduce the resolution
gradually, and stop at the first result that fits, so no more detail is lost than the
budget demands.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

#: Longest side, in pixels, tried in turn (``None``: the image's own size).
SIDE_STEPS: Final[tuple[int | None, ...]] = (None, 3500, 2800, 2200, 1800, 1400, 1100, 800)
#: JPEG qualities tried at each size; below about 60 small print starts to smear.
QUALITY_STEPS: Final = (90, 80, 65)


def encode_jpeg(image: QImage, quality: int) -> bytes:
    """``image`` as JPEG; transparency is flattened onto white, as on paper."""
    if image.hasAlphaChannel():
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", quality)
    return bytes(buffer.data())


def shrink_to_fit(image: QImage, max_bytes: int) -> bytes | None:
    """The largest, best JPEG of ``image`` that is at most ``max_bytes``, or ``None``."""
    longest = max(image.width(), image.height())
    tried: set[int] = set()
    for side in SIDE_STEPS:
        target = longest if side is None else min(side, longest)
        if target in tried:
            continue
        tried.add(target)
        scaled = image if target == longest else _scaled(image, target)
        for quality in QUALITY_STEPS:
            data = encode_jpeg(scaled, quality)
            if len(data) <= max_bytes:
                return data
    return None


def _scaled(image: QImage, longest_side: int) -> QImage:
    if image.width() >= image.height():
        return image.scaledToWidth(longest_side, Qt.TransformationMode.SmoothTransformation)
    return image.scaledToHeight(longest_side, Qt.TransformationMode.SmoothTransformation)
