"""Print preview, printing and batch printing of letters and forms."""
