"""A small HTTP proxy on 127.0.0.1 that cuts connections at chosen request boundaries.

For each request it asks ``plan(index, method, path)``: ``"pass"`` forwards it, ``"cut_before"``
closes the connection before the server sees the request, ``"cut_after"`` lets the server
handle (and commit) it and then closes the connection without the answer.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import socketserver
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

Plan = Callable[[int, str, str], str]


def _always_pass(_index: int, _method: str, _path: str) -> str:
    return "pass"


class FaultProxy:
    def __init__(self, upstream_url: str) -> None:
        parts = urlsplit(upstream_url)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.plan: Plan = _always_pass
        self.log: list[tuple[int, str, str, str]] = []  # index, method, path, action
        self._lock = threading.Lock()
        self._count = 0
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self, plan: Plan = _always_pass) -> None:
        with self._lock:
            self.plan = plan
            self._count = 0
            self.log = []

    def _next(self, method: str, path: str) -> tuple[int, str]:
        with self._lock:
            index = self._count
            self._count += 1
            action = self.plan(index, method, path)
            self.log.append((index, method, path, action))
            return index, action

    def _serve(self, client: socket.socket) -> None:
        reader = client.makefile("rb")
        try:
            while True:
                request_line = reader.readline()
                if not request_line:
                    return
                method, target, _version = request_line.decode("latin-1").split(" ", 2)
                headers: list[tuple[str, str]] = []
                length = 0
                while True:
                    line = reader.readline().decode("latin-1")
                    if line in ("\r\n", "\n", ""):
                        break
                    name, _, value = line.partition(":")
                    headers.append((name.strip(), value.strip()))
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                body = reader.read(length) if length else b""
                _index, action = self._next(method, target.split("?")[0])
                if action == "cut_before":
                    return
                upstream = http.client.HTTPConnection(*self._upstream, timeout=60)
                try:
                    upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
                    for name, value in headers:
                        upstream.putheader(name, value)
                    upstream.endheaders(body or None)
                    response = upstream.getresponse()
                    payload = response.read()
                    if action == "cut_after":
                        return
                    head = [f"HTTP/1.1 {response.status} {response.reason}\r\n"]
                    for name, value in response.getheaders():
                        if name.lower() in ("transfer-encoding", "content-length", "connection"):
                            continue
                        head.append(f"{name}: {value}\r\n")
                    head.append(f"Content-Length: {len(payload)}\r\n\r\n")
                    client.sendall("".join(head).encode("latin-1") + payload)
                finally:
                    upstream.close()
        except (OSError, ValueError):
            return
        finally:
            reader.close()
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()
