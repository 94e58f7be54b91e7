"""From httpx to the fake and back: request parsing, the in-process transports, reply bodies."""

from __future__ import annotations

import json
import time
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Iterable, Iterator, List, Optional, Union, cast

import anyio
import httpx

from ._core import SSE, FakeRequest, FakeUpload, Reply
from ._faults import StreamCut

if TYPE_CHECKING:
    from ._fake import FakeOpenAI
    from ._faults import Fault

__all__ = ["parse_request", "reply_to_response", "FakeTransport", "AsyncFakeTransport", "shaped_events"]


def _parse_multipart(content_type: str, content: bytes) -> Dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + content
    )
    fields: Dict[str, Any] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = cast(bytes, part.get_payload(decode=True) or b"")
        filename = part.get_filename()
        value: Any
        if filename is not None or part.get_content_type() not in ("text/plain",) and part.get("content-type"):
            value = FakeUpload(filename=filename, content=payload, content_type=part.get_content_type())
        else:
            value = payload.decode()
        if name in fields:
            previous = fields[name]
            fields[name] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            fields[name] = value
    return fields


def parse_request(request: httpx.Request, content: bytes) -> FakeRequest:
    """The `FakeRequest` for an httpx request whose body has been read as `content`."""
    path = request.url.path
    if path.startswith("/v1/"):
        path = path[3:]
    elif path.startswith("/openai/"):  # Azure: /openai/deployments/{name}/... or /openai/...
        rest = path[len("/openai") :]
        if rest.startswith("/deployments/"):
            rest = "/" + rest.split("/", 3)[3] if rest.count("/") >= 3 else rest
        path = rest
    content_type = request.headers.get("content-type", "")
    body: Any = None
    if content:
        if content_type.startswith("multipart/form-data"):
            body = _parse_multipart(content_type, content)
        else:
            try:
                body = json.loads(content)
            except ValueError:
                body = content
    return FakeRequest(
        method=request.method,
        path=path,
        query=request.url.params,
        headers=request.headers,
        body=body,
        content=content,
        url=str(request.url),
    )


def shaped_events(events: Iterable[Any], fault: Optional["Fault"]) -> Iterator[Union[bytes, float]]:
    """The encoded events of a stream as an injected fault shapes them: a float is a pause to
    take (the caller sleeps its own way), and `StreamCut` is raised where the stream breaks off."""
    sent = 0
    for event in events:
        if fault is not None and fault.drop_done and isinstance(event, SSE) and event.data == "[DONE]":
            continue
        if fault is not None and fault.cut_after is not None and sent >= fault.cut_after:
            raise StreamCut(f"stream cut off after {sent} events")
        if sent and fault is not None and fault.event_delay > 0:
            yield fault.event_delay
        yield event.encode() if isinstance(event, SSE) else event
        sent += 1


_CUT_MESSAGE = "peer closed connection without sending complete message body (incomplete chunked read)"


class _EventStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body produced lazily, readable by both sync and async httpx clients; pauses
    between events block the thread in sync use and yield to the event loop in async use."""

    def __init__(self, events: Iterable[Any], fault: Optional["Fault"] = None) -> None:
        self._events = events
        self._fault = fault

    def __iter__(self) -> Iterator[bytes]:
        try:
            for step in shaped_events(self._events, self._fault):
                if isinstance(step, bytes):
                    yield step
                else:
                    time.sleep(step)
        except StreamCut:
            raise httpx.RemoteProtocolError(_CUT_MESSAGE) from None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            for step in shaped_events(self._events, self._fault):
                if isinstance(step, bytes):
                    yield step
                else:
                    await anyio.sleep(step)
        except StreamCut:
            raise httpx.RemoteProtocolError(_CUT_MESSAGE) from None


def reply_headers(reply: Reply) -> Dict[str, str]:
    """The headers of a reply, with the content type its body implies."""
    headers: Dict[str, str] = {"x-request-id": reply.headers.get("x-request-id", "req_fake")}
    headers.update(reply.headers)
    if reply.events is not None:
        headers.setdefault("content-type", "text/event-stream; charset=utf-8")
    elif reply.content is not None:
        headers.setdefault("content-type", reply.content_type or "application/octet-stream")
    else:
        headers.setdefault("content-type", "application/json")
    return headers


def reply_body(reply: Reply) -> bytes:
    """The body of a non-streamed reply."""
    if reply.content is not None:
        return reply.content
    return json.dumps(reply.json).encode()


def reply_to_response(reply: Reply, request: httpx.Request, fault: Optional["Fault"] = None) -> httpx.Response:
    """The httpx response for a handler's reply (a stream shaped by `fault`, if any)."""
    headers = reply_headers(reply)
    if reply.events is not None:
        return httpx.Response(reply.status, headers=headers, stream=_EventStream(reply.events, fault), request=request)
    return httpx.Response(reply.status, headers=headers, content=reply_body(reply), request=request)


class FakeTransport(httpx.BaseTransport):
    """Sends each request to the fake in-process; no sockets."""

    def __init__(self, fake: "FakeOpenAI") -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply, fault = self.fake.receive(request, request.read())
        if fault is not None and fault.delay > 0:
            time.sleep(fault.delay)
        return reply_to_response(reply, request, fault)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The async twin of `FakeTransport`; an injected delay awaits instead of blocking the loop."""

    def __init__(self, fake: "FakeOpenAI") -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply, fault = self.fake.receive(request, await request.aread())
        if fault is not None and fault.delay > 0:
            await anyio.sleep(fault.delay)
        return reply_to_response(reply, request, fault)


def recorded(requests: List[FakeRequest], request: FakeRequest, limit: Optional[int] = None) -> None:
    requests.append(request)
    if limit is not None and len(requests) > limit:
        del requests[0]
