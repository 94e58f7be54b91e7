"""`FakeServer`: the fake behind a real HTTP socket, for scripts, other languages and
`OPENAI_BASE_URL` users.

A stdlib `ThreadingHTTPServer` in a background thread; each request is answered by the same
`FakeOpenAI.receive()` the in-process transports use. Streams go out as chunked transfer
encoding, one chunk per event, flushed at once; a stream cut off by a fault closes the
connection without the final chunk, which clients see as a dropped connection.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Optional, cast

import httpx

from ._faults import StreamCut
from ._transport import reply_body, reply_headers, shaped_events

if TYPE_CHECKING:
    from ._fake import FakeOpenAI

__all__ = ["FakeServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked streams, as real clients expect

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read their own output
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    self.rfile.readline()
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _answer(self) -> None:
        content = self._read_body()
        server = cast(_Server, self.server)
        host = self.headers.get("host") or "127.0.0.1"  # HTTP/1.1 clients always send Host
        request = httpx.Request(
            self.command, f"http://{host}{self.path}", headers=self.headers.items(), content=content
        )
        reply, fault = server.fake.receive(request, content)
        if fault is not None and fault.delay > 0:
            time.sleep(fault.delay)
        self.send_response(reply.status)
        for name, value in reply_headers(reply).items():
            self.send_header(name, value)
        if reply.events is None:
            body = reply_body(reply)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        try:
            for step in shaped_events(reply.events, fault):
                if not isinstance(step, bytes):
                    time.sleep(step)
                    continue
                self.wfile.write(b"%x\r\n%s\r\n" % (len(step), step))
                self.wfile.flush()
        except StreamCut:
            self.close_connection = True  # no terminating chunk: the client sees a cut connection
            return
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = _answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, fake: "FakeOpenAI", host: str, port: int) -> None:
        self.fake = fake
        super().__init__((host, port), _Handler)


class FakeServer:
    """A running fake API server (started on construction); a context manager.

    `base_url` (e.g. `http://127.0.0.1:54321/v1`) is what `OpenAI(base_url=...)` or
    `OPENAI_BASE_URL` take; `close()` stops it.
    """

    def __init__(self, fake: "FakeOpenAI", *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._server = _Server(fake, host, port)
        self._thread: Optional[threading.Thread] = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="openai-fake-server", daemon=True
        )
        self._thread.start()

    @property
    def host(self) -> str:
        """The address the server listens on."""
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        """The port the server listens on (the one chosen when started with port 0)."""
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The API's base URL on this server, ending in `/v1`."""
        return f"http://{self.host}:{self.port}/v1"

    def serve_forever(self) -> None:
        """Block until the server is closed (or the process interrupted)."""
        thread = self._thread
        while thread is not None and thread.is_alive():
            thread.join(0.2)

    def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._server.shutdown()
        self._server.server_close()
        thread.join()

    def __enter__(self) -> "FakeServer":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<FakeServer {self.base_url}>"
