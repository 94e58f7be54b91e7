"""`responses.create(stream=True)` and `responses.retrieve(stream=True)` over realistic event sequences."""

from __future__ import annotations

import json
from typing import Any, Iterator, List

import httpx
import pytest
import respx

import openai
from openai import AsyncStream, Stream
from openai._models import BaseModel
from openai.types.responses import (
    Response,
    ResponseCompletedEvent,
    ResponseCreatedEvent,
    ResponseErrorEvent,
    ResponseFailedEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputMessage,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from tests.utils.responses import (
    TEXT_TYPES,
    error_event,
    message,
    response_json,
    serve,
    sse_body,
    text_events,
    text_part,
)

BASE_URL = "http://api.test/v1"


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL) as router:
        yield router


def create_stream(client: openai.OpenAI) -> Stream[ResponseStreamEvent]:
    return client.responses.create(model="gpt-4o-mini", input="Say hello", stream=True)


async def async_create_stream(client: openai.AsyncOpenAI) -> AsyncStream[ResponseStreamEvent]:
    return await client.responses.create(model="gpt-4o-mini", input="Say hello", stream=True)


def deltas(events: List[Any]) -> str:
    return "".join(e.delta for e in events if isinstance(e, ResponseTextDeltaEvent))


# ----------------------------------------------------------------------------- plain text


