"""Errors of synchronisation; each carries a German message (``domain/messages_sync.py``)."""

from __future__ import annotations

from typing import Any

from kim_desktop.domain.errors import KimError, PermissionDenied


class SyncError(KimError):
    """Base of every sync failure; ``str(error)`` is a one-line German reason."""


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__("sync_not_enrolled")


class SyncAlreadyRunning(SyncError):
    def __init__(self) -> None:
        super().__init__("sync_running")


class ServerUnreachable(SyncError):
    """No answer: no network, refused, timed out, or the connection broke mid-request."""

    def __init__(self, reason: str) -> None:
        super().__init__("sync_unreachable", reason=reason)


class CertificateRejected(SyncError):
    def __init__(self) -> None:
        super().__init__("sync_tls_failed")


class ServerRefused(SyncError):
    """The server answered with an error (``status``, its ``error`` code and German text).

    A refused request changed nothing on the server (SYNC_PROTOCOL "Transport").
    """

    def __init__(
        self, status: int, error: str, server_message: str, detail: Any = None, code: str = ""
    ) -> None:
        self.status = status
        self.error = error
        self.server_message = server_message
        self.detail = detail
        if code:
            super().__init__(code)
        elif server_message:
            super().__init__("sync_server_said", message=server_message)
        else:
            super().__init__("sync_server_broken", status=status)


class DeviceRevoked(ServerRefused):
    """401 ``revoked``: the administrator blocked this device."""

    def __init__(self, server_message: str = "") -> None:
        super().__init__(401, "revoked", server_message, code="sync_revoked")


class DeviceUnknown(ServerRefused):
    """401 ``unauthorised``: no or an unknown token."""

    def __init__(self, server_message: str = "") -> None:
        super().__init__(401, "unauthorised", server_message, code="sync_unauthorised")


class ClientOutdated(ServerRefused):
    """426 ``protocol_outdated``: this desktop speaks a protocol the server no longer takes."""

    def __init__(self, server_message: str = "") -> None:
        super().__init__(426, "protocol_outdated", server_message, code="sync_outdated")


class BundleError(SyncError):
    """A bundle file that cannot be read, was altered, or is not meant for this device."""


class EraseNotAllowed(PermissionDenied):
    """Only administration, coordination and the client's case manager may erase a client."""

    def __init__(self) -> None:
        KimError.__init__(self, "sync_erase_not_allowed")
