"""Local storage: SQLAlchemy models over an SQLCipher database, key store, write path."""
