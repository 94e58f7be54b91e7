"""Area A (`gen:`): chat completions — create (plain and streamed), retrieve, update, list,
delete, messages.list, the `beta.chat.completions` aliases, and the helpers `parse`, `stream`
(the stream manager and its events) and `ChatCompletionStreamState`.
"""

from __future__ import annotations

import enum
import json
from typing import Any, Dict, List, Optional

import pydantic
from dsl import Ctx, Reply, scenario
from fixtures import spec_reply
from helpers import (
    CHAT_ID,
    adrain,
    chat_choice,
    chat_completion,
    chat_message,
    chat_usage,
    closed,
    drain,
    tracked_async_client,
    tracked_client,
)
from observe import describe, describe_exception
from server import sse
from typing_extensions import Literal

import openai
from scenarios.gen_misc import PREFIX, ep, stream_idioms

MODEL = "gpt-4o-2024-08-06"
CREATED = 1741569952
FINGERPRINT = "fp_fc9f1d7035"

USER = [{"role": "user", "content": "Hello!"}]
CONVERSATION = [
    {"role": "developer", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello!"},
]

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    },
}

STRICT_WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_current_weather",
        "parameters": {
            "type": "object",
            "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
            "required": ["location", "unit"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}

USAGE = chat_usage()


# ----------------------------------------------------------------------------- parse targets


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathReasoning(pydantic.BaseModel):
    steps: List[Step]
    final_answer: str


class Unit(str, enum.Enum):
    celsius = "celsius"
    fahrenheit = "fahrenheit"


class GetWeather(pydantic.BaseModel):
    """Current weather for a city."""

    city: str
    country: str = pydantic.Field(description="ISO 3166 country code")
    unit: Unit
    days: Optional[int] = None


class CalendarEvent(pydantic.BaseModel):
    name: str
    date: str
    participants: List[str]
    kind: Literal["meeting", "call"]


MATH_JSON = json.dumps(
    {
        "steps": [
            {"explanation": "Subtract 31 from both sides", "output": "8x = -29"},
            {"explanation": "Divide both sides by 8", "output": "x = -29/8"},
        ],
        "final_answer": "x = -29/8",
    }
)


# ----------------------------------------------------------------------------- reply bodies


message = chat_message
choice = chat_choice


def chat(*choices: Dict[str, Any], usage: Any = USAGE, **extra: Any) -> Dict[str, Any]:
    return chat_completion(*choices, usage=usage, **extra)


def chat_reply(*choices: Dict[str, Any], request_id: str = "req_chat_1", **extra: Any) -> Reply:
    return Reply(json_body=chat(*choices, **extra), headers={"x-request-id": request_id})


def tool_call(call_id: str, name: str, arguments: str) -> Dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def token(text: str, logprob: float, top: Optional[List[Any]] = None) -> Dict[str, Any]:
    return {"token": text, "logprob": logprob, "bytes": list(text.encode()), "top_logprobs": top or []}


def chunk(*choices: Dict[str, Any], **extra: Any) -> Dict[str, Any]:
    return {
        "id": CHAT_ID,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": MODEL,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": list(choices),
        **extra,
    }


def call_delta(call_id: str, name: str, arguments: str = "", index: int = 0) -> Dict[str, Any]:
    """The first delta of a streamed function tool call (the later ones carry only arguments)."""
    return {"index": index, "id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def delta(d: Dict[str, Any], finish: Optional[str] = None, index: int = 0, logprobs: Any = None) -> Dict[str, Any]:
    return {"index": index, "delta": d, "logprobs": logprobs, "finish_reason": finish}


ROLE = {"role": "assistant", "content": "", "refusal": None}


def text_stream() -> Reply:
    return sse(
        chunk(delta(ROLE)),
        chunk(delta({"content": "Hello"})),
        chunk(delta({"content": "! How"})),
        chunk(delta({"content": " can I help?"})),
        chunk(delta({}, finish="stop")),
        done=True,
    )


def usage_stream() -> Reply:
    return sse(
        chunk(delta(ROLE), usage=None),
        chunk(delta({"content": "Hi"}), usage=None),
        chunk(delta({}, finish="stop"), usage=None),
        chunk(usage=USAGE),
        done=True,
    )


def logprobs_stream() -> Reply:
    return sse(
        chunk(delta(ROLE, logprobs={"content": [], "refusal": None})),
        chunk(delta({"content": "Hello"}, logprobs={"content": [token("Hello", -0.31725305)], "refusal": None})),
        chunk(
            delta(
                {"content": " world"},
                logprobs={
                    "content": [token(" world", -1.2, [{"token": " world", "logprob": -1.2, "bytes": [32, 119]}])],
                    "refusal": None,
                },
            )
        ),
        chunk(delta({}, finish="stop", logprobs=None)),
        done=True,
    )


def tool_stream(strict_name: str = "get_current_weather") -> Reply:
    return sse(
        chunk(
            delta(
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [call_delta("call_DdmO9pD3xa9XTPNJ32zg2hcA", strict_name)],
                    "refusal": None,
                }
            )
        ),
        chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": '{"loc'}}]})),
        chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": 'ation": "Paris", "unit": "c"}'}}]})),
        chunk(delta({"tool_calls": [call_delta("call_2", strict_name, index=1)]})),
        chunk(delta({"tool_calls": [{"index": 1, "function": {"arguments": '{"location": "Oslo", "unit": "f"}'}}]})),
        chunk(delta({}, finish="tool_calls")),
        done=True,
    )


