"""Area D (`core:`): streams, with `chat.completions.create(stream=True)` as the vehicle, sync and
async. Iteration semantics (peek with `next`, `break` and resume, iterate after exhaustion,
`close()` mid-way, `with stream:`), what the stream exposes (`response`, chunks' `_request_id`),
error events, and SSE decoding edge cases (comments, `retry:`/`id:` lines, multi-line data,
CRLF, events split across chunk boundaries, no `[DONE]`, a connection cut mid-stream).
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Optional

from dsl import Reply, scenario
from helpers import aread_stream, read_stream
from server import sse

from scenarios.core_client import MESSAGES

CREATED = 1741569952


def chunk(delta: Dict[str, Any], finish: Optional[str] = None, **extra: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": "chatcmpl-stream-001",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": "gpt-4o-mini-2024-07-18",
        "service_tier": "default",
        "system_fingerprint": "fp_06737a9306",
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    body.update(extra)
    return body


EVENTS = [
    chunk({"role": "assistant", "content": "", "refusal": None}),
    chunk({"content": "Hel"}),
    chunk({"content": "lo"}),
    chunk({"content": " there"}),
    chunk({}, "stop"),
]

USAGE_CHUNK = chunk({}, None, choices=[], usage={"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12})


def stream_reply(*events: Any, done: bool = True) -> Reply:
    return sse(*(events or EVENTS), done=done)


def raw_reply(data: bytes, *, split: int = 0) -> Reply:
    """A stream whose body is exactly `data`, written in pieces of `split` bytes (0: one piece)."""
    if split:
        pieces = [data[i : i + split] for i in range(0, len(data), split)]
    else:
        pieces = [data]
    return Reply(chunks=pieces, headers={"x-request-id": "req_stream"})


def one_piece() -> Reply:
    """The whole stream in one network write: after the first event the rest is already
    buffered on the client, so what `close()` leaves to read does not depend on timing."""
    return raw_reply(encoded(EVENTS))


def encoded(events: List[Dict[str, Any]], *, done: bool = True, newline: bytes = b"\n") -> bytes:
    out = b""
    for event in events:
        out += b"data: " + json.dumps(event).encode() + newline + newline
    if done:
        out += b"data: [DONE]" + newline + newline
    return out


def brief(item: Any) -> Any:
    """A chunk, briefly: id, the text delta and the finish reason."""
    choices = getattr(item, "choices", None)
    if choices:
        return [item.id, choices[0].delta.content, choices[0].finish_reason]
    if choices == []:
        return [getattr(item, "id", None), "<no choices>", getattr(getattr(item, "usage", None), "total_tokens", None)]
    return repr(item)


def _create(ctx: Any, **kwargs: Any) -> Any:
    return ctx.client(max_retries=0).chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True, **kwargs
    )


def _acreate(ctx: Any, **kwargs: Any) -> Any:
    return ctx.async_client(max_retries=0).chat.completions.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True, **kwargs
    )


def drain(ctx: Any, label: str, stream: Any, limit: int = 0) -> None:
    """Iterate to the end (or `limit` items), recording each chunk briefly and an exception if
    one is raised. After `close()` only what was already buffered is read (`limit`): reading
    the closed socket further races with the server's final write."""
    seen, error = read_stream(stream, limit or None, brief)
    _record_read(ctx, label, seen, error)


async def adrain(ctx: Any, label: str, stream: Any, limit: int = 0) -> None:
    seen, error = await aread_stream(stream, limit or None, brief)
    _record_read(ctx, label, seen, error)


def _record_read(ctx: Any, label: str, seen: List[Any], error: Any) -> None:
    ctx.note(label, seen)
    if error is not None:
        ctx.record(label + " raised", error)


def _chunks(name: str, deviation: Optional[str] = None) -> Callable[[Callable[[], Reply]], Any]:
    """Decorates the function giving a scripted reply: registers "core: stream {name}", where
    that stream is read to its end (`drain`)."""

    def register(reply: Callable[[], Reply]) -> Any:
        @scenario(f"core: stream {name}", deviation=deviation)
        def _(ctx: Any) -> None:
            ctx.reply(reply())
            drain(ctx, "chunks", _create(ctx))

        return reply

    return register


