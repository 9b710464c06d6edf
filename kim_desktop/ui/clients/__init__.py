"""Klient:innen: the client list, its filters and the intake dialog."""
