"""Make a scan small enough to upload, keeping it readable.

Scanner apps and phones produce images far larger than an ID card needs: a 600 dpi
colour scan of a passport page is 20 MB as PNG and still sharp at a tenth of that as a
JPEG. The steps below first recompress at the full size, then reduce the resolution
gradually, and stop at the first result that fits, so no more detail is lost than the
budget demands.

Shrinking takes seconds of JPEG encoding, so :class:`ImageShrinker` runs it on the desk's
read pool on a copy of the decoded ``QImage`` (QImage may be used off the GUI thread,
QPixmap may not), one at a time; a cancelled or superseded result is dropped, the way
every screen drops one (:class:`~desktop.ui.workers.LatestOnly`).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.ui.api_calls import ApiCalls
from desktop.ui.workers import LatestOnly, Request

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


class ImageShrinker(QObject):
    """Shrinks one image at a time on a worker for its owner (the attach dialog).

    ``shrunk(source, jpeg)`` hands back the bytes the shrink started from and the result
    (``None``: even heavily reduced it does not fit), so the owner can tell whether it still
    shows that file; ``failed(error)`` when encoding raised.
    """

    shrunk = Signal(object, object)
    failed = Signal(object)

    def __init__(self, calls: ApiCalls, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._latest = LatestOnly()

    @property
    def busy(self) -> bool:
        return self._latest.pending

    def start(self, image: QImage, source: bytes, max_bytes: int) -> None:
        """Shrink ``image`` (decoded from ``source``); a shrink still running is superseded."""
        copied = image.copy()  # the worker owns its own copy
        request = self._calls.run_local(
            lambda: shrink_to_fit(copied, max_bytes), owner=self, label="shrink"
        )
        self._latest.replace(request)
        request.succeeded.connect(
            lambda result: self._answered(request, self.shrunk, source, result)
        )
        request.failed.connect(lambda error: self._answered(request, self.failed, error))

    def cancel(self) -> None:
        self._latest.cancel()

    def _answered(self, request: Request, signal: SignalInstance, *values: object) -> None:
        if self._latest.is_current(request):
            self._latest.replace(None)
            signal.emit(*values)
