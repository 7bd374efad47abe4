"""The desk: one search box, the results, and room on the right for the open profile.

Seams for other screens:

- ``customerActivated(str)`` is emitted with the customer id when a row is activated
  (Enter or double-click), right before :meth:`MainWindow.open_customer` runs.
- :meth:`MainWindow.open_customer` records the guest in the recent list and shows the
  profile area; :meth:`MainWindow.set_profile_widget` installs the profile editor there in
  place of the placeholder.
- :attr:`MainWindow.session` holds the shared services (client, workers, settings).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.desk.customer_rows import CustomerRow, row_from_customer
from desktop.desk.search_query import SearchPlan, parse_search, recently_updated_plan
from desktop.ui.advanced_search import AdvancedSearchPanel
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.customer_columns import Column
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import CustomerTableModel
from desktop.ui.desk_file_merge_actions import FileAndMergeActions
from desktop.ui.icons import action_icon
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.mnemonics import make_mnemonics_unique, mnemonic_letter
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.recent_customers import RecentCustomersMenu
from desktop.ui.results_caption import caption_text
from desktop.ui.search_bar import SearchBar
from desktop.ui.search_controller import SearchController, ViewState
from desktop.ui.session import Session
from desktop.ui.status_bar import DeskStatusBar


def _plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MainWindow(QMainWindow):
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

        self.model = CustomerTableModel(self)
        self.table = CustomerTable(self.model, session.settings)
        self.controller = SearchController(session, self.model, self)
        self.controller.stateChanged.connect(self._show_state)

        self.search_bar = SearchBar()
        self.search_input = self.search_bar.search_input
        self.advanced_button = self.search_bar.advanced_button
        self.recent_button = self.search_bar.recent_button
        self.filter_input = self.search_bar.filter_input
        self._pause = self.search_bar.pause
        self.search_bar.searchRequested.connect(self.run_search)
        self.search_bar.recentRequested.connect(self.show_recently_updated)
        self.filter_input.textChanged.connect(self._filter_changed)

        self.caption = _plain_label("", "resultsCaption")
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.controller.searchFinished.connect(self._update_caption)
        self.model.rowsInserted.connect(self._update_caption)
        self.model.modelReset.connect(self._update_caption)

        self.advanced_panel = AdvancedSearchPanel()
        self.advanced_panel.setVisible(False)
        self.advanced_button.toggled.connect(self.advanced_panel.setVisible)
        self.advanced_panel.searchRequested.connect(self._search)

        self.profile_area = QStackedWidget(objectName="profileArea")
        self.profile_placeholder = _plain_label(
            self.tr("Select a guest to see the profile"), "profilePlaceholder"
        )
        self.profile_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.profile_placeholder.setWordWrap(True)
        self.profile_placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.profile_area.addWidget(self.profile_placeholder)
        self.profile_area.setMinimumWidth(280)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="deskSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.profile_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 560])  # the profile editor needs room for its form
        self.splitter = splitter

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.advanced_panel)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar(session, self)
        self.setStatusBar(self.status)
        self.profile_editor = ProfileEditor(ProfileService(session), self)
        # Hidden until the profile area takes it; else it sits, unseen, behind the menu bar
        # and its buttons take keyboard focus.
        self.profile_editor.hide()
        self.profile_editor.dirtyChanged.connect(self.setWindowModified)
        self.profile_editor.customerSaved.connect(self._customer_saved)
        self._build_actions()
        # The menu bar keeps its letters; every other control gets one of its own.
        menu_letters = {mnemonic_letter(action.text()) for action in self.menuBar().actions()}
        make_mnemonics_unique(self.findChildren(QWidget), menu_letters - {""})
        self.table.activated.connect(self._row_activated)
        session.connectionChanged.connect(self._connection_changed)
        self.resize(1280, 760)
        self._show_state(ViewState.IDLE.value, "")

    # -- actions --------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.connection_action = QAction(
            action_icon("connection"), self.tr("&Connection…"), self, objectName="connectionAction"
        )
        self.connection_action.triggered.connect(self.show_connection_dialog)
        file_menu.addAction(self.connection_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        guests = menu_bar.addMenu(self.tr("&Guests"))
        self.find_action = QAction(
            action_icon("search"), self.tr("&Find guest"), self, objectName="findAction"
        )
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(
            action_icon("refresh"), self.tr("&Refresh"), self, objectName="refreshAction"
        )
        self.refresh_action.setShortcut(QKeySequence("Ctrl+R"))
        self.refresh_action.triggered.connect(self.refresh)
        self.clear_action = QAction(self.tr("C&lear search"), self, objectName="clearAction")
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.clear_action.triggered.connect(self.clear_search)
        for action in (self.find_action, self.refresh_action, self.clear_action):
            guests.addAction(action)
            self.addAction(action)
        new_customer = self.profile_editor.new_customer_action
        new_customer.triggered.connect(lambda: self.set_profile_widget(self.profile_editor))
        guests.addAction(new_customer)
        self.addAction(new_customer)
        guests.addSeparator()
        self.file_merge_actions = FileAndMergeActions(self)
        guests.addActions(self.file_merge_actions.actions())
        guests.addSeparator()
        self.recent_menu = RecentCustomersMenu(guests)
        self.recent_menu.customerChosen.connect(self._open_recent)
        guests.addMenu(self.recent_menu)

        view = menu_bar.addMenu(self.tr("&View"))
        view.addMenu(self.table.columns_menu)
        self.advanced_action = QAction(self.tr("&Advanced search"), self, checkable=True)
        self.advanced_action.toggled.connect(self.advanced_button.setChecked)
        self.advanced_button.toggled.connect(self.advanced_action.setChecked)
        view.addAction(self.advanced_action)
        view.addSeparator()
        self.language_menu = LanguageMenu(self.session.settings, self)
        self.language_menu.languageChosen.connect(self.status.showMessage)
        view.addMenu(self.language_menu)

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
        self._pause.stop()
        plan = parse_search(self.search_input.text())
        current = self.controller.plan
        if (
            current is not None
            and current.key == plan.key
            and self.controller.state is ViewState.LOADING
        ):
            return  # Enter right after the pause fired: the same search is already running
        self._search(plan)

    def show_recently_updated(self, days: int) -> None:
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
            return
        guests = self.tr("%Ln guest(s)", "", count)
        period = self.tr("Profiles updated in the last %n day(s)", "", self._recent_days)
        text = caption_text(plan, guests, period, more=self.model.more_available)
        self.caption.setText(text)

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.table.proxy.set_pattern(text)
        self._show_state(self.controller.state.value, self.controller.message)

    @Slot(str, str)
    def _show_state(self, state: str, message: str) -> None:
        if state == ViewState.IDLE.value:
            message = self.tr(
                "Type a guest's name, email, room number or loyalty code, then press Enter.\n"
                "Ctrl+F jumps here from anywhere."
            )
        elif state == ViewState.RESULTS.value:
            message = ""
            if self.table.proxy.rowCount() == 0 and self.model.rowCount() > 0:
                message = self.tr("No loaded guest matches the filter.")
        self.table.overlay.show_message(message)
        self._update_caption()
        if state == ViewState.RESULTS.value and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    @Slot()
    def _connection_changed(self) -> None:
        profile = self.session.profile
        title = f"{APP_NAME} — {profile.name}" if profile and self.session.connected else APP_NAME
        self.setWindowTitle(f"{title}[*]")
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
        position = self.model.position_of(customer_id)
        row: CustomerRow | None = self.model.row_at(position) if position is not None else None
        label = row.name if row is not None and row.name else customer_id
        self.recent_menu.remember(customer_id, label)
        self.set_profile_widget(self.profile_editor)
        self.profile_editor.open_customer(customer_id)

    def _customer_saved(self, customer: object) -> None:
        """Show what Mews saved in the table row too (a new guest is not in the results)."""
        self.model.replace_row(row_from_customer(customer))

    def set_profile_widget(self, widget: QWidget) -> None:
        """Install the profile view in place of the placeholder (keeps the placeholder around)."""
        if self.profile_area.indexOf(widget) < 0:
            self.profile_area.addWidget(widget)
        self.profile_area.setCurrentWidget(widget)

    @property
    def recent_customers(self) -> list[tuple[str, str]]:
        return self.recent_menu.entries

    @Slot(str)
    def _open_recent(self, customer_id: str) -> None:
        self.customerActivated.emit(customer_id)
        self.open_customer(customer_id)

    # -- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.profile_editor.may_close(self.close):
            event.ignore()
            return
        self._pause.stop()
        self.controller.cancel()
        self.table.save_columns()
        if self._owns_session:
            self.session.close()
        super().closeEvent(event)
