"""Alembic migrations of the office database (revisions in ``versions/``)."""
