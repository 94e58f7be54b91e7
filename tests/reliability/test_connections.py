"""No connection stays checked out of the pool, however a stream is left; a pool exhausted by
held streams says so. Real sockets; the pool is httpcore's, read through the httpx client."""

from __future__ import annotations

import gc
import time
from typing import Any, Callable

import anyio
import httpx
import pytest

import openai
from tests.reliability.conftest import call, checked_out, drain
from tests.reliability.fault_server import FaultServer

pytestmark = pytest.mark.anyio


async def chat_stream(client: Any) -> Any:
    return await call(client.chat.completions.create(model="m", messages=[], stream=True))


async def first(stream: Any) -> Any:
    return await stream.__anext__() if hasattr(stream, "__anext__") else next(stream)


async def settle() -> None:
    """Collect garbage and let the finalizers it schedules on the event loop (async generators'
    `aclose`) run; twice, as a finalizer can free another cycle."""
    for _ in range(2):
        gc.collect()
        for _ in range(3):
            await anyio.sleep(0.01)


async def test_exhausted(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=5, end="done"))
    stream = await chat_stream(client)
    assert checked_out(client) == 1
    assert len(await drain(stream)) == 6  # and the finishing chunk
    assert checked_out(client) == 0


async def test_closed_after_one_event(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=50, end="done"))
    stream = await chat_stream(client)
    await first(stream)
    await call(stream.close())
    assert checked_out(client) == 0


