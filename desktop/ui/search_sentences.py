"""What the results' overlay says when a search failed or found nobody.

Apart from :mod:`desktop.ui.search_controller` so that the caption
(:mod:`desktop.ui.results_caption`) can say the same about a failed part.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.desk.customer_search import RoomLookupUnavailable
from desktop.desk.search_query import SEARCH_CONTEXT, QueryKind, SearchPlan
from desktop.desk.translatable import fill_template
from desktop.ui.translation import translate_text


def error_sentence(error: BaseException) -> str:
    if isinstance(error, RoomLookupUnavailable):
        return translate_text(SEARCH_CONTEXT, str(error))
    message = getattr(error, "message", None) or str(error)
    request_id = getattr(error, "request_id", None)
    text = fill_template(
        QCoreApplication.translate("SearchController", "The search failed: %1"), (message,)
    )
    if request_id:
        text = fill_template(
            QCoreApplication.translate("SearchController", "%1\nRequestId: %2"),
            (text, str(request_id)),
        )
    return text


def empty_sentence(plan: SearchPlan) -> str:
    if plan.kind is QueryKind.ROOM:
        return fill_template(
            QCoreApplication.translate(
                "SearchController", "Nobody is staying in room %1 right now."
            ),
            (plan.text,),
        )
    if plan.kind is QueryKind.RECENTLY_UPDATED:
        return QCoreApplication.translate(
            "SearchController", "No guest profile was updated in that period."
        )
    if plan.kind is QueryKind.NAME:
        return fill_template(
            QCoreApplication.translate(
                "SearchController",
                "No guest named “%1”.\n"
                "Mews matches whole names: check the spelling, or try the last name only.",
            ),
            (plan.text,),
        )
    return fill_template(
        QCoreApplication.translate("SearchController", "No guest matches “%1”."), (plan.text,)
    )
