"""Fake server bodies (a binary body served chunk by chunk, SSE replies, reply sequences) and
reading what a client streams back, on the sync or the async client."""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any, AsyncIterator, Dict, Iterator, List, Optional, Tuple

import httpx

from openai import AsyncStream, Stream

# ----------------------------------------------------------------------------- recorded requests


class Recorded:
    """One request as a test server saw it."""

    def __init__(self, method: str, path: str, headers: Dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> Dict[str, Tuple[Optional[str], bytes]]:
        """A multipart body's parts by name: (filename or None, content)."""
        boundary = self.headers["content-type"].split("boundary=", 1)[1].encode()
        parts: Dict[str, Tuple[Optional[str], bytes]] = {}
        for raw in self.body.split(b"--" + boundary)[1:-1]:
            head, _, content = raw[2:-2].partition(b"\r\n\r\n")  # between "\r\n" and "\r\n"
            name = re.search(rb'name="([^"]*)"', head)
            filename = re.search(rb'filename="([^"]*)"', head)
            assert name is not None
            parts[name.group(1).decode()] = (filename.group(1).decode() if filename else None, content)
        return parts

    def __repr__(self) -> str:
        return f"Recorded({self.method} {self.path})"


# ----------------------------------------------------------------------------- reading streams


@contextlib.asynccontextmanager
async def opened(manager: Any) -> AsyncIterator[Any]:
    """`with manager as stream` or `async with manager as stream`, whichever it is: enters a sync or
    an async context manager (stream managers, streaming responses)."""
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            yield stream
    else:
        with manager as stream:
            yield stream


async def read(stream: Any, take: Optional[int] = None) -> List[Any]:
    """The next `take` events of a sync or async stream (all of them by default)."""
    events: List[Any] = []
    while take is None or len(events) < take:
        try:
            events.append(await stream.__anext__() if hasattr(stream, "__anext__") else next(stream))
        except (StopIteration, StopAsyncIteration):
            break
    return events


# ----------------------------------------------------------------------------- a binary body in chunks


CHUNKS = [bytes((i + j) % 256 for j in range(1024)) for i in range(64)]


BODY = b"".join(CHUNKS)


class Server:
    """Serves BODY as many chunks and counts how many the client pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def chunks(self) -> Iterator[bytes]:
        for chunk in CHUNKS:
            self.pulled += 1
            yield chunk

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk

    def respond(self, request: httpx.Request) -> httpx.Response:
        is_async = request.headers.get("x-stainless-async", "false") != "false"
        content = self.achunks() if is_async else self.chunks()
        return httpx.Response(200, headers={"content-type": "application/octet-stream"}, content=content)


def not_buffered(response: httpx.Response) -> bool:
    """True while httpx holds no in-memory copy of the body."""
    try:
        _ = response.content
    except httpx.ResponseNotRead:
        return True
    return False


# ----------------------------------------------------------------------------- SSE named by event type


def sse(*events: Dict[str, Any]) -> httpx.Response:
    """A streamed reply; each event named by its `type`, as the Images and Audio APIs send them."""
    body = "".join(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n" for event in events)
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body.encode())


async def collect(stream: Any) -> List[Any]:
    assert isinstance(stream, (Stream, AsyncStream))
    if isinstance(stream, AsyncStream):
        return [event async for event in stream]
    return list(stream)


# ----------------------------------------------------------------------------- reply sequences


def replies(*bodies: Dict[str, Any], headers: Optional[List[Dict[str, str]]] = None) -> List[httpx.Response]:
    """One response per body, the i-th with `headers[i]` (none by default)."""
    return [httpx.Response(200, json=body, headers=(headers or [{}] * len(bodies))[i]) for i, body in enumerate(bodies)]
