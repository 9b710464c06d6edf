"""Appointments (daywork slice)."""