def pydantic_tool_stream() -> Reply:
    return sse(
        chunk(
            delta({"role": "assistant", "content": None, "tool_calls": [call_delta("call_weather_1", "GetWeather")]})
        ),
        chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": "Par'}}]})),
        chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": 'is", "country": "FR", '}}]})),
        chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": '"unit": "celsius", "days": null}'}}]})),
        chunk(delta({}, finish="tool_calls")),
        done=True,
    )


def refusal_stream() -> Reply:
    return sse(
        chunk(delta({"role": "assistant", "content": None, "refusal": ""})),
        chunk(delta({"refusal": "I'm sorry,"}, logprobs={"content": None, "refusal": [token("I'm", -0.01)]})),
        chunk(
            delta(
                {"refusal": " I can't help with that."}, logprobs={"content": None, "refusal": [token(" sorry", -0.02)]}
            )
        ),
        chunk(delta({}, finish="stop")),
        done=True,
    )


def structured_stream(finish: str = "stop") -> Reply:
    pieces = [MATH_JSON[:9], MATH_JSON[9:40], MATH_JSON[40:75], MATH_JSON[75:150], MATH_JSON[150:]]
    return sse(
        chunk(delta(ROLE)),
        *[chunk(delta({"content": piece})) for piece in pieces],
        chunk(delta({}, finish=finish)),
        chunk(usage=USAGE),
        done=True,
    )


def two_choice_stream() -> Reply:
    return sse(
        chunk(delta(ROLE, index=0), delta(ROLE, index=1)),
        chunk(delta({"content": "Red"}, index=0)),
        chunk(delta({"content": "Blue"}, index=1)),
        chunk(delta({"content": " apple"}, index=0), delta({"content": " sky"}, index=1)),
        chunk(delta({}, finish="stop", index=1)),
        chunk(delta({}, finish="length", index=0)),
        done=True,
    )


# ----------------------------------------------------------------------------- create

