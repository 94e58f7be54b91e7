"""A small HTTP/1.1 server on 127.0.0.1 that misbehaves on request.

Real sockets, not a mocked transport: resets, half-written chunked bodies, slow drips and
connections that are never answered only show their real effect (on httpx, httpcore's pool and
our streams) over a real connection.

The fault is chosen by the client's base URL, so one server serves every test:
`server.url("sse", events=3, end="reset")` gives `http://127.0.0.1:PORT/sse;events=3;end=reset/v1`,
and every request under it (`/chat/completions`, `/responses`, ...) gets that fault. Faults:

  ok                       a plausible JSON answer for the endpoint
  sse     events=N end=... a stream of N events of the endpoint's kind, then `end`:
                           done (the terminal marker), finish (finish_reason / terminal event,
                           no [DONE]), none (a clean end without either), reset (TCP RST),
                           close (connection closed mid-body), partial (half an event, close),
                           drip (stall: nothing more is sent until the client gives up)
  status  code=503 times=N N answers with `code` (all of them without `times`), then `ok`;
                           retry_after=S adds that header
  malformed body=...       invalid_json | html | empty | truncated | text; status=200 by default
  redirect to=URL code=302 a redirect to `to` (+ the request path)
  hang                     reads the request and never answers
  drip    delay=S          headers, then the JSON body one byte every S seconds

`server.requests` records each request (method, path, lower-cased headers, body).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import quote, unquote

from tests.utils.servers import Recorded

__all__ = ["FaultServer", "Recorded", "hanging_listener"]


def _chat_chunk(i: int, finish: Optional[str] = None) -> Dict[str, Any]:
    delta = {"content": f"w{i} "} if finish is None else {}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
    }


def _completion_chunk(i: int, finish: Optional[str] = None) -> Dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "text_completion",
        "created": 1,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"index": 0, "text": "" if finish else f"w{i} ", "finish_reason": finish, "logprobs": None}],
    }


def _response_event(i: int, terminal: bool = False) -> Dict[str, Any]:
    if terminal:
        response = {
            "id": "resp_1",
            "object": "response",
            "created_at": 1,
            "model": "gpt-4o",
            "status": "completed",
            "output": [],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        return {"type": "response.completed", "sequence_number": i, "response": response}
    return {
        "type": "response.output_text.delta",
        "sequence_number": i,
        "item_id": "msg_1",
        "output_index": 0,
        "content_index": 0,
        "delta": f"w{i} ",
        "logprobs": [],
    }


def _run(status: str) -> Dict[str, Any]:
    return {
        "id": "run_1",
        "object": "thread.run",
        "created_at": 1,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "status": status,
        "model": "gpt-4o",
        "instructions": "",
        "tools": [],
        "parallel_tool_calls": True,
    }


def sse_events(kind: str, count: int, finish: bool) -> List[bytes]:
    """`count` events of the stream `kind`, plus its terminal event when `finish`."""
    out: List[bytes] = []
    for i in range(count):
        if kind == "assistants":
            out.append(b"event: thread.run.in_progress\ndata: " + json.dumps(_run("in_progress")).encode() + b"\n\n")
            continue
        if kind == "responses":
            data = _response_event(i)
        elif kind == "completions":
            data = _completion_chunk(i)
        else:
            data = _chat_chunk(i)
        out.append(b"data: " + json.dumps(data).encode() + b"\n\n")
    if finish:
        if kind == "assistants":
            out.append(b"event: thread.run.completed\ndata: " + json.dumps(_run("completed")).encode() + b"\n\n")
        elif kind == "responses":
            out.append(b"data: " + json.dumps(_response_event(count, terminal=True)).encode() + b"\n\n")
        elif kind == "completions":
            out.append(b"data: " + json.dumps(_completion_chunk(count, "stop")).encode() + b"\n\n")
        else:
            out.append(b"data: " + json.dumps(_chat_chunk(count, "stop")).encode() + b"\n\n")
    return out


def _kind(path: str) -> str:
    if path.endswith("/chat/completions"):
        return "chat"
    if path.endswith("/completions"):
        return "completions"
    if path.endswith("/responses"):
        return "responses"
    if "/runs" in path:
        return "assistants"
    return "chat"


def _ok_body(path: str) -> Dict[str, Any]:
    if path.endswith("/chat/completions"):
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1,
            "model": "gpt-4o",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "hi", "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
        }
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return {"id": name, "object": "model", "created": 1, "owned_by": "openai"}


def _spec(fault: str, params: Dict[str, Any]) -> str:
    # Values are quoted: a redirect target is a whole URL.
    return ";".join([fault, *(f"{k}={quote(str(v), safe='')}" for k, v in params.items())])


class FaultServer:
    """Listens on 127.0.0.1 (an ephemeral port) in daemon threads until `close()`."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(256)
        self.port: int = self._sock.getsockname()[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.requests: List[Recorded] = []
        self._counters: Dict[str, int] = {}
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._conns: List[socket.socket] = []
        threading.Thread(target=self._accept_loop, daemon=True).start()

    def url(self, fault: str, **params: Any) -> str:
        return f"{self.origin}/{_spec(fault, params)}/v1"

    def count(self, fault: str, **params: Any) -> int:
        """How many requests a fault spec has answered."""
        return self._counters.get(_spec(fault, params), 0)

    def close(self) -> None:
        self._closed.set()
        try:
            self._sock.close()
        except OSError:
            pass
        with self._lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            try:
                conn.close()
            except OSError:
                pass

    # ---- plumbing ---------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self._conns.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while not self._closed.is_set():
                request = self._read_request(reader)
                if request is None:
                    return
                if not self._answer(conn, request):
                    return
        except OSError:
            return
        finally:
            try:
                reader.close()
                conn.close()
            except OSError:
                pass
            with self._lock:
                if conn in self._conns:
                    self._conns.remove(conn)

    def _read_request(self, reader: Any) -> Optional[Recorded]:
        line = reader.readline()
        if not line:
            return None
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: Dict[str, str] = {}
        while True:
            raw = reader.readline()
            if raw in (b"\r\n", b"\n", b""):
                break
            name, _, value = raw.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        body = reader.read(length) if length else b""
        recorded = Recorded(method, target, headers, body)
        with self._lock:
            self.requests.append(recorded)
        return recorded

    @staticmethod
    def _send(conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)

    def _head(self, status: int, headers: Dict[str, str]) -> bytes:
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
        lines += [f"{k}: {v}" for k, v in {"x-request-id": "req_fault", **headers}.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def _json(self, conn: socket.socket, status: int, body: Any, headers: Optional[Dict[str, str]] = None) -> bool:
        data = json.dumps(body).encode()
        self._send(
            conn,
            self._head(
                status, {"content-type": "application/json", "content-length": str(len(data)), **(headers or {})}
            )
            + data,
        )
        return True

    def _answer(self, conn: socket.socket, request: Recorded) -> bool:
        """Answer one request; False when the connection must not be reused."""
        _, spec, rest = request.path.split("/", 2)
        fault, *pairs = spec.split(";")
        params = {key: unquote(value) for key, value in (pair.split("=", 1) for pair in pairs)}
        with self._lock:
            self._counters[spec] = n = self._counters.get(spec, 0) + 1
        path = "/" + rest.split("?", 1)[0]
        if fault == "status":
            times = int(params.get("times", "1000000000"))
            if n <= times:
                code = int(params.get("code", "503"))
                extra = {"retry-after": params["retry_after"]} if "retry_after" in params else {}
                return self._json(conn, code, {"error": {"message": f"fault {code}", "type": "server_error"}}, extra)
            fault = "ok"
        if fault == "ok":
            return self._json(conn, 200, _ok_body(path))
        if fault == "sse":
            return self._sse(conn, path, params)
        if fault == "malformed":
            return self._malformed(conn, int(params.get("status", "200")), params.get("body", "invalid_json"))
        if fault == "redirect":
            location = params["to"] + "/" + rest
            code = int(params.get("code", "302"))
            self._send(conn, self._head(code, {"location": location, "content-length": "0"}))
            return True
        if fault == "hang":
            self._closed.wait(float(params.get("for", "30")))
            return False
        if fault == "drip":
            data = json.dumps(_ok_body(path)).encode()
            head = {"content-type": "application/json", "content-length": str(len(data))}
            self._send(conn, self._head(200, head))
            for byte in data:
                if self._closed.wait(float(params.get("delay", "0.05"))):
                    return False
                self._send(conn, bytes([byte]))
            return True
        raise AssertionError(f"unknown fault {fault!r}")

    def _malformed(self, conn: socket.socket, status: int, kind: str) -> bool:
        if kind == "truncated":  # promises more than it sends, then closes
            data = b'{"id": "gpt-4o", "object": "mo'
            head = {"content-type": "application/json", "content-length": "200"}
            self._send(conn, self._head(status, head) + data)
            return False
        bodies = {
            "invalid_json": ("application/json", b'{"id": "gpt-4o", "object": '),
            "html": ("text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
            "empty": ("application/json", b""),
            "text": ("text/plain", b"upstream says no"),
        }
        content_type, data = bodies[kind]
        self._send(conn, self._head(status, {"content-type": content_type, "content-length": str(len(data))}) + data)
        return True

    def _sse(self, conn: socket.socket, path: str, params: Dict[str, str]) -> bool:
        kind = params.get("kind") or _kind(path)
        end = params.get("end", "done")
        events = sse_events(kind, int(params.get("events", "3")), finish=end in ("done", "finish"))
        head = {"content-type": "text/event-stream", "transfer-encoding": "chunked"}
        self._send(conn, self._head(200, head))
        delay = float(params.get("delay", "0"))

        def chunk(data: bytes) -> None:
            self._send(conn, b"%x\r\n%s\r\n" % (len(data), data))

        for event in events:
            if delay and self._closed.wait(delay):
                return False
            chunk(event)
        if end == "done":
            chunk(b"data: [DONE]\n\n")
        if end in ("done", "finish", "none"):
            self._send(conn, b"0\r\n\r\n")
            return True
        if end == "partial":
            chunk(b'data: {"id": "chatcmpl-1", "obj')
            return False  # closed without the terminating chunk
        if end == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return False
        if end == "drip":
            self._closed.wait(float(params.get("for", "30")))
            return False
        return False  # "close": the body ends without its terminating chunk


_REASONS = {
    200: "OK",
    301: "Moved Permanently",
    302: "Found",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def hanging_listener() -> Tuple[socket.socket, str]:
    """A socket that listens but never accepts: connections complete in the kernel's backlog and
    are never answered (a server stuck before `accept`)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
