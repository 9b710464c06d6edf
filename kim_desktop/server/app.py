"""The ASGI application: routes of docs/SYNC_PROTOCOL.md over the server's store.

Routes are plain ``def`` functions: FastAPI runs them in its thread pool, so database work
never blocks the event loop and other requests are answered meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from kim_desktop import __version__
from kim_desktop.server import accounts, conflicts, errors, feed, pull, push
from kim_desktop.server.api_models import PUSH_BODY, EnrolBody, ResolveBody, seqs_problem
from kim_desktop.server.config import ServerSettings
from kim_desktop.server.gcpause import collector_paused
from kim_desktop.server.middleware import SKEW_STATE, ProtocolMiddleware
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
    store = request.app.state.store
    device = accounts.authenticate(store, token)
    accounts.note_device(store, device, _clock_skew(request))
    return device


def _clock_skew(request: Request) -> float | None:
    return getattr(request.state, SKEW_STATE, None)


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
        refusal = _validation_refusal(error.errors())
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
    def enrol(body: EnrolBody, request: Request) -> dict[str, Any]:
        answer = accounts.enrol(
            store, body.code, body.device_name, body.device_id, _clock_skew(request)
        )
        return {**answer, "server_id": store.server_id()}

    @api.post(f"{API_PREFIX}/push", tags=["sync"], openapi_extra=_body_schema("PushBody"))
    async def push_changes(request: Request, me: DeviceDep) -> JSONResponse:
        raw = await request.body()
        return await run_in_threadpool(_push, store, raw, me)

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
        page = pull.pull_page_json(store, me.account, after, limit, table)
        _note_pull(store, me, after if table is None else None)
        return Response(page, media_type="application/json")

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

    _document_push_body(api)
    return ProtocolMiddleware(api, settings.max_body_bytes)


def _push(store: Store, raw: bytes, me: accounts.AuthenticatedDevice) -> JSONResponse:
    """Validate the raw body (in the thread pool, not on the event loop) and apply it."""
    with collector_paused():
        return _push_paused(store, raw, me)


def _push_paused(store: Store, raw: bytes, me: accounts.AuthenticatedDevice) -> JSONResponse:
    try:
        body = PUSH_BODY.validate_json(raw)
    except ValidationError as error:
        raise _validation_refusal(error.errors(include_input=False, include_url=False)) from None
    problem = seqs_problem(body)
    if problem is not None:
        raise errors.invalid("Die Anfrage passt nicht zum Sync-Protokoll (siehe detail).", problem)
    if body["device_id"] != me.device_id:
        raise errors.forbidden("Die Geräte-Kennung passt nicht zur Anmeldung dieses Geräts.")
    outcome = push.push(store, me.device_id, me.account, list(body["ops"]))
    return JSONResponse(outcome.as_json())


def _validation_refusal(problems: Sequence[Any]) -> errors.ApiError:
    """400 for a body that is not JSON, 422 for JSON of the wrong shape (no input echoed:
    a refused body may hold personal data)."""
    detail = [
        {"loc": [str(part) for part in item.get("loc", ())], "msg": item.get("msg", "")}
        for item in problems
    ]
    if any(item.get("type") == "json_invalid" for item in problems):
        return errors.malformed("Der Inhalt der Anfrage ist kein gültiges JSON.", detail)
    return errors.invalid("Die Anfrage passt nicht zum Sync-Protokoll (siehe detail).", detail)


def _body_schema(name: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _document_push_body(api: FastAPI) -> None:
    """Put the push body's JSON schema into the OpenAPI components (the route reads raw bytes)."""
    plain_openapi = api.openapi

    def openapi() -> dict[str, Any]:
        if api.openapi_schema is None:
            document = plain_openapi()
            schema = PUSH_BODY.json_schema(ref_template="#/components/schemas/{model}")
            components = document.setdefault("components", {}).setdefault("schemas", {})
            components.update(schema.pop("$defs", {}))
            components["PushBody"] = schema
            api.openapi_schema = document
        return api.openapi_schema

    api.openapi = openapi  # type: ignore[method-assign]


def _note_pull(store: Store, me: accounts.AuthenticatedDevice, after: int | None) -> None:
    """Remember the cursor the device has acknowledged (``_device`` notes when it was seen)."""
    if after is None or after <= me.last_pull_cursor:
        return
    with store.write() as conn:
        accounts.touch_device(conn, me, **accounts.cursor_update(after))
