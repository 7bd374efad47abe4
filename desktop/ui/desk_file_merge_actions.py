"""The desk's "Attach file", "Merge selected" and "Find duplicates" actions.

Kept out of the main window so the window only has to create this object and put its
actions in a menu. The actions work on what the customer table shows: the selected
rows for attaching and merging, every loaded row for finding duplicates. After a merge
the sources leave the table (they no longer exist in Mews) and the target opens, so the
receptionist sees at once the profile that remains.

Building the merge dialog (its module, some twenty widgets, their polish) takes longer
than a frame, so once the desk is connected it is built in idle turns of a few
milliseconds each, and the one dialog is reused for every merge: opening it only fills it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel

if TYPE_CHECKING:
    from desktop.ui.merge_dialog import MergeDialog
    from desktop.ui.session import Session

#: Between two idle steps of building the merge dialog: room for the frames in between.
PREPARE_STEP_MS = 20
#: While a call is running (a search's pages arrive) the next step waits this long.
PREPARE_BUSY_MS = 100


class _Desk(Protocol):
    """What the actions need from the main window."""

    session: Session
    table: CustomerTable
    model: CustomerTableModel

    def open_customer(self, customer_id: str) -> None: ...


class FileAndMergeActions(QObject):
    """``attachFileAction``, ``mergeAction`` and ``findDuplicatesAction`` for ``desk``."""

    def __init__(self, desk: QWidget) -> None:
        super().__init__(desk)
        self._desk: _Desk = desk  # type: ignore[assignment]
        self._window = desk
        self.attach_file_action = QAction(self.tr("&Attach file…"), desk)
        self.attach_file_action.setObjectName("attachFileAction")
        self.attach_file_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.attach_file_action.setToolTip(self.tr("Attach a scanned ID or document to the guest"))
        self.attach_file_action.triggered.connect(self.attach_file)
        self.merge_action = QAction(self.tr("&Merge selected…"), desk)
        self.merge_action.setObjectName("mergeAction")
        self.merge_action.setToolTip(
            self.tr("Merge two or more selected duplicate profiles into one")
        )
        self.merge_action.triggered.connect(self.merge_selected)
        self.find_duplicates_action = QAction(self.tr("Find &duplicates…"), desk)
        self.find_duplicates_action.setObjectName("findDuplicatesAction")
        self.find_duplicates_action.triggered.connect(self.find_duplicates)
        for action in self.actions():
            desk.addAction(action)
        table = self._desk.table
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._desk.model.modelReset.connect(self.update_enabled)
        self._desk.model.rowsInserted.connect(self.update_enabled)
        self.update_enabled()
        self._merge_dialog: MergeDialog | None = None
        self._preparing: Iterator[Callable[[], object]] | None = None

    def actions(self) -> list[QAction]:
        return [self.attach_file_action, self.merge_action, self.find_duplicates_action]

    # -- what is selected ------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        return self._desk.table.selected_customer_ids()

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.update_enabled()

    @Slot()
    def update_enabled(self) -> None:
        count = len(self._desk.table.selectionModel().selectedRows())
        self.attach_file_action.setEnabled(count == 1)
        self.merge_action.setEnabled(count >= 2)
        self.find_duplicates_action.setEnabled(self._desk.model.rowCount() >= 2)

    # -- the actions -----------------------------------------------------------------------

    @Slot()
    def attach_file(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from desktop.ui.attach_file_dialog import AttachFileDialog

        model = self._desk.model
        position = model.position_of(ids[0])
        name = model.row_at(position).name if position is not None else ""
        dialog = AttachFileDialog(self._desk.session, ids[0], name, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        dialog = self._closed_merge_dialog()
        dialog.compare(ids)
        dialog.open()

    @property
    def merge_dialog(self) -> MergeDialog | None:
        """The desk's merge dialog, once idle turns or the first merge have built it."""
        dialog = self._merge_dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _closed_merge_dialog(self) -> MergeDialog:
        dialog = self.merge_dialog
        if dialog is None or dialog.isVisible():
            from desktop.ui.merge_dialog import MergeDialog

            dialog = self._merge_dialog = MergeDialog(self._desk.session, parent=self._window)
            dialog.merged.connect(self.after_merge)
        return dialog

    def prepare_when_idle(self) -> None:
        """Build the merge dialog in idle turns: its module, its widgets, then their polish
        (fonts, the warning's style sheet), each step a few milliseconds with frames
        between, and none while a call's answers are being shown."""
        if self._merge_dialog is not None or self._preparing is not None:
            return
        self._preparing = iter(
            (
                self._import_merge_dialog,
                self._build_merge_dialog,
                self._polish_merge_dialog,
                lambda: self._paint_merge_dialog(table=True),
                lambda: self._paint_merge_dialog(table=False),
            )
        )
        QTimer.singleShot(PREPARE_STEP_MS, self, self._prepare_step)

    def _import_merge_dialog(self) -> None:
        import desktop.ui.merge_dialog  # noqa: F401

    def _build_merge_dialog(self) -> None:
        if self.merge_dialog is None:
            self._closed_merge_dialog()

    def _polish_merge_dialog(self) -> None:
        if (dialog := self.merge_dialog) is not None:
            dialog.ensurePolished()

    def _paint_merge_dialog(self, *, table: bool) -> None:
        """Paint the hidden dialog off screen once, the table or the rest: its first
        paint (fonts, glyphs, the warning's styled box) then costs less when it opens."""
        dialog = self.merge_dialog
        if dialog is None or dialog.isVisible():
            return
        if table:
            dialog.comparisonTable.grab()
            return
        for child in dialog.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not dialog.comparisonTable:
                child.grab()

    @Slot()
    def _prepare_step(self) -> None:
        if self._preparing is None:
            return
        if self._desk.session.runner.busy:
            QTimer.singleShot(PREPARE_BUSY_MS, self, self._prepare_step)
            return
        step = next(self._preparing, None)
        if step is None:
            self._preparing = None
            return
        step()
        QTimer.singleShot(PREPARE_STEP_MS, self, self._prepare_step)

    @Slot()
    def find_duplicates(self) -> None:
        from desktop.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(
            self._desk.session, list(self._desk.model.rows), parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.after_merge)
        dialog.open()

    @Slot(str, list)
    def after_merge(self, target_id: str, source_ids: list[str]) -> None:
        """Drop the merged-away rows and show the profile that remains."""
        gone = set(source_ids)
        model = self._desk.model
        kept = [row for row in model.rows if row.id not in gone]
        model.set_rows(kept, more_available=model.more_available)
        self._desk.open_customer(target_id)