async def test_left_in_a_with_block(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    client = make(server.url("sse", events=50, end="done"))
    if kind == "sync":
        with client.chat.completions.create(model="m", messages=[], stream=True) as stream:
            next(stream)
    else:
        async with await client.chat.completions.create(model="m", messages=[], stream=True) as stream:
            await stream.__anext__()
    assert checked_out(client) == 0


async def test_streaming_response_view_left_in_a_with_block(
    server: FaultServer, make: Callable[..., Any], kind: str
) -> None:
    client = make(server.url("sse", events=50, end="done"))
    view = client.chat.completions.with_streaming_response.create(model="m", messages=[], stream=True)
    if kind == "sync":
        with view as response:
            next(iter(response.parse()))
    else:
        async with view as response:
            await (await response.parse()).__anext__()
    assert checked_out(client) == 0


async def test_the_consumer_raises(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    client = make(server.url("sse", events=50, end="done"))

    async def consume() -> None:
        stream = await chat_stream(client)
        if kind == "sync":
            for _ in stream:
                raise ValueError("the consumer failed")
        else:
            async for _ in stream:
                raise ValueError("the consumer failed")

    with pytest.raises(ValueError):
        await consume()
    gc.collect()  # the stream is unreferenced now
    await settle()
    assert checked_out(client) == 0


async def test_the_consumer_raises_inside_with(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    client = make(server.url("sse", events=50, end="done"))
    with pytest.raises(ValueError):
        stream = await chat_stream(client)
        if kind == "sync":
            with stream:
                for _ in stream:
                    raise ValueError("the consumer failed")
        else:
            async with stream:
                async for _ in stream:
                    raise ValueError("the consumer failed")
    assert checked_out(client) == 0  # no collection needed


@pytest.mark.parametrize("started", [False, True], ids=["never-read", "partly-read"])
async def test_garbage_collected_unreferenced(server: FaultServer, make: Callable[..., Any], started: bool) -> None:
    client = make(server.url("sse", events=50, end="done"))
    stream = await chat_stream(client)
    if started:
        await first(stream)
    assert checked_out(client) == 1
    del stream
    gc.collect()
    await settle()
    assert checked_out(client) == 0


async def test_an_interrupted_stream_gives_its_connection_back(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=3, end="reset"))
    with pytest.raises(openai.StreamInterruptedError):
        await drain(await chat_stream(client))
    assert checked_out(client) == 0


async def test_an_incomplete_stream_gives_its_connection_back(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=3, end="none"))
    with pytest.raises(openai.StreamInterruptedError):
        await drain(await chat_stream(client))
    assert checked_out(client) == 0


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_cancelled_while_reading(server: FaultServer, anyio_backend: str) -> None:
    # The server stalls after two events: the task is cancelled while waiting for the third.
    async with openai.AsyncOpenAI(
        api_key="k", base_url=server.url("sse", events=2, end="drip", **{"for": 5})
    ) as client:
        received = []

        async def consume() -> None:
            stream = await chat_stream(client)
            async for event in stream:
                received.append(event)

        with anyio.move_on_after(0.5):
            await consume()
        assert len(received) == 2
        gc.collect()
        await settle()
        assert checked_out(client) == 0


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_cancelled_inside_async_with(server: FaultServer, anyio_backend: str) -> None:
    async with openai.AsyncOpenAI(
        api_key="k", base_url=server.url("sse", events=2, end="drip", **{"for": 5})
    ) as client:
        with anyio.move_on_after(0.5):
            async with await chat_stream(client) as stream:
                async for _ in stream:
                    pass
        assert checked_out(client) == 0  # closed on the way out, no collection needed


# ----------------------------------------------------------------------------- pool exhaustion


def small_pool(kind: str) -> Any:
    limits = httpx.Limits(max_connections=2)
    timeout = httpx.Timeout(5.0, pool=0.2)
    if kind == "sync":
        return openai.DefaultHttpxClient(limits=limits, timeout=timeout)
    return openai.DefaultAsyncHttpxClient(limits=limits, timeout=timeout)


async def test_a_pool_held_by_open_streams_names_the_cause(
    server: FaultServer, make: Callable[..., Any], kind: str
) -> None:
    pool_wait = httpx.Timeout(5.0, pool=0.2)
    client = make(
        server.url("sse", events=20, end="done"), http_client=small_pool(kind), max_retries=2, timeout=pool_wait
    )
    held = [await chat_stream(client), await chat_stream(client)]
    started = time.monotonic()
    with pytest.raises(openai.APITimeoutError) as caught:
        await chat_stream(client)
    elapsed = time.monotonic() - started
    message = str(caught.value)
    assert "stream.close()" in message and caught.value.open_streams == 2  # type: ignore[attr-defined]
    if kind == "sync":  # this thread holds them all: raised before waiting at all
        assert "All 2 connections of the pool are held by streams this thread opened" in message
        # not after a pool wait (the check's own gc.collect() may take a while in a big process)
        assert not isinstance(caught.value.__cause__, httpx.PoolTimeout)
    else:  # other tasks might close theirs: one pool wait, not retried (1.102.0 waits 3 times)
        assert "2 streams opened by this client are still open" in message and "max_connections=2" in message
        assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
        assert elapsed < 1.5  # one wait of 0.2 s; retried, it would be 3 waits and 1.5 s of backoff
    for stream in held:
        await call(stream.close())
    assert checked_out(client) == 0
    assert len(await drain(await chat_stream(client))) == 21  # the pool works again


async def test_a_pool_timeout_without_streams_says_so(server: FaultServer, make: Callable[..., Any], kind: str) -> None:
    from openai._stream_errors import pool_timeout_error

    client = make(server.url("ok"), http_client=small_pool(kind))
    request = httpx.Request("GET", server.url("ok"), extensions={"timeout": {"pool": 0.2}})
    error = pool_timeout_error(request, client._client)
    assert error.open_streams == 0 and "in use by other requests" in str(error)


def test_a_sync_pool_held_by_this_threads_streams_fails_at_once(server: FaultServer) -> None:
    # Every connection held by streams this thread keeps open: waiting could never end (600 s by
    # default in 1.102.0, three times over). The pool timeout here is long: the error comes first.
    http_client = openai.DefaultHttpxClient(limits=httpx.Limits(max_connections=2), timeout=httpx.Timeout(30.0))
    with openai.OpenAI(
        api_key="k", base_url=server.url("sse", events=5, end="done"), http_client=http_client
    ) as client:
        held = [client.chat.completions.create(model="m", messages=[], stream=True) for _ in range(2)]
        started = time.monotonic()
        with pytest.raises(openai.APITimeoutError, match="held by streams this thread opened") as caught:
            client.models.retrieve("m")
        assert time.monotonic() - started < 2.0
        assert caught.value.open_streams == 2  # type: ignore[attr-defined]
        held[0].close()
        assert len(list(client.chat.completions.create(model="m", messages=[], stream=True))) == 6
        held[1].close()


def test_a_dropped_stream_does_not_count_as_held(server: FaultServer) -> None:
    http_client = openai.DefaultHttpxClient(limits=httpx.Limits(max_connections=2), timeout=httpx.Timeout(30.0))
    with openai.OpenAI(
        api_key="k", base_url=server.url("sse", events=5, end="done"), http_client=http_client
    ) as client:
        kept = client.chat.completions.create(model="m", messages=[], stream=True)
        client.chat.completions.create(model="m", messages=[], stream=True)  # dropped unread
        assert len(list(client.chat.completions.create(model="m", messages=[], stream=True))) == 6
        kept.close()
        assert checked_out(client) == 0


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_an_async_stream_dropped_unread_is_released_on_its_loop(server: FaultServer, anyio_backend: str) -> None:
    async with openai.AsyncOpenAI(api_key="k", base_url=server.url("sse", events=5, end="done")) as client:
        stream = await chat_stream(client)
        assert checked_out(client) == 1
        del stream
        await settle()
        assert checked_out(client) == 0
