"""The ASGI application: routes of docs/SYNC_PROTOCOL.md over the server's store.

Routes are plain ``def`` functions: FastAPI runs them in its thread pool, so database work
never blocks the event loop and other requests are answered meanwhile.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from kim_desktop import __version__
from kim_desktop.server import accounts, conflicts, errors, feed, pull, push
from kim_desktop.server.api_models import EnrolBody, PushBody, ResolveBody
from kim_desktop.server.config import ServerSettings
from kim_desktop.server.middleware import ProtocolMiddleware
from kim_desktop.server.store import Store
from kim_desktop.server.tables import TABLE_FIELDS
from kim_desktop.server.visibility import require_case_worker
from kim_desktop.sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    OLDEST_ACCEPTED_PROTOCOL,
    PROTOCOL_VERSION,
)

DESCRIPTION = (
    "Sync-Server von KIM Desktop (Kommunales Integrationsmanagement). Vertrag: "
    "docs/SYNC_PROTOCOL.md. Jede Anfrage unter /v1 trägt X-KIM-Protocol, X-KIM-Schema und "
    "X-KIM-Device-Time; jede Antwort X-KIM-Server-Time."
)


_bearer = HTTPBearer(auto_error=False, description="Geräte-Token aus /v1/enrol")


def _device(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> accounts.AuthenticatedDevice:
    token = credentials.credentials if credentials else None
    return accounts.authenticate(request.app.state.store, token)


DeviceDep = Annotated[accounts.AuthenticatedDevice, Depends(_device)]
AfterDep = Annotated[int, Query(ge=0, description="Cursor: letzte bekannte seq")]
LimitDep = Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)]


def create_app(store: Store, settings: ServerSettings) -> Any:
    """The FastAPI app wrapped in the protocol middleware (what uvicorn serves)."""
    api = FastAPI(title="KIM Sync-Server", version=__version__, description=DESCRIPTION)
    api.state.store = store

    @api.exception_handler(errors.ApiError)
    async def _api_error(_request: Request, error: errors.ApiError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status)

    @api.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = [
            {"loc": [str(part) for part in item.get("loc", ())], "msg": item.get("msg", "")}
            for item in error.errors()
        ]  # no "input": a refused body may hold personal data
        if any(item.get("type") == "json_invalid" for item in error.errors()):
            refusal = errors.malformed("Der Inhalt der Anfrage ist kein gültiges JSON.", problems)
        else:
            refusal = errors.invalid(
                "Die Anfrage passt nicht zum Sync-Protokoll (siehe detail).", problems
            )
        return JSONResponse(refusal.body(), status_code=refusal.status)

    @api.get(f"{API_PREFIX}/health", tags=["server"])
    def health() -> dict[str, Any]:
        return {
            "status": "ok",
            "server_id": store.server_id(),
            "protocol_version": PROTOCOL_VERSION,
            "oldest_accepted_protocol": OLDEST_ACCEPTED_PROTOCOL,
            "version": __version__,
        }

    @api.post(f"{API_PREFIX}/enrol", tags=["devices"])
    def enrol(body: EnrolBody) -> dict[str, Any]:
        answer = accounts.enrol(store, body.code, body.device_name, body.device_id)
        return {**answer, "server_id": store.server_id()}

    @api.post(f"{API_PREFIX}/push", tags=["sync"])
    def push_changes(body: PushBody, me: DeviceDep) -> JSONResponse:
        if body.device_id != me.device_id:
            raise errors.forbidden("Die Geräte-Kennung passt nicht zur Anmeldung dieses Geräts.")
        ops = [op.model_dump() for op in body.ops]
        return JSONResponse(push.push(store, me.device_id, me.account, ops).as_json())

    @api.get(f"{API_PREFIX}/pull", tags=["sync"])
    def pull_changes(
        me: DeviceDep,
        after: AfterDep = 0,
        limit: LimitDep = DEFAULT_PULL_LIMIT,
        table: str | None = None,
    ) -> JSONResponse:
        require_case_worker(me.account)
        if table is not None and table not in TABLE_FIELDS:
            raise errors.invalid(f"Die Tabelle {table!r} wird nicht synchronisiert.")
        page = pull.pull_page(store, me.account, after, limit, table)
        _note_pull(store, me, after if table is None else None)
        return JSONResponse(page)

    @api.get(f"{API_PREFIX}/checksums", tags=["sync"])
    def table_checksums(me: DeviceDep) -> JSONResponse:
        require_case_worker(me.account)
        return JSONResponse(pull.checksums(store, me.account))

    @api.get(f"{API_PREFIX}/conflicts", tags=["conflicts"])
    def list_conflicts(
        me: DeviceDep, status: Annotated[str, Query(pattern="^(open|resolved|all)$")] = "open"
    ) -> JSONResponse:
        require_case_worker(me.account)
        return JSONResponse({"conflicts": conflicts.list_conflicts(store, me.account, status)})

    @api.post(f"{API_PREFIX}/conflicts/{{conflict_id}}/resolve", tags=["conflicts"])
    def resolve_conflict(conflict_id: str, body: ResolveBody, me: DeviceDep) -> JSONResponse:
        require_case_worker(me.account)
        return JSONResponse(
            conflicts.resolve(store, me.account, conflict_id, body.value, body.note)
        )

    @api.get(f"{API_PREFIX}/coordinator/feed", tags=["coordinator"])
    def coordinator_feed(
        me: DeviceDep, after: AfterDep = 0, limit: LimitDep = DEFAULT_PULL_LIMIT
    ) -> JSONResponse:
        feed.require_coordinator(me.account)
        page = feed.feed_page(store, settings.district_secret, after, limit)
        _note_pull(store, me, after)
        return JSONResponse(page)

    return ProtocolMiddleware(api, settings.max_body_bytes)


def _note_pull(store: Store, me: accounts.AuthenticatedDevice, after: int | None) -> None:
    """Remember when the device was last seen and the cursor it has acknowledged."""
    if after is None or not (after > me.last_pull_cursor or accounts.needs_touch(me)):
        return
    with store.write() as conn:
        accounts.touch_device(conn, me, **accounts.cursor_update(after))
