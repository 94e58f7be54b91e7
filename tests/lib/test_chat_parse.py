"""`chat.completions.parse()`: `response_format` sent as a strict JSON schema and the content
parsed into it (`message.parsed`), tool calls of strict tools with `parsed_arguments`, the
finish-reason errors, bad input refused before anything is sent, and the raw-response views.
Every test runs with the sync and the async client."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any, Dict, List, Optional, Tuple

import httpx
import pydantic
import pytest
import respx
from pydantic import BaseModel

import openai
from openai._response import LegacyAPIResponse
from openai.lib import pydantic_function_tool
from openai.lib._pydantic import to_strict_json_schema
from openai.types.chat import (
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
    ParsedFunctionToolCall,
)
from tests.utils.chat import choice, completion
from tests.utils.requests import assert_fails_before_sending

from ..utils import run

pytestmark = pytest.mark.anyio

URL = "http://api.test/v1/chat/completions"
MESSAGES = [{"role": "user", "content": "Plan my week"}]


class Event(BaseModel):
    name: str
    day: str


class Week(BaseModel):
    events: List[Event]
    busy: bool


class GetWeather(BaseModel):
    """Weather in a city."""

    city: str
    country: Optional[str]


WEEK = {"events": [{"name": "Dentist", "day": "Monday"}, {"name": "Gym", "day": "Friday"}], "busy": False}
PING_TOOL = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}, "strict": True}}


def tool_call(name: str, arguments: str, id: str = "call_1") -> Dict[str, Any]:
    return {"id": id, "type": "function", "function": {"name": name, "arguments": arguments}}


async def parse(
    api: Any, respx_mock: respx.MockRouter, reply: Dict[str, Any], **kw: Any
) -> Tuple[httpx.Request, ParsedChatCompletion[Any]]:
    """One `parse` call against a server answering `reply`: `(the request, the result)`."""
    route = respx_mock.post(URL).respond(200, json=reply, headers={"x-request-id": "req_1"})
    result = await run(api.chat.completions.parse(model="gpt-4o", messages=MESSAGES, **kw))
    assert route.call_count == 1
    return route.calls.last.request, result


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


# ----------------------------------------------------------------------------- message.parsed


async def test_response_format_is_sent_as_a_strict_schema_and_the_content_parsed(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    request, result = await parse(api, respx_mock, completion(choice(json.dumps(WEEK))), response_format=Week)
    assert body_of(request) == {
        "model": "gpt-4o",
        "messages": MESSAGES,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "Week", "schema": to_strict_json_schema(Week), "strict": True},
        },
        "stream": False,
    }
    # Keys in the official order: `stream` at its place in the signature, the schema first.
    assert list(body_of(request)) == ["messages", "model", "response_format", "stream"]
    assert list(body_of(request)["response_format"]["json_schema"]) == ["schema", "name", "strict"]
    assert request.headers["x-stainless-helper-method"] == "chat.completions.parse"
    assert isinstance(result, ParsedChatCompletion) and type(result).__name__ == "ParsedChatCompletion[Week]"
    message = result.choices[0].message
    assert isinstance(result.choices[0], ParsedChoice) and isinstance(message, ParsedChatCompletionMessage)
    assert message.parsed == Week.model_validate(WEEK)
    assert isinstance(message.parsed, Week) and isinstance(message.parsed.events[1], Event)
    assert message.content == json.dumps(WEEK)
    assert (result.id, result._request_id) == ("chatcmpl-1", "req_1")


async def test_parsed_counts_as_set_as_in_the_official(api: Any, respx_mock: respx.MockRouter) -> None:
    _, result = await parse(api, respx_mock, completion(choice(json.dumps(WEEK))), response_format=Week)
    message = result.choices[0].message
    assert {"role", "content", "refusal", "parsed", "tool_calls"} <= message.model_fields_set
    assert message.to_dict()["parsed"] == WEEK
    assert message.tool_calls is None and message.to_dict()["tool_calls"] is None  # set, as upstream sets it


async def test_custom_tool_calls_are_left_out_with_a_warning(
    api: Any, respx_mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    custom = {"id": "call_c", "type": "custom", "custom": {"name": "run_sql", "input": "SELECT 1"}}
    reply = completion(choice(None, tool_calls=[custom, tool_call("ping", "{}", id="call_p")]))
    with caplog.at_level("WARNING", logger="openai.lib.parsing"):
        _, result = await parse(api, respx_mock, reply, tools=[PING_TOOL])
    calls = result.choices[0].message.tool_calls
    assert calls is not None and [c.id for c in calls] == ["call_p"] and calls[0].function.parsed_arguments == {}
    assert "Custom tool calls are not callable. Ignoring tool call: call_c - run_sql" in caplog.text


async def test_a_refusal_leaves_parsed_none(api: Any, respx_mock: respx.MockRouter) -> None:
    reply = completion(choice(refusal="I'm sorry, I can't help with that."))
    _, result = await parse(api, respx_mock, reply, response_format=Week)
    message = result.choices[0].message
    assert (message.parsed, message.refusal) == (None, "I'm sorry, I can't help with that.")


async def test_every_choice_is_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    other = {**WEEK, "busy": True}
    reply = completion(choice(json.dumps(WEEK)), choice(json.dumps(other), index=1))
    request, result = await parse(api, respx_mock, reply, response_format=Week, n=2)
    assert body_of(request)["n"] == 2
    assert [c.message.parsed.busy for c in result.choices] == [False, True]


async def test_content_not_matching_the_model_raises_a_validation_error(api: Any, respx_mock: respx.MockRouter) -> None:
    with pytest.raises(pydantic.ValidationError, match="busy"):
        await parse(api, respx_mock, completion(choice('{"events": []}')), response_format=Week)


@pytest.mark.parametrize(
    "response_format",
    [
        pytest.param({"type": "json_object"}, id="json_object"),
        pytest.param(
            {"type": "json_schema", "json_schema": {"name": "w", "schema": {"type": "object"}, "strict": True}},
            id="json_schema",
        ),
    ],
)
async def test_a_format_dict_is_sent_unchanged_and_nothing_parsed(
    api: Any, respx_mock: respx.MockRouter, response_format: Dict[str, Any]
) -> None:
    request, result = await parse(api, respx_mock, completion(choice('{"a": 1}')), response_format=response_format)
    assert body_of(request)["response_format"] == response_format
    assert result.choices[0].message.parsed is None
    assert type(result).__name__ == "ParsedChatCompletion[NoneType]"


async def test_without_response_format_the_completion_comes_back_as_parsed_completion(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    request, result = await parse(api, respx_mock, completion(choice("Hello!")))
    assert "response_format" not in body_of(request)
    assert isinstance(result, ParsedChatCompletion) and result.choices[0].message.content == "Hello!"
    assert result.choices[0].message.parsed is None


# ----------------------------------------------------------------------------- tool calls


async def test_tool_calls_carry_their_parsed_arguments(api: Any, respx_mock: respx.MockRouter) -> None:
    calls = [tool_call("GetWeather", '{"city": "Paris", "country": null}'), tool_call("ping", '{"n": 1}', "call_2")]
    tools = [pydantic_function_tool(GetWeather), PING_TOOL]
    request, result = await parse(
        api, respx_mock, completion(choice(tool_calls=calls, finish_reason="tool_calls")), tools=tools
    )
    assert [t["function"]["name"] for t in body_of(request)["tools"]] == ["GetWeather", "ping"]
    assert body_of(request)["tools"][0]["function"]["parameters"] == to_strict_json_schema(GetWeather)
    weather, ping = result.choices[0].message.tool_calls or []
    assert isinstance(weather, ParsedFunctionToolCall) and weather.id == "call_1"
    assert weather.function.parsed_arguments == GetWeather(city="Paris", country=None)
    assert isinstance(weather.function.parsed_arguments, GetWeather)
    assert ping.function.parsed_arguments == {"n": 1}
    # Set, as in the official package (and never sent back: `__api_exclude__`).
    assert "parsed_arguments" in weather.function.model_fields_set


async def test_tools_given_as_a_generator_are_sent_and_used_for_parsing(api: Any, respx_mock: respx.MockRouter) -> None:
    calls = [tool_call("GetWeather", '{"city": "Oslo", "country": "Norway"}')]
    tools = (tool for tool in [pydantic_function_tool(GetWeather)])
    request, result = await parse(api, respx_mock, completion(choice(tool_calls=calls)), tools=tools)
    assert len(body_of(request)["tools"]) == 1
    assert result.choices[0].message.tool_calls[0].function.parsed_arguments == GetWeather(
        city="Oslo", country="Norway"
    )


async def test_a_call_of_a_tool_not_given_has_no_parsed_arguments(api: Any, respx_mock: respx.MockRouter) -> None:
    reply = completion(choice(tool_calls=[tool_call("unknown", "{}")]))
    _, result = await parse(api, respx_mock, reply, tools=[PING_TOOL])
    assert result.choices[0].message.tool_calls[0].function.parsed_arguments is None


# ----------------------------------------------------------------------------- finish reasons


async def test_a_completion_cut_by_the_length_limit_raises(api: Any, respx_mock: respx.MockRouter) -> None:
    usage = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}
    reply = completion(choice('{"events": [', finish_reason="length"), usage=usage)
    with pytest.raises(openai.LengthFinishReasonError, match="length limit was reached") as info:
        await parse(api, respx_mock, reply, response_format=Week)
    assert info.value.completion.usage is not None and info.value.completion.usage.total_tokens == 15
    assert info.value.completion.choices[0].message.content == '{"events": ['


async def test_a_completion_stopped_by_the_content_filter_raises(api: Any, respx_mock: respx.MockRouter) -> None:
    reply = completion(choice(None, finish_reason="content_filter"))
    with pytest.raises(openai.ContentFilterFinishReasonError, match="content filter"):
        await parse(api, respx_mock, reply, response_format=Week)


# ----------------------------------------------------------------------------- refused before sending


def parse_call(**kw: Any) -> Any:
    return lambda api: api.chat.completions.parse(**{"model": "gpt-4o", "messages": MESSAGES, **kw})


@pytest.mark.parametrize(
    "kw, error, match",
    [
        pytest.param(
            {"tools": [{"type": "function", "function": {"name": "loose", "parameters": {}}}]},
            ValueError,
            r"^`loose` is not strict\. Only `strict` function tools can be auto-parsed$",
            id="non-strict-tool",
        ),
        pytest.param(
            {"tools": [{**PING_TOOL, "function": {**PING_TOOL["function"], "strict": False}}]},
            ValueError,
            "`ping` is not strict",
            id="strict-false",
        ),
        pytest.param(
            {"tools": [{"type": "custom", "custom": {"name": "grammar"}}]},
            ValueError,
            r"^Currently only `function` tool types support auto-parsing; Received `custom`$",
            id="custom",
        ),
        pytest.param(
            {"response_format": str}, TypeError, r"^Unsupported response_format type - <class 'str'>$", id="bad-format"
        ),
        pytest.param({"response_format": None}, TypeError, r"^Unsupported response_format type - None$", id="none"),
        pytest.param(
            {"stream": True},
            TypeError,
            r"^(Async)?Completions\.parse\(\) got an unexpected keyword argument 'stream'$",
            id="stream",
        ),
        pytest.param({"temprature": 0.2}, TypeError, "did you mean `temperature`", id="typo"),
    ],
)
async def test_bad_arguments_are_refused_before_sending(
    api: Any, respx_mock: respx.MockRouter, kw: Dict[str, Any], error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, parse_call(**kw), error, match)


async def test_create_refuses_a_model_class_pointing_to_parse(api: Any, respx_mock: respx.MockRouter) -> None:
    call = lambda api: api.chat.completions.create(model="gpt-4o", messages=MESSAGES, response_format=Week)  # noqa: E731
    message = r"^You tried to pass a `BaseModel` class to `chat.completions.create\(\)`; You must use `chat.completions.parse\(\)` instead$"
    await assert_fails_before_sending(api, respx_mock, call, TypeError, message)


async def test_model_and_messages_are_required(api: Any, respx_mock: respx.MockRouter) -> None:
    call = lambda api: api.chat.completions.parse(response_format=Week)  # noqa: E731
    await assert_fails_before_sending(
        api, respx_mock, call, TypeError, r"missing\ 2\ required\ keyword\-only\ arguments:\ 'messages'\ and\ 'model'"
    )


# ----------------------------------------------------------------------------- raw views and headers


async def test_with_raw_response_parse_gives_the_parsed_completion(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post(URL).respond(200, json=completion(choice(json.dumps(WEEK))), headers={"x-request-id": "req_7"})
    raw = await run(
        api.chat.completions.with_raw_response.parse(model="gpt-4o", messages=MESSAGES, response_format=Week)
    )
    assert isinstance(raw, LegacyAPIResponse) and raw.headers["x-request-id"] == "req_7"
    parsed = raw.parse()
    assert isinstance(parsed, ParsedChatCompletion) and parsed.choices[0].message.parsed == Week.model_validate(WEEK)


def test_with_streaming_response_parse_gives_the_parsed_completion(
    client: openai.OpenAI, respx_mock: respx.MockRouter
) -> None:
    respx_mock.post(URL).respond(200, json=completion(choice(json.dumps(WEEK))))
    view = client.chat.completions.with_streaming_response
    with view.parse(model="gpt-4o", messages=MESSAGES, response_format=Week) as response:
        assert response.parse().choices[0].message.parsed == Week.model_validate(WEEK)


async def test_extra_headers_are_sent_next_to_the_helper_header(api: Any, respx_mock: respx.MockRouter) -> None:
    request, _ = await parse(api, respx_mock, completion(choice("hi")), extra_headers={"X-Trace": "t1"})
    assert (request.headers["x-trace"], request.headers["x-stainless-helper-method"]) == (
        "t1",
        "chat.completions.parse",
    )


def test_the_helpers_load_only_when_first_used() -> None:
    # `create` (the hot path) must not pay for the parsing and streaming helpers' imports.
    code = (
        "import sys, openai\n"
        "completions = openai.OpenAI(api_key='sk-test').chat.completions\n"
        "assert 'openai.lib._chat_methods' not in sys.modules, 'loaded with the resource'\n"
        "completions.parse\n"
        "assert 'openai.lib._chat_methods' in sys.modules, 'not loaded by parse'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
