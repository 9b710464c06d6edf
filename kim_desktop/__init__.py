"""KIM Desktop: offline-capable case management for the Kommunales Integrationsmanagement."""

__version__ = "0.1.0"
