"""`responses.stream()`: the helper's events (text and argument snapshots, parsed values), the
accumulated final response, errors and cut-off streams, streaming an existing response. Every
test runs with the sync and the async client over realistic event sequences."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pytest
import respx
from pydantic import BaseModel

import openai
from openai._models import construct_type
from openai.lib import pydantic_function_tool
from openai.lib.streaming.responses import (
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseStreamState,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
)
from openai.lib.streaming.responses._events import ResponseCompletedEvent
from openai.types.responses import (
    ParsedResponse,
    ResponseErrorEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseReasoningSummaryTextDeltaEvent,
    ResponseRefusalDeltaEvent,
    ResponseStreamEvent,
)
from tests.utils.requests import assert_fails_before_sending
from tests.utils.responses import (
    TEXT_TYPES,
    error_event,
    function_call,
    message,
    reasoning,
    refusal_part,
    response_json,
    serve,
    text_events,
    text_part,
)
from tests.utils.servers import opened, read

from ..utils import run

pytestmark = pytest.mark.anyio

URL = "http://api.test/v1/responses"


class Answer(BaseModel):
    value: int
    unit: str


class GetWeather(BaseModel):
    city: str
    country: str


ANSWER_JSON = json.dumps({"value": 42, "unit": "km"})


def chunks(text: str, size: int) -> List[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def start(item: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The opening of a stream whose first output item is `item`."""
    return [
        {"type": "response.created", "response": response_json(status="in_progress")},
        {"type": "response.output_item.added", "output_index": 0, "item": item},
    ]


def completed(*output: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "response.completed", "response": response_json(*output)}


def function_call_events(arguments: str, size: int) -> List[Dict[str, Any]]:
    place = {"item_id": "fc_1", "output_index": 0}
    done = function_call(name="GetWeather", arguments=arguments)
    return [
        *start({**done, "arguments": "", "status": "in_progress"}),
        *({"type": "response.function_call_arguments.delta", **place, "delta": d} for d in chunks(arguments, size)),
        {"type": "response.function_call_arguments.done", **place, "arguments": arguments},
        {"type": "response.output_item.done", "output_index": 0, "item": done},
        completed(done),
    ]


def reasoning_events(*deltas: str) -> List[Dict[str, Any]]:
    place = {"item_id": "rs_1", "output_index": 0, "summary_index": 0}
    summary = "".join(deltas)
    return [
        *start({**reasoning(""), "summary": []}),
        {"type": "response.reasoning_summary_part.added", **place, "part": {"type": "summary_text", "text": ""}},
        *({"type": "response.reasoning_summary_text.delta", **place, "delta": d} for d in deltas),
        {"type": "response.reasoning_summary_text.done", **place, "text": summary},
        {"type": "response.reasoning_summary_part.done", **place, "part": {"type": "summary_text", "text": summary}},
        {"type": "response.output_item.done", "output_index": 0, "item": reasoning(summary)},
    ]


def refusal_events(*deltas: str) -> List[Dict[str, Any]]:
    place = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    refusal = "".join(deltas)
    return [
        *start(message(status="in_progress")),
        {"type": "response.content_part.added", **place, "part": refusal_part("")},
        *({"type": "response.refusal.delta", **place, "delta": d} for d in deltas),
        {"type": "response.refusal.done", **place, "refusal": refusal},
        completed(message(refusal_part(refusal))),
    ]


def new_stream(api: Any, **kw: Any) -> Any:
    return api.responses.stream(**{"model": "gpt-4o", "input": "hi", **kw})


async def stream_all(api: Any, **kw: Any) -> Tuple[List[Any], Any, Any]:
    """`(events, get_final_response(), stream)` of `responses.stream(**kw)`."""
    async with opened(new_stream(api, **kw)) as stream:
        events = await read(stream)
        return events, await run(stream.get_final_response()), stream


async def read_events(api: Any, **kw: Any) -> Tuple[List[Any], Any]:
    """Iterate `responses.stream(**kw)` to its end without asking for the final response."""
    async with opened(new_stream(api, **kw)) as stream:
        return await read(stream), stream


