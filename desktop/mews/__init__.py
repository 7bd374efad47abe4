"""Qt-free client for the Mews Connector API customers operations."""
