"""Sync building blocks: ids, the hybrid logical clock, the outbox (read by the sync client)."""