# ----------------------------------------------------------------------------- iteration, sync


@scenario("core: stream full iteration")
def _(ctx):
    ctx.reply(stream_reply(*EVENTS, USAGE_CHUNK))
    stream = _create(ctx, stream_options={"include_usage": True})
    ctx.note("type", type(stream).__name__)
    ctx.note("response.status_code", stream.response.status_code)
    ctx.note("response content-type", stream.response.headers.get("content-type"))
    ctx.note("response x-request-id", stream.response.headers.get("x-request-id"))
    for i, item in enumerate(stream):
        ctx.see(f"chunk {i}", item)
    ctx.note("response closed", stream.response.is_closed)


@scenario("core: stream next(iter()) then for loop")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    ctx.note("first", brief(next(iter(stream))))
    drain(ctx, "rest", stream)


@scenario("core: stream next() on the stream itself")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    ctx.note("first", brief(next(stream)))
    ctx.note("second", brief(next(stream)))
    drain(ctx, "rest", stream)
    ctx.call("next after end", lambda: next(stream))


@scenario("core: stream two iterators interleaved")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    a, b = iter(stream), iter(stream)
    ctx.note("a", brief(next(a)))
    ctx.note("b", brief(next(b)))
    ctx.note("a again", brief(next(a)))
    drain(ctx, "rest", stream)


@scenario("core: stream break then iterate again")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    seen = []
    for item in stream:
        seen.append(brief(item))
        if len(seen) == 2:
            break
    ctx.note("before break", seen)
    ctx.note("closed after break", stream.response.is_closed)
    drain(ctx, "after break", stream)


@scenario("core: stream iterate twice after exhaustion")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    drain(ctx, "first pass", stream)
    drain(ctx, "second pass", stream)
    ctx.note("closed", stream.response.is_closed)


@scenario("core: stream close mid-way then iterate")
def _(ctx):
    ctx.reply(one_piece())
    stream = _create(ctx)
    ctx.note("first", brief(next(iter(stream))))
    stream.close()
    ctx.note("closed", stream.response.is_closed)
    drain(ctx, "after close", stream, limit=4)


@scenario("core: stream close before iterating")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    stream.close()
    drain(ctx, "after close", stream)


@scenario("core: stream with block left early")
def _(ctx):
    ctx.reply(one_piece())
    with _create(ctx) as stream:
        ctx.note("entered type", type(stream).__name__)
        for item in stream:
            ctx.note("first", brief(item))
            break
    ctx.note("closed after with", stream.response.is_closed)
    drain(ctx, "after with", stream, limit=4)


@scenario("core: stream with block full")
def _(ctx):
    ctx.reply(stream_reply())
    with _create(ctx) as stream:
        drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


@scenario("core: stream exception inside with block closes")
def _(ctx):
    ctx.reply(stream_reply())
    holder: List[Any] = []

    def run() -> None:
        with _create(ctx) as stream:
            holder.append(stream)
            next(iter(stream))
            raise KeyError("caller failure")

    ctx.call("with", run)
    ctx.note("closed", holder[0].response.is_closed if holder else None)


@scenario("core: stream chunk _request_id and model dumps")
def _(ctx):
    ctx.reply(stream_reply())
    stream = _create(ctx)
    first = next(iter(stream))
    ctx.call("_request_id", lambda: first._request_id)
    ctx.see("first", first)
    stream.close()


@scenario("core: stream with_raw_response")
def _(ctx):
    ctx.reply(stream_reply())
    response = ctx.client(max_retries=0).chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    )
    ctx.see("response", response)
    stream = response.parse()
    ctx.note("type", type(stream).__name__)
    drain(ctx, "chunks", stream)


@scenario("core: stream with_streaming_response iter_lines")
def _(ctx):
    ctx.reply(stream_reply(EVENTS[0], EVENTS[1]))
    with ctx.client(max_retries=0).chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    ) as response:
        ctx.note("lines", list(response.iter_lines()))


