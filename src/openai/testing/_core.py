"""The fake API's core: requests as handlers see them, replies, the route table and the state.

Everything a route handler needs lives here, so the endpoint modules (`_generation`,
`_stateful/...`) depend on this module only:

- `FakeRequest`: the parsed request (JSON body, or multipart fields with `FakeUpload`s).
- `Reply` / `SSE`: what a handler returns (a handler may also return a plain dict, sent as
  JSON with status 200).
- `APIErrorReply`: raised by a handler to answer with the API's `{"error": {...}}` shape.
- `ROUTES`: the route table; handlers register with `@ROUTES.route("POST", "/files")`, the
  path relative to `/v1`, `{name}` segments passed as keyword arguments.
- `Store`: one collection of objects (files, batches, ...) with cursor pagination.
- `FakeCore`: ids, clock, stores, scripted replies and `dispatch()`; `FakeOpenAI` builds the
  clients, the transports and the server on top of it.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

import httpx

__all__ = [
    "FakeRequest",
    "FakeUpload",
    "Reply",
    "SSE",
    "APIErrorReply",
    "Router",
    "ROUTES",
    "Store",
    "FakeCore",
    "not_found",
    "list_of",
    "ToolCall",
    "Scripted",
    "default_reply_text",
]


@dataclass
class FakeUpload:
    """A file part of a multipart request."""

    filename: Optional[str]
    content: bytes
    content_type: Optional[str] = None


@dataclass
class FakeRequest:
    """A request as the fake received it.

    `body` is the decoded JSON object for JSON requests, a dict of form fields for multipart
    requests (file parts as `FakeUpload`, repeated fields as lists), and `None` without a body.
    """

    method: str
    path: str  # relative to /v1, e.g. "/chat/completions"
    query: httpx.QueryParams
    headers: httpx.Headers
    body: Any
    content: bytes
    url: str = ""

    def json_field(self, name: str, default: Any = None) -> Any:
        return self.body.get(name, default) if isinstance(self.body, dict) else default


@dataclass
class SSE:
    """One server-sent event; `data` is JSON-encoded unless it is already a string."""

    data: Any
    event: Optional[str] = None

    def encode(self) -> bytes:
        data = self.data if isinstance(self.data, str) else json.dumps(self.data, separators=(",", ":"))
        head = f"event: {self.event}\n" if self.event else ""
        return f"{head}data: {data}\n\n".encode()


@dataclass
class Reply:
    """A handler's answer: JSON (`json`), raw bytes (`content`) or an event stream (`events`)."""

    json: Any = None
    status: int = 200
    headers: Dict[str, str] = field(default_factory=dict)
    content: Optional[bytes] = None
    content_type: Optional[str] = None
    events: Optional[Iterable[SSE]] = None


class APIErrorReply(Exception):
    """Raised by a handler: answered as `{"error": {"message", "type", "param", "code"}}`."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: Optional[str] = None,
        code: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def to_reply(self) -> Reply:
        error = {"message": self.message, "type": self.type, "param": self.param, "code": self.code}
        return Reply(json={"error": error}, status=self.status, headers=self.headers)


def not_found(kind: str, id: str) -> APIErrorReply:
    """The 404 the API gives for an unknown id."""
    return APIErrorReply(404, f"No {kind} found with id '{id}'.", code=None)


def list_of(rows: List[Dict[str, Any]], *, has_more: bool = False) -> Dict[str, Any]:
    """The API's list object around `rows`: pages and the endpoints that answer with lists share it."""
    return {
        "object": "list",
        "data": rows,
        "first_id": rows[0]["id"] if rows else None,
        "last_id": rows[-1]["id"] if rows else None,
        "has_more": has_more,
    }


@dataclass
class ToolCall:
    """A function call a scripted reply makes; `arguments` is a JSON string."""

    name: str
    arguments: str = "{}"
    id: Optional[str] = None


@dataclass
class Scripted:
    """One queued reply for the next call of an endpoint (see `FakeCore.push_script`).

    Exactly one of: `text`, `tool_calls`, `refusal`, `json_output` (an object, sent as the
    message text), `error`, or `handler` (called with the `FakeRequest`; returns a `Reply`, a
    dict, or a `Scripted`).
    """

    text: Optional[str] = None
    tool_calls: List[ToolCall] = field(default_factory=list)
    refusal: Optional[str] = None
    json_output: Any = None
    error: Optional[APIErrorReply] = None
    handler: Optional[Callable[[FakeRequest], Any]] = None


def default_reply_text(prompt: str) -> str:
    """The deterministic answer the fake gives when nothing is scripted: derived from the input."""
    words = prompt.split()
    if not words:
        return "Hello! This is the fake OpenAI API."
    tail = " ".join(words[-12:])
    return f"Fake reply to: {tail}"


Handler = Callable[..., Union[Reply, Dict[str, Any], List[Any]]]


class Router:
    """Maps (method, path pattern) to handlers; patterns use `{name}` for one path segment."""

    def __init__(self) -> None:
        self._routes: List[Tuple[str, "re.Pattern[str]", str, Handler]] = []

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        regex = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern) + "$")

        def register(handler: Handler) -> Handler:
            self._routes.append((method.upper(), regex, pattern, handler))
            return handler

        return register

    def match(self, method: str, path: str) -> Tuple[Optional[Handler], Dict[str, str], bool]:
        """The handler and path parameters; the bool says whether the path exists for another method."""
        path_known = False
        for route_method, regex, _, handler in self._routes:
            found = regex.match(path)
            if found is None:
                continue
            if route_method == method.upper():
                return handler, found.groupdict(), True
            path_known = True
        return None, {}, path_known

    def patterns(self) -> List[Tuple[str, str]]:
        return [(method, pattern) for method, _, pattern, _ in self._routes]

    def pattern_for(self, method: str, path: str) -> Optional[str]:
        """The pattern (e.g. `/files/{file_id}`) of the route serving `method` `path`, if any."""
        for route_method, regex, pattern, _ in self._routes:
            if route_method == method.upper() and regex.match(path):
                return pattern
        return None


