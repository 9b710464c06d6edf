"""Use cases: the only layer the UI and the CLI call."""
