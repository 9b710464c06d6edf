"""Refusals with a status, a protocol error code and a German one-line message."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Answered as ``{"error": code, "message": message, "detail": detail}``."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.detail is not None:
            body["detail"] = self.detail
        return body


def malformed(message: str, detail: Any = None) -> ApiError:
    return ApiError(400, "malformed", message, detail)


def unauthorised(message: str = "Das Gerät ist nicht angemeldet oder unbekannt.") -> ApiError:
    return ApiError(401, "unauthorised", message)


def revoked() -> ApiError:
    return ApiError(
        401,
        "revoked",
        "Die Anmeldung dieses Geräts wurde widerrufen. Bitte wenden Sie sich an die "
        "Administration des Sync-Servers.",
    )


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def not_found(message: str) -> ApiError:
    return ApiError(404, "not_found", message)


def conflict_state(message: str) -> ApiError:
    return ApiError(409, "conflict_state", message)


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "too_large",
        f"Die Anfrage ist größer als die erlaubten {limit} Bytes. "
        "Bitte in kleineren Teilen senden.",
        {"max_body_bytes": limit},
    )


def invalid(message: str, detail: Any = None) -> ApiError:
    return ApiError(422, "invalid", message, detail)


def protocol_outdated(given: int, oldest: int) -> ApiError:
    return ApiError(
        426,
        "protocol_outdated",
        "Bitte aktualisieren Sie KIM Desktop: diese Version spricht ein veraltetes "
        "Sync-Protokoll, das der Server nicht mehr annimmt.",
        {"protocol": given, "oldest_accepted": oldest},
    )
