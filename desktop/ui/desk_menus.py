"""The desk's menu bar: File, Guests and View, and the window-wide shortcuts.

Like a Designer form's ``setupUi``, :func:`build_menus` puts the actions on the window
itself, where the rest of the desk and its tests reach them (``window.find_action``...).
Only open menus show the actions' icons, and drawing them takes an SVG renderer the first
window does without: ``window.menu_icons`` sets them when a menu first opens, or when the
desk prepares itself once connected, whichever comes first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.desk_file_merge_actions import FileAndMergeActions
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.profile_actions import new_customer_action
from desktop.ui.quit_shortcut import quit_keys
from desktop.ui.recent_customers import RecentCustomersMenu

# How long the status bar says which language the next start will speak.
LANGUAGE_NOTICE_MS = 10_000

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# Menu texts by action object name, in the ``MainWindow`` context they were written in.
_TEXTS = {
    "connectionAction": QT_TRANSLATE_NOOP("MainWindow", "&Connection…"),
    "quitAction": QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
    "findAction": QT_TRANSLATE_NOOP("MainWindow", "&Find guest"),
    "refreshAction": QT_TRANSLATE_NOOP("MainWindow", "&Refresh"),
    "clearAction": QT_TRANSLATE_NOOP("MainWindow", "C&lear search"),
}


class MenuIcons(QObject):
    """The menu actions' icons, set on the first :meth:`show` (later calls do nothing)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: list[tuple[QAction, str]] = []

    def add(self, action: QAction, icon: str) -> None:
        self._pending.append((action, icon))

    @Slot()
    def show(self) -> None:
        if not self._pending:
            return
        from desktop.ui.icons import action_icon

        pending, self._pending = self._pending, []
        for action, icon in pending:
            action.setIcon(action_icon(icon))


def _action(
    window: MainWindow,
    name: str,
    slot: Callable[[], object],
    icon: str | None = None,
    keys: str = "",
) -> QAction:
    """Texts live in ``_TEXTS`` so each action reads on one line; ``keys`` as in ``"Ctrl+F"``."""
    text = QCoreApplication.translate("MainWindow", _TEXTS[name])
    action = QAction(text, window, objectName=name)
    if icon is not None:
        window.menu_icons.add(action, icon)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def build_menus(window: MainWindow) -> None:
    """Texts keep the ``MainWindow`` translation context they were written in."""
    menu_bar = window.menuBar()
    window.menu_icons = MenuIcons(window)
    file_menu = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.connection_action = _action(
        window, "connectionAction", window.show_connection_dialog, "connection"
    )
    file_menu.addAction(window.connection_action)
    file_menu.addSeparator()
    window.quit_action = _action(window, "quitAction", window.quit_desk)
    window.quit_action.setShortcuts(quit_keys())
    # From any focus in the desk; QuitShortcut covers the time a modal dialog is open.
    window.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    file_menu.addAction(window.quit_action)

    guests = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&Guests"))
    window.find_action = _action(window, "findAction", window.focus_search, "search", "Ctrl+F")
    window.refresh_action = _action(window, "refreshAction", window.refresh, "refresh", "Ctrl+R")
    window.clear_action = _action(window, "clearAction", window.clear_search, keys="Esc")
    # Esc belongs to the search and its results: in the profile form it must not empty the
    # list the receptionist is working from.
    window.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.search_bar.addAction(window.clear_action)
    window.table.addAction(window.clear_action)
    for action in (window.find_action, window.refresh_action, window.clear_action):
        guests.addAction(action)
    window.addAction(window.find_action)
    window.addAction(window.refresh_action)
    new_customer = window.new_customer_action = new_customer_action(window)
    new_customer.triggered.connect(window.show_new_customer)
    guests.addAction(new_customer)
    window.addAction(new_customer)
    guests.addSeparator()
    window.file_merge_actions = FileAndMergeActions(window)
    guests.addActions(window.file_merge_actions.actions())
    guests.addSeparator()
    window.recent_menu = RecentCustomersMenu(guests)
    window.recent_menu.customerChosen.connect(window.open_recent)
    guests.addMenu(window.recent_menu)

    view = menu_bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addMenu(window.table.columns_menu)
    window.advanced_action = QAction(
        QCoreApplication.translate("MainWindow", "&Advanced search"), window, checkable=True
    )
    window.advanced_action.toggled.connect(window.advanced_button.setChecked)
    window.advanced_button.toggled.connect(window.advanced_action.setChecked)
    view.addAction(window.advanced_action)
    view.addSeparator()
    window.language_menu = LanguageMenu(window.session.settings, window)
    # For a while only: the status bar hides the connection while it shows a message.
    window.language_menu.languageChosen.connect(
        lambda text: window.status.showMessage(text, LANGUAGE_NOTICE_MS)
    )
    view.addMenu(window.language_menu)
    for menu in (file_menu, guests, view):
        menu.aboutToShow.connect(window.menu_icons.show)