@scenario("core: stream with_streaming_response parse")
def _(ctx):
    ctx.reply(stream_reply())
    with ctx.client(max_retries=0).chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    ) as response:
        stream = response.parse()
        ctx.note("type", type(stream).__name__)
        drain(ctx, "chunks", stream)


# ----------------------------------------------------------------------------- errors in the stream


@scenario("core: stream error event mid-stream", deviation="stream-closed-on-error")
def _(ctx):
    error = {"error": {"message": "The server had an error", "type": "server_error", "param": None, "code": None}}
    ctx.reply(
        Reply(
            chunks=[
                encoded(EVENTS[:2], done=False),
                b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n",
                encoded(EVENTS[2:]),
            ],
            headers={"x-request-id": "req_stream_err"},
        )
    )
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)
    drain(ctx, "again", stream)


@_chunks("data error object mid-stream")
def _() -> Reply:
    error = {"error": {"message": "Rate limit exceeded mid-stream", "type": "requests", "code": "rate_limit"}}
    return stream_reply(EVENTS[0], error, EVENTS[1])


_chunks("error without a message")(lambda: stream_reply(EVENTS[0], {"error": {"type": "server_error"}}))


_chunks("error as a string")(lambda: stream_reply(EVENTS[0], {"error": "overloaded"}))


_chunks("error null is a chunk")(lambda: stream_reply(dict(EVENTS[1], error=None), EVENTS[2]))


@_chunks("thread event named error")
def _() -> Reply:
    return raw_reply(b'event: thread.error\ndata: {"error": {"message": "thread failed"}}\n\n' + encoded([EVENTS[1]]))


@scenario("core: stream malformed JSON in an event")
def _(ctx):
    ctx.reply(raw_reply(encoded(EVENTS[:2], done=False) + b"data: {not json\n\n" + encoded(EVENTS[2:])))
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    drain(ctx, "again", stream)


@scenario("core: stream connection cut mid-stream", deviation="stream-closed-on-error")
def _(ctx):
    ctx.reply(Reply(chunks=[encoded(EVENTS[:2], done=False), b"<cut>"], headers={"x-request-id": "req_cut"}))
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


@_chunks("connection cut inside an event", deviation="stream-interrupted-error")
def _() -> Reply:
    data = encoded(EVENTS[:2], done=False)
    return Reply(chunks=[data, b'data: {"id": "chatcmpl-stream-001", "obj', b"<cut>"])


@scenario("core: stream ends without DONE")
def _(ctx):
    ctx.reply(stream_reply(done=False))
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


_chunks("ends without a final blank line", deviation="stream-terminal-marker")(
    lambda: raw_reply(encoded(EVENTS[:2], done=False) + b"data: " + json.dumps(EVENTS[2]).encode() + b"\n")
)


@scenario("core: stream events after DONE are ignored")
def _(ctx):
    ctx.reply(raw_reply(encoded(EVENTS[:2]) + encoded(EVENTS[2:], done=False)))
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


_chunks("DONE with trailing text")(
    lambda: raw_reply(encoded(EVENTS[:2], done=False) + b"data: [DONE] bye\n\n" + encoded(EVENTS[2:3]))
)


# ----------------------------------------------------------------------------- SSE decoding


@_chunks("comments retry and id lines", deviation="sse-stale-id")
def _() -> Reply:
    body = (
        b": keep-alive\n\n"
        + b"retry: 3000\n"
        + b"id: evt-1\n"
        + b"data: "
        + json.dumps(EVENTS[0]).encode()
        + b"\n\n"
        + b": another comment\n"
        + b"id: evt-2\n"
        + b"data: "
        + json.dumps(EVENTS[1]).encode()
        + b"\n\n"
        + b"retry: not-a-number\n\n"
        + b"data: [DONE]\n\n"
    )
    return raw_reply(body)


