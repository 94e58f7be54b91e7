"""`FakeOpenAI`: the fake API with its clients, scripting, faults, request log and server."""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional, Tuple, Union

import httpx

from . import _routes  # noqa: F401  (registers every endpoint module's handlers)
from ._core import FakeCore, FakeRequest, Reply, Scripted, ToolCall
from ._faults import Fault, endpoint_key
from ._rate_window import RateWindow
from ._transport import AsyncFakeTransport, FakeTransport, parse_request, reply_to_response
from ._validation import check_auth, check_body

if TYPE_CHECKING:
    from .._client import AsyncOpenAI, OpenAI
    from ._realtime import RealtimeServer
    from ._server import FakeServer

__all__ = ["FakeOpenAI"]

FAKE_API_KEY = "sk-fake-key"
FAKE_BASE_URL = "http://fake.openai.test/v1"

ToolCallLike = Union[ToolCall, Tuple[str, Any], Mapping[str, Any]]
RequestFunction = Callable[[FakeRequest], Any]


class FakeOpenAI(FakeCore):
    """An in-process, stateful fake of the OpenAI REST API.

    Build clients with `client()` / `async_client()` (or `http_client()` for your own `OpenAI`),
    or run it as an HTTP server with `serve()`. Every request is kept in `requests`.

    Scripting: by default every generation endpoint answers deterministically from its input.
    The `queue_*` methods script the next calls, `on()` installs a function for an endpoint, and
    `inject_fault()` / `queue_error()` make calls fail, stall or break off. Endpoints are named
    by their path without ids, dots for slashes:

        "chat.completions"   "responses"          "completions"       "embeddings"
        "moderations"        "images.generations" "images.edits"      "images.variations"
        "audio.speech"       "audio.transcriptions"                   "audio.translations"
        "runs" (the Assistants runs take their scripted replies from this key)

    `endpoint=None` (or "*") means the next call of any endpoint that takes a scripted reply.

    `validate=False` turns off the request checks (unknown or missing body parameters answer
    400 otherwise); `require_auth=False` accepts requests without an API key (401 otherwise).

    Objects the API works on in the background (batches, runs, vector store files, fine-tuning
    jobs, eval runs) move one status per read of them; the `*_steps` arguments say how many
    reads they take to finish (0: they finish at creation).

    Every reply carries an `x-request-id` of its own and the `x-ratelimit-*` headers of a
    budget of `requests_per_minute` / `tokens_per_minute` (the fake never refuses for it).
    """

    def __init__(
        self,
        *,
        validate: bool = True,
        require_auth: bool = True,
        batch_steps: int = 2,
        run_steps: int = 2,
        vector_store_steps: int = 1,
        fine_tuning_steps: int = 2,
        eval_run_steps: int = 1,
        requests_per_minute: int = 10_000,
        tokens_per_minute: int = 2_000_000,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.validate = validate
        self.require_auth = require_auth
        self.batch_steps = batch_steps
        self.run_steps = run_steps
        self.vector_store_steps = vector_store_steps
        self.fine_tuning_steps = fine_tuning_steps
        self.eval_run_steps = eval_run_steps
        self.rate_window = RateWindow(requests_per_minute, tokens_per_minute)
        self.requests: List[FakeRequest] = []
        self._faults: List[Fault] = []
        self._functions: Dict[str, RequestFunction] = {}
        self._pending = threading.local()  # a reply `on()` produced for the handler now running

    # -- handling --------------------------------------------------------------------------

    def receive(self, request: httpx.Request, content: bytes) -> Tuple[Reply, Optional[Fault]]:
        """Record the request and answer it; the fault (if one matched) says how to deliver it."""
        parsed = parse_request(request, content)
        with self._lock:
            self.requests.append(parsed)
        reply, fault = self._answer(parsed)
        headers = {"x-request-id": self.new_id("req_"), **self.rate_window.headers(reply)}
        reply.headers = {**headers, **reply.headers}  # what a fault or handler set wins
        return reply, fault

    def _answer(self, parsed: FakeRequest) -> Tuple[Reply, Optional[Fault]]:
        if self.require_auth:
            error = check_auth(parsed)
            if error is not None:
                return error.to_reply(), None
        fault = self._take_fault(parsed)
        if fault is not None and fault.status is not None:
            return fault.error_reply(), fault
        return self.dispatch(parsed), fault

    def handle(self, request: httpx.Request, content: bytes) -> httpx.Response:
        """Answer an httpx request (blocking for an injected delay)."""
        import time

        reply, fault = self.receive(request, content)
        if fault is not None and fault.delay > 0:
            time.sleep(fault.delay)
        return reply_to_response(reply, request, fault)

    def dispatch(self, request: FakeRequest) -> Reply:
        """Check the request as the API would, give `on()` functions their turn, then route it."""
        if self.validate:
            error = check_body(self.router, request)
            if error is not None:
                return error.to_reply()
        key = self.endpoint_of(request)
        function = self._functions.get(key) or self._functions.get("*")
        if function is None:
            return super().dispatch(request)
        result = function(request)
        if result is None:
            return super().dispatch(request)
        if isinstance(result, Reply):
            return result
        if isinstance(result, (dict, list)):
            return Reply(json=result)
        # A text, a Scripted: the endpoint's handler formats it (takes it as its script entry).
        stack: List[Any] = self._pending.__dict__.setdefault("stack", [])
        stack.append(result)
        try:
            return super().dispatch(request)
        finally:
            if stack and stack[-1] is result:
                stack.pop()

    def take_script(self, endpoint: str) -> Any:
        """The reply an `on()` function gave for the call being handled, else the next queued one."""
        stack: List[Any] = self._pending.__dict__.get("stack", [])
        if stack:
            return stack.pop()
        return super().take_script(endpoint)

    def endpoint_of(self, request: FakeRequest) -> str:
        """The endpoint key of `request` (see the class docstring), e.g. "chat.completions"."""
        return endpoint_key(request.path, self.router.pattern_for(request.method, request.path))

    # -- clients ---------------------------------------------------------------------------

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An `httpx.Client` whose requests go to this fake (for `OpenAI(http_client=...)`)."""
        return httpx.Client(transport=FakeTransport(self), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An `httpx.AsyncClient` whose requests go to this fake."""
        return httpx.AsyncClient(transport=AsyncFakeTransport(self), **kwargs)

    def client(self, **kwargs: Any) -> "OpenAI":
        """An `OpenAI` client wired to this fake; keyword arguments go to `OpenAI(...)`."""
        from .. import OpenAI

        kwargs.setdefault("api_key", FAKE_API_KEY)
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        kwargs.setdefault("http_client", self.http_client())
        return OpenAI(**kwargs)

    def async_client(self, **kwargs: Any) -> "AsyncOpenAI":
        """An `AsyncOpenAI` client wired to this fake; keyword arguments go to `AsyncOpenAI(...)`."""
        from .. import AsyncOpenAI

        kwargs.setdefault("api_key", FAKE_API_KEY)
        kwargs.setdefault("base_url", FAKE_BASE_URL)
        kwargs.setdefault("http_client", self.async_http_client())
        return AsyncOpenAI(**kwargs)

    def serve(self, port: int = 0, host: str = "127.0.0.1") -> "FakeServer":
        """Run this fake as an HTTP server in a background thread (`port=0`: any free port).

        Use it as a context manager, or call `.close()`; `.base_url` ends in `/v1`.
        """
        from ._server import FakeServer

        return FakeServer(self, host=host, port=port)

    def serve_realtime(self, port: int = 0) -> "RealtimeServer":
        """Run the fake's Realtime API (beta) on 127.0.0.1 in a background thread; give its `url`
        as the client's `websocket_base_url`. Needs `websockets` (the realtime extra)."""
        from ._realtime import RealtimeServer

        return RealtimeServer(self, port)

    # -- the request log -------------------------------------------------------------------

    @property
    def last_request(self) -> FakeRequest:
        """The most recent request (raises `LookupError` when none was received)."""
        with self._lock:
            if not self.requests:
                raise LookupError("The fake has received no request yet.")
            return self.requests[-1]

    def requests_to(self, endpoint: str, *, method: Optional[str] = None) -> List[FakeRequest]:
        """The requests to `endpoint`: a key such as "chat.completions", or a path such as
        "/files/file-abc/content" (relative to /v1); optionally of one HTTP `method`."""
        with self._lock:
            found = list(self.requests)
        if method is not None:
            found = [r for r in found if r.method == method.upper()]
        if endpoint.startswith("/"):
            return [r for r in found if r.path == endpoint]
        return [r for r in found if self.endpoint_of(r) == endpoint]

    # -- scripting -------------------------------------------------------------------------

    def queue_reply(self, text: str, *, endpoint: Optional[str] = None) -> None:
        """The next call of `endpoint` answers with `text` (the assistant message, the
        transcript, the moderated text, ...)."""
        self.push_script(endpoint or "*", Scripted(text=text))

    def queue_tool_calls(self, *calls: ToolCallLike, endpoint: Optional[str] = None) -> None:
        """The next call answers with these function calls instead of text.

        Each call is a `ToolCall`, a `(name, arguments)` pair or a `{"name", "arguments"}` dict;
        arguments may be a JSON string or an object (encoded for you).
        """
        if not calls:
            raise ValueError("queue_tool_calls() needs at least one call")
        self.push_script(endpoint or "*", Scripted(tool_calls=[_tool_call(call) for call in calls]))

    def queue_structured(self, obj: Any = None, *, endpoint: Optional[str] = None) -> None:
        """The next call answers with `obj` as JSON (a dict, a list or a pydantic model).

        Without `obj`, with an instance valid for the JSON schema of the request
        (`response_format` for chat, `text.format` for responses).
        """
        if obj is None:
            self.push_script(endpoint or "*", Scripted(handler=_structured_for_request))
            return
        dump = getattr(obj, "model_dump", None)
        self.push_script(endpoint or "*", Scripted(json_output=dump(mode="json") if callable(dump) else obj))

    def queue_refusal(
        self, text: str = "I'm sorry, I can't help with that.", *, endpoint: Optional[str] = None
    ) -> None:
        """The next call answers with a refusal (`message.refusal` / a `refusal` content part)."""
        self.push_script(endpoint or "*", Scripted(refusal=text))

    def queue_error(
        self,
        status: int,
        message: Optional[str] = None,
        *,
        type: Optional[str] = None,
        code: Optional[str] = None,
        param: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        endpoint: Optional[str] = None,
        method: Optional[str] = None,
        times: int = 1,
    ) -> None:
        """The next `times` requests (to `endpoint`, or any) answer `status` with the API's
        error object (`message`, `type`, `code`, `param`) and `headers` (e.g. `retry-after`).

        Errors apply to every endpoint, stateful ones too, before the endpoint runs (the
        request is not executed, as when the API rejects it).
        """
        self.inject_fault(
            status=status,
            message=message,
            type=type,
            code=code,
            param=param,
            headers=headers,
            endpoint=endpoint,
            method=method,
            times=times,
        )

    def on(self, endpoint: str, function: Optional[RequestFunction]) -> None:
        """Answer every call of `endpoint` ("*": of every endpoint) with `function(request)`.

        The function receives the `FakeRequest` and returns a `Reply`, a dict (sent as JSON), a
        string (the reply text, formatted by the endpoint), a `Scripted`, or None to let the
        endpoint answer as usual. `on(endpoint, None)` removes it. Queued errors and faults
        still come first; the request checks too.
        """
        with self._lock:
            if function is None:
                self._functions.pop(endpoint, None)
            else:
                self._functions[endpoint] = function

    # -- faults ----------------------------------------------------------------------------

    def inject_fault(
        self,
        *,
        endpoint: Optional[str] = None,
        method: Optional[str] = None,
        times: Optional[int] = 1,
        status: Optional[int] = None,
        body: Any = None,
        message: Optional[str] = None,
        type: Optional[str] = None,
        code: Optional[str] = None,
        param: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
        cut_after: Optional[int] = None,
        drop_done: bool = False,
        delay: float = 0.0,
        event_delay: float = 0.0,
    ) -> Fault:
        """Make the next `times` requests (None: every request until `clear_faults()`) to
        `endpoint` (a key, a path starting with "/", or None for any) misbehave:

        - `status`: answer it instead of running the endpoint, with `body` (JSON, or text/bytes)
          or the API's error object built from `message`/`type`/`code`/`param`, and `headers`.
        - `cut_after=N`: a streamed reply breaks off after N events (the client sees
          `httpx.RemoteProtocolError`, as when a connection drops mid-stream).
        - `drop_done=True`: a stream ends cleanly but without its `data: [DONE]`.
        - `delay` seconds before answering; `event_delay` seconds between stream events (the
          async transport awaits them, so the event loop keeps running).

        Faults are tried in the order they were injected; the first matching one is used.
        """
        fault = Fault(
            endpoint=endpoint,
            method=method,
            times=times,
            status=status,
            body=body,
            message=message,
            type=type,
            code=code,
            param=param,
            headers=dict(headers or {}),
            cut_after=cut_after,
            drop_done=drop_done,
            delay=float(delay),
            event_delay=float(event_delay),
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Remove every injected fault and queued error."""
        with self._lock:
            self._faults.clear()

    def _take_fault(self, request: FakeRequest) -> Optional[Fault]:
        with self._lock:
            if not self._faults:
                return None
            key = self.endpoint_of(request)
            for fault in self._faults:
                if fault.matches(request, key):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    return fault
            return None


def _tool_call(call: ToolCallLike) -> ToolCall:
    if isinstance(call, ToolCall):
        return call
    if isinstance(call, tuple):
        name, arguments = call
        call_id = None
    else:
        name, arguments, call_id = call["name"], call.get("arguments", "{}"), call.get("id")
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments)
    return ToolCall(name=str(name), arguments=arguments, id=call_id)


def _structured_for_request(request: FakeRequest) -> Scripted:
    """A JSON instance for the schema this request asks for (chat or responses shape)."""
    from ._schema import instance_for

    body = request.body if isinstance(request.body, dict) else {}
    response_format = body.get("response_format")
    if not isinstance(response_format, dict):
        text = body.get("text")
        response_format = text.get("format") if isinstance(text, dict) else None
    schema: Any = None
    if isinstance(response_format, dict):
        holder = response_format.get("json_schema", response_format)
        schema = holder.get("schema") if isinstance(holder, dict) else None
    return Scripted(json_output=instance_for(schema or {"type": "object"}))
