"""Keeps the table's selection and the profile pane in agreement.

A receptionist with a queue must never edit a guest other than the one selected, so:

- one row selected opens that guest; unsaved edits of the open profile are asked about
  first, and Cancel puts the old selection back with the edits untouched;
- several rows selected show how many, with Merge offered, and no editable profile;
- a profile opened some other way (recent menu, after a save or merge) selects its row,
  or clears the selection when the guest is not among the results;
- a selection emptied by a new search or the local filter leaves the profile open, and
  the open guest's row is selected again once a search's answers show it.

Walking the results with the arrow keys opens each guest in turn, but the profile is
fetched only once the selection rests for a moment: holding the key down must not spend
the property's shared rate limit. Meanwhile the previous profile stays in view, disabled,
so nothing can be typed into a guest who is no longer selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, QTimer, Slot

from desktop.ui.customer_table import CustomerTable
from desktop.ui.profile_pane import ProfilePane

if TYPE_CHECKING:
    from desktop.ui.profile_editor import ProfileEditor

#: How long the selection rests on a guest before the profile is fetched.
OPEN_PAUSE_MS = 250

_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class SelectionSync(QObject):
    """Applies the rules above; ``open_customer(id)`` is the window's way to open a guest."""

    def __init__(
        self,
        table: CustomerTable,
        pane: ProfilePane,
        open_customer: Callable[[str], None],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._pane = pane
        self._editor: ProfileEditor | None = None  # the desk builds it on first use
        self._open_customer = open_customer
        self._quiet = False
        self._accepted = QItemSelection()
        self._waiting: str | None = None
        self._pause = QTimer(self, singleShot=True, interval=OPEN_PAUSE_MS)
        self._pause.timeout.connect(self._open_waiting)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # The local filter swaps rows in a layout change and a new search resets the rows:
        # either drops rows from the selection without a selectionChanged.
        table.proxy.layoutChanged.connect(self._rows_moved)
        table.proxy.modelReset.connect(self._rows_moved)

    def attach_editor(self, editor: ProfileEditor) -> None:
        """The profile editor, once the desk has built it; until then nothing is open."""
        self._editor = editor
        editor.customerLoaded.connect(self._customer_loaded)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._apply()

    @Slot()
    def _rows_moved(self) -> None:
        self._apply()

    def _apply(self) -> None:
        if self._quiet:
            return
        wanted = QItemSelection(self._table.selectionModel().selection())
        ids = self._table.selected_customer_ids()
        if not ids:
            self._accepted = wanted
            self.stop_waiting()
            if self._pane.showing_summary:
                self._show_editor_or_collapse()
            return
        if len(ids) == 1 and self._showing(ids[0]):
            self._accepted = wanted
            self.stop_waiting()
            return
        # After Save the save runs first; the selection comes back once it succeeded.
        editor = self._editor
        if editor is not None and not editor.maybe_leave(
            lambda: self._reselect(wanted), run_now=False
        ):
            if self._pane.showing_summary:
                self._select(self._accepted)
            else:
                self.select_customer(editor.customer_id())
            return
        self._accepted = wanted
        self.stop_waiting()
        if len(ids) > 1:
            self._pane.show_summary(len(ids))
        elif editor is not None and self._pane.is_open and self._pane.currentWidget() is editor:
            self._waiting = ids[0]  # walking the results: fetch once the selection rests
            editor.setEnabled(False)
            self._pause.start()
        else:
            self._open_customer(ids[0])

    @Slot()
    def _open_waiting(self) -> None:
        customer_id = self._waiting
        self.stop_waiting()
        if customer_id is not None:
            self._open_customer(customer_id)

    def stop_waiting(self) -> None:
        """Forget a guest waiting to be fetched: the selection moved or a profile opened."""
        self._pause.stop()
        self._waiting = None
        if self._editor is not None:
            self._editor.setEnabled(True)

    def _showing(self, customer_id: str) -> bool:
        editor = self._editor
        return (
            editor is not None
            and self._pane.is_open
            and self._pane.currentWidget() is editor
            and editor.customer_id() == customer_id
        )

    def _show_editor_or_collapse(self) -> None:
        editor = self._editor
        if editor is not None and (editor.customer_id() is not None or editor.is_dirty()):
            self._pane.show_widget(editor)
        else:
            self._pane.collapse()

    def _reselect(self, selection: QItemSelection) -> None:
        self._table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    @Slot(str)
    def _customer_loaded(self, customer_id: str) -> None:
        if not self._pane.showing_summary:
            self.select_customer(customer_id)

    @Slot()
    def mark_open_guest(self) -> None:
        """Select the open guest's row if the new results hold it and nothing else is
        selected; the view stays where it is, and nothing is fetched again."""
        editor = self._editor
        customer_id = editor.customer_id() if editor is not None else None
        if not customer_id or not self._showing(customer_id):
            return
        if self._table.selectionModel().hasSelection():
            return
        index = self._row_of(customer_id)
        if index is not None:
            self._select(QItemSelection(index, index))

    def _row_of(self, customer_id: str | None) -> QModelIndex | None:
        """``customer_id``'s first cell in the table as shown, if the results show it."""
        table = self._table
        position = table.source_model.position_of(customer_id) if customer_id else None
        if position is None:
            return None
        index = table.proxy.mapFromSource(table.source_model.index(position, 0))
        return index if index.isValid() else None

    def select_customer(self, customer_id: str | None) -> None:
        """Select ``customer_id``'s row without opening anything (none: clear the selection)."""
        self.stop_waiting()
        index = self._row_of(customer_id)
        self._select(QItemSelection() if index is None else QItemSelection(index, index))
        if index is not None:
            table = self._table
            table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            table.scrollTo(index)

    def _select(self, selection: QItemSelection) -> None:
        self._quiet = True
        try:
            self._table.selectionModel().select(selection, _SELECT_ROW)
        finally:
            self._quiet = False
        self._accepted = QItemSelection(self._table.selectionModel().selection())