@_chunks("multi-line data")
def _() -> Reply:
    text = json.dumps(EVENTS[1], indent=1).encode()
    multi = b"".join(b"data: " + line + b"\n" for line in text.split(b"\n")) + b"\n"
    return raw_reply(multi + encoded(EVENTS[2:]))


@_chunks("data without a space and other fields")
def _() -> Reply:
    body = (
        b"data:"
        + json.dumps(EVENTS[1]).encode()
        + b"\n\n"
        + b"event: message\ndata: "
        + json.dumps(EVENTS[2]).encode()
        + b"\n\n"
        + b"unknown: field\ndata: "
        + json.dumps(EVENTS[3]).encode()
        + b"\n\n"
        + b"data\n\n"
        + b"data: [DONE]\n\n"
    )
    return raw_reply(body)


_chunks("CRLF line endings")(lambda: raw_reply(encoded(EVENTS, newline=b"\r\n")))


_chunks("CR line endings")(lambda: raw_reply(encoded(EVENTS, newline=b"\r")))


@_chunks("CRLF split between chunks")
def _() -> Reply:
    data = encoded(EVENTS[:3], newline=b"\r\n")
    first_crlf = data.index(b"\r\n")
    return Reply(chunks=[data[: first_crlf + 1], data[first_crlf + 1 :]])


_chunks("events split across 7-byte chunks")(lambda: raw_reply(encoded(EVENTS), split=7))


_chunks("events split one byte at a time")(lambda: raw_reply(encoded(EVENTS[:3]), split=1))


@_chunks("multibyte UTF-8 split across chunks")
def _() -> Reply:
    events = [chunk({"content": "żółć 世界 😀"}), chunk({"content": "naïve"}, "stop")]
    data = b""
    for event in events:
        data += b"data: " + json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n\n"
    data += b"data: [DONE]\n\n"
    return raw_reply(data, split=5)


@_chunks("unicode line separators inside data")
def _() -> Reply:
    events = [chunk({"content": "a\u2028b\u2029c\x85d\x1ce\x0bf\x0cg"}), chunk({}, "stop")]
    data = b""
    for event in events:
        data += b"data: " + json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n\n"
    return raw_reply(data + b"data: [DONE]\n\n")


@_chunks("many events in one chunk")
def _() -> Reply:
    events = [chunk({"content": f"t{i}"}) for i in range(30)]
    return raw_reply(encoded(events))


@scenario("core: stream chunk with unknown fields and usage only")
def _(ctx):
    odd = chunk({"content": "x", "future_field": {"a": 1}}, None, obfuscation="abc123", new_top=[1, 2])
    ctx.reply(stream_reply(odd, USAGE_CHUNK))
    stream = _create(ctx)
    for i, item in enumerate(stream):
        ctx.see(f"chunk {i}", item)


_chunks("non-SSE JSON body", deviation="stream-terminal-marker")(
    lambda: Reply(json_body={"id": "chatcmpl-x", "object": "chat.completion", "choices": []})
)


@scenario("core: stream empty body", deviation="stream-terminal-marker")
def _(ctx):
    ctx.reply(Reply(chunks=[]))
    stream = _create(ctx)
    drain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


@scenario("core: stream completions.create legacy")
def _(ctx):
    events = [
        {
            "id": "cmpl-1",
            "object": "text_completion",
            "created": CREATED,
            "model": "gpt-3.5-turbo-instruct",
            "choices": [{"text": word, "index": 0, "logprobs": None, "finish_reason": None}],
        }
        for word in ("Once", " upon")
    ]
    ctx.reply(stream_reply(*events))
    stream = ctx.client().completions.create(model="gpt-3.5-turbo-instruct", prompt="Tell", stream=True)
    ctx.note("type", type(stream).__name__)
    ctx.note("texts", [c.choices[0].text for c in stream])


# ----------------------------------------------------------------------------- async


