"""``AttachFileDialog``: put a scanned passport, ID card or signed form on a profile.

A receptionist gets a scan in whatever way the desk's scanner works: a file saved
somewhere, typed, pasted or dragged, or an image a scanner app copied
(:mod:`~desktop.ui.scan_sources`). The dialog checks the bytes before anything is sent
(:func:`~desktop.ui.file_preview.examine`), shows a preview to catch the wrong page or the
wrong guest (:mod:`~desktop.ui.attach_preview_panel`), and shrinks an image that is too
large on a worker (:class:`~desktop.ui.image_shrink.ImageShrinker`) instead of letting Mews
answer 413 after a long upload; a shrink result is applied only if the dialog still shows
the same file. The upload, its progress and cancelling are
:class:`~desktop.ui.file_upload_panel.FileUploadPanel`'s. A failure keeps the dialog, the
chosen file and the name for a retry.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.desk import file_checks
from desktop.desk.file_checks import FileKind
from desktop.mews import TooLargeError
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.attach_preview_panel import PREVIEW_BOX, AttachPreviewPanel, too_large_text
from desktop.ui.file_preview import Preview, examine
from desktop.ui.file_upload_panel import FileUploadPanel
from desktop.ui.image_shrink import ImageShrinker
from desktop.ui.plain_text import heading_label, plain_label
from desktop.ui.scan_sources import (
    ScanSourceRow,
    ScanUnreadable,
    encode_png,
    offers_scan,
    read_scan_file,
)

log = logging.getLogger(__name__)


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
        self._name_touched = False
        self._shrinker = ImageShrinker(calls, self)
        self._shrinker.shrunk.connect(self._shrunk)
        self._shrinker.failed.connect(self._shrink_failed)
        self._attached_file_id = ""
        self.setWindowTitle(self.tr("Attach a file"))
        self.setAcceptDrops(True)
        self._build()
        self._show_file()

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        heading = heading_label(
            self.tr("Attach a file to %1").replace("%1", self._customer_name), "attachHeading"
        )
        intro = plain_label(
            self.tr(
                "A scanned passport, ID card or signed form. Choose a file, drop it here, "
                "or paste a scan copied from the scanner app."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.source = ScanSourceRow(self)
        self.source.pathChosen.connect(self.load_path)
        self.source.imageChosen.connect(self.load_image)
        self.source.pasteButton.clicked.connect(self.paste_from_clipboard)
        self.filePathEdit = self.source.filePathEdit
        self.browseButton = self.source.browseButton
        self.pasteButton = self.source.pasteButton
        paste_action = QAction(self)
        paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste_action.triggered.connect(self.paste_from_clipboard)
        self.addAction(paste_action)

        self.preview = AttachPreviewPanel(self)
        self.preview.shrinkButton.clicked.connect(self.shrink_image)
        # The panel's parts, by the names the dialog has always had.
        self.previewLabel = self.preview.previewLabel
        self.typeValue = self.preview.typeValue
        self.sizeValue = self.preview.sizeValue
        self.dimensionsCaption = self.preview.dimensionsCaption
        self.dimensionsValue = self.preview.dimensionsValue
        self.problemLabel = self.preview.problemLabel
        self.noteLabel = self.preview.noteLabel
        self.shrinkButton = self.preview.shrinkButton

        self.fileNameEdit = QLineEdit()
        self.fileNameEdit.setObjectName("fileNameEdit")
        self.fileNameEdit.setMaxLength(file_checks.MAX_FILE_NAME_LENGTH)
        self.fileNameEdit.textEdited.connect(self._name_edited)
        self.fileNameEdit.textChanged.connect(self._refresh)
        name_form = QFormLayout()
        name_form.addRow(self.tr("Name in Mews:"), self.fileNameEdit)

        self.upload = FileUploadPanel(self._calls, self)
        self.upload.attached.connect(self._uploaded)
        self.upload.failed.connect(self._upload_failed)
        self.uploadProgress = self.upload.uploadProgress
        self.statusLabel = self.upload.statusLabel

        self.closeButton = self.upload.closeButton
        self.closeButton.clicked.connect(self.reject)
        self.cancelUploadButton = self.upload.cancelUploadButton
        self.uploadButton = self.upload.uploadButton
        self.uploadButton.clicked.connect(self.start_upload)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.source)
        layout.addSpacing(6)
        layout.addWidget(self.preview)
        layout.addSpacing(6)
        layout.addLayout(name_form)
        layout.addWidget(self.upload)
        self.setMinimumWidth(640)

    # -- choosing a file ---------------------------------------------------------------

    def load_path(self, path: Path) -> None:
        """Read and check the file at ``path``; problems are shown, never raised."""
        self.source.show_path(path)
        try:
            data = read_scan_file(path)
        except ScanUnreadable as unreadable:
            self._reject_file(unreadable.reason)
            return
        self.load_data(data)

    def load_image(self, image: QImage) -> None:
        """Take an image handed over directly (the clipboard): PNG keeps every detail."""
        self.source.show_pasted()
        self.load_data(encode_png(image))

    def load_data(self, data: bytes) -> None:
        """Check ``data`` by content and show what it is, or why it cannot be sent."""
        self._shrinker.cancel()  # a shrink of the previous file must not replace this one
        self._clear_result()
        examined = examine(data, PREVIEW_BOX)
        if isinstance(examined, str):
            self._reject_file(examined)
        else:
            self._accept_file(data, *examined)

    @Slot()
    def paste_from_clipboard(self) -> None:
        """An image (scanner apps copy one), a copied file, or a copied path, in that order."""
        if QGuiApplication.clipboard().mimeData() is None:
            return
        if self.upload.busy or not self.source.take_clipboard():
            self.noteLabel.setText(self.tr("The clipboard holds no image or file."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if offers_scan(event.mimeData()) and not self.upload.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.upload.busy and self.source.take_mime(event.mimeData()):
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
        self.preview.show_refused(reason)
        self._refresh()

    def _show_file(self) -> None:
        data = self._data
        self.preview.show_file(data, self._kind, self._preview, max_bytes=self._max_bytes())
        if data is not None and not self._fits(len(data)):
            self.problemLabel.setText(too_large_text(len(data), self._max_bytes(), self._kind))
        self._refresh()

    def _fits(self, size: int) -> bool:
        return file_checks.fits_budget(
            size, file_name=self.fileNameEdit.text(), body_limit=self._body_limit
        )

    def _max_bytes(self) -> int:
        return file_checks.max_file_bytes(self._body_limit, file_name=self.fileNameEdit.text())

    @property
    def shrinking(self) -> bool:
        return self._shrinker.busy

    @Slot()
    def shrink_image(self) -> None:
        """Recompress (and if need be downscale) the image on a worker until it fits."""
        image = self._preview.image
        if self.shrinking or image is None or self._data is None or self._fits(len(self._data)):
            return
        self.problemLabel.clear()
        self.noteLabel.setText(self.tr("Shrinking the image…"))
        self._shrinker.start(image, self._data, self._max_bytes())
        self._refresh()

    @Slot(object, object)
    def _shrunk(self, source: bytes, shrunk: bytes | None) -> None:
        if self._data is not source:  # another file was chosen meanwhile
            self._refresh()
            return
        self.noteLabel.clear()
        if shrunk is None:
            self.problemLabel.setText(
                self.tr("Even heavily reduced this image does not fit. Scan it again.")
            )
            self._refresh()
            return
        before_kind = self._kind
        self.load_data(shrunk)
        if before_kind is not None and self._preview.pixel_size is not None:
            size = self._preview.pixel_size
            self.noteLabel.setText(
                self.tr("Shrunk from %1 (%2) to %3 JPEG, %4 × %5 pixels.")  # noqa: RUF001 (lupdate reads no \\N{} escapes)
                .replace("%1", file_checks.human_size(len(source)))
                .replace("%2", QCoreApplication.translate("FileKind", before_kind.label))
                .replace("%3", file_checks.human_size(len(shrunk)))
                .replace("%4", str(size.width()))
                .replace("%5", str(size.height()))
            )

    @Slot(object)
    def _shrink_failed(self, error: object) -> None:
        log.error("Shrinking the image failed: %s", type(error).__name__)
        self.noteLabel.clear()
        self.problemLabel.setText(
            self.tr("The image could not be shrunk: %1").replace("%1", error_text(error))
        )
        self._refresh()

    @Slot(str)
    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    # -- uploading ---------------------------------------------------------------------

    @property
    def uploading(self) -> bool:
        return self.upload.busy

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
            and not self.upload.busy
            and not self._shrinker.busy
            and not self._attached_file_id
            and bool(self.fileNameEdit.text().strip())
            and self._fits(len(self._data))
        )

    @Slot()
    def start_upload(self) -> None:
        if not self.can_upload():
            return
        assert self._data is not None and self._kind is not None
        name = file_checks.clean_file_name(self.fileNameEdit.text()) or self.fileNameEdit.text()
        self.upload.start(self._customer_id, name, self._data, self._kind.mime_type)
        self._refresh()

    @Slot()
    def cancel_upload(self) -> None:
        self.upload.cancel()

    @Slot(str, str)
    def _uploaded(self, file_id: str, name: str) -> None:
        self._attached_file_id = file_id
        self.fileAttached.emit(file_id, name)
        self._refresh()

    @Slot(object)
    def _upload_failed(self, error: object) -> None:
        image = self._kind is not None and self._kind.is_image and self._data is not None
        if isinstance(error, TooLargeError) and image and self._data is not None:
            # Mews's real limit is below the planned budget: plan with what it took.
            self._body_limit = min(self._body_limit, file_checks.encoded_size(len(self._data)))
            self._show_file()
        self._refresh()

    def _clear_result(self) -> None:
        self._attached_file_id = ""
        self.upload.clear()

    # -- state ---------------------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        busy = self.upload.busy
        for widget in (self.filePathEdit, self.browseButton, self.pasteButton, self.fileNameEdit):
            widget.setEnabled(not busy)
        self.uploadButton.setEnabled(self.can_upload())
        self.cancelUploadButton.setVisible(busy)
        self.cancelUploadButton.setEnabled(busy and not self.upload.cancelled)
        self.closeButton.setEnabled(not busy)
        self.uploadProgress.setVisible(busy or bool(self._attached_file_id))
        too_large = self._data is not None and not self._fits(len(self._data))
        self.shrinkButton.setVisible(
            too_large and self._kind is not None and self._kind.is_image and not busy
        )
        self.shrinkButton.setEnabled(not self._shrinker.busy)

    def reject(self) -> None:
        # Closing mid-upload would leave the guest's file in an unknown state: cancel first.
        if self.upload.busy:
            self.cancel_upload()
            return
        super().reject()

    def done(self, result: int) -> None:
        self._shrinker.cancel()  # a late result must not land in a closed dialog
        super().done(result)
