"""Where a scan comes from: a path typed or pasted, a file dropped, an image on the clipboard.

Scanner set-ups differ from desk to desk, so the attach dialog takes a scan in every shape
they produce: :class:`ScanSourceRow` is its path field with Browse and Paste, and the
functions turn what arrives into bytes to check. Reading never raises: a path that cannot
be read gives a :class:`ScanUnreadable` with the sentence to show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMimeData, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.desk import file_checks

#: Larger files are refused unread: no scan of an ID document is anywhere near this.
MAX_READ_BYTES: Final = 64 * 1024 * 1024
_FILE_FILTER: Final = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif);;All files (*)"


class ScanUnreadable(Exception):
    """The file cannot be used; ``reason`` is the translated sentence for the dialog."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def local_path_from_text(text: str) -> Path | None:
    """A path typed or pasted in any of the shapes file managers produce.

    Windows "Copy as path" wraps it in quotes; Linux and macOS file managers paste
    ``file://`` URLs.
    """
    cleaned = text.strip().strip('"').strip("'").strip()
    if not cleaned:
        return None
    if cleaned.startswith("file:"):
        cleaned = QUrl(cleaned).toLocalFile()
        if not cleaned:
            return None
    return Path(cleaned).expanduser()


def read_scan_file(path: Path) -> bytes:
    """The bytes at ``path``; raises :class:`ScanUnreadable` saying why not."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
        if size > MAX_READ_BYTES:
            raise ScanUnreadable(
                QCoreApplication.translate(
                    "AttachFileDialog", "This file is %1, far too large for a scan."
                ).replace("%1", file_checks.human_size(size))
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ScanUnreadable(
            QCoreApplication.translate("AttachFileDialog", "There is no file at this path.")
        ) from None
    except IsADirectoryError:
        raise ScanUnreadable(
            QCoreApplication.translate("AttachFileDialog", "This is a folder, not a file.")
        ) from None
    except OSError as error:
        raise ScanUnreadable(
            QCoreApplication.translate(
                "AttachFileDialog", "The file could not be read: %1"
            ).replace("%1", error.strerror or "")
        ) from None


def scan_in_mime(mime: QMimeData) -> QImage | Path | None:
    """An image (scanner apps copy one), a copied file, or a copied path, in that order."""
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return image
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    if mime.hasText():
        return local_path_from_text(mime.text())
    return None


def offers_scan(mime: QMimeData) -> bool:
    """Whether a drag carries something a drop could attach."""
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


def encode_png(image: QImage) -> bytes:
    """PNG bytes of ``image``: lossless, so a pasted scan keeps every detail."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class ScanSourceRow(QWidget):
    """The path field, Browse and Paste; says which file or image was chosen, loads nothing.

    ``pathChosen(Path)`` and ``imageChosen(QImage)`` fire for a choice the dialog should
    load; :meth:`show_path` and :meth:`show_pasted` tell the row what the dialog loaded, so
    the same path typed again is not read twice.
    """

    pathChosen = Signal(object)
    imageChosen = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded_path: Path | None = None
        self.filePathEdit = QLineEdit()
        self.filePathEdit.setObjectName("filePathEdit")
        self.filePathEdit.setPlaceholderText(
            QCoreApplication.translate("AttachFileDialog", "Type or paste the path of the file")
        )
        self.filePathEdit.setClearButtonEnabled(True)
        self.filePathEdit.setAcceptDrops(False)  # the whole dialog is the drop target
        self.filePathEdit.editingFinished.connect(self._path_entered)
        self.filePathEdit.textEdited.connect(self._path_edited)
        self.browseButton = QPushButton(QCoreApplication.translate("AttachFileDialog", "Browse…"))
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self._browse)
        self.pasteButton = QPushButton(QCoreApplication.translate("AttachFileDialog", "Paste scan"))
        self.pasteButton.setObjectName("pasteButton")
        self.pasteButton.setToolTip(
            QCoreApplication.translate(
                "AttachFileDialog", "Use the image or file copied to the clipboard"
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.filePathEdit, 1)
        row.addWidget(self.browseButton)
        row.addWidget(self.pasteButton)

    def show_path(self, path: Path) -> None:
        self.loaded_path = path
        if self.filePathEdit.text() != str(path):
            self.filePathEdit.setText(str(path))

    def show_pasted(self) -> None:
        self.loaded_path = None
        self.filePathEdit.clear()
        self.filePathEdit.setPlaceholderText(
            QCoreApplication.translate("AttachFileDialog", "Image pasted from the clipboard")
        )

    def take_mime(self, mime: QMimeData) -> bool:
        """Choose what ``mime`` (a drop or the clipboard) holds; ``False`` when nothing."""
        found = scan_in_mime(mime)
        if isinstance(found, QImage):
            self.imageChosen.emit(found)
        elif found is not None:
            self.pathChosen.emit(found)
        return found is not None

    def take_clipboard(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and self.take_mime(mime)

    @Slot()
    def _browse(self) -> None:
        start = str(self.loaded_path.parent) if self.loaded_path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self.window(),
            QCoreApplication.translate("AttachFileDialog", "Choose the scanned file"),
            start,
            QCoreApplication.translate("AttachFileDialog", _FILE_FILTER),
        )
        if path:
            self.filePathEdit.setText(path)
            self.pathChosen.emit(Path(path))

    @Slot()
    def _path_entered(self) -> None:
        path = local_path_from_text(self.filePathEdit.text())
        if path is not None and path != self.loaded_path:
            self.pathChosen.emit(path)

    @Slot(str)
    def _path_edited(self, text: str) -> None:
        # A paste puts a whole path in at once; typing adds one character at a time.
        path = local_path_from_text(text)
        if path is not None and path != self.loaded_path and path.is_file():
            self.pathChosen.emit(path)
