"""From httpx to the fake and back: request parsing, the in-process transports, reply bodies."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any, AsyncIterator, Dict, Iterator, List, Optional

import httpx

from ._core import SSE, FakeRequest, FakeUpload, Reply

if TYPE_CHECKING:
    from ._fake import FakeOpenAI

__all__ = ["parse_request", "reply_to_response", "FakeTransport", "AsyncFakeTransport"]


def _parse_multipart(content_type: str, content: bytes) -> Dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + content
    )
    fields: Dict[str, Any] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        if name is None:
            continue
        payload: bytes = part.get_payload(decode=True) or b""
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


class _EventStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A reply body produced lazily, readable by both sync and async httpx clients."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def _event_chunks(events: Any) -> Iterator[bytes]:
    for event in events:
        yield event.encode() if isinstance(event, SSE) else event


def reply_to_response(reply: Reply, request: httpx.Request) -> httpx.Response:
    """The httpx response for a handler's reply."""
    headers: Dict[str, str] = {"x-request-id": reply.headers.pop("x-request-id", "req_fake")}
    headers.update(reply.headers)
    if reply.events is not None:
        headers.setdefault("content-type", "text/event-stream; charset=utf-8")
        return httpx.Response(
            reply.status, headers=headers, stream=_EventStream(_event_chunks(reply.events)), request=request
        )
    if reply.content is not None:
        headers.setdefault("content-type", reply.content_type or "application/octet-stream")
        return httpx.Response(reply.status, headers=headers, content=reply.content, request=request)
    headers.setdefault("content-type", "application/json")
    body = json.dumps(reply.json).encode()
    return httpx.Response(reply.status, headers=headers, content=body, request=request)


class FakeTransport(httpx.BaseTransport):
    """Sends each request to the fake in-process; no sockets."""

    def __init__(self, fake: "FakeOpenAI") -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.fake.handle(request, request.read())


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """The async twin of `FakeTransport`."""

    def __init__(self, fake: "FakeOpenAI") -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.fake.handle(request, await request.aread())


def recorded(requests: List[FakeRequest], request: FakeRequest, limit: Optional[int] = None) -> None:
    requests.append(request)
    if limit is not None and len(requests) > limit:
        del requests[0]
