"""The desk: one search box, the results, and the open profile beside them.

Seams for other screens:

- ``customerActivated(str)`` is emitted with the customer id when a row is activated
  (Enter or double-click), right before :meth:`MainWindow.open_customer` runs.
- :meth:`MainWindow.open_customer` records the guest in the recent list, shows the profile
  area and selects the guest's row; :meth:`MainWindow.set_profile_widget` shows another
  widget there. The area is collapsed while nothing is open (:mod:`desktop.ui.profile_pane`)
  and follows the table's selection (:mod:`desktop.ui.desk_selection`).
- :attr:`MainWindow.session` holds the shared services (client, workers, settings).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.desk.customer_rows import CustomerRow, row_from_customer
from desktop.desk.search_query import SearchPlan, parse_search, recently_updated_plan
from desktop.desk.spelling_prefetch import SpellingPrefetch
from desktop.ui.customer_columns import Column
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.desk_menus import build_menus
from desktop.ui.desk_on_demand import DeskOnDemand
from desktop.ui.desk_selection import SelectionSync
from desktop.ui.mnemonics import make_mnemonics_unique, mnemonic_letter
from desktop.ui.mrz_reader import MrzKeyReader
from desktop.ui.plain_text import plain_label
from desktop.ui.profile_pane import ProfilePane
from desktop.ui.quit_shortcut import QuitShortcut
from desktop.ui.results_caption import of_shown, recent_period, results_caption
from desktop.ui.search_bar import SearchBar
from desktop.ui.search_controller import SearchController, ViewState
from desktop.ui.session import Session
from desktop.ui.status_bar import DeskStatusBar
from desktop.ui.window_layout import restore_window_layout, save_window_layout

#: How long a search runs before the table says it is searching.
LOADING_NOTE_MS = 150


class MainWindow(DeskOnDemand, QMainWindow):
    customerActivated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME}[*]")  # [*]: unsaved profile edits
        self.session = session
        self._owns_session = session.parent() is None
        if self._owns_session:
            session.setParent(self)
        self._recent_days = 0
        self._quitting = False

        self.model = CustomerTableModel(self)
        self.table = CustomerTable(self.model, session.settings)
        self.controller = SearchController(session, self.model, self)
        self.controller.follow_paints(self.table)
        self.controller.stateChanged.connect(self._show_state)
        # "Searching…" appears only for a search that takes a noticeable while: most
        # answers come within a blink, and a sentence shown for that long only flickers.
        self._searching_note = QTimer(self, singleShot=True, interval=LOADING_NOTE_MS)
        self._searching_note.timeout.connect(self._note_searching)

        self.search_bar = SearchBar()
        self.search_input = self.search_bar.search_input
        self.advanced_button = self.search_bar.advanced_button
        self.recent_button = self.search_bar.recent_button
        self.filter_input = self.search_bar.filter_input
        self._pause = self.search_bar.pause
        self.search_bar.searchRequested.connect(self.run_search)
        self.search_bar.enterPressed.connect(self._enter_pressed)
        self.search_input.textChanged.connect(self._forget_enter)
        self._spellings = SpellingPrefetch()  # so Enter sends at once (see the module)
        self.search_input.textChanged.connect(self._spellings.ask)
        # The search Enter last started: a second Enter on it opens the first result.
        self._entered_key: str | None = None
        self._open_first_pending = False
        self.search_bar.recentRequested.connect(self.show_recently_updated)
        self.filter_input.textChanged.connect(self._filter_changed)
        self.table.proxy.matchingFinished.connect(self._filter_settled)

        self.caption = plain_label("", "resultsCaption")
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.caption.setWordWrap(True)  # a long caption wraps instead of widening the window
        self.controller.searchFinished.connect(self._update_caption)
        self.model.rowsInserted.connect(self._update_caption)
        self.model.modelReset.connect(self._update_caption)

        self.advanced_button.toggled.connect(self._show_advanced)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="deskSplitter")
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.search_bar)  # the advanced search panel goes below, once asked for
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar(session, self)
        self.setStatusBar(self.status)
        self.controller.partlyFailed.connect(self.status.show_error)  # Message and RequestId
        self.passport_keys = MrzKeyReader(self)  # a reader's zone, wherever the focus is
        self.passport_keys.zoneRead.connect(self._zone_read)
        build_menus(self)
        # Collapsed until a guest is opened: the results get the whole width.
        self.profile_area = ProfilePane(self.file_merge_actions.merge_action)
        splitter.addWidget(self.profile_area)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.selection = SelectionSync(self.table, self.profile_area, self.open_customer)
        self.controller.searchFinished.connect(self.selection.mark_open_guest)
        self._quit_shortcut = QuitShortcut(self, self.quit_desk)
        # The menu bar keeps its letters; every other control gets one of its own.
        menu_letters = {mnemonic_letter(action.text()) for action in self.menuBar().actions()}
        self._mnemonic_letters = menu_letters - {""}
        make_mnemonics_unique(self.findChildren(QWidget), self._mnemonic_letters)
        self.table.activated.connect(self._row_activated)
        session.connectionChanged.connect(self._connection_changed)
        self.profile_area.follow_splitter(splitter)
        restore_window_layout(self, self.profile_area, session.settings)
        self._show_state(ViewState.IDLE.value, "")

    # -- actions --------------------------------------------------------------------

    @Slot()
    def focus_search(self) -> None:
        self.search_bar.focus_search()

    @Slot()
    def clear_search(self) -> None:
        """Escape: drop the local filter first, then the search itself."""
        if self.filter_input.text():
            self.filter_input.clear()
            return
        self._pause.stop()
        self.search_input.clear()
        self.controller.search(parse_search(""))
        self._update_caption()
        self.focus_search()

    @Slot()
    def refresh(self) -> None:
        self.controller.refresh()

    @Slot()
    def show_connection_dialog(self) -> bool:
        from desktop.ui.connection_dialog import ConnectionDialog  # not needed to start

        dialog = ConnectionDialog(self.session, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted and dialog.profile is not None:
            self.session.connect_profile(dialog.profile, dialog.tokens)
            if not dialog.stored_securely and dialog.tokens is not None:
                self.status.show_error(
                    RuntimeError(
                        self.tr("No secure password store: tokens are kept until Frontdesk closes.")
                    )
                )
        return accepted

    # -- searching ------------------------------------------------------------------

    @Slot()
    def run_search(self) -> None:
        self._run_plan(parse_search(self.search_input.text()))

    def _run_plan(self, plan: SearchPlan) -> None:
        self._pause.stop()
        current = self.controller.plan
        if (
            current is not None
            and current.key == plan.key
            and self.controller.state is ViewState.LOADING
        ):
            return  # Enter right after the pause fired: the same search is already running
        self._search(plan)

    @Slot()
    def _enter_pressed(self) -> None:
        """Type, Enter searches; Enter again opens the first result (once it is there).

        The second Enter searches again too, from the short cache, so a receptionist who
        pressed it to refresh still sees the answers of the moment.
        """
        plan = parse_search(self.search_input.text())
        again = self._entered_key == plan.key
        self._entered_key = plan.key
        self._open_first_pending = again
        self._run_plan(plan)  # parsed once: Enter is the path a receptionist waits on

    @Slot(str)
    def _forget_enter(self, _text: str) -> None:
        self._entered_key = None
        self._open_first_pending = False

    def open_first_result(self) -> None:
        """Select (and so open) the first row and give the table the keyboard."""
        self._open_first_pending = False
        first = self.table.proxy.index(0, 0)
        if not first.isValid():
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(first)
        self.table.selectRow(0)

    def show_recently_updated(self, days: int) -> None:
        self._open_first_pending = False
        self._pause.stop()
        self.search_input.clear()
        self._recent_days = days
        self.table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self.controller.search(recently_updated_plan(days))

    def _search(self, plan: SearchPlan) -> None:
        if self.table.horizontalHeader().sortIndicatorSection() in (-1, Column.UPDATED):
            self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.controller.search(plan)

    @Slot()
    def _update_caption(self) -> None:
        plan = self.controller.plan
        count = self.model.rowCount()
        if plan is None or self.controller.state in (ViewState.IDLE, ViewState.HINT):
            self.caption.setText("")
            self.caption.setToolTip("")
            return
        guests = self.tr("%Ln guest(s)", "", count)
        days = self._recent_days
        period = recent_period(days, self.tr("Profiles updated in the last %n day(s)", "", days))
        if self.filter_input.text().split():  # the local filter shows only some of them
            guests = of_shown(self.tr("%1 of %Ln guest(s)", "", count), self.table.proxy.rowCount())
        more = self.model.more_available
        caption = results_caption(self.controller, guests, period, rows=count, more=more)
        self.caption.setText(caption.text)
        self.caption.setToolTip(caption.detail)

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.table.proxy.set_pattern(text)
        self._show_state(self.controller.state.value, self.controller.message)

    @Slot()
    def _filter_settled(self) -> None:
        self._show_state(self.controller.state.value, self.controller.message)

    @Slot()
    def _note_searching(self) -> None:
        if self.controller.state is ViewState.LOADING:
            self.table.overlay.show_message(self.controller.message)

    @Slot(str, str)
    def _show_state(self, state: str, message: str) -> None:
        self._searching_note.stop()
        if state == ViewState.LOADING.value:
            self._searching_note.start()
            message = ""
        elif state == ViewState.IDLE.value:
            message = self.tr(
                "Type a guest's name, email, room number or loyalty code, then press Enter.\n"
                "Ctrl+F jumps here from anywhere."
            )
        elif state == ViewState.RESULTS.value:
            message = ""
            proxy = self.table.proxy
            if not proxy.rowCount() and self.model.rowCount() and not proxy.scanning:
                message = self.tr("No loaded guest matches the filter.")
        self.table.overlay.show_message(message)
        self._update_caption()
        if state == ViewState.RESULTS.value and not self.table.currentIndex().isValid():
            # The keyboard cursor, not a selection: selecting would open the guest.
            self.table.selectionModel().setCurrentIndex(
                self.table.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if state == ViewState.RESULTS.value and self._open_first_pending:
            self.open_first_result()

    @Slot()
    def _connection_changed(self) -> None:
        profile = self.session.profile
        # Qt appends " — Frontdesk" (the display name) itself on Linux and Windows.
        title = profile.name if profile and self.session.connected else APP_NAME
        self.setWindowTitle(f"{title}[*]")
        if self.session.connected:
            self.prepare_when_idle()
        if self.controller.resume_waiting():
            return  # a search typed while connecting runs now, or keeps waiting
        self.controller.cancel()
        if self.session.connected and self.search_input.text().strip():
            self.run_search()
        elif self.controller.state is ViewState.ERROR or not self.session.connected:
            self._show_state(ViewState.IDLE.value, "")

    # -- opening customers ----------------------------------------------------------

    @Slot(QModelIndex)
    def _row_activated(self, index: QModelIndex) -> None:
        source = self.table.proxy.mapToSource(index)
        if not source.isValid():
            return
        customer_id = self.model.row_at(source.row()).id
        self.customerActivated.emit(customer_id)
        self.open_customer(customer_id)

    def open_customer(self, customer_id: str) -> None:
        """Show ``customer_id`` in the profile area and remember it in the recent list."""
        self.selection.stop_waiting()
        position = self.model.position_of(customer_id)
        row: CustomerRow | None = self.model.row_at(position) if position is not None else None
        label = row.name if row is not None and row.name else customer_id
        self.recent_menu.remember(customer_id, label)
        self.set_profile_widget(self.profile_editor)
        opened = self.profile_editor.open_customer(customer_id)
        if opened and self.profile_editor.customer_id() == customer_id:
            # Already open, so no fetch will select its row when it answers.
            self.selection.select_customer(customer_id)

    def customer_saved(self, customer: object) -> None:
        """Show what Mews saved in the table row too; a newly added guest joins the results."""
        row = row_from_customer(customer)
        if not self.model.replace_row(row):
            self.controller.show_added(row)
            position = self.model.position_of(row.id)
            shown = position is not None and self.table.proxy.mapFromSource(
                self.model.index(position, 0)
            )
            if shown is not False and not shown.isValid():
                self.filter_input.clear()  # the local filter would hide the guest just added
        self.selection.select_customer(row.id)

    def set_profile_widget(self, widget: QWidget) -> None:
        """Show ``widget`` in the profile area, expanding it if it was collapsed."""
        self.profile_area.show_widget(widget)

    @Slot(str)
    def open_recent(self, customer_id: str) -> None:
        self.customerActivated.emit(customer_id)
        self.open_customer(customer_id)

    # -- closing --------------------------------------------------------------------

    @Slot()
    def quit_desk(self) -> None:
        """Ctrl+Q: dialogs close, then the window asks about unsaved edits as it closes."""
        if not self.isVisible() or self._quitting:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        # Once the dialogs' own event loops have returned.
        QTimer.singleShot(0, self, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._quitting = True
        try:
            editor = self._profile_editor
            leave = editor is None or editor.may_close(self.close)
        finally:
            self._quitting = False
        if not leave:
            event.ignore()
            return
        self._quit_shortcut.stop()
        self._pause.stop()
        self.controller.cancel()
        self.table.save_columns()
        save_window_layout(self, self.profile_area, self.session.settings)
        if self._owns_session:
            self.session.close()
        super().closeEvent(event)
