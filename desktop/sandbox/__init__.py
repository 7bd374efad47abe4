"""Qt-free, offline, Mews-compatible server for the customers operations."""