@scenario("core: stream async full iteration")
async def _(ctx):
    ctx.reply(stream_reply(*EVENTS, USAGE_CHUNK))
    stream = await _acreate(ctx, stream_options={"include_usage": True})
    ctx.note("type", type(stream).__name__)
    ctx.note("response.status_code", stream.response.status_code)
    i = 0
    async for item in stream:
        ctx.see(f"chunk {i}", item)
        i += 1
    ctx.note("response closed", stream.response.is_closed)


@scenario("core: stream async anext then async for")
async def _(ctx):
    ctx.reply(stream_reply())
    stream = await _acreate(ctx)
    ctx.note("first", brief(await stream.__aiter__().__anext__()))
    await adrain(ctx, "rest", stream)


@scenario("core: stream async anext on the stream itself")
async def _(ctx):
    ctx.reply(stream_reply())
    stream = await _acreate(ctx)
    ctx.note("first", brief(await stream.__anext__()))
    await adrain(ctx, "rest", stream)
    try:
        await stream.__anext__()
        ctx.note("anext after end", "returned")
    except BaseException as exc:  # StopAsyncIteration
        ctx.note("anext after end", type(exc).__name__)


@scenario("core: stream async break then iterate again")
async def _(ctx):
    ctx.reply(stream_reply())
    stream = await _acreate(ctx)
    seen = []
    async for item in stream:
        seen.append(brief(item))
        if len(seen) == 2:
            break
    ctx.note("before break", seen)
    await adrain(ctx, "after break", stream)


@scenario("core: stream async iterate twice after exhaustion")
async def _(ctx):
    ctx.reply(stream_reply())
    stream = await _acreate(ctx)
    await adrain(ctx, "first pass", stream)
    await adrain(ctx, "second pass", stream)


@scenario("core: stream async close mid-way then iterate")
async def _(ctx):
    ctx.reply(one_piece())
    stream = await _acreate(ctx)
    ctx.note("first", brief(await stream.__aiter__().__anext__()))
    await stream.close()
    ctx.note("closed", stream.response.is_closed)
    await adrain(ctx, "after close", stream, limit=4)


@scenario("core: stream async with block left early")
async def _(ctx):
    ctx.reply(one_piece())
    async with await _acreate(ctx) as stream:
        async for item in stream:
            ctx.note("first", brief(item))
            break
    ctx.note("closed after with", stream.response.is_closed)
    await adrain(ctx, "after with", stream, limit=4)


@scenario("core: stream async error event mid-stream")
async def _(ctx):
    error = {"error": {"message": "The server had an error", "type": "server_error", "param": None, "code": None}}
    ctx.reply(
        raw_reply(encoded(EVENTS[:2], done=False) + b"event: error\ndata: " + json.dumps(error).encode() + b"\n\n")
    )
    await adrain(ctx, "chunks", await _acreate(ctx))


@scenario("core: stream async malformed JSON")
async def _(ctx):
    ctx.reply(raw_reply(encoded(EVENTS[:1], done=False) + b"data: {oops}\n\n"))
    await adrain(ctx, "chunks", await _acreate(ctx))


@scenario("core: stream async connection cut mid-stream", deviation="stream-closed-on-error")
async def _(ctx):
    ctx.reply(Reply(chunks=[encoded(EVENTS[:2], done=False), b"<cut>"]))
    stream = await _acreate(ctx)
    await adrain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


@scenario("core: stream async split chunks and CRLF")
async def _(ctx):
    ctx.reply(raw_reply(encoded(EVENTS, newline=b"\r\n"), split=3))
    await adrain(ctx, "chunks", await _acreate(ctx))


@scenario("core: stream async ends without DONE")
async def _(ctx):
    ctx.reply(stream_reply(done=False))
    stream = await _acreate(ctx)
    await adrain(ctx, "chunks", stream)
    ctx.note("closed", stream.response.is_closed)


@scenario("core: stream async with_streaming_response parse")
async def _(ctx):
    ctx.reply(stream_reply())
    async with ctx.async_client(max_retries=0).chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=MESSAGES, stream=True
    ) as response:
        stream = await response.parse()
        ctx.note("type", type(stream).__name__)
        await adrain(ctx, "chunks", stream)
