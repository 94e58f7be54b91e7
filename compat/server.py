"""A recording HTTP server on 127.0.0.1 for the compat harness.

Every request is recorded as it arrived on the socket (method, raw path and query, headers in
order, body bytes). Replies come from a per-scenario script: a queue of `Reply` objects (or
functions of the recorded request that return one), then a default reply if the scenario set
one, else a 599 that names the missing script so the difference is obvious in the report.
"""

from __future__ import annotations

import http.server
import json
import socketserver
import sys
import threading
import time
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

__all__ = ["Reply", "Recorded", "RecordingServer", "sse"]


class Recorded:
    """One request as the server received it."""

    def __init__(self, method: str, path: str, headers: List[Tuple[str, str]], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body

    def header(self, name: str) -> Optional[str]:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def json(self) -> Any:
        return json.loads(self.body)

    def to_data(self) -> Dict[str, Any]:
        return {
            "method": self.method,
            "path": self.path,
            "headers": [list(h) for h in self.headers],
            "body": self.body.decode("utf-8", "backslashreplace"),
        }


class Reply:
    """A scripted reply: status, headers, and a body given as JSON, text, bytes or SSE chunks.

    `chunks` are written one by one with a flush in between (streaming bodies); `cut` closes the
    connection after that many chunks without finishing the body (a broken stream).
    """

    def __init__(
        self,
        status: int = 200,
        *,
        json_body: Any = None,
        text: Optional[str] = None,
        content: Optional[bytes] = None,
        chunks: Optional[List[bytes]] = None,
        headers: Optional[Dict[str, str]] = None,
        content_type: Optional[str] = None,
        delay: float = 0.0,
    ) -> None:
        self.status = status
        self.headers = dict(headers or {})
        self.delay = delay
        self.chunks = chunks
        if json_body is not None:
            self.body = json.dumps(json_body).encode()
            content_type = content_type or "application/json"
        elif text is not None:
            self.body = text.encode()
            content_type = content_type or "text/plain; charset=utf-8"
        else:
            self.body = content or b""
        if chunks is not None:
            content_type = content_type or "text/event-stream"
        if content_type and not any(k.lower() == "content-type" for k in self.headers):
            self.headers["Content-Type"] = content_type


def sse(*events: Union[Dict[str, Any], str], done: bool = False, event_names: bool = False) -> Reply:
    """A text/event-stream reply: each event a `data:` line (dicts as JSON), optionally with an
    `event:` line naming the event's `type` (Responses / Assistants style), then `[DONE]`."""
    chunks: List[bytes] = []
    for event in events:
        if isinstance(event, str):
            chunks.append(event.encode())
            continue
        prefix = f"event: {event.get('event', event.get('type'))}\n" if event_names else ""
        data = event.get("data", event) if event_names and "event" in event else event
        chunks.append(f"{prefix}data: {json.dumps(data)}\n\n".encode())
    if done:
        chunks.append(b"data: [DONE]\n\n")
    return Reply(chunks=chunks, headers={"x-request-id": "req_stream"})


Script = Union[Reply, Callable[[Recorded], Reply]]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else every reply waits ~40 ms for a delayed ACK
    server: "_Server"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        body = self._read_body()
        recorded = Recorded(self.command, self.path, list(self.headers.items()), body)
        owner = self.server.owner
        reply = owner._next_reply(recorded)
        if reply.delay:
            time_sleep(reply.delay)
        self.send_response(reply.status)
        for key, value in reply.headers.items():
            self.send_header(key, value)
        if reply.chunks is None:
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in reply.chunks:
            if chunk == b"<cut>":
                self.close_connection = True
                self.wfile.flush()
                return
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _handle


time_sleep = time.sleep  # the runner stubs time.sleep for clients; the server really waits


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: "RecordingServer"

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints to `sys.stderr`, which a scenario may be capturing (the command
        # line's output): a client that hung up early (a stream left on purpose) is not news,
        # anything else goes to the real stderr.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            import traceback

            traceback.print_exc(file=sys.__stderr__)


class RecordingServer:
    """Serves on 127.0.0.1:`port` in a background thread; `reset()` between scenarios."""

    def __init__(self, port: int) -> None:
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.owner = self
        self._lock = threading.Lock()
        self.requests: List[Recorded] = []
        self._script: List[Script] = []
        self._default: Optional[Script] = None
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def reset(self) -> None:
        with self._lock:
            self.requests = []
            self._script = []
            self._default = None

    def script(self, *replies: Script) -> None:
        with self._lock:
            self._script.extend(replies)

    def default(self, reply: Optional[Script]) -> None:
        with self._lock:
            self._default = reply

    def _next_reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            script = self._script.pop(0) if self._script else self._default
        if script is None:
            return Reply(599, json_body={"error": {"message": "compat: no scripted reply", "type": "compat"}})
        return script(recorded) if callable(script) else script

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
