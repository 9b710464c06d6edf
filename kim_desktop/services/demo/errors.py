"""The exceptions of demo-data generation (shared by the generator modules, exported by it)."""

from __future__ import annotations


class DemoCancelled(Exception):
    """The user cancelled the generation; the transaction was rolled back."""


class DemoDataError(RuntimeError):
    """The database cannot take demo data (too small a size, or clients already present)."""
