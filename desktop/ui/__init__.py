"""Qt widgets, item models and the worker-thread bridge. Nothing below this package imports Qt."""

from desktop.ui.pyside_feature_scan import skip_feature_source_scan

skip_feature_source_scan()
