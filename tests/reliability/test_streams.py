"""Interrupted streams and missing terminal markers, over real sockets (sync and async).

The official 1.102.0 lets the httpx exception escape (`except openai.APIConnectionError` misses
it) and ends a stream closed cleanly without its terminal marker silently, with a truncated
answer: every `raises` below fails on it.
"""

from __future__ import annotations

import pickle
from typing import Any, Callable

import httpx
import pytest

import openai
from openai import StreamInterruptedError
from tests.reliability.conftest import CANARY, call, drain
from tests.reliability.fault_server import FaultServer

pytestmark = pytest.mark.anyio


async def open_stream(client: Any, endpoint: str) -> Any:
    if endpoint == "chat":
        return await call(client.chat.completions.create(model="m", messages=[], stream=True))
    if endpoint == "completions":
        return await call(client.completions.create(model="m", prompt="p", stream=True))
    if endpoint == "responses":
        return await call(client.responses.create(model="m", input="hi", stream=True))
    with pytest.warns(DeprecationWarning):  # the Assistants API
        return await call(client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))


ENDPOINTS = ["chat", "completions", "responses", "assistants"]

# How the transport fails, and the httpx exception the official package lets escape for it.
CUTS = [("reset", httpx.ReadError), ("close", httpx.RemoteProtocolError), ("partial", httpx.RemoteProtocolError)]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(("end", "httpx_error"), CUTS)
async def test_a_transport_failure_mid_stream_is_an_api_connection_error(
    server: FaultServer, make: Callable[..., Any], endpoint: str, end: str, httpx_error: type
) -> None:
    client = make(server.url("sse", events=3, end=end))
    stream = await open_stream(client, endpoint)
    received = []
    with pytest.raises(openai.APIConnectionError) as caught:
        if hasattr(stream, "__aiter__"):
            async for event in stream:
                received.append(event)
        else:
            for event in stream:
                received.append(event)
    error = caught.value
    assert isinstance(error, StreamInterruptedError)
    assert isinstance(error, httpx_error)  # what code written for 1.102.0 catches
    assert isinstance(error.__cause__, httpx_error) and error.cause is error.__cause__
    assert error.events_received == len(received) == 3
    assert error.reason == "transport"
    assert error.request.url.path.endswith(
        {"chat": "/chat/completions", "completions": "/completions"}.get(
            endpoint, "/responses" if endpoint == "responses" else "/runs"
        )
    )
    assert "after 3 events" in str(error)
    assert stream.response.is_closed


async def test_code_catching_the_httpx_exception_still_catches_it(
    server: FaultServer, make: Callable[..., Any]
) -> None:
    client = make(server.url("sse", events=2, end="close"))
    stream = await open_stream(client, "chat")
    caught: Any = None
    try:
        await drain(stream)
    except httpx.TransportError as exc:  # the official package's users wrote this
        caught = exc
    assert isinstance(caught, httpx.RemoteProtocolError) and isinstance(caught, openai.APIError)
    assert caught.request is not None


async def test_a_read_timeout_mid_stream_is_both_errors(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=2, end="drip", **{"for": 3}), timeout=0.3)
    stream = await open_stream(client, "chat")
    with pytest.raises(httpx.ReadTimeout) as caught:
        await drain(stream)
    assert isinstance(caught.value, StreamInterruptedError) and caught.value.events_received == 2
    assert stream.response.is_closed


@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_a_clean_end_without_the_terminal_marker_raises(
    server: FaultServer, make: Callable[..., Any], endpoint: str
) -> None:
    stream = await open_stream(make(server.url("sse", events=3, end="none")), endpoint)
    with pytest.raises(StreamInterruptedError) as caught:
        await drain(stream)
    error = caught.value
    assert error.events_received == 3 and error.cause is None and error.reason == "incomplete"
    assert not isinstance(error, httpx.HTTPError)  # nothing escaped from httpx here
    assert "strict_stream_end=False" in str(error)
    assert stream.response.is_closed


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("end", ["done", "finish"])
async def test_a_complete_stream_ends_normally(
    server: FaultServer, make: Callable[..., Any], endpoint: str, end: str
) -> None:
    stream = await open_stream(make(server.url("sse", events=3, end=end)), endpoint)
    events = await drain(stream)
    assert len(events) == 4  # 3 events and the terminal one ([DONE] is not an event)
    assert stream.response.is_closed


@pytest.mark.parametrize("endpoint", ENDPOINTS)
async def test_the_check_can_be_turned_off_in_the_constructor(
    server: FaultServer, make: Callable[..., Any], endpoint: str
) -> None:
    client = make(server.url("sse", events=3, end="none"), strict_stream_end=False)
    assert len(await drain(await open_stream(client, endpoint))) == 3


async def test_the_check_can_be_turned_off_and_on_with_options(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=2, end="none"))
    loose = client.with_options(strict_stream_end=False)
    assert len(await drain(await open_stream(loose, "chat"))) == 2
    assert len(await drain(await open_stream(loose.copy(), "chat"))) == 2  # kept by copies
    strict = loose.with_options(strict_stream_end=True)
    with pytest.raises(StreamInterruptedError):
        await drain(await open_stream(strict, "chat"))


async def test_the_opt_out_does_not_hide_transport_failures(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=2, end="reset"), strict_stream_end=False)
    with pytest.raises(StreamInterruptedError):
        await drain(await open_stream(client, "chat"))


async def test_an_empty_stream_without_done_is_incomplete(server: FaultServer, make: Callable[..., Any]) -> None:
    stream = await open_stream(make(server.url("sse", events=0, end="none")), "chat")
    with pytest.raises(StreamInterruptedError) as caught:
        await drain(stream)
    assert caught.value.events_received == 0 and "after 0 events" in str(caught.value)


async def test_streaming_response_views_raise_it_too(server: FaultServer, make: Callable[..., Any]) -> None:
    client = make(server.url("sse", events=2, end="close"))
    raw = await call(client.chat.completions.with_raw_response.create(model="m", messages=[], stream=True))
    stream = await call(raw.parse())
    with pytest.raises(StreamInterruptedError):
        await drain(stream)


def test_the_error_pickles_without_credentials_and_keeps_both_classes(server: FaultServer) -> None:
    client = openai.OpenAI(api_key=CANARY, base_url=server.url("sse", events=1, end="reset"), max_retries=0)
    with pytest.raises(StreamInterruptedError) as caught:
        list(client.chat.completions.create(model="m", messages=[], stream=True))
    data = pickle.dumps(caught.value)
    assert CANARY.encode() not in data
    restored = pickle.loads(data)
    assert type(restored) is type(caught.value)
    assert isinstance(restored, httpx.ReadError) and isinstance(restored, openai.APIConnectionError)
    assert restored.events_received == 1 and str(restored) == str(caught.value)
    assert restored.request.headers["authorization"] == "<redacted>"


def test_each_cause_type_gets_one_class() -> None:
    from openai._stream_errors import stream_interrupted

    request = httpx.Request("POST", "http://x.test/v1/chat/completions")
    first = stream_interrupted(request, 1, httpx.ReadError("boom"))
    second = stream_interrupted(request, 2, httpx.ReadError("again"))
    other = stream_interrupted(request, 2, httpx.RemoteProtocolError("cut"))
    assert type(first) is type(second) and type(first) is not type(other)
    assert type(first).__name__ == "StreamInterruptedReadError"
    assert not isinstance(first, httpx.RemoteProtocolError)
