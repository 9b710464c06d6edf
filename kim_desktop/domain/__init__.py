"""Plain-Python domain: enums, catalogue codes and validation rules (no Qt, no SQL)."""
