"""``GuestExportDialog``: answer a guest's data access request from the profile.

"Export guest data…" writes two files into a folder the receptionist picks: a JSON file
(machine-readable, Mews's own field names) and a printable PDF in the desk's language.
The reads run on a worker, and so does the writing once the answers are in: laying out a
long PDF would otherwise freeze the window. Document numbers stay masked unless the
receptionist ticks the box and confirms, because a full passport number in a mailed file
is what identity thieves look for.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk.guest_export import GuestData, collect_guest_data
from desktop.ui.api_calls import ApiCalls, error_text
from desktop.ui.attached_files import attached_files
from desktop.ui.guest_export_files import ExportRequest, write_export
from desktop.ui.plain_text import heading_label, plain_label, plain_message_box

log = logging.getLogger(__name__)
# Reading from Mews, writing the files, done.
_STEPS = 3


def _default_folder() -> Path:
    """The user's documents folder, or home where there is none yet (a fresh account):
    offering a folder that does not exist made the first export fail."""
    documents = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return documents if documents.is_dir() else Path.home()


class GuestExportDialog(QDialog):
    """Export one customer's data; ``written`` holds the JSON and PDF paths afterwards."""

    def __init__(
        self,
        calls: ApiCalls,
        customer_id: str,
        customer_name: str,
        *,
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guestExportDialog")
        self.setWindowTitle(self.tr("Export guest data"))
        self._calls = calls
        self._customer_id = customer_id
        self.written: tuple[Path, Path] | None = None
        self._busy = False
        self._folder = Path()

        heading = heading_label(
            self.tr("Export the data held about %1").replace("%1", customer_name), "exportHeading"
        )
        intro = plain_label(
            self.tr(
                "For a guest's request to see their data: writes a JSON file and a printable "
                "PDF with the profile, its address, identity documents, open items and the "
                "files attached in this session."
            )
        )
        intro.setWordWrap(True)

        default = folder or _default_folder()
        self.folderEdit = QLineEdit(str(default))
        self.folderEdit.setObjectName("exportFolderEdit")
        self.browseButton = QPushButton(self.tr("&Browse…"))
        self.browseButton.setObjectName("exportBrowseButton")
        self.browseButton.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folderEdit, 1)
        folder_row.addWidget(self.browseButton)
        folder_label = QLabel(self.tr("Save &in:"))
        folder_label.setBuddy(self.folderEdit)
        form = QFormLayout()
        form.addRow(folder_label, folder_row)

        self.fullNumbersCheck = QCheckBox(self.tr("Include &full identity document numbers"))
        self.fullNumbersCheck.setObjectName("fullNumbersCheck")
        self.fullNumbersCheck.toggled.connect(self._full_numbers_toggled)

        self.statusLabel = plain_label()
        self.statusLabel.setObjectName("exportStatusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for "Written:" and both paths, so the dialog does not jump when they appear.
        self.statusLabel.setMinimumHeight(self.statusLabel.fontMetrics().lineSpacing() * 3)

        # Reading, writing, written: the window stays usable (and closable) all along.
        self.progressBar = QProgressBar()
        self.progressBar.setObjectName("exportProgress")
        self.progressBar.setRange(0, _STEPS)
        self.progressBar.setTextVisible(False)
        self.progressBar.hide()

        self.closeButton = QPushButton(self.tr("&Close"))
        self.closeButton.setObjectName("exportCloseButton")
        self.closeButton.clicked.connect(self.reject)
        self.exportButton = QPushButton(self.tr("&Export"))
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setDefault(True)
        self.exportButton.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        buttons.addWidget(self.exportButton)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.fullNumbersCheck)
        layout.addWidget(self.progressBar)
        layout.addWidget(self.statusLabel)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    @property
    def full_numbers(self) -> bool:
        return self.fullNumbersCheck.isChecked()

    @Slot()
    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the export"), self.folderEdit.text()
        )
        if chosen:
            self.folderEdit.setText(chosen)

    @Slot(bool)
    def _full_numbers_toggled(self, checked: bool) -> None:
        if checked and not self._confirm_full_numbers():
            self.fullNumbersCheck.blockSignals(True)
            self.fullNumbersCheck.setChecked(False)
            self.fullNumbersCheck.blockSignals(False)

    def _confirm_full_numbers(self) -> bool:
        box = plain_message_box(
            self,
            "fullNumbersConfirmation",
            QMessageBox.Icon.Warning,
            self.tr("Full document numbers"),
        )
        box.setText(self.tr("Write the full identity document numbers into the export?"))
        box.setInformativeText(
            self.tr(
                "Only when you have checked that the request comes from the guest. Anyone "
                "who gets the files can then read the guest's passport and ID numbers."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.StandardButton(box.exec())
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def export(self) -> None:
        if self._busy:
            return
        folder = Path(self.folderEdit.text().strip()).expanduser()
        if not folder.is_dir():
            self._end_failed(self.tr("There is no folder at this path."))
            return
        self._set_busy(True)
        self.written = None
        self._show_step(1, self.tr("Reading the guest's data from Mews…"))
        customer_id = self._customer_id
        request = self._calls.read(
            lambda client: collect_guest_data(client, customer_id), owner=self, label="export"
        )
        # Bound slots, not a lambda holding the dialog: the request (a child of the dialog)
        # must not keep the dialog alive, or freeing it could delete the dialog mid-delete.
        self._folder = folder
        request.succeeded.connect(self._write)
        request.failed.connect(self._failed)

    @Slot(object)
    def _write(self, data: GuestData) -> None:
        """Settle what the files need here, then lay out and write them on a worker."""
        request = ExportRequest(
            data=data,
            files=tuple(attached_files().for_customer(self._customer_id)),
            folder=self._folder,
            full_numbers=self.full_numbers,
            language=QLocale().bcp47Name(),
            title=self.tr("Guest data export"),
            exported_at=dt.datetime.now().astimezone(),
        )
        self._show_step(2, self.tr("Writing the files…"))
        writing = self._calls.run_local(
            lambda: write_export(request), owner=self, label="export-write"
        )
        writing.succeeded.connect(self._written)
        writing.failed.connect(self._write_failed)

    @Slot(object)
    def _written(self, paths: tuple[Path, Path]) -> None:
        json_path, pdf_path = paths
        self.written = (json_path, pdf_path)
        self._set_busy(False)
        self._show_step(
            _STEPS,
            self.tr("Written:\n%1\n%2").replace("%1", str(json_path)).replace("%2", str(pdf_path)),
        )
        self.closeButton.setFocus()

    @Slot(object)
    def _write_failed(self, error: object) -> None:
        log.error("Writing the guest export failed: %s", type(error).__name__)
        reason = (error.strerror or str(error)) if isinstance(error, OSError) else error_text(error)
        self._end_failed(self.tr("The files could not be written: %1").replace("%1", reason))

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._end_failed(
            self.tr("The guest's data could not be read: %1").replace("%1", error_text(error))
        )

    def _end_failed(self, text: str) -> None:
        """Say what failed and give every choice back, as it was, for another try."""
        self._set_busy(False)
        self.progressBar.hide()
        self._show_status(text)

    def _show_step(self, step: int, text: str) -> None:
        self.progressBar.setValue(step)
        self.progressBar.show()
        self._show_status(text)

    def _show_status(self, text: str) -> None:
        self.statusLabel.setText(text)
        self.adjustSize()  # a long path or server message wraps onto more lines

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.exportButton,
            self.browseButton,
            self.folderEdit,
            self.fullNumbersCheck,
        ):
            widget.setEnabled(not busy)


def open_guest_export(
    calls: ApiCalls, customer_id: str, customer_name: str, *, parent: QWidget
) -> GuestExportDialog:
    """Open the export dialog window-modal; it deletes itself when closed."""
    dialog = GuestExportDialog(calls, customer_id, customer_name, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
