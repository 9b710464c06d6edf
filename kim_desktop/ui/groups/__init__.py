"""Groups (daywork slice)."""
