"""The line above the results saying what they are ("3 guests for “Novák”").

It also says what they are not yet: a search asks Mews a few questions at once and shows
the first answers as they come, so until the last one is in, the count is only "so far";
and when one of them failed, the rows shown may lack guests, which the line says rather
than letting a partial list pass for the whole answer.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.desk.search_query import QueryKind, SearchPlan
from desktop.desk.translatable import fill_template
from desktop.ui.search_controller import SearchController
from desktop.ui.search_sentences import error_sentence


class Caption(NamedTuple):
    """The caption's text and, where a part of the search failed, the server's answer
    (its Message and RequestId) for the caption's tooltip."""

    text: str
    detail: str = ""


def recent_period(days: int, numerus: str) -> str:
    """The recently-updated window in words; ``numerus`` is the window's "%n day(s)" form."""
    return (
        QCoreApplication.translate("MainWindow", "Profiles updated in the last 24 hours")
        if days == 1
        else numerus
    )


def of_shown(template: str, shown: int) -> str:
    """``"%1 of 13 guests"`` with the rows the local filter lets through: ``"3 of 13 guests"``."""
    return fill_template(template, (QLocale().toString(shown),))


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


def results_caption(
    controller: SearchController,
    guests: str,
    period: str,
    *,
    rows: int,
    more: bool,
) -> Caption:
    """The caption of ``controller``'s search while answers come, once in, or part failed.

    ``rows`` counts the rows loaded: until the first arrives there is nothing to count.
    """
    plan = controller.plan
    if plan is None:
        return Caption("")
    if controller.searching and not rows:
        if plan.kind is QueryKind.RECENTLY_UPDATED:
            return Caption(
                fill_template(QCoreApplication.translate("MainWindow", "%1: searching…"), (period,))
            )
        return Caption(
            fill_template(
                QCoreApplication.translate("MainWindow", "Searching for “%1”…"), (plan.text,)
            )
        )
    text = caption_text(plan, guests, period, more=more and not controller.searching)
    if controller.searching:
        return Caption(
            fill_template(
                QCoreApplication.translate("MainWindow", "%1 so far, still searching…"), (text,)
            )
        )
    failure = controller.failure
    if failure is not None:
        text = fill_template(
            QCoreApplication.translate(
                "MainWindow",
                "%1 — may be incomplete: part of the search failed. Refresh (Ctrl+R) to try again.",
            ),
            (text,),
        )
        return Caption(text, error_sentence(failure))
    return Caption(text)
