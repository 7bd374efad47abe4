"""Qt widgets, item models and the worker-thread bridge. Nothing below this package imports Qt."""

from desktop.ui.none_refcount import keep_none_alive

keep_none_alive()