ep("chat.completions.create", variant="basic", messages=CONVERSATION, model=MODEL, reply=chat_reply())
ep(
    "chat.completions.create",
    variant="many params",
    # keywords deliberately out of the signature's order: the body must follow the official order
    temperature=0.2,
    model=MODEL,
    tools=[WEATHER_TOOL],
    messages=CONVERSATION,
    frequency_penalty=0.5,
    logit_bias={"50256": -100, "1734": 5},
    logprobs=True,
    top_logprobs=2,
    max_completion_tokens=256,
    metadata={"session": "abc-123", "customer": "acme"},
    modalities=["text"],
    n=2,
    parallel_tool_calls=False,
    prediction={"type": "content", "content": "Hello! How can I help you today?"},
    presence_penalty=0.0,
    prompt_cache_key="user-1234-chat",
    response_format={"type": "json_object"},
    safety_identifier="user-hash-1234",
    seed=42,
    service_tier="auto",
    stop=["\n\n", "END"],
    store=True,
    tool_choice="auto",
    top_p=1.0,
    user="user-1234",
    verbosity="low",
    web_search_options={"search_context_size": "low"},
    reply=chat_reply(
        choice(message('{"greeting": "hi"}'), 0, logprobs={"content": [token('{"', -0.001)], "refusal": None}),
        choice(message('{"greeting": "hello"}'), 1),
    ),
)
ep(
    "chat.completions.create",
    variant="None values",
    messages=USER,
    model=MODEL,
    temperature=None,
    top_p=None,
    max_tokens=None,
    max_completion_tokens=None,
    stop=None,
    seed=None,
    n=None,
    metadata=None,
    logprobs=None,
    reasoning_effort=None,
    stream_options=None,
    stream=None,
    reply=chat_reply(),
    views=("plain", "raw"),
)
ep(
    "chat.completions.create",
    variant="NOT_GIVEN values",
    messages=USER,
    model=MODEL,
    temperature=openai.NOT_GIVEN,
    tools=openai.NOT_GIVEN,
    tool_choice=openai.NOT_GIVEN,
    response_format=openai.NOT_GIVEN,
    stream=openai.NOT_GIVEN,
    extra_headers=None,
    timeout=openai.NOT_GIVEN,
    reply=chat_reply(),
    views=("plain", "raw"),
)
ep(
    "chat.completions.create",
    variant="tool calls",
    messages=[{"role": "user", "content": "What's the weather like in Paris today?"}],
    model=MODEL,
    tools=[
        WEATHER_TOOL,
        {"type": "function", "function": {**STRICT_WEATHER_TOOL["function"], "name": "strict_weather"}},
    ],
    tool_choice={"type": "function", "function": {"name": "get_current_weather"}},
    reply=chat_reply(
        choice(
            message(
                None, tool_calls=[tool_call("call_abc123", "get_current_weather", '{"location": "Paris, France"}')]
            ),
            finish="tool_calls",
        )
    ),
)
ep(
    "chat.completions.create",
    variant="tool results conversation",
    model=MODEL,
    messages=[
        {"role": "user", "content": "What's the weather like in Paris today?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [tool_call("call_abc123", "get_current_weather", '{"location": "Paris, France"}')],
        },
        {"role": "tool", "tool_call_id": "call_abc123", "content": '{"temperature": 18, "unit": "celsius"}'},
    ],
    reply=chat_reply(choice(message("It is 18°C in Paris."))),
    views=("plain",),
)
ep(
    "chat.completions.create",
    variant="content parts",
    model=MODEL,
    messages=[
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What's in this image? Answer in français — s'il vous plaît 🙂"},
                {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
                {"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZF", "format": "wav"}},
                {"type": "file", "file": {"file_id": "file-abc123"}},
            ],
            "name": "alice",
        }
    ],
    audio={"voice": "alloy", "format": "wav"},
    modalities=["text", "audio"],
    reply=chat_reply(
        choice(
            message(
                None,
                audio={"id": "audio_abc123", "expires_at": 1741573552, "data": "UklGRg==", "transcript": "Un chat."},
            )
        )
    ),
)
ep(
    "chat.completions.create",
    variant="json_schema response_format",
    model=MODEL,
    messages=USER,
    response_format={
        "type": "json_schema",
        "json_schema": {
            "name": "greeting",
            "schema": {
                "type": "object",
                "properties": {"greeting": {"type": "string"}},
                "required": ["greeting"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    },
    reply=chat_reply(choice(message('{"greeting": "Hello!"}'))),
    views=("plain",),
)
ep(
    "chat.completions.create",
    variant="legacy functions",
    model=MODEL,
    messages=USER,
    functions=[WEATHER_TOOL["function"]],
    function_call="auto",
    max_tokens=50,
    reply=chat_reply(
        choice(
            message(None, function_call={"name": "get_current_weather", "arguments": '{"location": "Boston"}'}),
            finish="function_call",
        )
    ),
    views=("plain",),
)
ep(
    "chat.completions.create",
    variant="extras",
    model=MODEL,
    messages=USER,
    extra_headers={"X-Trace-Id": "trace-42", "OpenAI-Beta": "assistants=v2"},
    extra_query={"api-version": "2024-10-21", "debug": "true"},
    extra_body={"reasoning": {"effort": "low"}, "temperature": 0.9},
    temperature=0.1,
    timeout=30,
    reply=chat_reply(),
)
ep(
    "chat.completions.create",
    variant="spec reply",
    messages=USER,
    model=MODEL,
    reply=spec_reply("post", "/chat/completions"),
)
ep(
    "chat.completions.create",
    variant="unknown fields and new enum values",
    messages=USER,
    model=MODEL,
    reply=chat_reply(
        choice(
            message("Hi", reasoning_content="thinking...", annotations=[{"type": "file_citation", "x": 1}]),
            finish="stop_sequence_new",
        ),
        usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cost": 0.001},
        service_tier="flex_new",
        provider="acme",
    ),
    views=("plain",),
)
ep(
    "chat.completions.create",
    variant="stream",
    messages=USER,
    model=MODEL,
    stream=True,
    reply=text_stream(),
)
ep(
    "chat.completions.create",
    variant="stream with usage",
    messages=USER,
    model=MODEL,
    stream=True,
    stream_options={"include_usage": True, "include_obfuscation": False},
    reply=usage_stream(),
)
ep(
    "chat.completions.create",
    variant="stream tool calls",
    messages=USER,
    model=MODEL,
    tools=[WEATHER_TOOL],
    stream=True,
    reply=tool_stream(),
    views=("plain", "raw"),
)
ep(
    "chat.completions.create",
    variant="stream logprobs",
    messages=USER,
    model=MODEL,
    logprobs=True,
    top_logprobs=1,
    stream=True,
    reply=logprobs_stream(),
    views=("plain",),
)
ep(
    "chat.completions.create",
    variant="stream=False",
    messages=USER,
    model=MODEL,
    stream=False,
    reply=chat_reply(),
    views=("plain",),
)

stream_idioms(
    "chat.completions.create(stream=True)",
    text_stream,
    lambda client: client.chat.completions.create(messages=USER, model=MODEL, stream=True),
)


@scenario(f"{PREFIX}chat.completions.create stream: error event mid-stream")
def _chat_stream_error(ctx: Ctx) -> None:
    ctx.reply(
        sse(
            chunk(delta(ROLE)),
            {
                "error": {
                    "message": "The model produced invalid content.",
                    "type": "model_error",
                    "code": "invalid_content",
                }
            },
            done=True,
        )
    )
    ctx.record("events", drain(ctx.client().chat.completions.create(messages=USER, model=MODEL, stream=True)))


@scenario(f"{PREFIX}chat.completions.create stream: without [DONE]")
async def _chat_stream_no_done(ctx: Ctx) -> None:
    ctx.reply(sse(chunk(delta(ROLE)), chunk(delta({"content": "Hi"}, finish="stop"))))
    stream = await ctx.async_client().chat.completions.create(messages=USER, model=MODEL, stream=True)
    ctx.record("events", await adrain(stream))
    ctx.note("closed", stream.response.is_closed)


@scenario(f"{PREFIX}chat.completions.create stream: response and headers")
def _chat_stream_attrs(ctx: Ctx) -> None:
    ctx.reply(text_stream())
    stream = ctx.client().chat.completions.create(messages=USER, model=MODEL, stream=True)
    ctx.note("type", type(stream).__qualname__)
    ctx.note("status", stream.response.status_code)
    ctx.note("request id header", stream.response.headers.get("x-request-id"))
    ctx.note("closed before", stream.response.is_closed)
    ctx.record("events", drain(stream))
    ctx.note("closed after", stream.response.is_closed)


@scenario(f"{PREFIX}chat.completions.create with a model class as response_format")
def _chat_create_model_class(ctx: Ctx) -> None:
    ctx.call(
        "create",
        lambda: ctx.client().chat.completions.create(messages=USER, model=MODEL, response_format=MathReasoning),
    )


# ----------------------------------------------------------------------------- stored completions

ep("chat.completions.retrieve", CHAT_ID, reply=chat_reply(metadata={"session": "abc-123"}))
ep(
    "chat.completions.update",
    CHAT_ID,
    metadata={"session": "abc-123", "reviewed": "true"},
    reply=chat_reply(metadata={"session": "abc-123", "reviewed": "true"}),
)
ep(
    "chat.completions.update",
    CHAT_ID,
    variant="metadata None",
    metadata=None,
    reply=chat_reply(metadata=None),
    views=("plain",),
)
ep(
    "chat.completions.list",
    reply=Reply(
        json_body={
            "object": "list",
            "data": [chat(metadata={}), chat(id="chatcmpl-2", metadata={})],
            "first_id": CHAT_ID,
            "last_id": "chatcmpl-2",
            "has_more": False,
        },
        headers={"x-request-id": "req_list"},
    ),
)
ep(
    "chat.completions.list",
    variant="filters",
    # out of order: the query string follows the official order
    order="desc",
    model=MODEL,
    metadata={"session": "abc-123", "customer": "acme"},
    limit=20,
    after="chatcmpl-1",
    reply=spec_reply("get", "/chat/completions"),
)
ep("chat.completions.delete", CHAT_ID, reply=spec_reply("delete", "/chat/completions/{completion_id}"))
ep(
    "chat.completions.messages.list",
    CHAT_ID,
    reply=Reply(
        json_body={
            "object": "list",
            "data": [{"id": f"{CHAT_ID}-0", "role": "user", "content": "Hello!", "name": None, "content_parts": None}],
            "first_id": f"{CHAT_ID}-0",
            "last_id": f"{CHAT_ID}-0",
            "has_more": False,
        }
    ),
)
ep(
    "chat.completions.messages.list",
    CHAT_ID,
    variant="params",
    limit=2,
    order="asc",
    after="msg_1",
    reply=spec_reply("get", "/chat/completions/{completion_id}/messages"),
)


def _page(ids: List[str], has_more: bool) -> Reply:
    return Reply(
        json_body={
            "object": "list",
            "data": [chat(id=i, metadata={}) for i in ids],
            "first_id": ids[0],
            "last_id": ids[-1],
            "has_more": has_more,
        }
    )


@scenario(f"{PREFIX}chat.completions.list auto-pagination")
def _chat_pages(ctx: Ctx) -> None:
    ctx.reply(_page(["chatcmpl-1", "chatcmpl-2"], True), _page(["chatcmpl-3"], False))
    page = ctx.client().chat.completions.list(limit=2, metadata={"k": "v"})
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("next_page_info", repr(page.next_page_info()))
    ctx.note("ids", [c.id for c in page])
    ctx.note("after iteration", [c.id for c in page.data])


@scenario(f"{PREFIX}chat.completions.list get_next_page")
def _chat_next_page(ctx: Ctx) -> None:
    ctx.reply(_page(["chatcmpl-1", "chatcmpl-2"], True), _page(["chatcmpl-3"], False))
    page = ctx.client().chat.completions.list(limit=2)
    second = ctx.call("get_next_page", page.get_next_page)
    ctx.note("second has_next_page", second.has_next_page())
    ctx.call("get_next_page on the last", second.get_next_page)


@scenario(f"{PREFIX}chat.completions.messages.list async auto-pagination")
async def _chat_messages_pages(ctx: Ctx) -> None:
    def msgs(ids: List[str], more: bool) -> Reply:
        return Reply(
            json_body={
                "object": "list",
                "data": [{"id": i, "role": "assistant", "content": "Hi", "refusal": None} for i in ids],
                "first_id": ids[0],
                "last_id": ids[-1],
                "has_more": more,
            }
        )

    ctx.reply(msgs(["m1", "m2"], True), msgs(["m3"], False))
    ctx.note("ids", [item.id async for item in ctx.async_client().chat.completions.messages.list(CHAT_ID, limit=2)])


@scenario(f"{PREFIX}chat.completions empty ids")
def _chat_empty_ids(ctx: Ctx) -> None:
    client = ctx.client()
    ctx.call("retrieve", lambda: client.chat.completions.retrieve(""))
    ctx.call("update", lambda: client.chat.completions.update("", metadata={}))
    ctx.call("delete", lambda: client.chat.completions.delete(""))
    ctx.call("messages.list", lambda: client.chat.completions.messages.list(""))


# ----------------------------------------------------------------------------- beta aliases

ep(
    "beta.chat.completions.create",
    variant="alias",
    messages=USER,
    model=MODEL,
    reply=chat_reply(),
    views=("plain", "raw"),
)
ep("beta.chat.completions.retrieve", CHAT_ID, reply=chat_reply(), views=("plain",))
ep(
    "beta.chat.completions.update",
    CHAT_ID,
    metadata={"session": "abc-123"},
    reply=chat_reply(metadata={"session": "abc-123"}),
    views=("plain", "raw"),
)
ep(
    "beta.chat.completions.list",
    limit=1,
    reply=Reply(json_body={"object": "list", "data": [chat(metadata={})], "has_more": False}),
    views=("plain", "streaming"),
)
ep(
    "beta.chat.completions.delete",
    CHAT_ID,
    reply=spec_reply("delete", "/chat/completions/{completion_id}"),
    views=("plain",),
)
ep(
    "beta.chat.completions.messages.list",
    CHAT_ID,
    reply=Reply(json_body={"object": "list", "data": [], "has_more": False}),
    views=("plain", "raw"),
)
ep(
    "beta.chat.completions.parse",
    variant="alias",
    messages=USER,
    model=MODEL,
    response_format=MathReasoning,
    reply=chat_reply(choice(message(MATH_JSON))),
)


@scenario(f"{PREFIX}beta.chat.completions is chat.completions")
def _beta_alias(ctx: Ctx) -> None:
    client = ctx.client()
    ctx.note("same class", type(client.beta.chat.completions) is type(client.chat.completions))
    ctx.note("class name", type(client.beta.chat.completions).__name__)
    ctx.note("messages", type(client.beta.chat.completions.messages).__name__)


@scenario(f"{PREFIX}beta.chat.completions.stream alias")
def _beta_stream(ctx: Ctx) -> None:
    ctx.reply(text_stream())
    with ctx.client().beta.chat.completions.stream(messages=USER, model=MODEL) as stream:
        ctx.record("events", drain(stream))
        ctx.call("final", stream.get_final_completion)


# ----------------------------------------------------------------------------- parse

ep(
    "chat.completions.parse",
    variant="model",
    messages=[
        {"role": "system", "content": "You are a helpful math tutor."},
        {"role": "user", "content": "solve 8x + 31 = 2"},
    ],
    model=MODEL,
    response_format=MathReasoning,
    reply=chat_reply(choice(message(MATH_JSON))),
)
ep(
    "chat.completions.parse",
    variant="pydantic tool",
    messages=[{"role": "user", "content": "What's the weather like in Paris and in Oslo?"}],
    model=MODEL,
    tools=[openai.pydantic_function_tool(GetWeather)],
    reply=chat_reply(
        choice(
            message(
                None,
                tool_calls=[
                    tool_call(
                        "call_1", "GetWeather", '{"city": "Paris", "country": "FR", "unit": "celsius", "days": null}'
                    ),
                    tool_call(
                        "call_2", "GetWeather", '{"city": "Oslo", "country": "NO", "unit": "fahrenheit", "days": 3}'
                    ),
                ],
            ),
            finish="tool_calls",
        )
    ),
)
ep(
    "chat.completions.parse",
    variant="no format",
    messages=USER,
    model=MODEL,
    temperature=None,
    reply=chat_reply(),
    views=("plain", "raw"),
)
ep(
    "chat.completions.parse",
    variant="dict format",
    messages=USER,
    model=MODEL,
    response_format={"type": "json_object"},
    reply=chat_reply(choice(message('{"a": 1}'))),
    views=("plain",),
)


def _parse(ctx: Ctx, reply: Reply, **kwargs: Any) -> Any:
    ctx.reply(reply)
    params: Dict[str, Any] = {"messages": USER, "model": MODEL}
    params.update(kwargs)
    return ctx.call("parse", lambda: ctx.client().chat.completions.parse(**params))


@scenario(f"{PREFIX}chat.completions.parse fields of the result")
def _parse_fields(ctx: Ctx) -> None:
    result = _parse(ctx, chat_reply(choice(message(MATH_JSON))), response_format=MathReasoning)
    msg = result.choices[0].message
    ctx.see("parsed", msg.parsed)
    ctx.note("parsed type", type(msg.parsed).__name__)
    ctx.note("message type", type(msg).__name__)
    ctx.note("choice type", type(result.choices[0]).__name__)
    ctx.note("fields set", sorted(msg.model_fields_set))
    ctx.note("to_dict", msg.to_dict())
    ctx.note("request id", getattr(result, "_request_id", "<missing>"))


@scenario(f"{PREFIX}chat.completions.parse refusal")
def _parse_refusal(ctx: Ctx) -> None:
    result = _parse(
        ctx,
        chat_reply(choice(message(None, refusal="I'm sorry, I can't help with that."))),
        response_format=MathReasoning,
    )
    ctx.see("parsed", result.choices[0].message.parsed)


@scenario(f"{PREFIX}chat.completions.parse length limit")
def _parse_length(ctx: Ctx) -> None:
    err = _parse(ctx, chat_reply(choice(message('{"steps": [{"expl'), finish="length")), response_format=MathReasoning)
    ctx.see("completion", getattr(err, "completion", None))


@scenario(f"{PREFIX}chat.completions.parse length limit without usage")
async def _parse_length_async(ctx: Ctx) -> None:
    ctx.reply(chat_reply(choice(message("Once upon"), finish="length"), usage=None))
    err = await ctx.acall(
        "parse",
        lambda: ctx.async_client().chat.completions.parse(messages=USER, model=MODEL, response_format=MathReasoning),
    )
    ctx.see("completion", getattr(err, "completion", None))


@scenario(f"{PREFIX}chat.completions.parse content filter")
def _parse_filter(ctx: Ctx) -> None:
    _parse(ctx, chat_reply(choice(message(None), finish="content_filter")), response_format=MathReasoning)


@scenario(f"{PREFIX}chat.completions.parse length limit without a format")
def _parse_length_plain(ctx: Ctx) -> None:
    _parse(ctx, chat_reply(choice(message("Once upon a"), finish="length")))


@scenario(f"{PREFIX}chat.completions.parse invalid JSON content")
def _parse_invalid(ctx: Ctx) -> None:
    _parse(ctx, chat_reply(choice(message('{"steps": "nope"}'))), response_format=MathReasoning)


@scenario(f"{PREFIX}chat.completions.parse n=2")
def _parse_n2(ctx: Ctx) -> None:
    other = json.dumps({"steps": [], "final_answer": "x = 1"})
    result = _parse(
        ctx,
        chat_reply(choice(message(MATH_JSON), 0), choice(message(other), 1)),
        response_format=MathReasoning,
        n=2,
    )
    ctx.see("parsed", [c.message.parsed for c in result.choices])


@scenario(f"{PREFIX}chat.completions.parse strict dict tool")
def _parse_strict_dict_tool(ctx: Ctx) -> None:
    result = _parse(
        ctx,
        chat_reply(
            choice(
                message(
                    None, tool_calls=[tool_call("call_1", "get_current_weather", '{"location": "Paris", "unit": "c"}')]
                ),
                finish="tool_calls",
            )
        ),
        tools=[STRICT_WEATHER_TOOL],
    )
    ctx.see("parsed_arguments", result.choices[0].message.tool_calls[0].function.parsed_arguments)


@scenario(f"{PREFIX}chat.completions.parse non-strict tool")
def _parse_non_strict(ctx: Ctx) -> None:
    ctx.call("parse", lambda: ctx.client().chat.completions.parse(messages=USER, model=MODEL, tools=[WEATHER_TOOL]))


@scenario(f"{PREFIX}chat.completions.parse custom tool")
def _parse_custom_tool(ctx: Ctx) -> None:
    tool = {"type": "custom", "custom": {"name": "run_sql", "description": "Run a SQL query"}}
    ctx.call("parse", lambda: ctx.client().chat.completions.parse(messages=USER, model=MODEL, tools=[tool]))


@scenario(f"{PREFIX}chat.completions.parse stream keyword")
def _parse_stream_kw(ctx: Ctx) -> None:
    ctx.call("parse", lambda: ctx.client().chat.completions.parse(messages=USER, model=MODEL, stream=True))


@scenario(f"{PREFIX}pydantic_function_tool forms")
def _pydantic_function_tool(ctx: Ctx) -> None:
    ctx.note("default", openai.pydantic_function_tool(GetWeather))
    ctx.note("named", openai.pydantic_function_tool(CalendarEvent, name="create_event", description="Add an event."))
    ctx.note("schema", openai.lib._pydantic.to_strict_json_schema(MathReasoning))


# ----------------------------------------------------------------------------- stream helper


def _stream_events(ctx: Ctx, reply: Reply, label: str = "events", **kwargs: Any) -> Any:
    """Open chat.completions.stream(...), read every event, then the final completion."""
    ctx.reply(reply)
    params: Dict[str, Any] = {"messages": USER, "model": MODEL}
    params.update(kwargs)
    with ctx.client().chat.completions.stream(**params) as stream:
        ctx.note("stream type", type(stream).__qualname__)
        ctx.record(label, drain(stream))
        final = ctx.call("get_final_completion", stream.get_final_completion)
        ctx.call("current_completion_snapshot", lambda: stream.current_completion_snapshot)
    return final


@scenario(f"{PREFIX}chat.completions.stream text")
def _stream_text(ctx: Ctx) -> None:
    _stream_events(ctx, text_stream())


@scenario(f"{PREFIX}chat.completions.stream request")
def _stream_request(ctx: Ctx) -> None:
    ctx.reply(text_stream())
    manager = ctx.client().chat.completions.stream(
        model=MODEL,
        messages=CONVERSATION,
        temperature=None,
        max_completion_tokens=100,
        stream_options={"include_usage": True},
        extra_headers={"X-Trace-Id": "t-1"},
    )
    ctx.note("manager type", type(manager).__qualname__)
    ctx.note("requests before entering", len(ctx.server.requests))
    with manager as stream:
        stream.until_done()


@scenario(f"{PREFIX}chat.completions.stream logprobs")
def _stream_logprobs(ctx: Ctx) -> None:
    _stream_events(ctx, logprobs_stream(), logprobs=True, top_logprobs=1)


@scenario(f"{PREFIX}chat.completions.stream refusal")
def _stream_refusal(ctx: Ctx) -> None:
    _stream_events(ctx, refusal_stream(), response_format=MathReasoning, logprobs=True)


@scenario(f"{PREFIX}chat.completions.stream tool calls")
def _stream_tools(ctx: Ctx) -> None:
    _stream_events(ctx, tool_stream(), tools=[STRICT_WEATHER_TOOL])


@scenario(f"{PREFIX}chat.completions.stream non-strict tool calls")
def _stream_tools_loose(ctx: Ctx) -> None:
    _stream_events(ctx, tool_stream(), tools=[WEATHER_TOOL])


@scenario(f"{PREFIX}chat.completions.stream pydantic tool")
def _stream_pydantic_tool(ctx: Ctx) -> None:
    _stream_events(ctx, pydantic_tool_stream(), tools=[openai.pydantic_function_tool(GetWeather)])


@scenario(f"{PREFIX}chat.completions.stream response_format model")
def _stream_structured(ctx: Ctx) -> None:
    _stream_events(ctx, structured_stream(), response_format=MathReasoning, stream_options={"include_usage": True})


@scenario(f"{PREFIX}chat.completions.stream response_format model cut by length")
def _stream_structured_length(ctx: Ctx) -> None:
    _stream_events(ctx, structured_stream(finish="length"), response_format=MathReasoning)


@scenario(f"{PREFIX}chat.completions.stream content filter")
def _stream_filter(ctx: Ctx) -> None:
    reply = sse(
        chunk(delta(ROLE)),
        chunk(delta({"content": '{"steps": ['})),
        chunk(delta({}, finish="content_filter")),
        done=True,
    )
    _stream_events(ctx, reply, response_format=MathReasoning)


@scenario(f"{PREFIX}chat.completions.stream content that is not JSON with a model format")
def _stream_not_json(ctx: Ctx) -> None:
    reply = sse(chunk(delta(ROLE)), chunk(delta({"content": "Sorry"})), chunk(delta({}, finish="stop")), done=True)
    _stream_events(ctx, reply, response_format=MathReasoning)


@scenario(f"{PREFIX}chat.completions.stream usage only in the last chunk")
def _stream_usage(ctx: Ctx) -> None:
    _stream_events(ctx, usage_stream(), stream_options={"include_usage": True})


@scenario(f"{PREFIX}chat.completions.create HTTP error")
async def _chat_create_error(ctx: Ctx) -> None:
    ctx.reply(
        Reply(
            400,
            json_body={
                "error": {
                    "message": "Invalid 'messages[0].role': did not expect 'robot'.",
                    "type": "invalid_request_error",
                    "param": "messages[0].role",
                    "code": "invalid_value",
                }
            },
            headers={"x-request-id": "req_400"},
        )
    )
    await ctx.acall(
        "create",
        lambda: ctx.async_client().chat.completions.create(messages=[{"role": "robot", "content": "hi"}], model=MODEL),
    )


@scenario(f"{PREFIX}chat.completions.stream length without a format")
def _stream_length_plain(ctx: Ctx) -> None:
    reply = sse(
        chunk(delta(ROLE)), chunk(delta({"content": "Once upon"})), chunk(delta({}, finish="length")), done=True
    )
    _stream_events(ctx, reply)


@scenario(f"{PREFIX}chat.completions.stream n=2")
def _stream_n2(ctx: Ctx) -> None:
    _stream_events(ctx, two_choice_stream(), n=2)


@scenario(f"{PREFIX}chat.completions.stream error event")
def _stream_error(ctx: Ctx) -> None:
    reply = sse(
        chunk(delta(ROLE)),
        chunk(delta({"content": "Hel"})),
        {"error": {"message": "Internal error", "type": "server_error", "code": None}},
        done=True,
    )
    _stream_events(ctx, reply)


@scenario(f"{PREFIX}chat.completions.stream snapshot while streaming")
def _stream_snapshots(ctx: Ctx) -> None:
    ctx.reply(structured_stream())
    with ctx.client().chat.completions.stream(messages=USER, model=MODEL, response_format=MathReasoning) as stream:
        snapshots = []
        for event in stream:
            if event.type == "content.delta":
                snap = stream.current_completion_snapshot
                snapshots.append(
                    [
                        event.snapshot,
                        describe(event.parsed),
                        snap.choices[0].message.content,
                        describe(snap.choices[0].message.parsed),
                    ]
                )
        ctx.record("snapshots", snapshots)


@scenario(f"{PREFIX}chat.completions.stream until_done then final")
def _stream_until_done(ctx: Ctx) -> None:
    client, seen = tracked_client(ctx)
    ctx.reply(tool_stream())
    with client.chat.completions.stream(messages=USER, model=MODEL, tools=[STRICT_WEATHER_TOOL]) as stream:
        ctx.note("until_done is the stream", stream.until_done() is stream)
        ctx.note("closed after until_done", closed(seen))
        ctx.see("final", stream.get_final_completion())
        ctx.record("iterate after until_done", drain(stream))
    ctx.note("closed after the block", closed(seen))


@scenario(f"{PREFIX}chat.completions.stream exception inside the block")
def _stream_raise_inside(ctx: Ctx) -> None:
    client, seen = tracked_client(ctx)
    ctx.reply(text_stream())

    def body() -> None:
        with client.chat.completions.stream(messages=USER, model=MODEL) as stream:
            next(iter(stream))
            raise KeyError("user code")

    ctx.call("block", body)
    ctx.note("closed", closed(seen))


@scenario(f"{PREFIX}chat.completions.stream bad tools before sending")
def _stream_bad_tools(ctx: Ctx) -> None:
    def body() -> None:
        with ctx.client().chat.completions.stream(messages=USER, model=MODEL, tools=[WEATHER_TOOL]) as stream:
            stream.until_done()

    ctx.reply(text_stream())
    ctx.call("non-strict tool", body)


@scenario(f"{PREFIX}chat.completions.stream HTTP error on enter")
def _stream_http_error(ctx: Ctx) -> None:
    ctx.reply(
        Reply(
            400,
            json_body={
                "error": {
                    "message": "Invalid value for 'model'",
                    "type": "invalid_request_error",
                    "param": "model",
                    "code": None,
                }
            },
            headers={"x-request-id": "req_bad"},
        )
    )

    def body() -> None:
        with ctx.client().chat.completions.stream(messages=USER, model="nope") as stream:
            stream.until_done()

    ctx.call("enter", body)


@scenario(f"{PREFIX}chat.completions.stream async events")
async def _astream_events(ctx: Ctx) -> None:
    ctx.reply(structured_stream())
    async with ctx.async_client().chat.completions.stream(
        messages=USER, model=MODEL, response_format=MathReasoning
    ) as stream:
        ctx.note("stream type", type(stream).__qualname__)
        ctx.record("events", await adrain(stream))
        await ctx.acall("get_final_completion", stream.get_final_completion)
        ctx.call("current_completion_snapshot", lambda: stream.current_completion_snapshot)


@scenario(f"{PREFIX}chat.completions.stream async tool calls and until_done")
async def _astream_tools(ctx: Ctx) -> None:
    client, seen = tracked_async_client(ctx)
    ctx.reply(pydantic_tool_stream())
    manager = client.chat.completions.stream(
        messages=USER, model=MODEL, tools=[openai.pydantic_function_tool(GetWeather)]
    )
    ctx.note("manager type", type(manager).__qualname__)
    async with manager as stream:
        ctx.note("until_done is the stream", (await stream.until_done()) is stream)
        await ctx.acall("get_final_completion", stream.get_final_completion)
    ctx.note("closed", closed(seen))


@scenario(f"{PREFIX}chat.completions.stream async length error")
async def _astream_length(ctx: Ctx) -> None:
    ctx.reply(structured_stream(finish="length"))
    async with ctx.async_client().chat.completions.stream(
        messages=USER, model=MODEL, response_format=MathReasoning
    ) as stream:
        ctx.record("events", await adrain(stream))


stream_idioms(
    "chat.completions.stream",
    text_stream,
    lambda client: client.chat.completions.stream(messages=USER, model=MODEL),
)


# ----------------------------------------------------------------------------- ChatCompletionStreamState


def _handle_chunks(state: Any, raw: List[Dict[str, Any]]) -> List[Any]:
    """Feed the chunk bodies `raw` to a `ChatCompletionStreamState`: its events, described (an
    exception last)."""
    from openai.types.chat import ChatCompletionChunk

    events: List[Any] = []
    try:
        for data in raw:
            for event in state.handle_chunk(ChatCompletionChunk(**data)):
                events.append(describe(event))
    except Exception as exc:
        events.append(describe_exception(exc))
    return events


@scenario(f"{PREFIX}ChatCompletionStreamState by hand")
def _stream_state(ctx: Ctx) -> None:
    from openai.lib.streaming.chat import ChatCompletionStreamState

    state = ChatCompletionStreamState(response_format=MathReasoning, input_tools=openai.NOT_GIVEN)
    pieces = [MATH_JSON[:20], MATH_JSON[20:]]
    raw = [chunk(delta(ROLE))] + [chunk(delta({"content": p})) for p in pieces] + [chunk(delta({}, finish="stop"))]
    ctx.record("events", _handle_chunks(state, raw))
    ctx.see("snapshot", state.current_completion_snapshot)
    ctx.call("final", state.get_final_completion)


@scenario(f"{PREFIX}ChatCompletionStreamState with tools")
def _stream_state_tools(ctx: Ctx) -> None:
    from openai.lib.streaming.chat import ChatCompletionStreamState

    state = ChatCompletionStreamState(input_tools=[openai.pydantic_function_tool(GetWeather)])
    raw = [
        chunk(delta({"role": "assistant", "tool_calls": [call_delta("call_1", "GetWeather", '{"city": "Rome", ')]})),
        chunk(
            delta(
                {
                    "tool_calls": [
                        {"index": 0, "function": {"arguments": '"country": "IT", "unit": "celsius", "days": 2}'}}
                    ]
                }
            )
        ),
        chunk(delta({}, finish="tool_calls")),
    ]
    ctx.record("events", _handle_chunks(state, raw))
    ctx.call("final", state.get_final_completion)


@scenario(f"{PREFIX}chat.completions.parse custom tool call in the reply")
def _parse_custom_call_in_reply(ctx: Ctx) -> None:
    custom = {"id": "call_c", "type": "custom", "custom": {"name": "run_sql", "input": "SELECT 1"}}
    calls = [custom, tool_call("call_1", "get_current_weather", '{"location": "Paris", "unit": "c"}')]
    result = _parse(
        ctx, chat_reply(choice(message(None, tool_calls=calls), finish="tool_calls")), tools=[STRICT_WEATHER_TOOL]
    )
    ctx.note("tool call ids", [c.id for c in result.choices[0].message.tool_calls or []])


@scenario(f"{PREFIX}ChatCompletionStreamState content and a tool call in the first chunk")
def _stream_state_first_chunk(ctx: Ctx) -> None:
    from openai.lib.streaming.chat import ChatCompletionStreamState

    for label, kwargs, raw in [
        (
            "content",
            {"response_format": MathReasoning},
            [
                chunk(delta({"role": "assistant", "content": MATH_JSON[:30]})),
                chunk(delta({"content": MATH_JSON[30:]}, logprobs={"content": [token("x", -0.5)], "refusal": None})),
                chunk(delta({}, finish="stop")),
            ],
        ),
        (
            "tool call",
            {"input_tools": [STRICT_WEATHER_TOOL]},
            [
                chunk(
                    delta(
                        {
                            "role": "assistant",
                            "tool_calls": [call_delta("call_1", "get_current_weather", '{"location": "Pa')],
                        }
                    )
                ),
                chunk(delta({"tool_calls": [{"index": 0, "function": {"arguments": 'ris", "unit": "c"}'}}]})),
                chunk(delta({}, finish="tool_calls"), usage=USAGE),
            ],
        ),
    ]:
        state = ChatCompletionStreamState(**kwargs)
        ctx.record(f"{label}: events", _handle_chunks(state, raw))
        ctx.see(f"{label}: snapshot", state.current_completion_snapshot)
        ctx.call(f"{label}: final", state.get_final_completion)


@scenario(f"{PREFIX}chat.completions.stream events that are not chunks")
def _stream_not_chunks(ctx: Ctx) -> None:
    # Azure's asynchronous content filter puts events with an empty `object` into the stream.
    filtered = {**chunk(), "object": "", "choices": [], "prompt_filter_results": []}
    reply = sse(
        chunk(delta(ROLE)), filtered, chunk(delta({"content": "Hi"})), chunk(delta({}, finish="stop")), done=True
    )
    _stream_events(ctx, reply)


# Some OpenAI-compatible servers repeat `role` and the tool call's `id` and `name` in every chunk:
# we keep them as they are, the official helper concatenates them ("assistantassistant").
@scenario(f"{PREFIX}chat.completions.stream repeated identity fields", deviation="chat-stream-identity-fields")
def _stream_repeated_identity(ctx: Ctx) -> None:
    def call(arguments: str) -> Dict[str, Any]:
        return call_delta("call_9", "get_current_weather", arguments)

    reply = sse(
        chunk(delta({"role": "assistant", "tool_calls": [call('{"location": "Paris", ')]})),
        chunk(delta({"role": "assistant", "tool_calls": [call('"unit": "c"}')]})),
        chunk(delta({"role": "assistant"}, finish="tool_calls")),
        done=True,
    )
    _stream_events(ctx, reply, tools=[STRICT_WEATHER_TOOL])
