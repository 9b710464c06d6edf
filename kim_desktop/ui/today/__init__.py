"""Today (daywork slice)."""
