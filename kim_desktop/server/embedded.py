"""A real server in a background thread, for tests, benchmarks and demos.

    with ServerThread("sqlite:///tmp/x.db") as server:
        server.admin.create_account("anna", "Anna A.", "case_manager", ["troisdorf"])
        code = server.admin.issue_enrolment_code("anna")
        httpx.post(server.url + "/v1/enrol", ...)

Uvicorn listens on ``host`` and a free port (``port=0``); ``url`` says where.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

import uvicorn

from kim_desktop.server.accounts import AdminService
from kim_desktop.server.app import create_app
from kim_desktop.server.config import ServerSettings
from kim_desktop.server.store import Store
from kim_desktop.sync.protocol import DEFAULT_MAX_BODY_BYTES

START_TIMEOUT_S = 20.0
TEST_DISTRICT_SECRET = b"kim-test-district-secret-0123456789abcdef"


class ServerThread:
    """Runs the sync server on ``db_url`` (migrated on start) until :meth:`stop`."""

    def __init__(
        self,
        db_url: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_body_bytes: int | None = None,
        district_secret: bytes = TEST_DISTRICT_SECRET,
    ) -> None:
        self.db_url = db_url
        self.host = host
        self.store = Store(db_url)
        self.store.migrate()
        self.settings = ServerSettings(
            db_url=db_url,
            district_secret=district_secret,
            max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY_BYTES,
        )
        self.admin = AdminService(self.store)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        config = uvicorn.Config(
            create_app(self.store, self.settings),
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True
        )
        self._started = False

    def start(self) -> ServerThread:
        if self._started:
            return self
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sync server did not start")
            time.sleep(0.01)
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            self._server.should_exit = True
            self._thread.join(timeout=START_TIMEOUT_S)
            self._started = False
        self._socket.close()
        self.store.dispose()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
