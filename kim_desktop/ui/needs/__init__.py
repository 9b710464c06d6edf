"""Needs (daywork slice)."""
