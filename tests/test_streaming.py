"""`Stream` / `AsyncStream` over respx: parsing, `[DONE]`, error events, the official iteration
semantics (a loop left early continues later) and closing on every path."""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any, AsyncIterator, Iterator, List, Optional, Tuple

import anyio
import httpx
import pytest
import respx

import openai
from openai import AsyncStream, Stream
from openai.types import Completion
from openai.types.chat import ChatCompletionChunk

BASE_URL = "http://api.test/v1"
MESSAGES = [{"role": "user", "content": "hi"}]


class ServerBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed response body that records how far it was read and whether it was closed.

    `hang=True` (async only) makes the server wait forever after its last chunk, like a
    connection that stays open.
    """

    def __init__(self, chunks: List[bytes], *, hang: bool = False) -> None:
        self.chunks = chunks
        self.hang = hang
        self.sent = 0
        self.finished = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        self.finished = True

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.hang:
            await anyio.sleep_forever()
        self.finished = True

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def sse(data: Any, event: Optional[str] = None) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {text}\n\n".encode()


def chat_chunk(content: str, finish_reason: Optional[str] = None) -> bytes:
    return sse(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish_reason}],
        }
    )


def text_chunk(text: str) -> bytes:
    return sse(
        {
            "id": "cmpl-1",
            "object": "text_completion",
            "created": 1,
            "model": "gpt-3.5-turbo-instruct",
            "choices": [{"index": 0, "text": text, "finish_reason": None, "logprobs": None}],
        }
    )


HELLO = [chat_chunk("Hel"), chat_chunk("lo"), chat_chunk("!", "stop"), sse("[DONE]")]
ERROR = {"error": {"message": "boom", "type": "server_error", "code": None}}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def serve(mock: respx.MockRouter, path: str, body: ServerBody) -> respx.Route:
    headers = {"content-type": "text/event-stream", "x-request-id": "req_stream"}
    return mock.post(path).mock(side_effect=lambda request: httpx.Response(200, headers=headers, stream=body))


def serve_chat(mock: respx.MockRouter, chunks: List[bytes], *, hang: bool = False) -> ServerBody:
    body = ServerBody(chunks, hang=hang)
    serve(mock, "/chat/completions", body)
    return body


def chat_stream(client: openai.OpenAI) -> Stream[ChatCompletionChunk]:
    return client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)


async def async_chat_stream(client: openai.AsyncOpenAI) -> AsyncStream[ChatCompletionChunk]:
    return await client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES, stream=True)


async def finalised(stream: AsyncStream[Any]) -> bool:
    """Whether the stream's response gets closed within a few turns of the event loop.

    An async generator left by `break` or an exception cannot be closed at once: Python hands
    it to the event loop's finaliser, which closes it on a following turn.
    """
    for _ in range(10):
        if stream.response.is_closed:
            return True
        await asyncio.sleep(0)
    return stream.response.is_closed


def contents(chunks: List[ChatCompletionChunk]) -> List[Optional[str]]:
    return [c.choices[0].delta.content for c in chunks]


# ----------------------------------------------------------------------------- parsing


def test_chat_stream_yields_parsed_chunks(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = chat_stream(client)
    assert isinstance(stream, Stream)
    chunks = list(stream)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert contents(chunks) == ["Hel", "lo", "!"]
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert json.loads(mock.calls.last.request.content)["stream"] is True
    assert stream.response.is_closed and body.closed


@pytest.mark.anyio
async def test_async_chat_stream_yields_parsed_chunks(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = await async_chat_stream(async_client)
    assert isinstance(stream, AsyncStream)
    chunks = [c async for c in stream]
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert contents(chunks) == ["Hel", "lo", "!"]
    assert stream.response.is_closed and body.closed


def test_completions_stream_yields_completions(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve(mock, "/completions", ServerBody([text_chunk("Once"), text_chunk(" upon"), sse("[DONE]")]))
    stream = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Tell", stream=True)
    items = list(stream)
    assert all(isinstance(c, Completion) for c in items)
    assert [c.choices[0].text for c in items] == ["Once", " upon"]


@pytest.mark.anyio
async def test_async_completions_stream_yields_completions(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    serve(mock, "/completions", ServerBody([text_chunk("Once"), text_chunk(" upon"), sse("[DONE]")]))
    stream = await async_client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Tell", stream=True)
    items = [c async for c in stream]
    assert all(isinstance(c, Completion) for c in items)
    assert [c.choices[0].text for c in items] == ["Once", " upon"]


def test_events_split_across_network_chunks(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    raw = b"".join(HELLO)
    serve_chat(mock, [raw[i : i + 5] for i in range(0, len(raw), 5)])
    assert contents(list(chat_stream(client))) == ["Hel", "lo", "!"]


def test_done_ends_the_stream(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, [chat_chunk("a"), sse("[DONE]"), chat_chunk("after done")])
    stream = chat_stream(client)
    assert contents(list(stream)) == ["a"]
    assert stream.response.is_closed and body.closed


@pytest.mark.anyio
async def test_async_done_ends_the_stream(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, [chat_chunk("a"), sse("[DONE]"), chat_chunk("after done")])
    stream = await async_chat_stream(async_client)
    assert contents([c async for c in stream]) == ["a"]
    assert stream.response.is_closed and body.closed


def test_stream_without_done_ends_with_the_body(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    # Opted out of the terminal-marker check (by default this stream raises: tests/reliability).
    body = serve_chat(mock, [chat_chunk("a"), chat_chunk("b")])
    assert contents(list(chat_stream(client.with_options(strict_stream_end=False)))) == ["a", "b"]
    assert body.finished and body.closed


def test_next_returns_one_chunk_at_a_time(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_chat(mock, HELLO)
    stream = chat_stream(client)
    assert next(stream).choices[0].delta.content == "Hel"
    assert next(stream).choices[0].delta.content == "lo"
    assert contents(list(stream)) == ["!"]
    with pytest.raises(StopIteration):
        next(stream)


@pytest.mark.anyio
async def test_async_anext_returns_one_chunk_at_a_time(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    serve_chat(mock, HELLO)
    stream = await async_chat_stream(async_client)
    assert (await stream.__anext__()).choices[0].delta.content == "Hel"
    assert contents([c async for c in stream]) == ["lo", "!"]
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()


def test_response_is_the_httpx_response(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_chat(mock, HELLO)
    with chat_stream(client) as stream:
        assert isinstance(stream.response, httpx.Response)
        assert stream.response.status_code == 200
        assert stream.response.headers["x-request-id"] == "req_stream"
        assert stream.response.request.url == f"{BASE_URL}/chat/completions"


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(sse(ERROR), id="data-error"),
        pytest.param(sse(ERROR, event="error"), id="error-event"),
    ],
)
def test_error_payload_raises_api_error(client: openai.OpenAI, mock: respx.MockRouter, event: bytes) -> None:
    body = serve_chat(mock, [chat_chunk("a"), event, chat_chunk("never")])
    stream = chat_stream(client)
    received = []
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            received.append(chunk)
    assert contents(received) == ["a"]
    assert info.value.message == "boom"
    assert info.value.body == ERROR["error"]
    assert info.value.request.url == f"{BASE_URL}/chat/completions"
    assert stream.response.is_closed and body.closed


@pytest.mark.anyio
@pytest.mark.parametrize("event", [sse(ERROR), sse(ERROR, event="error")], ids=["data-error", "error-event"])
async def test_async_error_payload_raises_api_error(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter, event: bytes
) -> None:
    body = serve_chat(mock, [event])
    stream = await async_chat_stream(async_client)
    with pytest.raises(openai.APIError, match="boom") as info:
        async for _ in stream:
            pass
    assert info.value.body == ERROR["error"]
    assert stream.response.is_closed and body.closed


def test_error_without_message_still_raises(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_chat(mock, [sse({"error": {"code": "oops"}})])
    with pytest.raises(openai.APIError) as info:
        list(chat_stream(client))
    assert info.value.body == {"code": "oops"}
    assert info.value.message  # a generic message, never empty


def test_http_error_status_raises_before_streaming(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    mock.post("/chat/completions").respond(400, json={"error": {"message": "bad model", "type": "invalid"}})
    with pytest.raises(openai.BadRequestError, match="bad model"):
        chat_stream(client)


# ----------------------------------------------------------------------------- closing


def test_context_manager_closes_the_response(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    with chat_stream(client) as stream:
        assert next(stream).choices[0].delta.content == "Hel"
        assert not stream.response.is_closed
    assert stream.response.is_closed and body.closed
    assert not body.finished


@pytest.mark.anyio
async def test_async_context_manager_closes_the_response(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    body = serve_chat(mock, HELLO)
    async with await async_chat_stream(async_client) as stream:
        async for _ in stream:
            break
        assert isinstance(stream, AsyncStream)
    assert stream.response.is_closed and body.closed
    assert not body.finished


def test_close_is_idempotent(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = chat_stream(client)
    stream.close()
    stream.close()
    assert stream.response.is_closed and body.closed
    # As in the official package: reading a closed stream is httpx's error, not an empty stream.
    with pytest.raises(httpx.StreamClosed):
        list(stream)


@pytest.mark.anyio
async def test_async_close_is_idempotent(async_client: openai.AsyncOpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = await async_chat_stream(async_client)
    await stream.close()
    await stream.close()
    assert stream.response.is_closed and body.closed
    with pytest.raises(httpx.StreamClosed):
        [c async for c in stream]


def test_break_keeps_the_stream_where_it_stopped(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = chat_stream(client)
    for first in stream:  # noqa: B007
        break
    # Leaving the loop does not end the stream (official semantics): the next loop continues.
    assert not stream.response.is_closed
    rest = list(stream)
    assert contents([first, *rest]) == ["Hel", "lo", "!"]
    # Exhausted: the connection went back to the pool.
    assert stream.response.is_closed and body.closed and body.finished


def test_next_then_for_continues(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve_chat(mock, HELLO)
    stream = chat_stream(client)
    first = next(iter(stream))
    assert contents([first, *stream]) == ["Hel", "lo", "!"]


def test_exception_in_loop_body_leaves_the_stream_usable(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = chat_stream(client)
    with pytest.raises(RuntimeError, match="consumer failed"):
        for _ in stream:
            raise RuntimeError("consumer failed")
    assert contents(list(stream)) == ["lo", "!"]
    assert body.closed


def test_with_block_closes_a_stream_left_early(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    with chat_stream(client) as stream:
        for _ in stream:
            break
    assert stream.response.is_closed and body.closed
    assert body.sent < len(HELLO)


def test_garbage_collected_stream_is_closed(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    body = serve_chat(mock, HELLO)
    stream = chat_stream(client)
    for _ in stream:
        break
    response = stream.response
    del stream
    gc.collect()
    assert response.is_closed and body.closed


@pytest.mark.anyio
async def test_async_exception_in_loop_body_leaves_the_stream_usable(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    body = serve_chat(mock, HELLO)
    stream = await async_chat_stream(async_client)
    with pytest.raises(RuntimeError, match="consumer failed"):
        async for _ in stream:
            raise RuntimeError("consumer failed")
    assert contents([c async for c in stream]) == ["lo", "!"]
    assert body.closed


@pytest.mark.anyio
async def test_async_break_keeps_the_stream_where_it_stopped(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    body = serve_chat(mock, HELLO)
    stream = await async_chat_stream(async_client)
    async for first in stream:  # noqa: B007
        break
    assert not stream.response.is_closed
    first_then_rest = [first, await stream.__anext__()] + [c async for c in stream]
    assert contents(first_then_rest) == ["Hel", "lo", "!"]
    assert stream.response.is_closed and body.closed


async def hanging_stream(
    client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> Tuple[ServerBody, AsyncStream[ChatCompletionChunk]]:
    """A stream whose server sends one chunk, then keeps the connection open forever."""
    body = serve_chat(mock, [chat_chunk("first")], hang=True)
    return body, await async_chat_stream(client)


@pytest.mark.anyio
async def test_async_closed_when_consumer_is_cancelled(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    body, stream = await hanging_stream(async_client, mock)
    received: List[ChatCompletionChunk] = []
    first = asyncio.Event()

    async def consume() -> None:
        async for chunk in stream:
            received.append(chunk)
            first.set()

    task = asyncio.ensure_future(consume())
    await asyncio.wait_for(first.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert contents(received) == ["first"]
    assert not body.finished
    assert stream.response.is_closed and body.closed


@pytest.mark.anyio
async def test_async_closed_when_anyio_scope_is_cancelled(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    body, stream = await hanging_stream(async_client, mock)
    received: List[ChatCompletionChunk] = []
    with anyio.move_on_after(0.2):
        async for chunk in stream:
            received.append(chunk)
    assert contents(received) == ["first"]
    assert stream.response.is_closed and body.closed
