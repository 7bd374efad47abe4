"""The parts of the desk built the first time they are needed, not at start-up.

The first screen shows only the search and the results. Importing and building the
profile editor (form, tabs, save flow: some hundred widgets) took a fifth of start-up,
and the passport reader's flow brings the zone checks, the guest look-up and its
dialogs; so the window builds the editor in idle turns once connected (or at once, when a
guest is opened, Ctrl+N is pressed or a passport is read before that), the flow on the
first zone a reader types, and the advanced search panel the first time it is opened. Only the reader's key
watcher (:class:`~desktop.ui.mrz_reader.MrzKeyReader`) exists from the start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QWidget

from desktop.ui.mnemonics import make_mnemonics_unique

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from desktop.desk.search_query import SearchPlan
    from desktop.ui.advanced_search import AdvancedSearchPanel
    from desktop.ui.customer_table import CustomerTable
    from desktop.ui.desk_file_merge_actions import FileAndMergeActions
    from desktop.ui.desk_menus import MenuIcons
    from desktop.ui.desk_selection import SelectionSync
    from desktop.ui.mrz_flow import PassportReaderFlow
    from desktop.ui.profile_editor import ProfileEditor
    from desktop.ui.search_bar import SearchBar
    from desktop.ui.session import Session


class DeskOnDemand:
    """Mixed into the desk window, which sets the attributes below before showing."""

    session: Session
    customer_saved: Callable[[object], None]
    selection: SelectionSync
    new_customer_action: QAction
    clear_action: QAction
    #: The Alt letters the window's own controls took: the editor's controls pick others.
    _mnemonic_letters: set[str]
    _profile_editor: ProfileEditor | None = None
    _passport_reader: PassportReaderFlow | None = None
    _advanced_panel: AdvancedSearchPanel | None = None
    _preparing = False
    search_bar: SearchBar
    table: CustomerTable
    menu_icons: MenuIcons
    file_merge_actions: FileAndMergeActions
    _search: Callable[[SearchPlan], None]
    set_profile_widget: Callable[[QWidget], None]

    @property
    def profile_editor(self) -> ProfileEditor:
        """The profile area's editor, hidden until the area shows it."""
        if self._profile_editor is None:
            from desktop.ui.profile_editor import ProfileEditor
            from desktop.ui.profile_service import ProfileService

            window: QWidget = self  # type: ignore[assignment]
            editor = ProfileEditor(ProfileService(self.session), window, self.new_customer_action)
            # Hidden until the profile area takes it; else it sits, unseen, behind the menu
            # bar and its buttons take keyboard focus.
            editor.hide()
            editor.dirtyChanged.connect(window.setWindowModified)
            editor.customerSaved.connect(self.customer_saved)
            make_mnemonics_unique([editor, *editor.findChildren(QWidget)], self._mnemonic_letters)
            self.selection.attach_editor(editor)
            self._profile_editor = editor
        return self._profile_editor

    def prepare_when_idle(self) -> None:
        """Once connected: the table's cell painter and the menus' icons, then the editor,
        each in idle turns of its own, before the receptionist's first search needs them;
        later the merge dialog, in steps of its own."""
        window: QWidget = self  # type: ignore[assignment]
        QTimer.singleShot(0, window, self.table.prepare_text_delegate)
        QTimer.singleShot(0, window, self.menu_icons.show)
        self.prepare_editor_when_idle()
        self.file_merge_actions.prepare_when_idle()

    @Slot()
    def show_new_customer(self) -> None:
        """Ctrl+N: the empty form opens unless the receptionist kept the current edits."""
        editor = self.profile_editor
        editor.new_customer()
        if editor.customer_id() is None:
            self.selection.select_customer(None)
            self.set_profile_widget(editor)

    def prepare_editor_when_idle(self) -> None:
        """Build the editor in two idle turns of the event loop (imports, then widgets), so
        the first guest opened does not wait for it. Connected is the moment: the window
        is up and the receptionist is still typing the first search."""
        if self._profile_editor is not None or self._preparing:
            return
        self._preparing = True
        QTimer.singleShot(0, self, self._import_editor)  # type: ignore[call-overload]

    def _import_editor(self) -> None:
        import desktop.ui.profile_editor  # noqa: F401  (the heavier half)

        QTimer.singleShot(0, self, lambda: self.profile_editor)  # type: ignore[call-overload]

    @property
    def advanced_panel(self) -> AdvancedSearchPanel:
        """The advanced search fields, below the search bar."""
        if self._advanced_panel is None:
            from desktop.ui.advanced_search import AdvancedSearchPanel

            panel = AdvancedSearchPanel()
            panel.setVisible(False)
            panel.searchRequested.connect(self._search)
            panel.addAction(self.clear_action)  # Esc there clears the search too
            make_mnemonics_unique([panel, *panel.findChildren(QWidget)], self._mnemonic_letters)
            layout = self.search_bar.parentWidget().layout()
            layout.insertWidget(layout.indexOf(self.search_bar) + 1, panel)  # type: ignore[union-attr]
            self._advanced_panel = panel
        return self._advanced_panel

    def _show_advanced(self, shown: bool) -> None:
        if shown or self._advanced_panel is not None:
            self.advanced_panel.setVisible(shown)

    @property
    def passport_reader(self) -> PassportReaderFlow:
        """What follows a passport's zone: checks, the guest's look-up, the filled form."""
        if self._passport_reader is None:
            from desktop.ui.mrz_flow import PassportReaderFlow

            self._passport_reader = PassportReaderFlow(self)  # type: ignore[arg-type]
        return self._passport_reader

    def _zone_read(self, lines: list[str]) -> None:
        self.passport_reader.read_zone(lines)
