"""``AttachFileDialog``: put a scanned passport, ID card or signed form on a profile.

A receptionist gets a scan in whatever way the desk's scanner works: a file saved
somewhere (Browse, or a path typed or pasted into ``filePathEdit``), a file dragged from
the file manager, or an image copied to the clipboard by a scanner app. Whatever the
source, the dialog checks the bytes before anything is sent (``desktop.desk.file_checks``),
shows a preview to catch the wrong page or the wrong guest, and shrinks an image that is
too large instead of letting Mews answer 413 after a long upload.

Shrinking a large scan takes seconds of JPEG encoding, so it runs on the desk's read pool
(``ApiCalls.run_local``) on a copy of the decoded ``QImage`` — QImage may be used off the
GUI thread, QPixmap may not. The result is applied only if the dialog still shows the
same file; a dialog closed meanwhile cancels it.

The upload runs on the desk's write pool; ``add_customer_file`` reports progress from
that thread into a plain-Python :class:`_UploadState` that a GUI timer reads, so no Qt
object is ever touched from the worker. Cancel makes the next progress report raise,
which abandons the request. A failure keeps the dialog, the chosen file and the name for
a retry.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import file_checks
from desktop.desk.file_checks import FileKind, FileRefusedError
from desktop.mews import MewsError, TooLargeError
from desktop.ui import tints
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.attached_files import AttachedFile, attached_files
from desktop.ui.file_preview import Preview, build_preview
from desktop.ui.image_shrink import shrink_to_fit
from desktop.ui.plain_text import plain_label
from desktop.ui.workers import Request

log = logging.getLogger(__name__)

#: Larger files are refused unread: no scan of an ID document is anywhere near this.
MAX_READ_BYTES: Final = 64 * 1024 * 1024
PREVIEW_BOX: Final = QSize(240, 300)
_PROGRESS_INTERVAL_MS: Final = 50
_FILE_FILTER: Final = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.gif);;All files (*)"


class UploadCancelledError(Exception):
    """Raised inside the upload's progress callback to abandon it."""


class _UploadState:
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


