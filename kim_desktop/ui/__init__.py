"""Qt widgets of KIM Desktop: one module per screen or dialog; no SQL, no business rules."""