ROUTES = Router()


class Store:
    """One collection, in creation order, with the API's cursor pagination."""

    def __init__(self, kind: str) -> None:
        self.kind = kind  # used in 404 messages: "No file found with id ..."
        self.items: Dict[str, Dict[str, Any]] = {}

    def add(self, obj: Dict[str, Any]) -> Dict[str, Any]:
        self.items[obj["id"]] = obj
        return obj

    def get(self, id: str) -> Dict[str, Any]:
        try:
            return self.items[id]
        except KeyError:
            raise not_found(self.kind, id) from None

    def delete(self, id: str) -> Dict[str, Any]:
        obj = self.get(id)
        del self.items[id]
        return obj

    def __contains__(self, id: object) -> bool:
        return id in self.items

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        return iter(list(self.items.values()))

    def __len__(self) -> int:
        return len(self.items)

    def page(
        self,
        request: FakeRequest,
        *,
        items: Optional[Iterable[Dict[str, Any]]] = None,
        default_order: str = "desc",
        default_limit: int = 20,
    ) -> Dict[str, Any]:
        """A cursor page honouring `after`, `before`, `limit` and `order` from the query."""
        rows = list(self.items.values() if items is None else items)
        order = request.query.get("order", default_order)
        if order == "desc":
            rows.reverse()
        try:
            limit = int(request.query.get("limit", default_limit))
        except ValueError:
            raise APIErrorReply(400, "Invalid 'limit': expected an integer.", param="limit") from None
        after, before = request.query.get("after"), request.query.get("before")
        ids = [row["id"] for row in rows]
        if after is not None:
            rows = rows[ids.index(after) + 1 :] if after in ids else []
        if before is not None:
            ids = [row["id"] for row in rows]
            rows = rows[: ids.index(before)] if before in ids else rows
            rows = rows[-limit:] if len(rows) > limit else rows
            has_more = False
        else:
            has_more = len(rows) > limit
            rows = rows[:limit]
        return list_of(rows, has_more=has_more)


class FakeCore:
    """Ids, clock, collections, scripted replies and request dispatch.

    Handlers receive the `FakeOpenAI` (a `FakeCore`) as their first argument and use only
    what is defined here.
    """

    def __init__(self, *, start_time: int = 1_700_000_000) -> None:
        self._lock = threading.RLock()
        self._counter = 0
        self._time = start_time
        self._stores: Dict[str, Store] = {}
        self._script: Dict[str, Deque[Any]] = {}
        self.router = ROUTES

    # -- state -----------------------------------------------------------------------------

    def new_id(self, prefix: str) -> str:
        """A deterministic id such as `file_000000000000000000000001` (`prefix` includes `-`/`_`)."""
        with self._lock:
            self._counter += 1
            return f"{prefix}{self._counter:024x}"

    def now(self) -> int:
        """The fake's clock (Unix seconds); each call moves it one second forward."""
        with self._lock:
            self._time += 1
            return self._time

    def store(self, name: str, kind: Optional[str] = None) -> Store:
        """The collection `name` (created on first use); `kind` names it in 404 messages."""
        with self._lock:
            found = self._stores.get(name)
            if found is None:
                found = self._stores[name] = Store(kind or name.rstrip("s"))
            return found

    # -- scripted replies ------------------------------------------------------------------

    def push_script(self, endpoint: str, entry: Any) -> None:
        """Queue `entry` for the next call to `endpoint` ("*" for any endpoint)."""
        with self._lock:
            self._script.setdefault(endpoint, deque()).append(entry)

    def take_script(self, endpoint: str) -> Any:
        """The next queued entry for `endpoint` (or for "*"), or None."""
        with self._lock:
            for key in (endpoint, "*"):
                queue = self._script.get(key)
                if queue:
                    return queue.popleft()
            return None

    # -- dispatch --------------------------------------------------------------------------

    def dispatch(self, request: FakeRequest) -> Reply:
        """Route `request` to its handler and turn what it returns into a `Reply`."""
        handler, params, path_known = self.router.match(request.method, request.path)
        try:
            if handler is None:
                if path_known:
                    raise APIErrorReply(405, f"Method {request.method} not allowed for {request.path}.")
                raise APIErrorReply(404, f"Invalid URL ({request.method} /v1{request.path})", code="unknown_url")
            result = handler(self, request, **params)
        except APIErrorReply as error:
            return error.to_reply()
        if isinstance(result, Reply):
            return result
        return Reply(json=result)

    def call(self, method: str, path: str, body: Any = None) -> Reply:
        """Dispatch a JSON request internally (used by batches to run their input lines)."""
        content = b"" if body is None else json.dumps(body).encode()
        request = FakeRequest(
            method=method.upper(),
            path=path,
            query=httpx.QueryParams(),
            headers=httpx.Headers({"content-type": "application/json"} if body is not None else {}),
            body=body,
            content=content,
        )
        return self.dispatch(request)