class AttachFileDialog(QDialog):
    """Choose, check, preview, name and upload one file for one customer.

    ``fileAttached(file_id, name)`` is emitted after Mews accepted a file; it is also
    recorded in the desk's :func:`~desktop.ui.attached_files.attached_files`.
    ``document`` (for example "Passport") goes into the suggested file name.
    """

    fileAttached = Signal(str, str)

    def __init__(
        self,
        calls: ApiCalls,
        customer_id: str,
        customer_name: str,
        *,
        document: str = "",
        body_limit: int = file_checks.DEFAULT_BODY_LIMIT_BYTES,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachFileDialog")
        self._calls = calls
        self._customer_id = customer_id
        self._customer_name = customer_name
        self._document = document or self.tr("Document")
        self._body_limit = body_limit
        self._today = today or dt.date.today()
        self._data: bytes | None = None
        self._kind: FileKind | None = None
        self._preview = Preview()
        self._loaded_path: Path | None = None
        self._name_touched = False
        self._upload: _UploadState | None = None
        self._shrink_request: Request | None = None
        self._attached_file_id = ""
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(_PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.setWindowTitle(self.tr("Attach a file"))
        self.setAcceptDrops(True)
        self._build()
        self._show_file()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        heading = plain_label(self.tr("Attach a file to %1").replace("%1", self._customer_name))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("attachHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        intro = plain_label(
            self.tr(
                "A scanned passport, ID card or signed form. Choose a file, drop it here, "
                "or paste a scan copied from the scanner app."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.filePathEdit = QLineEdit()
        self.filePathEdit.setObjectName("filePathEdit")
        self.filePathEdit.setPlaceholderText(self.tr("Type or paste the path of the file"))
        self.filePathEdit.setClearButtonEnabled(True)
        self.filePathEdit.setAcceptDrops(False)  # the whole dialog is the drop target
        self.filePathEdit.editingFinished.connect(self._path_entered)
        self.filePathEdit.textEdited.connect(self._path_edited)
        self.browseButton = QPushButton(self.tr("Browse…"))
        self.browseButton.setObjectName("browseButton")
        self.browseButton.clicked.connect(self._browse)
        self.pasteButton = QPushButton(self.tr("Paste scan"))
        self.pasteButton.setObjectName("pasteButton")
        self.pasteButton.setToolTip(self.tr("Use the image or file copied to the clipboard"))
        self.pasteButton.clicked.connect(self.paste_from_clipboard)
        paste_action = QAction(self)
        paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste_action.triggered.connect(self.paste_from_clipboard)
        self.addAction(paste_action)

        source_row = QHBoxLayout()
        source_row.addWidget(self.filePathEdit, 1)
        source_row.addWidget(self.browseButton)
        source_row.addWidget(self.pasteButton)

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
        facts.addWidget(plain_label(self.tr("Type:")), 0, 0)
        facts.addWidget(self.typeValue, 0, 1)
        facts.addWidget(plain_label(self.tr("Size:")), 1, 0)
        facts.addWidget(self.sizeValue, 1, 1)
        facts.addWidget(self.dimensionsCaption, 2, 0)
        facts.addWidget(self.dimensionsValue, 2, 1)

        self.problemLabel = plain_label()
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemLabel.setStyleSheet(tints.text_style(tints.RED))
        self.noteLabel = plain_label()
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.shrinkButton = QPushButton(self.tr("Shrink to fit"))
        self.shrinkButton.setObjectName("shrinkButton")
        self.shrinkButton.setToolTip(
            self.tr("Save the image as a smaller JPEG, reducing the resolution only as needed")
        )
        self.shrinkButton.clicked.connect(self.shrink_image)

        details = QVBoxLayout()
        details.addLayout(facts)
        details.addSpacing(8)
        details.addWidget(self.problemLabel)
        details.addWidget(self.noteLabel)
        details.addWidget(self.shrinkButton, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)

        preview_row = QHBoxLayout()
        preview_row.addWidget(self.previewLabel, 0, Qt.AlignmentFlag.AlignTop)
        preview_row.addSpacing(8)
        preview_row.addLayout(details, 1)

        self.fileNameEdit = QLineEdit()
        self.fileNameEdit.setObjectName("fileNameEdit")
        self.fileNameEdit.setMaxLength(file_checks.MAX_FILE_NAME_LENGTH)
        self.fileNameEdit.textEdited.connect(self._name_edited)
        self.fileNameEdit.textChanged.connect(self._refresh)
        name_form = QFormLayout()
        name_form.addRow(self.tr("Name in Mews:"), self.fileNameEdit)

        self.uploadProgress = QProgressBar()
        self.uploadProgress.setObjectName("uploadProgress")
        self.uploadProgress.setRange(0, 100)
        self.uploadProgress.setFormat(self.tr("Uploading… %p%"))
        self.statusLabel = plain_label()
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closeButton = QPushButton(self.tr("Close"))
        self.closeButton.setObjectName("closeButton")
        self.closeButton.clicked.connect(self.reject)
        self.cancelUploadButton = QPushButton(self.tr("Cancel upload"))
        self.cancelUploadButton.setObjectName("cancelUploadButton")
        self.cancelUploadButton.clicked.connect(self.cancel_upload)
        self.uploadButton = QPushButton(self.tr("Upload"))
        self.uploadButton.setObjectName("uploadButton")
        self.uploadButton.setDefault(True)
        self.uploadButton.clicked.connect(self.start_upload)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        buttons.addWidget(self.cancelUploadButton)
        buttons.addWidget(self.uploadButton)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(source_row)
        layout.addSpacing(6)
        layout.addLayout(preview_row)
        layout.addSpacing(6)
        layout.addLayout(name_form)
        layout.addWidget(self.uploadProgress)
        layout.addWidget(self.statusLabel)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)

    # -- choosing a file ---------------------------------------------------------------

    @Slot()
    def _browse(self) -> None:
        start = str(self._loaded_path.parent) if self._loaded_path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scanned file"), start, self.tr(_FILE_FILTER)
        )
        if path:
            self.filePathEdit.setText(path)
            self.load_path(Path(path))

    @Slot()
    def _path_entered(self) -> None:
        path = local_path_from_text(self.filePathEdit.text())
        if path is not None and path != self._loaded_path:
            self.load_path(path)

    @Slot(str)
    def _path_edited(self, text: str) -> None:
        # A paste puts a whole path in at once; typing adds one character at a time.
        path = local_path_from_text(text)
        if path is not None and path != self._loaded_path and path.is_file():
            self.load_path(path)

    def load_path(self, path: Path) -> None:
        """Read and check the file at ``path``; problems are shown, never raised."""
        self._loaded_path = path
        self._set_path_text(str(path))
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise IsADirectoryError(str(path))
            if size > MAX_READ_BYTES:
                self._reject_file(
                    self.tr("This file is %1, far too large for a scan.").replace(
                        "%1", file_checks.human_size(size)
                    )
                )
                return
            data = path.read_bytes()
        except FileNotFoundError:
            self._reject_file(self.tr("There is no file at this path."))
            return
        except IsADirectoryError:
            self._reject_file(self.tr("This is a folder, not a file."))
            return
        except OSError as error:
            self._reject_file(
                self.tr("The file could not be read: %1").replace("%1", error.strerror or "")
            )
            return
        self.load_data(data)

    def load_image(self, image: QImage) -> None:
        """Take an image handed over directly (the clipboard): PNG keeps every detail."""
        self._loaded_path = None
        self._set_path_text("")
        self.filePathEdit.setPlaceholderText(self.tr("Image pasted from the clipboard"))
        self.load_data(encode_png(image))

    def load_data(self, data: bytes) -> None:
        """Check ``data`` by content and show what it is, or why it cannot be sent."""
        self._cancel_shrink()  # a shrink of the previous file must not replace this one
        self._clear_result()
        try:
            kind = file_checks.detect_kind(data)
        except FileRefusedError as refused:
            self._reject_file(
                QCoreApplication.translate("FileCheck", refused.reason)
                + "\n"
                + QCoreApplication.translate("FileCheck", file_checks.ACCEPTED_SUMMARY)
            )
            return
        preview = build_preview(data, kind, PREVIEW_BOX)
        if preview.problem is not None:
            self._reject_file(QCoreApplication.translate("FilePreview", preview.problem))
            return
        self._accept_file(data, kind, preview)

    @Slot()
    def paste_from_clipboard(self) -> None:
        """An image (scanner apps copy one), a copied file, or a copied path, in that order."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        if not self._take_mime(mime):
            self.noteLabel.setText(self.tr("The clipboard holds no image or file."))

    def _take_mime(self, mime: QMimeData) -> bool:
        if self._upload is not None:
            return False
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.load_image(image)
                return True
        for url in mime.urls() if mime.hasUrls() else ():
            if url.isLocalFile():
                self.load_path(Path(url.toLocalFile()))
                return True
        if mime.hasText():
            path = local_path_from_text(mime.text())
            if path is not None:
                self.load_path(path)
                return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        wanted = mime.hasImage() or any(url.isLocalFile() for url in mime.urls())
        if wanted and self._upload is None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._take_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- the chosen file -------------------------------------------------------------

    def _accept_file(self, data: bytes, kind: FileKind, preview: Preview) -> None:
        self._data, self._kind, self._preview = data, kind, preview
        if not self._name_touched or not self.fileNameEdit.text().strip():
            self._name_touched = False
            self.fileNameEdit.setText(
                file_checks.suggested_file_name(
                    self._customer_name, self._document, kind, on=self._today
                )
            )
        else:
            self.fileNameEdit.setText(
                file_checks.with_extension(self.fileNameEdit.text().strip(), kind)
            )
        self._show_file()

    def _reject_file(self, reason: str) -> None:
        self._data, self._kind, self._preview = None, None, Preview()
        self._show_file()
        self.problemLabel.setText(reason)
        self.previewLabel.setText(self.tr("Cannot be attached"))
        self._refresh()

    def _show_file(self) -> None:
        self.problemLabel.clear()
        self.noteLabel.clear()
        data, kind, preview = self._data, self._kind, self._preview
        if preview.thumbnail is not None:
            self.previewLabel.setPixmap(QPixmap.fromImage(preview.thumbnail))
        else:
            self.previewLabel.clear()
            self.previewLabel.setText(
                self.tr("No file chosen yet.\n\nDrop a file here.")
                if data is None
                else self.tr("No preview")
            )
        self.typeValue.setText(QCoreApplication.translate("FileKind", kind.label) if kind else "—")
        self.sizeValue.setText(file_checks.human_size(len(data)) if data is not None else "—")
        if data is not None:
            self.sizeValue.setText(
                self.tr("%1 (up to %2 can be sent)")
                .replace("%1", file_checks.human_size(len(data)))
                .replace("%2", file_checks.human_size(self._max_bytes()))
            )
        if preview.page_count is not None:
            self.dimensionsCaption.setText(self.tr("Pages:"))
            self.dimensionsValue.setText(str(preview.page_count))
        elif preview.pixel_size is not None:
            self.dimensionsCaption.setText(self.tr("Pixels:"))
            size = preview.pixel_size
            self.dimensionsValue.setText(f"{size.width()} \N{MULTIPLICATION SIGN} {size.height()}")
        else:
            self.dimensionsCaption.setText("")
            self.dimensionsValue.setText("")
        if data is not None and not self._fits(len(data)):
            self.problemLabel.setText(self._too_large_text(len(data)))
        self._refresh()

    def _fits(self, size: int) -> bool:
        return file_checks.fits_budget(
            size, file_name=self.fileNameEdit.text(), body_limit=self._body_limit
        )

    def _max_bytes(self) -> int:
        return file_checks.max_file_bytes(self._body_limit, file_name=self.fileNameEdit.text())

    def _too_large_text(self, size: int) -> str:
        text = (
            self.tr("Too large to send: %1, and at most %2 can be uploaded.")
            .replace("%1", file_checks.human_size(size))
            .replace("%2", file_checks.human_size(self._max_bytes()))
        )
        if self._kind is not None and self._kind.is_image:
            return text + " " + self.tr("Shrink it to fit, or scan it at a lower resolution.")
        return text + " " + self.tr("Scan it again at a lower resolution or in black and white.")

    @property
    def shrinking(self) -> bool:
        return self._shrink_request is not None

    @Slot()
    def shrink_image(self) -> None:
        """Recompress (and if need be downscale) the image on a worker until it fits."""
        image = self._preview.image
        if self.shrinking or image is None or self._data is None or self._fits(len(self._data)):
            return
        source, source_kind = self._data, self._kind
        copied, max_bytes = image.copy(), self._max_bytes()  # the worker owns its own copy
        self.problemLabel.clear()
        self.noteLabel.setText(self.tr("Shrinking the image…"))
        request = self._calls.run_local(
            lambda: shrink_to_fit(copied, max_bytes), owner=self, label="shrink"
        )
        self._shrink_request = request
        request.succeeded.connect(lambda shrunk: self._shrunk(request, source, source_kind, shrunk))
        request.failed.connect(lambda error: self._shrink_failed(request, error))
        self._refresh()

    def _shrunk(
        self, request: Request, source: bytes, before_kind: FileKind | None, shrunk: bytes | None
    ) -> None:
        if request is not self._shrink_request:
            return
        self._shrink_request = None
        if self._data is not source:  # another file was chosen meanwhile
            self._refresh()
            return
        self.noteLabel.clear()
        before = len(source)
        if shrunk is None:
            self.problemLabel.setText(
                self.tr("Even heavily reduced this image does not fit. Scan it again.")
            )
            self._refresh()
            return
        self.load_data(shrunk)
        if before_kind is not None and self._preview.pixel_size is not None:
            size = self._preview.pixel_size
            self.noteLabel.setText(
                self.tr("Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.")  # noqa: RUF001 (lupdate reads no \\N{} escapes)
                .replace("%1", file_checks.human_size(before))
                .replace("%2", QCoreApplication.translate("FileKind", before_kind.label))
                .replace("%3", file_checks.human_size(len(shrunk)))
                .replace("%4", str(size.width()))
                .replace("%5", str(size.height()))
            )

    def _shrink_failed(self, request: Request, error: object) -> None:
        if request is not self._shrink_request:
            return
        self._shrink_request = None
        log.error("Shrinking the image failed: %s", type(error).__name__)
        self.noteLabel.clear()
        self.problemLabel.setText(
            self.tr("The image could not be shrunk: %1").replace("%1", error_text(error))
        )
        self._refresh()

    def _cancel_shrink(self) -> None:
        request, self._shrink_request = self._shrink_request, None
        if request is not None:
            request.cancel()

    @Slot(str)
    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    def _set_path_text(self, text: str) -> None:
        if self.filePathEdit.text() != text:
            self.filePathEdit.setText(text)

    # -- uploading ---------------------------------------------------------------------

    @property
    def uploading(self) -> bool:
        return self._upload is not None

    @property
    def file_kind(self) -> FileKind | None:
        return self._kind

    @property
    def file_data(self) -> bytes | None:
        return self._data

    def can_upload(self) -> bool:
        return (
            self._data is not None
            and self._kind is not None
            and self._upload is None
            and self._shrink_request is None
            and not self._attached_file_id
            and bool(self.fileNameEdit.text().strip())
            and self._fits(len(self._data))
        )

    @Slot()
    def start_upload(self) -> None:
        if not self.can_upload():
            return
        assert self._data is not None and self._kind is not None
        state = _UploadState()
        self._upload = state
        customer_id, data, mime_type = self._customer_id, self._data, self._kind.mime_type
        name = file_checks.clean_file_name(self.fileNameEdit.text()) or self.fileNameEdit.text()

        def upload(client: Any) -> tuple[str, str]:
            result = client.add_customer_file(
                customer_id, name=name, type=mime_type, data=data, progress=state.report
            )
            return str(result.file_id), name

        self.statusLabel.setText(self.tr("Uploading to Mews…"))
        self.uploadProgress.setValue(0)
        request = self._calls.write(upload, owner=self, label="customers/addFile")
        request.succeeded.connect(self._uploaded)
        request.failed.connect(self._upload_failed)
        self._progress_timer.start()
        self._refresh()

    @Slot()
    def cancel_upload(self) -> None:
        state = self._upload
        if state is None:
            return
        state.cancelled = True
        if state.body_sent:
            self.statusLabel.setText(
                self.tr("Too late to cancel: Mews already has the whole file. Waiting for it…")
            )
        else:
            self.statusLabel.setText(self.tr("Cancelling…"))
        self.cancelUploadButton.setEnabled(False)

    @Slot()
    def _show_progress(self) -> None:
        state = self._upload
        if state is not None and state.total:
            self.uploadProgress.setValue(min(100, state.sent * 100 // state.total))

    @Slot(object)
    def _uploaded(self, result: tuple[str, str]) -> None:
        file_id, name = result
        self._finish_upload()
        self._attached_file_id = file_id
        self.uploadProgress.setValue(100)
        self.statusLabel.setText(
            self.tr("Attached “%1” to the profile. File id: %2")
            .replace("%1", name)
            .replace("%2", file_id)
        )
        assert self._data is not None and self._kind is not None
        attached_files().add(
            AttachedFile(
                customer_id=self._customer_id,
                file_id=file_id,
                name=name,
                mime_type=self._kind.mime_type,
                size=len(self._data),
                attached_at=dt.datetime.now().astimezone(),
            )
        )
        self.fileAttached.emit(file_id, name)
        self._refresh()
        self.closeButton.setDefault(True)
        self.closeButton.setFocus()

    @Slot(object)
    def _upload_failed(self, error: object) -> None:
        self._finish_upload()
        self.uploadProgress.setValue(0)
        if isinstance(error, UploadCancelledError):
            self.statusLabel.setText(self.tr("Upload cancelled. Nothing was attached."))
        elif isinstance(error, TooLargeError):
            self.statusLabel.setText(
                self.tr("Mews refused the file as too large. %1").replace("%1", error_text(error))
            )
            if self._kind is not None and self._kind.is_image and self._data is not None:
                # Mews's real limit is below the planned budget: plan with what it took.
                self._body_limit = min(self._body_limit, file_checks.encoded_size(len(self._data)))
                self._show_file()
        elif isinstance(error, MewsError):
            self.statusLabel.setText(
                self.tr("The upload failed: %1 Try again.").replace("%1", error_text(error))
            )
        else:
            log.error("Upload failed unexpectedly: %s", type(error).__name__)
            self.statusLabel.setText(
                self.tr("The upload failed: %1 Try again.").replace("%1", error_text(error))
            )
        self.uploadButton.setText(self.tr("Retry upload"))
        self._refresh()

    def _finish_upload(self) -> None:
        self._upload = None
        self._progress_timer.stop()

    def _clear_result(self) -> None:
        self._attached_file_id = ""
        self.statusLabel.clear()
        self.uploadButton.setText(self.tr("Upload"))
        self.uploadProgress.setValue(0)

    # -- state ---------------------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        busy = self._upload is not None
        for widget in (self.filePathEdit, self.browseButton, self.pasteButton, self.fileNameEdit):
            widget.setEnabled(not busy)
        self.uploadButton.setEnabled(self.can_upload())
        self.cancelUploadButton.setVisible(busy)
        self.cancelUploadButton.setEnabled(busy and not (self._upload and self._upload.cancelled))
        self.closeButton.setEnabled(not busy)
        self.uploadProgress.setVisible(busy or bool(self._attached_file_id))
        too_large = self._data is not None and not self._fits(len(self._data))
        self.shrinkButton.setVisible(
            too_large and self._kind is not None and self._kind.is_image and not busy
        )
        self.shrinkButton.setEnabled(self._shrink_request is None)

    def reject(self) -> None:
        # Closing mid-upload would leave the guest's file in an unknown state: cancel first.
        if self._upload is not None:
            self.cancel_upload()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._cancel_shrink()  # a late result must not land in a closed dialog
        super().done(result)


def _value_label(name: str) -> QLabel:
    label = plain_label("—")
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def encode_png(image: QImage) -> bytes:
    """PNG bytes of ``image``: lossless, so a pasted scan keeps every detail."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())
