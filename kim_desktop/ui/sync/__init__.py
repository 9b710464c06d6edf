"""The Synchronisation area and background sync (issue 5)."""