def sent_body(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


# ----------------------------------------------------------------------------- what it yields


async def test_plain_text_yields_snapshots_and_a_parsed_final_response(api: Any, respx_mock: respx.MockRouter) -> None:
    route = serve(respx_mock.post(URL), text_events("Hel", "lo", " world"))
    events, final, stream = await stream_all(api)
    assert sent_body(route) == {"model": "gpt-4o", "input": "hi", "stream": True}
    assert [e.type for e in events] == TEXT_TYPES
    text_deltas = [e for e in events if e.type == "response.output_text.delta"]
    assert all(isinstance(e, ResponseTextDeltaEvent) for e in text_deltas)
    assert [(e.delta, e.snapshot) for e in text_deltas] == [("Hel", "Hel"), ("lo", "Hello"), (" world", "Hello world")]
    done = events[7]
    assert isinstance(done, ResponseTextDoneEvent) and (done.text, done.parsed) == ("Hello world", None)
    assert isinstance(events[-1], ResponseCompletedEvent) and events[-1].response is final
    assert isinstance(final, ParsedResponse) and final.output_text == "Hello world"
    assert final.output_parsed is None
    assert stream.response.is_closed


async def test_text_format_is_sent_and_parsed_in_the_done_event_and_the_final_response(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    route = serve(respx_mock.post(URL), text_events(*chunks(ANSWER_JSON, 4)))
    events, final, _ = await stream_all(api, text_format=Answer)
    assert sent_body(route)["text"]["format"]["name"] == "Answer"
    assert sent_body(route)["text"]["format"]["strict"] is True
    deltas = [e for e in events if isinstance(e, ResponseTextDeltaEvent)]
    assert deltas[1].snapshot == ANSWER_JSON[:8] and deltas[-1].snapshot == ANSWER_JSON
    done = next(e for e in events if isinstance(e, ResponseTextDoneEvent))
    assert done.parsed == Answer(value=42, unit="km")
    assert final.output_parsed == Answer(value=42, unit="km")
    # The class names upstream gives them (its done event's class is parametrized with a type
    # variable, its completed event's not at all), as `repr()` shows them.
    assert type(done).__name__ == "ResponseTextDoneEvent[~TextFormatT]"
    assert type(events[-1]).__name__ == "ResponseCompletedEvent" and repr(events[-1]).startswith(
        "ResponseCompletedEvent(response=ParsedResponse[Answer]("
    )


async def test_function_call_arguments_accumulate_over_many_deltas(api: Any, respx_mock: respx.MockRouter) -> None:
    arguments = '{"city":"Paris","country":"France"}'
    route = serve(respx_mock.post(URL), function_call_events(arguments, 3))
    events, final, _ = await stream_all(api, tools=[pydantic_function_tool(GetWeather)])
    assert [t["name"] for t in sent_body(route)["tools"]] == ["GetWeather"]  # flattened for Responses
    deltas = [e for e in events if e.type == "response.function_call_arguments.delta"]
    assert len(deltas) == 12 and all(isinstance(e, ResponseFunctionCallArgumentsDeltaEvent) for e in deltas)
    assert [e.snapshot for e in deltas] == [arguments[: 3 * (i + 1)] for i in range(12)]
    assert isinstance(events[-3], ResponseFunctionCallArgumentsDoneEvent) and events[-3].arguments == arguments
    assert final.output[0].parsed_arguments == GetWeather(city="Paris", country="France")


async def test_reasoning_summaries_are_accumulated(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock.post(URL), reasoning_events("Thinking ", "about ", "it."))  # no `response.completed`
    events, stream = await read_events(api.with_options(strict_stream_end=False))
    summary_deltas = [e for e in events if e.type == "response.reasoning_summary_text.delta"]
    assert [type(e) for e in summary_deltas] == [ResponseReasoningSummaryTextDeltaEvent] * 3
    item = stream.current_snapshot.output[0]
    assert item.type == "reasoning" and [s.text for s in item.summary] == ["Thinking about it."]


async def test_a_refusal_is_accumulated_and_leaves_nothing_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock.post(URL), refusal_events("I'm sorry, ", "I can't ", "help with that."))
    events, final, stream = await stream_all(api, text_format=Answer)
    assert [type(e) for e in events if e.type == "response.refusal.delta"] == [ResponseRefusalDeltaEvent] * 3
    assert not any(isinstance(e, ResponseTextDoneEvent) for e in events)
    assert final.output_parsed is None
    assert final.output[0].content[0].refusal == "I'm sorry, I can't help with that."


# ----------------------------------------------------------------------------- errors and cut-offs


async def test_an_error_event_is_yielded_like_any_other(api: Any, respx_mock: respx.MockRouter) -> None:
    # As upstream: the `error` event is handed out (no exception); the response never completes.
    serve(respx_mock.post(URL), [*text_events("Hel", "lo")[:5], error_event("The server is overloaded.")])
    async with opened(new_stream(api)) as stream:
        received = await read(stream)
        assert [e.type for e in received] == [*TEXT_TYPES[:5], "error"]
        error = received[-1]
        assert isinstance(error, ResponseErrorEvent)
        assert (error.code, error.message, error.sequence_number) == ("server_error", "The server is overloaded.", 5)
        with pytest.raises(RuntimeError, match=r"^Didn't receive a `response.completed` event\.$"):
            await run(stream.get_final_response())
    assert stream.response.is_closed


async def test_a_stream_cut_before_completion_ends_without_a_final_response(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    serve(respx_mock.post(URL), text_events("Hel", "lo", " world")[:6])
    # Opted out of the terminal-marker check (by default reading raises: tests/reliability).
    events, stream = await read_events(api.with_options(strict_stream_end=False))
    assert [e.type for e in events] == TEXT_TYPES[:6]
    assert stream.current_snapshot.output_text == "Hello"
    assert stream.response.is_closed
    with pytest.raises(RuntimeError, match=r"^Didn't receive a `response.completed` event\.$"):
        await run(stream.get_final_response())


# ----------------------------------------------------------------------------- an existing response


async def test_an_existing_response_is_replayed_from_the_start_and_yielded_after_starting_after(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    route = serve(respx_mock.get(f"{URL}/resp_1"), text_events(*chunks(ANSWER_JSON, 5)))
    async with opened(api.responses.stream(response_id="resp_1", starting_after=5, text_format=Answer)) as stream:
        events = await read(stream)
        final = await run(stream.get_final_response())
    assert route.calls.last.request.url.params["stream"] == "true"
    assert "starting_after" not in route.calls.last.request.url.params
    assert [e.sequence_number for e in events] == list(range(6, 6 + len(events)))
    first = events[0]
    # The snapshot was built from every event, also the ones not handed out.
    assert isinstance(first, ResponseTextDeltaEvent) and first.snapshot == ANSWER_JSON[:15]
    assert final.output_parsed == Answer(value=42, unit="km")


# ----------------------------------------------------------------------------- closing and driving


async def test_the_manager_closes_the_stream_when_the_block_raises(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock.post(URL), text_events("Hel", "lo"))
    streams: List[Any] = []
    with pytest.raises(KeyError):
        async with opened(new_stream(api)) as stream:
            streams.append(stream)
            await read(stream, take=1)
            raise KeyError("boom")
    assert streams[0].response.is_closed


async def test_leaving_the_loop_early_keeps_the_rest_readable(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock.post(URL), text_events("Hel", "lo"))
    async with opened(new_stream(api)) as stream:
        await read(stream, take=1)
        done = await run(stream.until_done())
        final = await run(done.get_final_response())
    assert done is stream and final.output_text == "Hello"


def test_stream_is_not_in_the_raw_view(client: openai.OpenAI) -> None:
    # As in the official package: the views offer `create`, `parse`, ... but not `stream`.
    with pytest.raises(AttributeError, match="stream"):
        _ = client.responses.with_raw_response.stream
    assert callable(client.responses.with_raw_response.parse)


@pytest.mark.parametrize(
    "kw, error, match",
    [
        pytest.param(
            {"response_id": "resp_1", "input": "hi", "include": []},
            ValueError,
            "^Cannot provide both response_id/starting_after can't be provided together with input, include$",
            id="id-and-input",
        ),
        pytest.param(
            {"model": "gpt-4o", "input": "hi", "starting_after": 3},
            ValueError,
            "^Cannot provide both response_id/starting_after can't be provided together with input, model$",
            id="starting-after",
        ),
        pytest.param(
            {"input": "hi"}, ValueError, "^model must be provided when creating a new response$", id="no-model"
        ),
        pytest.param(
            {"model": "gpt-4o", "instructions": "x"},
            ValueError,
            "^input must be provided when creating a new response$",
            id="no-input",
        ),
        pytest.param({}, ValueError, "^id must be provided when streaming an existing response$", id="nothing"),
        pytest.param({"starting_after": 2}, ValueError, "^id must be provided", id="only-starting-after"),
        pytest.param(
            {"model": "gpt-4o", "input": "hi", "text_format": str},
            TypeError,
            "^Unsupported response_format type - <class 'str'>$",
            id="bad-format",
        ),
        pytest.param(
            {"model": "gpt-4o", "input": "hi", "text_format": Answer, "text": {"format": {"type": "text"}}},
            TypeError,
            "^Cannot mix and match text.format with text_format$",
            id="two-formats",
        ),
        pytest.param(
            {"model": "gpt-4o", "input": "hi", "conversation": "c"},
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'conversation'",
            id="unknown",
        ),
    ],
)
async def test_bad_arguments_fail_when_calling_stream(
    api: Any, respx_mock: respx.MockRouter, kw: Dict[str, Any], error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, lambda api: api.responses.stream(**kw), error, match)


# ----------------------------------------------------------------------------- the state, fed by hand


def raw_events(events: List[Dict[str, Any]]) -> List[Any]:
    return [construct_type(value={**e, "sequence_number": n}, type_=ResponseStreamEvent) for n, e in enumerate(events)]


def test_state_accumulates_annotations_and_takes_finished_items_as_sent() -> None:
    place = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    citation = {"type": "url_citation", "url": "https://example.com", "title": "Ex", "start_index": 0, "end_index": 2}
    finished = message(text_part("Hi there"))
    state: ResponseStreamState[Any] = ResponseStreamState()
    snapshot: Any = None
    for event in raw_events(
        [
            *start(message(status="in_progress")),
            {"type": "response.content_part.added", **place, "part": text_part("")},
            {"type": "response.output_text.delta", **place, "delta": "Hi", "logprobs": []},
            {"type": "response.output_text.annotation.added", **place, "annotation_index": 0, "annotation": citation},
        ]
    ):
        snapshot = state.accumulate_event(event)
    part = snapshot.output[0].content[0]
    assert (part.text, part.annotations[0].url) == ("Hi", "https://example.com")
    done = raw_events([{"type": "response.output_item.done", "output_index": 0, "item": finished}])[0]
    item: Any = state.accumulate_event(done).output[0]
    assert item.content[0].text == "Hi there"


def test_state_needs_the_created_event_first() -> None:
    delta = raw_events(
        [
            {
                "type": "response.output_text.delta",
                "item_id": "m",
                "output_index": 0,
                "content_index": 0,
                "delta": "x",
                "logprobs": [],
            }
        ]
    )[0]
    with pytest.raises(RuntimeError, match="`response.created`"):
        ResponseStreamState().handle_event(delta)


def test_events_handed_out_are_not_mutated_by_later_deltas() -> None:
    state: ResponseStreamState[Any] = ResponseStreamState()
    handed: List[Any] = []
    for event in raw_events(text_events("Hel", "lo")):
        handed.extend(state.handle_event(event))
    added = handed[2]
    assert added.type == "response.output_item.added" and added.item.content == []
    assert handed[3].part.text == ""
