"""The district sync server (docs/SYNC_SERVER.md; the protocol is docs/SYNC_PROTOCOL.md).

FastAPI + uvicorn over SQLAlchemy Core with the server's own metadata (``schema``), on SQLite
(default) or PostgreSQL. Nothing here imports the desktop's models, services or UI; the only
shared module is :mod:`kim_desktop.sync.protocol`.
"""
