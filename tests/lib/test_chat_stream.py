"""`chat.completions.stream()` and `ChatCompletionStreamState`: the events of realistic chunk
sequences (text, structured output parsed while it streams, refusals, parallel tool calls,
logprobs, several choices, a usage-only last chunk, null fields), the accumulated and final
completions, the finish-reason errors, and closing. Stream tests run with both clients."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

import pytest
import respx
from pydantic import BaseModel

import openai
from openai._models import construct_type
from openai.lib import pydantic_function_tool
from openai.lib.streaming._deltas import accumulate_delta
from openai.lib.streaming.chat import (
    AsyncChatCompletionStream,
    ChatCompletionStream,
    ChatCompletionStreamState,
    ChunkEvent,
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
    LogprobsContentDeltaEvent,
    RefusalDoneEvent,
)
from openai.types.chat import ChatCompletionChunk, ParsedChatCompletion
from tests.utils.chat import chunk, delta, serve, text_chunks
from tests.utils.payloads import is_growing_part_of
from tests.utils.requests import assert_fails_before_sending
from tests.utils.servers import opened, read

from ..utils import run

pytestmark = pytest.mark.anyio

MESSAGES = [{"role": "user", "content": "hi"}]


class Answer(BaseModel):
    value: int
    unit: str
    notes: List[str]


class GetWeather(BaseModel):
    city: str
    country: str


ANSWER = {"value": 42, "unit": 'k\u00e9m "metric"', "notes": ["first", "second \\ third"]}
ANSWER_JSON = json.dumps(ANSWER)
PING_TOOL = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}, "strict": True}}


# ----------------------------------------------------------------------------- chunks on the wire


def pieces(text: str, size: int) -> List[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def call_delta(index: int, arguments: str, name: Optional[str] = None, id: Optional[str] = None) -> Dict[str, Any]:
    function: Dict[str, Any] = {"arguments": arguments}
    call: Dict[str, Any] = {"index": index, "function": function}
    if name is not None:
        function["name"] = name
        call.update(id=id or f"call_{index}", type="function")
    return call


def tool_call_chunks(*calls: Tuple[str, str], size: int = 5) -> List[Dict[str, Any]]:
    """Parallel tool calls `(name, arguments)`, one after the other, arguments in pieces."""
    out = [chunk(delta(role="assistant", content=None))]
    for index, (name, arguments) in enumerate(calls):
        out.append(chunk(delta(tool_calls=[call_delta(index, "", name=name)])))
        out.extend(chunk(delta(tool_calls=[call_delta(index, part)])) for part in pieces(arguments, size))
    out.append(chunk(delta(finish_reason="tool_calls")))
    return out


def token(text: str) -> Dict[str, Any]:
    return {"token": text, "logprob": -0.25, "bytes": list(text.encode()), "top_logprobs": []}


# ----------------------------------------------------------------------------- driving both clients


def new_stream(api: Any, **kw: Any) -> Any:
    return api.chat.completions.stream(**{"model": "gpt-4o", "messages": MESSAGES, **kw})


async def stream_all(api: Any, **kw: Any) -> Tuple[List[Any], Any, Any]:
    """`(events, get_final_completion(), stream)` of `chat.completions.stream(**kw)`."""
    async with opened(new_stream(api, **kw)) as stream:
        events = await read(stream)
        return events, await run(stream.get_final_completion()), stream


def types(events: List[Any]) -> List[str]:
    return [e.type for e in events if e.type != "chunk"]


def sent_body(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


# ----------------------------------------------------------------------------- text and structured output


async def test_plain_text_yields_chunk_and_content_events_and_a_final_completion(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    route = serve(respx_mock, text_chunks("Hel", "lo", " world"))
    events, final, stream = await stream_all(api)
    assert sent_body(route) == {"model": "gpt-4o", "messages": MESSAGES, "stream": True}
    assert route.calls.last.request.headers["x-stainless-helper-method"] == "chat.completions.stream"
    assert [e.type for e in events[:2]] == ["chunk", "content.delta"]
    assert types(events) == ["content.delta"] * 4 + ["content.done"]
    deltas = [e for e in events if isinstance(e, ContentDeltaEvent)]
    assert [(e.delta, e.snapshot, e.parsed) for e in deltas[1:]] == [
        ("Hel", "Hel", None),
        ("lo", "Hello", None),
        (" world", "Hello world", None),
    ]
    done = events[-1]
    assert isinstance(done, ContentDoneEvent) and (done.content, done.parsed) == ("Hello world", None)
    chunks = [e for e in events if isinstance(e, ChunkEvent)]
    assert len(chunks) == 5 and isinstance(chunks[0].chunk, ChatCompletionChunk)
    assert isinstance(final, ParsedChatCompletion) and final.object == "chat.completion"
    assert (final.choices[0].message.content, final.choices[0].finish_reason) == ("Hello world", "stop")
    assert final.choices[0].message.role == "assistant" and final.choices[0].message.parsed is None
    assert stream.response.is_closed


async def test_structured_output_is_parsed_partially_while_streaming_then_into_the_model(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    route = serve(respx_mock, text_chunks(*pieces(ANSWER_JSON, 3)))
    events, final, stream = await stream_all(api, response_format=Answer)
    assert sent_body(route)["response_format"]["json_schema"]["name"] == "Answer"
    partials = [e.parsed for e in events if isinstance(e, ContentDeltaEvent) and e.snapshot]
    assert all(isinstance(p, dict) and is_growing_part_of(p, ANSWER) for p in partials)
    assert partials[-1] == ANSWER
    # Splits inside strings and escapes show nothing of the string until it is complete.
    unit_seen = [p["unit"] for p in partials if "unit" in p]
    assert unit_seen and set(unit_seen) == {ANSWER["unit"]}
    done = next(e for e in events if isinstance(e, ContentDoneEvent))
    assert type(done).__name__ == "ContentDoneEvent[Answer]" and done.parsed == Answer.model_validate(ANSWER)
    assert stream.current_completion_snapshot.choices[0].message.parsed == Answer.model_validate(ANSWER)
    assert final.choices[0].message.parsed == Answer.model_validate(ANSWER)
    assert type(final).__name__ == "ParsedChatCompletion[Answer]"


async def test_partial_json_keeps_only_complete_values(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks('{"value": 4', '2, "unit": "k', 'm", "notes": ["a"', ', "b', '"]}'))
    events, _, _ = await stream_all(api, response_format=Answer)
    partials = [e.parsed for e in events if isinstance(e, ContentDeltaEvent)]
    # The first chunk is taken as it is (nothing parsed yet, as upstream); a number at the end
    # shows as far as it goes, an unfinished string not at all.
    assert partials == [
        None,
        {"value": 4},
        {"value": 42},
        {"value": 42, "unit": "km", "notes": ["a"]},
        {"value": 42, "unit": "km", "notes": ["a"]},
        {"value": 42, "unit": "km", "notes": ["a", "b"]},
    ]


async def test_content_that_is_not_json_under_a_model_format_raises_while_streaming(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    serve(respx_mock, text_chunks("Sorry", ", no."))
    async with opened(new_stream(api, response_format=Answer)) as stream:
        with pytest.raises(ValueError, match="expected value at line 1 column 1"):
            await read(stream)


async def test_the_snapshot_counts_fields_as_set_as_upstream(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks("Hel", "lo"))
    _, _, stream = await stream_all(api)
    snapshot = stream.current_completion_snapshot
    # Later chunks set `usage` and `system_fingerprint`; a rebuilt message has every field set
    # (and `parsed`, given when the content was done).
    assert {"usage", "system_fingerprint", "object", "choices"} <= snapshot.model_fields_set
    choice = snapshot.choices[0]
    assert choice.model_fields_set == {"finish_reason", "index", "logprobs", "message"}
    assert choice.message.model_fields_set == {
        "content",
        "refusal",
        "role",
        "annotations",
        "audio",
        "function_call",
        "tool_calls",
        "parsed",
    }


async def test_events_that_are_not_chunks_are_skipped(api: Any, respx_mock: respx.MockRouter) -> None:
    # Azure's asynchronous content filter sends events with an empty `object` into the stream.
    filtered = {**chunk(delta(content="ignored")), "object": "", "choices": [], "prompt_filter_results": []}
    chunks = text_chunks("Hi")
    serve(respx_mock, [chunks[0], filtered, *chunks[1:]])
    events, final, _ = await stream_all(api)
    assert len([e for e in events if e.type == "chunk"]) == 3
    assert final.choices[0].message.content == "Hi"


async def test_a_refusal_streams_refusal_events_and_parses_nothing(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(
        respx_mock,
        [
            chunk(delta(role="assistant", refusal="")),
            chunk(delta(refusal="I'm sorry, ")),
            chunk(delta(refusal="I can't help.")),
            chunk(delta(finish_reason="stop")),
        ],
    )
    events, final, _ = await stream_all(api, response_format=Answer)
    assert types(events) == ["refusal.delta"] * 3 + ["refusal.done"]
    assert [e.snapshot for e in events if e.type == "refusal.delta"][-1] == "I'm sorry, I can't help."
    assert isinstance(events[-1], RefusalDoneEvent) and events[-1].refusal == "I'm sorry, I can't help."
    message = final.choices[0].message
    assert (message.content, message.refusal, message.parsed) == (None, "I'm sorry, I can't help.", None)


# ----------------------------------------------------------------------------- tool calls


async def test_parallel_tool_calls_stream_partial_then_parsed_arguments(api: Any, respx_mock: respx.MockRouter) -> None:
    weather = '{"city": "Paris", "country": "France"}'
    route = serve(respx_mock, tool_call_chunks(("GetWeather", weather), ("ping", '{"n": [1, 2]}')))
    events, final, _ = await stream_all(api, tools=[pydantic_function_tool(GetWeather), PING_TOOL])
    assert [t["function"]["name"] for t in sent_body(route)["tools"]] == ["GetWeather", "ping"]
    args = [e for e in events if e.type.startswith("tool_calls.")]
    weather_deltas = [e for e in args if isinstance(e, FunctionToolCallArgumentsDeltaEvent) and e.index == 0]
    assert {(e.name, e.index) for e in weather_deltas} == {("GetWeather", 0)}
    assert "".join(e.arguments_delta for e in weather_deltas) == weather
    assert [e.arguments for e in weather_deltas][-1] == weather
    partial = [e.parsed_arguments for e in weather_deltas if e.arguments]
    assert {} in partial and {"city": "Paris"} in partial and partial[-1] == {"city": "Paris", "country": "France"}
    # The first call is done with the chunk that starts the second one (after that chunk's
    # delta, as upstream orders them); the last one at the finish.
    done_positions = [i for i, e in enumerate(args) if isinstance(e, FunctionToolCallArgumentsDoneEvent)]
    first_of_ping = next(i for i, e in enumerate(args) if e.index == 1)
    assert done_positions == [first_of_ping + 1, len(args) - 1]
    weather_done, ping_done = (args[i] for i in done_positions)
    assert weather_done.parsed_arguments == GetWeather(city="Paris", country="France")
    assert (ping_done.name, ping_done.arguments, ping_done.parsed_arguments) == ("ping", '{"n": [1, 2]}', {"n": [1, 2]})
    calls = final.choices[0].message.tool_calls
    assert [(c.id, c.type, c.function.name) for c in calls] == [
        ("call_0", "function", "GetWeather"),
        ("call_1", "function", "ping"),
    ]
    assert calls[0].function.parsed_arguments == GetWeather(city="Paris", country="France")
    assert calls[1].function.parsed_arguments == {"n": [1, 2]}
    assert final.choices[0].finish_reason == "tool_calls"


async def test_a_tool_that_is_not_strict_streams_without_parsed_arguments(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    serve(respx_mock, tool_call_chunks(("loose", '{"a": 1}')))
    loose = {"type": "function", "function": {"name": "loose", "parameters": {"type": "object"}}}
    events, final, _ = await stream_all(api, tools=[loose])
    assert {e.parsed_arguments for e in events if e.type.startswith("tool_calls.")} == {None}
    assert final.choices[0].message.tool_calls[0].function.arguments == '{"a": 1}'


async def test_content_is_done_when_a_tool_call_starts(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(
        respx_mock,
        [
            chunk(delta(role="assistant", content="Let me check.")),
            chunk(delta(tool_calls=[call_delta(0, '{"n": 1}', name="ping")])),
            chunk(delta(finish_reason="tool_calls")),
        ],
    )
    events, final, _ = await stream_all(api, tools=[PING_TOOL])
    # As upstream orders them: a chunk's deltas first, then what it completes.
    assert types(events) == [
        "content.delta",
        "tool_calls.function.arguments.delta",
        "content.done",
        "tool_calls.function.arguments.done",
    ]
    assert final.choices[0].message.content == "Let me check."


# ----------------------------------------------------------------------------- logprobs, choices, odd chunks


async def test_logprobs_stream_with_their_snapshots(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(
        respx_mock,
        [
            chunk(delta(role="assistant", content="He", logprobs={"content": [token("He")], "refusal": None})),
            chunk(delta(content="llo", logprobs={"content": [token("llo")]})),
            chunk(delta(finish_reason="stop")),
        ],
    )
    events, final, _ = await stream_all(api, logprobs=True)
    assert types(events) == [
        "content.delta",
        "logprobs.content.delta",
        "content.delta",
        "logprobs.content.delta",
        "content.done",
        "logprobs.content.done",
    ]
    second = [e for e in events if isinstance(e, LogprobsContentDeltaEvent)][1]
    assert [t.token for t in second.content] == ["llo"] and [t.token for t in second.snapshot] == ["He", "llo"]
    assert [t.token for t in events[-1].content] == ["He", "llo"]
    logprobs = final.choices[0].logprobs
    assert [t.token for t in logprobs.content] == ["He", "llo"] and logprobs.refusal is None


async def test_refusal_logprobs_stream_with_their_snapshots(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(
        respx_mock,
        [
            chunk(delta(role="assistant", refusal="No", logprobs={"refusal": [token("No")]})),
            chunk(delta(refusal=".", logprobs={"refusal": [token(".")]})),
            chunk(delta(finish_reason="stop")),
        ],
    )
    events, final, _ = await stream_all(api)
    assert types(events) == [
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.done",
        "logprobs.refusal.done",
    ]
    assert [t.token for t in events[-1].refusal] == ["No", "."]
    assert [t.token for t in final.choices[0].logprobs.refusal] == ["No", "."]


async def test_several_choices_accumulate_separately(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(
        respx_mock,
        [
            chunk(delta(0, role="assistant", content="A"), delta(1, role="assistant", content="B")),
            chunk(delta(1, content="b")),
            chunk(delta(0, content="a")),
            chunk(delta(1, finish_reason="length"), delta(0, finish_reason="stop")),
        ],
    )
    async with opened(new_stream(api, n=2)) as stream:
        events = await read(stream)
        with pytest.raises(openai.LengthFinishReasonError):
            await run(stream.get_final_completion())
    assert [(e.type, e.snapshot) for e in events if e.type == "content.delta"] == [
        ("content.delta", "A"),
        ("content.delta", "B"),
        ("content.delta", "Bb"),
        ("content.delta", "Aa"),
    ]
    assert [e.content for e in events if e.type == "content.done"] == ["Bb", "Aa"]
    snapshot = stream.current_completion_snapshot
    assert [(c.index, c.message.content, c.finish_reason) for c in snapshot.choices] == [
        (0, "Aa", "stop"),
        (1, "Bb", "length"),
    ]


async def test_a_usage_only_last_chunk_fills_in_the_usage(api: Any, respx_mock: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}
    serve(respx_mock, [*text_chunks("Hi"), chunk(usage=usage)])
    events, final, _ = await stream_all(api, stream_options={"include_usage": True})
    assert events[-1].type == "chunk" and events[-1].chunk.choices == []
    assert final.usage is not None and final.usage.total_tokens == 11
    assert final.choices[0].message.content == "Hi"


async def test_null_fields_never_erase_what_was_accumulated(api: Any, respx_mock: respx.MockRouter) -> None:
    nulls = {"content": None, "refusal": None, "tool_calls": None, "function_call": None, "role": None}
    serve(
        respx_mock,
        [
            chunk(delta(role="assistant", content="Hi", refusal=None), system_fingerprint="fp_1", usage=None),
            chunk(delta(**nulls), system_fingerprint=None, service_tier=None),
            chunk(delta(content=" there", role=None)),
            chunk(delta(finish_reason="stop", **nulls), system_fingerprint=None, usage=None),
        ],
    )
    events, final, _ = await stream_all(api)
    assert [e.snapshot for e in events if e.type == "content.delta"] == ["Hi", "Hi there"]
    message = final.choices[0].message
    assert (message.content, message.role, message.refusal, message.tool_calls) == ("Hi there", "assistant", None, None)
    # As upstream: `usage` and `system_fingerprint` are the latest chunk's, the rest the first's.
    assert (final.system_fingerprint, final.id, final.model) == (None, "chatcmpl-1", "gpt-4o")


async def test_identity_fields_repeated_in_every_chunk_are_not_doubled(api: Any, respx_mock: respx.MockRouter) -> None:
    # Some OpenAI-compatible servers repeat the role and the tool call's id, type and name.
    serve(
        respx_mock,
        [
            *(
                chunk(delta(role="assistant", tool_calls=[call_delta(0, part, name="ping", id="call_9")]))
                for part in ['{"n"', ": 1}"]
            ),
            chunk(delta(role="assistant", finish_reason="tool_calls")),
        ],
    )
    _, final, _ = await stream_all(api, tools=[PING_TOOL])
    message = final.choices[0].message
    call = message.tool_calls[0]
    assert (message.role, call.id, call.type, call.function.name) == ("assistant", "call_9", "function", "ping")
    assert (call.function.arguments, call.function.parsed_arguments) == ('{"n": 1}', {"n": 1})


def test_deltas_fold_by_kind_of_value() -> None:
    acc: Dict[str, Any] = {}
    for part in [
        {"content": "He", "tool_calls": [{"index": 0, "function": {"arguments": "{"}}], "tokens": [1]},
        {"content": None, "tool_calls": [{"index": 1, "function": {"arguments": "["}}], "tokens": [2], "n": 1},
        {"content": "llo", "tool_calls": [{"index": 0, "function": {"arguments": "}"}}], "n": 2, "new": None},
    ]:
        accumulate_delta(acc, part)
    assert acc == {
        "content": "Hello",
        "tool_calls": [{"index": 0, "function": {"arguments": "{}"}}, {"index": 1, "function": {"arguments": "["}}],
        "tokens": [1, 2],
        "n": 2,
        "new": None,
    }


# ----------------------------------------------------------------------------- finish reasons and errors


async def test_length_with_a_response_format_raises_while_streaming(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks('{"value": 4', finish_reason="length"))
    async with opened(new_stream(api, response_format=Answer)) as stream:
        received = await read(stream, take=4)
        with pytest.raises(openai.LengthFinishReasonError) as info:
            await read(stream)
    assert types(received) == ["content.delta", "content.delta"]
    assert received[-1].parsed == {"value": 4}
    assert info.value.completion.choices[0].message.content == '{"value": 4'


async def test_length_without_anything_to_parse_fails_only_the_final_completion(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    serve(respx_mock, text_chunks("Once upon", finish_reason="length"))
    async with opened(new_stream(api)) as stream:
        events = await read(stream)
        with pytest.raises(openai.LengthFinishReasonError):
            await run(stream.get_final_completion())
    assert types(events)[-1] == "content.done"
    assert stream.current_completion_snapshot.choices[0].finish_reason == "length"


async def test_the_content_filter_raises_while_streaming_a_tool_call(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, [chunk(delta(role="assistant", content=None)), chunk(delta(finish_reason="content_filter"))])
    async with opened(new_stream(api, tools=[pydantic_function_tool(GetWeather)])) as stream:
        with pytest.raises(openai.ContentFilterFinishReasonError):
            await read(stream)


async def test_an_error_in_the_stream_raises_api_error(api: Any, respx_mock: respx.MockRouter) -> None:
    error = {"error": {"message": "The server had an error", "type": "server_error"}}
    serve(respx_mock, text_chunks("Hi")[:2], tail=f"data: {json.dumps(error)}\n\n")
    async with opened(new_stream(api)) as stream:
        with pytest.raises(openai.APIError, match="The server had an error"):
            await read(stream)
        assert stream.current_completion_snapshot.choices[0].message.content == "Hi"
    assert stream.response.is_closed


# ----------------------------------------------------------------------------- driving and closing


async def test_nothing_is_sent_before_entering_the_block(api: Any, respx_mock: respx.MockRouter) -> None:
    route = serve(respx_mock, text_chunks("Hi"))
    manager = new_stream(api)
    assert not route.called
    async with opened(manager) as stream:
        assert route.called
        assert isinstance(stream, (ChatCompletionStream, AsyncChatCompletionStream))


async def test_leaving_the_loop_early_keeps_the_rest_readable(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks("Hel", "lo"))
    async with opened(new_stream(api)) as stream:
        await read(stream, take=3)
        assert stream.current_completion_snapshot.choices[0].message.content == "Hel"
        done = await run(stream.until_done())
        final = await run(done.get_final_completion())
    assert done is stream and final.choices[0].message.content == "Hello"


async def test_the_manager_closes_the_stream_when_the_block_raises(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks("Hel", "lo"))
    streams: List[Any] = []
    with pytest.raises(KeyError):
        async with opened(new_stream(api)) as stream:
            streams.append(stream)
            await read(stream, take=1)
            raise KeyError("boom")
    assert streams[0].response.is_closed


async def test_close_ends_the_stream(api: Any, respx_mock: respx.MockRouter) -> None:
    serve(respx_mock, text_chunks("Hel", "lo"))
    async with opened(new_stream(api)) as stream:
        await read(stream, take=1)
        await run(stream.close())
        assert stream.response.is_closed
        assert await read(stream) == []


def test_stream_is_not_in_the_raw_view(client: openai.OpenAI) -> None:
    # As in the official package: the views offer `create`, `parse`, ... but not `stream`.
    with pytest.raises(AttributeError, match="stream"):
        _ = client.chat.completions.with_raw_response.stream
    assert callable(client.chat.completions.with_raw_response.parse)


@pytest.mark.parametrize(
    "kw, error, match",
    [
        pytest.param(
            {"stream": True},
            TypeError,
            r"^(Async)?Completions\.stream\(\) got an unexpected keyword argument 'stream'$",
            id="stream",
        ),
        pytest.param({"response_format": 3}, TypeError, "^Unsupported response_format type - 3$", id="bad-format"),
        pytest.param({"max_token": 5}, TypeError, "did you mean `max_tokens`", id="typo"),
        pytest.param(
            {"model": None, "messages": None},
            TypeError,
            r"missing\ 2\ required\ keyword\-only\ arguments:\ 'messages'\ and\ 'model'",
            id="missing",
        ),
    ],
)
async def test_bad_arguments_fail_when_calling_stream(
    api: Any, respx_mock: respx.MockRouter, kw: Dict[str, Any], error: type, match: str
) -> None:
    kw = {"model": "gpt-4o", "messages": MESSAGES, **kw}
    kw = {k: v for k, v in kw.items() if v is not None}
    await assert_fails_before_sending(api, respx_mock, lambda api: api.chat.completions.stream(**kw), error, match)


# ----------------------------------------------------------------------------- the state, fed by hand


def raw_chunks(chunks: List[Dict[str, Any]]) -> List[ChatCompletionChunk]:
    return [construct_type(value=c, type_=ChatCompletionChunk) for c in chunks]


def test_state_accumulates_chunks_fed_by_hand() -> None:
    state: ChatCompletionStreamState[Answer] = ChatCompletionStreamState(response_format=Answer)
    events: List[Any] = []
    for raw in raw_chunks(text_chunks(*pieces(ANSWER_JSON, 10))):
        events.extend(state.handle_chunk(raw))
    assert state.current_completion_snapshot.choices[0].message.content == ANSWER_JSON
    assert events[-1].type == "content.done" and events[-1].parsed == Answer.model_validate(ANSWER)
    assert state.get_final_completion().choices[0].message.parsed == Answer.model_validate(ANSWER)


def test_state_takes_chunks_as_dicts_and_tools_as_a_generator() -> None:
    tools = (t for t in [PING_TOOL])
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState(input_tools=tools)
    for raw in tool_call_chunks(("ping", '{"ok": true}')):
        state.handle_chunk(raw)  # type: ignore[arg-type]
    call = state.get_final_completion().choices[0].message.tool_calls[0]
    assert (call.function.name, call.function.parsed_arguments) == ("ping", {"ok": True})


def test_state_has_no_snapshot_before_the_first_chunk() -> None:
    state: ChatCompletionStreamState[Any] = ChatCompletionStreamState()
    with pytest.raises(RuntimeError, match="No chunk"):
        state.current_completion_snapshot  # noqa: B018
    with pytest.raises(RuntimeError, match="No chunk"):
        state.get_final_completion()


def test_delta_events_keep_their_values_while_chunk_events_share_the_live_snapshot() -> None:
    state: ChatCompletionStreamState[Answer] = ChatCompletionStreamState(response_format=Answer)
    handed: List[Any] = []
    for raw in raw_chunks(text_chunks('{"value": 1', ', "unit": "m"', ', "notes": []}')):
        handed.extend(state.handle_chunk(raw))
    deltas = [e for e in handed if e.type == "content.delta"]
    assert [(e.snapshot, e.parsed) for e in deltas] == [
        ("", None),
        ('{"value": 1', {"value": 1}),
        ('{"value": 1, "unit": "m"', {"value": 1, "unit": "m"}),
        ('{"value": 1, "unit": "m", "notes": []}', {"value": 1, "unit": "m", "notes": []}),
    ]
    # As upstream: every chunk event holds the one snapshot being accumulated, whose message
    # now has the complete content parsed into `Answer` (and `parsed` counted as set).
    chunk_events = [e for e in handed if e.type == "chunk"]
    assert all(e.snapshot is state.current_completion_snapshot for e in chunk_events)
    message = chunk_events[0].snapshot.choices[0].message
    assert message.parsed == Answer(value=1, unit="m", notes=[]) and "parsed" in message.model_fields_set
