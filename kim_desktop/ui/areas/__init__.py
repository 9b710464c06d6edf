"""The views shown in the main window's navigation areas, one module per area."""
