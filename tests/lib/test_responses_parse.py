"""`responses.parse()`: `text_format` sent as a strict JSON schema, the output parsed into the
model (`output_parsed`), strict function calls with `parsed_arguments`; bad input refused
before anything is sent. Every test runs with the sync and the async client."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

import pydantic
import pytest
import respx
from pydantic import BaseModel

import openai
from openai._response import LegacyAPIResponse
from openai.lib import pydantic_function_tool
from openai.lib._pydantic import to_strict_json_schema
from openai.types.responses import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
    ResponseOutputRefusal,
    ResponseReasoningItem,
)
from tests.utils.requests import assert_fails_before_sending, send
from tests.utils.responses import function_call, message, reasoning, refusal_part, response_json, text_part

from ..utils import run

pytestmark = pytest.mark.anyio


class Step(BaseModel):
    explanation: str
    output: str


class MathReasoning(BaseModel):
    steps: List[Step]
    final_answer: str


class GetWeather(BaseModel):
    """Weather in a city."""

    city: str
    country: Optional[str]


SOLUTION = {
    "steps": [
        {"explanation": "Subtract 7 from both sides", "output": "8x = -30"},
        {"explanation": "Divide by 8", "output": "x = -3.75"},
    ],
    "final_answer": "x = -3.75",
}
EXPECTED = MathReasoning.model_validate(SOLUTION)
MATH_FORMAT = {  # keys in the official order, as they are sent
    "type": "json_schema",
    "strict": True,
    "name": "MathReasoning",
    "schema": to_strict_json_schema(MathReasoning),
}


def parse(**kw: Any) -> Any:
    """A `responses.parse` call with the usual model and input, for `send` / `run`."""
    return lambda api: api.responses.parse(model="gpt-4o-2024-08-06", input="solve 8x + 7 = -23", **kw)


def weather_call(arguments: str = '{"city":"Paris","country":"France"}', name: str = "GetWeather") -> Dict[str, Any]:
    return function_call(name=name, arguments=arguments)


# ----------------------------------------------------------------------------- output_parsed


async def test_text_format_is_sent_as_a_strict_schema_and_the_output_parsed_into_nested_models(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    reply = response_json(reasoning("think"), message(text_part(json.dumps(SOLUTION))))
    (line, body), parsed = await send(api, respx_mock, parse(text_format=MathReasoning), reply)
    assert line == "POST /v1/responses"
    assert body == {"model": "gpt-4o-2024-08-06", "input": "solve 8x + 7 = -23", "text": {"format": MATH_FORMAT}}
    assert list(body["text"]["format"]) == list(MATH_FORMAT)
    assert isinstance(parsed, ParsedResponse)
    assert parsed.output_parsed == EXPECTED
    assert parsed.output_parsed is not None and isinstance(parsed.output_parsed.steps[0], Step)
    item = parsed.output[1]
    assert isinstance(item, ParsedResponseOutputMessage)
    assert isinstance(item.content[0], ParsedResponseOutputText) and item.content[0].parsed == EXPECTED
    assert parsed.output_text == json.dumps(SOLUTION)
    thought = parsed.output[0]
    assert isinstance(thought, ResponseReasoningItem) and thought.summary[0].text == "think"
    assert (parsed.id, parsed.usage) == ("resp_1", None)


async def test_a_refusal_leaves_output_parsed_none(api: Any, respx_mock: respx.MockRouter) -> None:
    reply = response_json(message(refusal_part("I'm sorry, I can't help with that.")))
    _, parsed = await send(api, respx_mock, parse(text_format=MathReasoning), reply)
    assert parsed.output_parsed is None
    refusal = parsed.output[0].content[0]
    assert isinstance(refusal, ResponseOutputRefusal) and refusal.refusal == "I'm sorry, I can't help with that."


async def test_text_format_keeps_the_other_text_settings_and_leaves_the_callers_dict(
    api: Any, respx_mock: respx.MockRouter
) -> None:
    reply = response_json(message(text_part(json.dumps(SOLUTION))))
    text = {"verbosity": "low"}
    call = parse(text_format=MathReasoning, text=text)
    (_, body), _ = await send(api, respx_mock, call, reply)
    assert body["text"] == {"verbosity": "low", "format": MATH_FORMAT}
    # COMPAT.md#responses-parse-text-not-mutated: upstream adds `format` to the caller's dict (and a
    # second call with the same dict then fails); ours leaves it as it was.
    assert text == {"verbosity": "low"}
    await run(call(api))
    assert json.loads(respx_mock.calls.last.request.content) == body


async def test_verbosity_is_sent_inside_text(api: Any, respx_mock: respx.MockRouter) -> None:
    # COMPAT.md#responses-parse-verbosity: upstream sends a top-level `verbosity`, a parameter the
    # Responses API does not have; the API reads it from `text.verbosity`.
    (_, body), _ = await send(api, respx_mock, parse(verbosity="high"), response_json(message(text_part("ok"))))
    assert body["text"] == {"verbosity": "high"} and "verbosity" not in body
    with pytest.raises(TypeError, match="both `verbosity` and `text.verbosity`"):
        await run(parse(verbosity="high", text={"verbosity": "low"})(api))


async def test_without_text_format_nothing_is_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    (_, body), parsed = await send(api, respx_mock, parse(), response_json(message(text_part('{"a": 1}'))))
    assert "text" not in body
    assert parsed.output_parsed is None and parsed.output_text == '{"a": 1}'


async def test_output_not_matching_the_model_raises_a_validation_error(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("http://api.test/v1/responses").respond(json=response_json(message(text_part('{"steps": []}'))))
    with pytest.raises(pydantic.ValidationError, match="final_answer"):
        await run(parse(text_format=MathReasoning)(api))


async def test_items_of_unknown_types_pass_through(api: Any, respx_mock: respx.MockRouter) -> None:
    unknown = {"type": "hologram", "id": "hg_1", "depth": 3}
    reply = response_json(unknown, message(text_part(json.dumps(SOLUTION))))
    _, parsed = await send(api, respx_mock, parse(text_format=MathReasoning), reply)
    assert parsed.output[0].depth == 3
    assert parsed.output_parsed == EXPECTED


# ----------------------------------------------------------------------------- function tools


async def test_calls_of_a_pydantic_tool_carry_an_instance_of_its_model(api: Any, respx_mock: respx.MockRouter) -> None:
    call = parse(tools=[pydantic_function_tool(GetWeather)])
    (_, body), parsed = await send(api, respx_mock, call, response_json(weather_call()))
    # The chat-shaped tool goes out in the Responses shape.
    assert body["tools"] == [
        {
            "type": "function",
            "name": "GetWeather",
            "description": "Weather in a city.",
            "parameters": to_strict_json_schema(GetWeather),
            "strict": True,
        }
    ]
    item = parsed.output[0]
    assert isinstance(item, ParsedResponseFunctionToolCall)
    assert item.parsed_arguments == GetWeather(city="Paris", country="France")
    assert item.arguments == '{"city":"Paris","country":"France"}'


async def test_calls_of_a_strict_dict_tool_carry_the_decoded_json(api: Any, respx_mock: respx.MockRouter) -> None:
    tool = {"type": "function", "name": "lookup", "parameters": {"type": "object"}, "strict": True}
    reply = response_json(weather_call('{"id": 7}', name="lookup"), weather_call(name="not_a_tool"))
    (_, body), parsed = await send(api, respx_mock, parse(tools=[tool]), reply)
    assert body["tools"] == [tool]
    assert parsed.output[0].parsed_arguments == {"id": 7}
    assert parsed.output[1].parsed_arguments is None  # a call of a tool we were not given


@pytest.mark.parametrize("strict", [False, None, "absent"])
async def test_tools_not_marked_strict_are_sent_and_their_calls_left_unparsed(
    api: Any, respx_mock: respx.MockRouter, strict: Any
) -> None:
    # As upstream: no check before sending, and only a tool marked `strict` is decoded.
    tool: Dict[str, Any] = {"type": "function", "name": "lookup", "parameters": {"type": "object"}}
    if strict != "absent":
        tool["strict"] = strict
    (_, body), parsed = await send(
        api, respx_mock, parse(tools=[tool]), response_json(weather_call("{}", name="lookup"))
    )
    assert body["tools"] == [tool]
    assert parsed.output[0].parsed_arguments is None


async def test_tools_given_as_a_generator_are_sent_and_used_for_parsing(api: Any, respx_mock: respx.MockRouter) -> None:
    tools = (t for t in [pydantic_function_tool(GetWeather)])
    (_, body), parsed = await send(api, respx_mock, parse(tools=tools), response_json(weather_call()))
    assert [t["name"] for t in body["tools"]] == ["GetWeather"]
    assert isinstance(parsed.output[0].parsed_arguments, GetWeather)


async def test_parsed_output_sent_back_as_input_carries_only_api_fields(api: Any, respx_mock: respx.MockRouter) -> None:
    reply = response_json(message(text_part(json.dumps(SOLUTION))), weather_call())
    tools = [pydantic_function_tool(GetWeather)]
    _, parsed = await send(api, respx_mock, parse(text_format=MathReasoning, tools=tools), reply)
    await run(api.responses.create(model="gpt-4o", input=parsed.output))  # the next turn
    body = json.loads(respx_mock.calls.last.request.content)
    assert body["input"] == [message(text_part(json.dumps(SOLUTION))), weather_call()]


# ----------------------------------------------------------------------------- raw and streamed responses


async def test_with_raw_response_parses_into_a_parsed_response(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("http://api.test/v1/responses").respond(
        json=response_json(message(text_part(json.dumps(SOLUTION)))), headers={"x-request-id": "req_42"}
    )
    raw = await run(api.responses.with_raw_response.parse(model="gpt-4o", input="x", text_format=MathReasoning))
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.headers["x-request-id"] == "req_42"
    parsed = raw.parse()
    assert isinstance(parsed, ParsedResponse) and parsed.output_parsed == EXPECTED
    assert parsed._request_id == "req_42"


def test_with_streaming_response_parses_into_a_parsed_response(
    client: openai.OpenAI, respx_mock: respx.MockRouter
) -> None:
    respx_mock.post("http://api.test/v1/responses").respond(
        json=response_json(message(text_part(json.dumps(SOLUTION))))
    )
    with client.responses.with_streaming_response.parse(model="gpt-4o", input="x", text_format=MathReasoning) as raw:
        assert raw.parse().output_parsed == EXPECTED


# ----------------------------------------------------------------------------- bad input


CHAT_NOT_STRICT = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}


class Plain:
    answer: str


@pytest.mark.parametrize(
    "kw, error, match",
    [
        pytest.param(
            {"text_format": dict}, TypeError, "^Unsupported response_format type - <class 'dict'>$", id="dict"
        ),
        pytest.param(
            {"text_format": Plain}, TypeError, "^Unsupported response_format type - <class ", id="plain-class"
        ),
        pytest.param(
            {"text_format": {"type": "json_object"}},
            TypeError,  # (upstream fails an `assert` here)
            "^Unsupported response_format type - {'type': 'json_object'}$",
            id="format-dict-in-text-format",
        ),
        pytest.param(
            {"text_format": MathReasoning, "text": {"format": {"type": "text"}}},
            TypeError,
            "^Cannot mix and match text.format with text_format$",
            id="two-formats",
        ),
        pytest.param(
            {"tools": [CHAT_NOT_STRICT]},
            Exception,  # the official class: a plain `Exception`
            r"^Expected Chat Completions function tool shape to be created using `openai.pydantic_function_tool\(\)`$",
            id="chat-shaped-dict",
        ),
        pytest.param({"stream": True}, TypeError, r"use responses.stream\(", id="stream"),
        pytest.param({"text_fromat": MathReasoning}, TypeError, "did you mean `text_format`", id="typo"),
    ],
)
async def test_bad_input_fails_before_sending(
    api: Any, respx_mock: respx.MockRouter, kw: Dict[str, Any], error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, parse(**kw), error, match)


def test_a_model_strict_mode_cannot_express_fails_before_sending(
    client: openai.OpenAI, respx_mock: respx.MockRouter
) -> None:
    class Free(BaseModel):
        data: Dict[str, int]

    route = respx_mock.route(host="api.test")
    with pytest.raises(TypeError, match="field `Free.data`"):
        client.responses.parse(model="gpt-4o", input="x", text_format=Free)
    assert not route.called


def test_a_chat_shaped_dict_tool_raises_a_plain_exception_as_upstream(client: openai.OpenAI) -> None:
    with pytest.raises(Exception) as raised:
        client.responses.parse(model="gpt-4o", input="x", tools=[CHAT_NOT_STRICT])  # type: ignore[list-item]
    assert type(raised.value) is Exception
