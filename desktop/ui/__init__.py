"""Qt widgets, item models and the worker-thread bridge. Nothing below this package imports Qt."""
