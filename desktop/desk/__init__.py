"""The desk's own logic, free of Qt: what the screens decide, kept where a test can reach it.

Search parsing and caching, the rows a table shows, profile fields with their validation,
diffs and conflicts, duplicate checks and groups, merge comparisons, file checks, labels,
countries and languages, connection profiles and their keyring tokens. It builds on
``desktop.mews`` and never imports ``desktop.ui``; the screens in ``desktop.ui`` build on it.
"""
