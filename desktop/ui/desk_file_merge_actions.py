"""The desk's "Attach file", "Merge selected" and "Find duplicates" actions.

Kept out of the main window so the window only has to create this object and put its
actions in a menu. The actions work on what the customer table shows: the selected
rows for attaching and merging, every loaded row for finding duplicates. After a merge
the sources leave the table (they no longer exist in Mews) and the target opens, so the
receptionist sees at once the profile that remains.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QItemSelection, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.api_calls import ApiCalls
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel


class _Desk(Protocol):
    """What the actions need from the main window."""

    session: ApiCalls
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
        from desktop.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self._desk.session, ids, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.after_merge)
        dialog.open()

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
