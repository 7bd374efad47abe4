"""A proxy model whose column titles never depend on its rows, told so to Qt."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, SLOT, QAbstractItemModel, QAbstractProxyModel, QObject

#: What QAbstractProxyModel listens to in its source to re-announce every column title
#: when the rows go from none to some and back (its own titles come from the first row).
_TITLE_ANNOUNCEMENTS = (
    ("rowsAboutToBeInserted", "_q_sourceModelRowsAboutToBeInserted"),
    ("rowsInserted", "_q_sourceModelRowsInserted"),
    ("rowsRemoved", "_q_sourceModelRowsRemoved"),
)


def skip_title_announcements(model: QAbstractItemModel, proxy: QAbstractProxyModel) -> None:
    """Stop Qt re-announcing the column titles on every search's first rows.

    This proxy's titles come from the source model, whatever the rows; the announcement
    only made the header measure itself again and the table paint a second time in the
    same turn as its first rows (10-15 ms on a slow machine). Should Qt connect them
    differently, nothing is disconnected and the titles are merely announced.
    """
    for signal, slot in _TITLE_ANNOUNCEMENTS:
        arguments = "(QModelIndex,int,int)"
        QObject.disconnect(model, SIGNAL(signal + arguments), proxy, SLOT(slot + arguments))
