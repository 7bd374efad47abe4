"""The desk's "New customer" action, made before the profile editor exists.

The desk builds its profile editor on first use (the first screen does not show it), but
the Guests menu and Ctrl+N must work from the first frame; so the action is made here,
with the texts of the editor's translation context, and handed to the editor once built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def new_customer_action(parent: QObject) -> QAction:
    action = QAction(QCoreApplication.translate("ProfileEditor", "&New customer"), parent)
    action.setObjectName("newCustomerAction")
    action.setShortcut(QKeySequence.StandardKey.New)
    action.setToolTip(
        QCoreApplication.translate("ProfileEditor", "Add a new customer profile (Ctrl+N)")
    )
    return action
