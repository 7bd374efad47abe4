"""The line above the results saying what they are ("3 guests for “Novák”")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.desk.search_query import QueryKind, SearchPlan
from desktop.desk.translatable import fill_template


def caption_text(plan: SearchPlan, guests: str, period: str, *, more: bool) -> str:
    """What the rows shown for ``plan`` are.

    ``guests`` counts them and ``period`` names a recently-updated window; both are plural
    forms the window translates, as lupdate only reads numerus forms from ``tr``.
    """
    if plan.kind is QueryKind.RECENTLY_UPDATED:
        text = fill_template(QCoreApplication.translate("MainWindow", "%1: %2"), (period, guests))
    elif plan.kind is QueryKind.ADVANCED:
        text = fill_template(
            QCoreApplication.translate("MainWindow", "Advanced search: %1"), (guests,)
        )
    else:
        text = fill_template(
            QCoreApplication.translate("MainWindow", "%1 for “%2”"), (guests, plan.text)
        )
    if more:
        text = fill_template(
            QCoreApplication.translate("MainWindow", "%1, more load as you scroll"), (text,)
        )
    return text