def test_create_stream_yields_typed_events(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = serve(mock.post("/responses"), text_events("Hel", "lo", " world"))
    with create_stream(client) as stream:
        events = list(stream)
    assert json.loads(route.calls.last.request.content) == {
        "model": "gpt-4o-mini",
        "input": "Say hello",
        "stream": True,
    }
    assert [e.type for e in events] == TEXT_TYPES
    assert [e.sequence_number for e in events] == list(range(len(TEXT_TYPES)))
    assert isinstance(events[0], ResponseCreatedEvent) and events[0].response.status == "in_progress"
    assert isinstance(events[2], ResponseOutputItemAddedEvent) and isinstance(events[2].item, ResponseOutputMessage)
    assert deltas(events) == "Hello world"
    assert isinstance(events[7], ResponseTextDoneEvent) and events[7].text == "Hello world"
    completed = events[-1]
    assert isinstance(completed, ResponseCompletedEvent) and isinstance(completed.response, Response)
    assert completed.response.output_text == "Hello world"
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_create_stream_yields_typed_events(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    serve(mock.post("/responses"), text_events("Hel", "lo", " world"))
    async with await async_create_stream(async_client) as stream:
        events = [e async for e in stream]
    assert [e.type for e in events] == TEXT_TYPES
    assert deltas(events) == "Hello world"
    assert isinstance(events[-1], ResponseCompletedEvent) and events[-1].response.output_text == "Hello world"
    assert stream.response.is_closed


# ----------------------------------------------------------------------------- errors and cut-offs


def test_error_event_mid_stream_is_yielded_typed(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    # As in the official 1.102.0 client: the Responses API's `error` event is an event of the
    # stream (`ResponseErrorEvent`), not an exception; the stream goes on with what follows.
    events = text_events("Hel", "lo")
    sent = [*events[:5], error_event(), *events[5:]]
    serve(mock.post("/responses"), sent)
    received = list(create_stream(client))
    error = received[5]
    assert isinstance(error, ResponseErrorEvent)
    assert (error.code, error.message, error.sequence_number) == (
        "server_error",
        "The server had an error while processing your request.",
        5,
    )
    assert [e.type for e in received] == [e["type"] for e in sent]
    assert isinstance(received[-1], ResponseCompletedEvent)


def test_error_payload_mid_stream_raises_api_error(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    events = text_events("Hel", "lo")
    wrapped = b'data: {"error": {"message": "overloaded", "type": "server_error", "code": "overloaded"}}\n\n'
    mock.post("/responses").respond(
        200, headers={"content-type": "text/event-stream"}, content=sse_body(events[:5]) + wrapped + sse_body(events)
    )
    stream = create_stream(client)
    received: List[Any] = []
    with pytest.raises(openai.APIError, match="overloaded") as info:
        for event in stream:
            received.append(event)
    assert [e.type for e in received] == TEXT_TYPES[:5]
    assert info.value.code == "overloaded"
    assert info.value.request.url == f"{BASE_URL}/responses"
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_error_event_mid_stream_is_yielded_typed(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    events = text_events("Hel", "lo")
    serve(mock.post("/responses"), [*events[:5], error_event("overloaded"), *events[5:]])
    received = [e async for e in await async_create_stream(async_client)]
    assert isinstance(received[5], ResponseErrorEvent) and received[5].message == "overloaded"
    assert deltas(received) == "Hello"


def test_failed_response_is_an_event_not_an_exception(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    failure = {"code": "server_error", "message": "The model failed."}
    failed = {"type": "response.failed", "response": response_json(status="failed", error=failure)}
    serve(mock.post("/responses"), [*text_events("Hi")[:3], failed])
    events = list(create_stream(client))
    assert isinstance(events[-1], ResponseFailedEvent)
    assert events[-1].response.error is not None and events[-1].response.error.message == "The model failed."


def test_stream_cut_before_completed_just_ends(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    serve(mock.post("/responses"), text_events("Hel", "lo", " world")[:6])
    # Opted out of the terminal-marker check (by default this raises: tests/reliability).
    stream = create_stream(client.with_options(strict_stream_end=False))
    events = list(stream)
    assert [e.type for e in events] == TEXT_TYPES[:6]
    assert deltas(events) == "Hello"
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_stream_cut_before_completed_just_ends(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    serve(mock.post("/responses"), text_events("Hel", "lo")[:5])
    stream = await async_create_stream(async_client.with_options(strict_stream_end=False))
    events = [e async for e in stream]
    assert [e.type for e in events] == TEXT_TYPES[:5]
    assert stream.response.is_closed


def test_unknown_event_type_still_parses_with_its_fields(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    unknown = {"type": "response.hologram.delta", "item_id": "hg_1", "frame": {"depth": 3}}
    events = text_events("Hi")
    serve(mock.post("/responses"), [*events[:4], unknown, *events[4:]])
    received = list(create_stream(client))
    assert isinstance(received[4], BaseModel)
    event: Any = received[4]
    assert (event.type, event.item_id, event.frame, event.sequence_number) == (
        "response.hologram.delta",
        "hg_1",
        {"depth": 3},
        4,
    )
    # The events after it are typed as usual.
    assert isinstance(received[5], ResponseTextDeltaEvent) and received[5].delta == "Hi"
    assert isinstance(received[-1], ResponseCompletedEvent)


# ----------------------------------------------------------------------------- resuming with retrieve


def resume_route(mock: respx.MockRouter) -> respx.Route:
    """The tail of a background response's stream: the events after sequence number 4."""
    return serve(mock.get("/responses/resp_1"), text_events("Hel", "lo", " world")[5:])


RESUMED_TYPES = TEXT_TYPES[5:]


def test_retrieve_stream_resumes_after_a_sequence_number(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = resume_route(mock)
    stream = client.responses.retrieve("resp_1", stream=True, starting_after=4)
    assert isinstance(stream, Stream)
    events = list(stream)
    request = route.calls.last.request
    assert request.method == "GET" and not request.content
    assert sorted(request.url.params.multi_items()) == [("starting_after", "4"), ("stream", "true")]
    assert [e.type for e in events] == RESUMED_TYPES
    assert deltas(events) == "lo world"
    assert isinstance(events[-1], ResponseCompletedEvent) and events[-1].response.output_text == "Hello world"
    assert stream.response.is_closed


@pytest.mark.anyio
async def test_async_retrieve_stream_resumes_after_a_sequence_number(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    route = resume_route(mock)
    stream = await async_client.responses.retrieve("resp_1", stream=True, starting_after=4, include_obfuscation=False)
    assert isinstance(stream, AsyncStream)
    events = [e async for e in stream]
    assert dict(route.calls.last.request.url.params) == {
        "stream": "true",
        "starting_after": "4",
        "include_obfuscation": "false",
    }
    assert [e.type for e in events] == RESUMED_TYPES
    assert stream.response.is_closed


def test_retrieve_without_stream_returns_the_response(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    route = mock.get("/responses/resp_1").mock(
        return_value=httpx.Response(200, json=response_json(message(text_part("done"))))
    )
    response = client.responses.retrieve("resp_1")
    assert isinstance(response, Response) and response.output_text == "done"
    assert not route.calls.last.request.url.params
