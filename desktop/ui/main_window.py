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

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.desk.customer_rows import CustomerRow, row_from_customer
from desktop.desk.search_query import QueryKind, SearchPlan, parse_search, recently_updated_plan
from desktop.desk.translatable import fill_template
from desktop.ui.advanced_search import AdvancedSearchPanel
from desktop.ui.connection_dialog import ConnectionDialog
from desktop.ui.customer_table import CustomerTable
from desktop.ui.customer_table_model import Column, CustomerTableModel
from desktop.ui.desk_file_merge_actions import FileAndMergeActions
from desktop.ui.icons import action_icon
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.mnemonics import make_mnemonics_unique, mnemonic_letter
from desktop.ui.profile_editor import ProfileEditor
from desktop.ui.profile_service import ProfileService
from desktop.ui.search_controller import SearchController, ViewState
from desktop.ui.session import Session
from desktop.ui.status_bar import DeskStatusBar

SEARCH_PAUSE_MS = 400
MAX_RECENT = 10
RECENT_WINDOWS = (
    (1, QT_TRANSLATE_NOOP("MainWindow", "Last &24 hours")),
    (7, QT_TRANSLATE_NOOP("MainWindow", "Last &7 days")),
    (30, QT_TRANSLATE_NOOP("MainWindow", "Last &30 days")),
    (90, QT_TRANSLATE_NOOP("MainWindow", "Last 3 &months")),
)


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
        self._recent: list[tuple[str, str]] = []
        self._recent_days = 0

        self.model = CustomerTableModel(self)
        self.table = CustomerTable(self.model, session.settings)
        self.controller = SearchController(session, self.model, self)
        self.controller.stateChanged.connect(self._show_state)

        self.search_input = QLineEdit(objectName="searchInput")
        self.search_input.setPlaceholderText(
            self.tr("Find a guest: name, email, room, loyalty code or ID")
        )
        self.search_input.setAccessibleName(self.tr("Find a guest"))
        self.search_input.setClearButtonEnabled(True)
        self.search_input.setMinimumWidth(380)
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        self.search_input.textEdited.connect(self._typed)
        self.search_input.returnPressed.connect(self.run_search)

        self.advanced_button = QToolButton(
            objectName="advancedButton", text=self.tr("A&dvanced"), checkable=True
        )
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.recent_button = QToolButton(
            objectName="recentlyUpdatedButton", text=self.tr("Recently &updated")
        )
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        recent_menu = QMenu(self.recent_button)
        for days, label in RECENT_WINDOWS:
            action = recent_menu.addAction(QCoreApplication.translate("MainWindow", label))
            action.triggered.connect(lambda _=False, days=days: self.show_recently_updated(days))
        self.recent_button.setMenu(recent_menu)

        self.filter_input = QLineEdit(objectName="localFilterInput")
        self.filter_input.setPlaceholderText(self.tr("Filter these results"))
        self.filter_input.setAccessibleName(self.tr("Filter these results"))
        self.filter_input.setClearButtonEnabled(True)
        self.filter_input.setMaximumWidth(240)
        self.filter_input.textChanged.connect(self._filter_changed)

        self.caption = _plain_label("", "resultsCaption")
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.controller.searchFinished.connect(self._update_caption)
        self.model.rowsInserted.connect(self._update_caption)
        self.model.modelReset.connect(self._update_caption)

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_input, 3)
        search_row.addWidget(self.advanced_button)
        search_row.addWidget(self.recent_button)
        search_row.addStretch(1)
        search_row.addWidget(self.filter_input, 2)

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
        layout.addLayout(search_row)
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
        self.recent_menu = guests.addMenu(self.tr("Recently &opened"))
        self.recent_menu.setObjectName("recentCustomersMenu")
        self._fill_recent_menu()

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
        self.search_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_input.selectAll()

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

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._pause.start()  # restarts: only a pause in typing searches

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
        if plan.kind is QueryKind.RECENTLY_UPDATED:
            period = self.tr("Profiles updated in the last %n day(s)", "", self._recent_days)
            text = fill_template(self.tr("%1: %2"), (period, guests))
        elif plan.kind is QueryKind.ADVANCED:
            text = fill_template(self.tr("Advanced search: %1"), (guests,))
        else:
            text = fill_template(self.tr("%1 for “%2”"), (guests, plan.text))
        if self.model.more_available:
            text = fill_template(self.tr("%1, more load as you scroll"), (text,))
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
        self._remember(customer_id, label)
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

    def _remember(self, customer_id: str, label: str) -> None:
        # Session-only on purpose: guest names are not written to disk by the desk.
        self._recent = [(cid, name) for cid, name in self._recent if cid != customer_id]
        self._recent.insert(0, (customer_id, label))
        del self._recent[MAX_RECENT:]
        self._fill_recent_menu()

    @property
    def recent_customers(self) -> list[tuple[str, str]]:
        return list(self._recent)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        if not self._recent:
            empty = self.recent_menu.addAction(self.tr("No guest opened yet"))
            empty.setEnabled(False)
            return
        for customer_id, label in self._recent:
            # QAction text is plain, but "&" would become a mnemonic: double it.
            action = self.recent_menu.addAction(label.replace("&", "&&"))
            action.setData(customer_id)
            action.triggered.connect(lambda _=False, cid=customer_id: self._open_recent(cid))

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
