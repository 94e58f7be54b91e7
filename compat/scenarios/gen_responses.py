"""Area A (`gen:`): the Responses API — create (plain and streamed), retrieve (plain and streamed),
delete, cancel, input_items.list, the helpers `parse` and `stream` (the stream manager, the
`response_id=` resume form, `ResponseStreamState`), `output_text`; and conversations with their
items.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List, Optional

import pydantic
from dsl import Ctx, Reply, scenario
from fixtures import spec_reply
from helpers import adrain, closed, drain, tracked_async_client, tracked_client
from observe import describe, describe_exception
from server import sse

import openai
from scenarios.gen_chat import MATH_JSON, GetWeather, MathReasoning
from scenarios.gen_misc import PREFIX, ep, stream_idioms

MODEL = "gpt-4.1-2025-04-14"
RESP_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"
MSG_ID = "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b"
FC_ID = "fc_67ccd3acc8d48190a77525dc6de64b550bb6a6b452d3795b"
CONV_ID = "conv_68a4b9f1c37c8190a3c1a91e8b0a31f10a5a4d9b8c6e2f34"
CREATED_AT = 1741476542

USAGE = {
    "input_tokens": 36,
    "input_tokens_details": {"cached_tokens": 0},
    "output_tokens": 87,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 123,
}


class Haiku(pydantic.BaseModel):
    title: str
    lines: List[str]


# ----------------------------------------------------------------------------- bodies


def output_text(text: str, annotations: Optional[List[Any]] = None) -> Dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": annotations or [], "logprobs": []}


def out_message(*parts: Dict[str, Any], msg_id: str = MSG_ID, status: str = "completed") -> Dict[str, Any]:
    return {"type": "message", "id": msg_id, "status": status, "role": "assistant", "content": list(parts)}


def function_call(arguments: str, name: str = "get_current_weather", call_id: str = "call_12345xyz") -> Dict[str, Any]:
    return {
        "type": "function_call",
        "id": FC_ID,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": "completed",
    }


def response(*output: Dict[str, Any], status: str = "completed", usage: Any = USAGE, **extra: Any) -> Dict[str, Any]:
    body: Dict[str, Any] = {
        "id": RESP_ID,
        "object": "response",
        "created_at": CREATED_AT,
        "status": status,
        "background": False,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": MODEL,
        "output": list(output),
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": None, "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [],
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage,
        "user": None,
        "metadata": {},
    }
    body.update(extra)
    return body


HAIKU = "Silent circuits hum,\nThoughts emerge in data streams—\nDigital dawn breaks."


def response_reply(*output: Dict[str, Any], request_id: str = "req_resp_1", **extra: Any) -> Reply:
    if not output:
        output = (out_message(output_text(HAIKU)),)
    return Reply(json_body=response(*output, **extra), headers={"x-request-id": request_id})


def text_events(
    text_pieces: List[str], *, final_text: Optional[str] = None, extra_tail: Any = ()
) -> List[Dict[str, Any]]:
    """The event sequence of a response with one message of one output_text part."""
    full = "".join(text_pieces) if final_text is None else final_text
    start = response(status="in_progress", usage=None)
    done_part = output_text(full)
    done_msg = out_message(done_part)
    events: List[Dict[str, Any]] = [
        {"type": "response.created", "response": start},
        {"type": "response.in_progress", "response": start},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": out_message(msg_id=MSG_ID, status="in_progress"),
        },
        {
            "type": "response.content_part.added",
            "item_id": MSG_ID,
            "output_index": 0,
            "content_index": 0,
            "part": output_text(""),
        },
    ]
    for piece in text_pieces:
        events.append(
            {
                "type": "response.output_text.delta",
                "item_id": MSG_ID,
                "output_index": 0,
                "content_index": 0,
                "delta": piece,
                "logprobs": [],
            }
        )
    events += [
        {
            "type": "response.output_text.done",
            "item_id": MSG_ID,
            "output_index": 0,
            "content_index": 0,
            "text": full,
            "logprobs": [],
        },
        {
            "type": "response.content_part.done",
            "item_id": MSG_ID,
            "output_index": 0,
            "content_index": 0,
            "part": done_part,
        },
        {"type": "response.output_item.done", "output_index": 0, "item": done_msg},
        *extra_tail,
        {"type": "response.completed", "response": response(done_msg)},
    ]
    for n, event in enumerate(events):
        event["sequence_number"] = n
    return events


def function_events(arguments: List[str], name: str = "get_current_weather") -> List[Dict[str, Any]]:
    full = "".join(arguments)
    start = response(status="in_progress", usage=None)
    item = function_call(full, name=name)
    events: List[Dict[str, Any]] = [
        {"type": "response.created", "response": start},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**item, "arguments": "", "status": "in_progress"},
        },
    ]
    for piece in arguments:
        events.append(
            {"type": "response.function_call_arguments.delta", "item_id": FC_ID, "output_index": 0, "delta": piece}
        )
    events += [
        {"type": "response.function_call_arguments.done", "item_id": FC_ID, "output_index": 0, "arguments": full},
        {"type": "response.output_item.done", "output_index": 0, "item": item},
        {"type": "response.completed", "response": response(item)},
    ]
    for n, event in enumerate(events):
        event["sequence_number"] = n
    return events


def event_stream(events: List[Dict[str, Any]]) -> Reply:
    return sse(*events, event_names=True)


def haiku_stream() -> Reply:
    return event_stream(
        text_events(["Silent circuits hum,", "\nThoughts emerge", " in data streams—\nDigital dawn breaks."])
    )


def structured_events() -> List[Dict[str, Any]]:
    text = json.dumps({"title": "Dawn", "lines": ["Silent circuits hum", "Thoughts emerge", "Digital dawn breaks"]})
    return text_events([text[:15], text[15:40], text[40:]])


WEATHER_FUNCTION = {
    "type": "function",
    "name": "get_current_weather",
    "description": "Get the current weather in a given location",
    "parameters": {
        "type": "object",
        "properties": {"location": {"type": "string"}, "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
        "required": ["location", "unit"],
        "additionalProperties": False,
    },
    "strict": True,
}

# ----------------------------------------------------------------------------- create

ep("responses.create", variant="string input", model=MODEL, input="Write a haiku about code.", reply=response_reply())
ep(
    "responses.create",
    variant="item list input and options",
    # out of the signature's order on purpose
    tools=[
        WEATHER_FUNCTION,
        {"type": "web_search_preview", "search_context_size": "low"},
        {"type": "file_search", "vector_store_ids": ["vs_1234567890"], "max_num_results": 5},
    ],
    model=MODEL,
    input=[
        {"role": "developer", "content": "Talk like a pirate."},
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": "What's in this image, and the weather in Paris?"},
                {"type": "input_image", "image_url": "https://example.com/boat.png", "detail": "auto"},
            ],
        },
        {"type": "function_call_output", "call_id": "call_12345xyz", "output": '{"temperature": 18}'},
    ],
    include=["file_search_call.results", "message.output_text.logprobs"],
    instructions="Be brief.",
    max_output_tokens=512,
    max_tool_calls=3,
    metadata={"app": "compat"},
    parallel_tool_calls=False,
    previous_response_id="resp_previous123",
    prompt_cache_key="cache-key-1",
    reasoning={"effort": "low", "summary": "auto"},
    safety_identifier="user-hash-1",
    service_tier="auto",
    store=False,
    temperature=0.7,
    text={"format": {"type": "text"}, "verbosity": "low"},
    tool_choice={"type": "function", "name": "get_current_weather"},
    top_logprobs=2,
    top_p=0.9,
    truncation="auto",
    user="user-1234",
    reply=response_reply(
        out_message(output_text("Arr, a boat!")), function_call('{"location": "Paris", "unit": "celsius"}')
    ),
)
ep(
    "responses.create",
    variant="conversation and prompt",
    conversation=CONV_ID,
    prompt={
        "id": "pmpt_abc123",
        "version": "2",
        "variables": {"city": "Paris", "photo": {"type": "input_image", "image_url": "https://example.com/p.png"}},
    },
    input=[{"type": "message", "role": "user", "content": "Hello again"}],
    model=MODEL,
    background=True,
    reply=response_reply(status="queued", conversation={"id": CONV_ID}, background=True, usage=None),
    views=("plain", "raw"),
)
ep(
    "responses.create",
    variant="conversation object and json_schema text",
    conversation={"id": CONV_ID},
    model=MODEL,
    input="Give me a haiku as JSON",
    text={
        "format": {
            "type": "json_schema",
            "name": "haiku",
            "schema": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "lines": {"type": "array", "items": {"type": "string"}}},
                "required": ["title", "lines"],
                "additionalProperties": False,
            },
            "strict": True,
        }
    },
    reply=response_reply(out_message(output_text('{"title": "x", "lines": []}'))),
    views=("plain",),
)
ep(
    "responses.create",
    variant="None values",
    model=MODEL,
    input="Hi",
    instructions=None,
    max_output_tokens=None,
    temperature=None,
    previous_response_id=None,
    reasoning=None,
    metadata=None,
    store=None,
    stream=None,
    reply=response_reply(),
    views=("plain", "raw"),
)
ep(
    "responses.create",
    variant="NOT_GIVEN values",
    model=MODEL,
    input="Hi",
    instructions=openai.NOT_GIVEN,
    tools=openai.NOT_GIVEN,
    stream=openai.NOT_GIVEN,
    reply=response_reply(),
    views=("plain",),
)
ep(
    "responses.create",
    variant="extras",
    model=MODEL,
    input="Hi",
    extra_headers={"X-Trace-Id": "trace-7"},
    extra_query={"debug": "1"},
    extra_body={"verbosity": "low", "text": {"verbosity": "high"}},
    timeout=20.0,
    reply=response_reply(),
    views=("plain", "streaming"),
)
ep("responses.create", variant="spec reply", model=MODEL, input="Hi", reply=spec_reply("post", "/responses"))
ep(
    "responses.create",
    variant="reasoning and tool outputs",
    model="o4-mini",
    input="What is 2+2? Then look it up.",
    reasoning={"effort": "medium", "summary": "detailed"},
    reply=response_reply(
        {
            "type": "reasoning",
            "id": "rs_1",
            "summary": [{"type": "summary_text", "text": "Add them."}],
            "encrypted_content": None,
            "status": None,
        },
        {"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {"type": "search", "query": "2+2"}},
        out_message(
            output_text(
                "4",
                annotations=[
                    {
                        "type": "url_citation",
                        "start_index": 0,
                        "end_index": 1,
                        "url": "https://example.com",
                        "title": "Math",
                    }
                ],
            )
        ),
        {"type": "brand_new_item", "id": "x_1", "payload": {"a": 1}},
    ),
    views=("plain",),
)
ep(
    "responses.create",
    variant="stream",
    model=MODEL,
    input="Write a haiku about code.",
    stream=True,
    reply=haiku_stream(),
)
ep(
    "responses.create",
    variant="stream function call",
    model=MODEL,
    input="Weather in Paris?",
    tools=[WEATHER_FUNCTION],
    stream=True,
    stream_options={"include_obfuscation": False},
    reply=event_stream(function_events(['{"location":', ' "Paris", "unit": "celsius"}'])),
    views=("plain", "raw"),
)
ep(
    "responses.create",
    variant="stream=False",
    model=MODEL,
    input="Hi",
    stream=False,
    reply=response_reply(),
    views=("plain",),
)

stream_idioms(
    "responses.create(stream=True)",
    haiku_stream,
    lambda client: client.responses.create(model=MODEL, input="Write a haiku about code.", stream=True),
)


@scenario(f"{PREFIX}responses.create stream: error and failed events")
def _responses_stream_error(ctx: Ctx) -> None:
    events = text_events(["Silent"])[:5]
    events.append(
        {
            "type": "error",
            "code": "server_error",
            "message": "The server had an error",
            "param": None,
            "sequence_number": 5,
        }
    )
    events.append(
        {
            "type": "response.failed",
            "sequence_number": 6,
            "response": response(status="failed", error={"code": "server_error", "message": "The server had an error"}),
        }
    )
    ctx.reply(event_stream(events))
    ctx.record("events", drain(ctx.client().responses.create(model=MODEL, input="Hi", stream=True)))


@scenario(f"{PREFIX}responses.create stream: unknown event type")
def _responses_stream_unknown(ctx: Ctx) -> None:
    events = text_events(["Hi"])
    events.insert(2, {"type": "response.brand_new_event", "sequence_number": 99, "payload": {"x": 1}})
    ctx.reply(event_stream(events))
    ctx.record("events", drain(ctx.client().responses.create(model=MODEL, input="Hi", stream=True)))


@scenario(f"{PREFIX}responses.create HTTP error")
def _responses_create_error(ctx: Ctx) -> None:
    ctx.reply(
        Reply(
            404,
            json_body={
                "error": {
                    "message": "Previous response with id 'resp_nope' not found.",
                    "type": "invalid_request_error",
                    "param": "previous_response_id",
                    "code": "previous_response_not_found",
                }
            },
            headers={"x-request-id": "req_404"},
        )
    )
    ctx.call(
        "create",
        lambda: ctx.client(max_retries=0).responses.create(model=MODEL, input="Hi", previous_response_id="resp_nope"),
    )


@scenario(f"{PREFIX}responses.create with text_format-like misuse")
def _responses_create_misuse(ctx: Ctx) -> None:
    ctx.call("text_format on create", lambda: ctx.client().responses.create(model=MODEL, input="Hi", text_format=Haiku))


# ----------------------------------------------------------------------------- retrieve, delete, cancel, input items

ep("responses.retrieve", RESP_ID, reply=response_reply())
ep(
    "responses.retrieve",
    RESP_ID,
    variant="include",
    include=["message.output_text.logprobs", "reasoning.encrypted_content"],
    include_obfuscation=False,
    reply=response_reply(),
    views=("plain", "raw"),
)
ep(
    "responses.retrieve",
    RESP_ID,
    variant="stream starting_after",
    stream=True,
    starting_after=6,
    include=["message.output_text.logprobs"],
    reply=event_stream(text_events(["Silent", " circuits"])[7:]),
)
ep(
    "responses.retrieve",
    RESP_ID,
    variant="stream False",
    stream=False,
    reply=response_reply(),
    views=("plain",),
)
ep(
    "responses.delete",
    RESP_ID,
    reply=Reply(
        json_body={"id": RESP_ID, "object": "response.deleted", "deleted": True}, headers={"x-request-id": "req_del"}
    ),
)
ep(
    "responses.delete",
    RESP_ID,
    variant="empty body",
    reply=Reply(200, content=b"", headers={"x-request-id": "req_del"}),
    views=("plain", "raw"),
)
ep("responses.cancel", RESP_ID, reply=response_reply(status="cancelled", background=True, usage=None))
ep(
    "responses.input_items.list",
    RESP_ID,
    reply=spec_reply("get", "/responses/{response_id}/input_items"),
)
ep(
    "responses.input_items.list",
    RESP_ID,
    variant="params",
    order="asc",
    limit=2,
    include=["file_search_call.results"],
    after="msg_abc",
    reply=Reply(
        json_body={
            "object": "list",
            "data": [
                {
                    "id": "msg_1",
                    "type": "message",
                    "role": "user",
                    "status": "completed",
                    "content": [{"type": "input_text", "text": "Hi"}],
                },
                {
                    "id": "fc_1",
                    "type": "function_call_output",
                    "call_id": "call_1",
                    "output": "{}",
                    "status": "completed",
                },
            ],
            "first_id": "msg_1",
            "last_id": "fc_1",
            "has_more": False,
        }
    ),
)


@scenario(f"{PREFIX}responses.input_items.list auto-pagination")
def _input_items_pages(ctx: Ctx) -> None:
    def page(ids: List[str], more: bool) -> Reply:
        return Reply(
            json_body={
                "object": "list",
                "data": [
                    {
                        "id": i,
                        "type": "message",
                        "role": "user",
                        "status": "completed",
                        "content": [{"type": "input_text", "text": i}],
                    }
                    for i in ids
                ],
                "first_id": ids[0],
                "last_id": ids[-1],
                "has_more": more,
            }
        )

    ctx.reply(page(["msg_1", "msg_2"], True), page(["msg_3"], False))
    ctx.note("ids", [item.id for item in ctx.client().responses.input_items.list(RESP_ID, limit=2)])


@scenario(f"{PREFIX}responses empty ids")
def _responses_empty(ctx: Ctx) -> None:
    client = ctx.client()
    ctx.call("retrieve", lambda: client.responses.retrieve(""))
    ctx.call("delete", lambda: client.responses.delete(""))
    ctx.call("cancel", lambda: client.responses.cancel(""))
    ctx.call("input_items.list", lambda: client.responses.input_items.list(""))


# ----------------------------------------------------------------------------- output_text


@scenario(f"{PREFIX}Response.output_text")
def _output_text(ctx: Ctx) -> None:
    ctx.reply(
        response_reply(
            {"type": "reasoning", "id": "rs_1", "summary": []},
            out_message(
                output_text("First part. "), {"type": "refusal", "refusal": "No."}, output_text("Second part.")
            ),
            function_call("{}"),
            out_message(output_text(" Third."), msg_id="msg_2"),
        )
    )
    result = ctx.client().responses.create(model=MODEL, input="Hi")
    ctx.note("output_text", result.output_text)
    ctx.note("in dump", "output_text" in result.model_dump())
    ctx.note("in to_dict", "output_text" in result.to_dict())


@scenario(f"{PREFIX}Response.output_text with no message")
async def _output_text_empty(ctx: Ctx) -> None:
    ctx.reply(response_reply(function_call("{}")))
    result = await ctx.async_client().responses.create(model=MODEL, input="Hi")
    ctx.note("output_text", result.output_text)


# ----------------------------------------------------------------------------- parse

ep(
    "responses.parse",
    variant="text_format",
    model=MODEL,
    input=[
        {"role": "system", "content": "You are a helpful math tutor."},
        {"role": "user", "content": "solve 8x + 31 = 2"},
    ],
    text_format=MathReasoning,
    reply=response_reply(out_message(output_text(MATH_JSON))),
    views=("plain", "raw"),  # 1.102.0 has no `with_streaming_response.parse` on responses
)
ep(
    "responses.parse",
    variant="pydantic tool",
    model=MODEL,
    input="What's the weather like in Paris?",
    tools=[openai.pydantic_function_tool(GetWeather)],
    reply=response_reply(
        function_call('{"city": "Paris", "country": "FR", "unit": "celsius", "days": null}', name="GetWeather")
    ),
    views=("plain", "raw"),
)
ep(
    "responses.parse",
    variant="no format",
    model=MODEL,
    input="Hi",
    reply=response_reply(),
    views=("plain", "raw"),
)


def _rparse(ctx: Ctx, reply: Reply, **kwargs: Any) -> Any:
    ctx.reply(reply)
    params: Dict[str, Any] = {"model": MODEL, "input": "Hi"}
    params.update(kwargs)
    return ctx.call("parse", lambda: ctx.client().responses.parse(**params))


@scenario(f"{PREFIX}responses.parse fields of the result")
def _rparse_fields(ctx: Ctx) -> None:
    result = _rparse(ctx, response_reply(out_message(output_text(MATH_JSON))), text_format=MathReasoning)
    ctx.see("output_parsed", result.output_parsed)
    ctx.note("output_text", result.output_text)
    ctx.note("item type", type(result.output[0]).__name__)
    ctx.note("part type", type(result.output[0].content[0]).__name__)
    ctx.see("part parsed", result.output[0].content[0].parsed)
    ctx.note("fields set", sorted(result.output[0].content[0].model_fields_set))
    ctx.note("request id", getattr(result, "_request_id", "<missing>"))


# We copy the caller's `text` dict before adding `format`; the official helper fills it in, so
# passing the same dict again then fails ("Cannot mix and match text.format with text_format").
@scenario(f"{PREFIX}responses.parse text dict is filled in", deviation="responses-parse-text-not-mutated")
def _rparse_text_dict(ctx: Ctx) -> None:
    text: Dict[str, Any] = {"verbosity": "low"}
    _rparse(
        ctx, response_reply(out_message(output_text('{"title": "t", "lines": ["a"]}'))), text_format=Haiku, text=text
    )
    ctx.note("caller's text dict afterwards", text)


@scenario(f"{PREFIX}responses.parse text_format with text.format")
def _rparse_conflict(ctx: Ctx) -> None:
    ctx.call(
        "parse",
        lambda: ctx.client().responses.parse(
            model=MODEL, input="Hi", text_format=Haiku, text={"format": {"type": "text"}}
        ),
    )


@scenario(f"{PREFIX}responses.parse refusal")
def _rparse_refusal(ctx: Ctx) -> None:
    result = _rparse(
        ctx,
        response_reply(out_message({"type": "refusal", "refusal": "I'm sorry, I can't help with that."})),
        text_format=MathReasoning,
    )
    ctx.see("output_parsed", getattr(result, "output_parsed", None))


@scenario(f"{PREFIX}responses.parse invalid JSON")
def _rparse_invalid(ctx: Ctx) -> None:
    _rparse(ctx, response_reply(out_message(output_text('{"title": 1}'))), text_format=Haiku)


@scenario(f"{PREFIX}responses.parse strict dict tool and stream=False")
def _rparse_strict_tool(ctx: Ctx) -> None:
    result = _rparse(
        ctx,
        response_reply(function_call('{"location": "Paris", "unit": "celsius"}')),
        tools=[WEATHER_FUNCTION, {"type": "web_search_preview"}],
        stream=False,
    )
    ctx.see("parsed_arguments", result.output[0].parsed_arguments)


# We send `verbosity` as `text.verbosity`, where the Responses API reads it; the official helper
# sends a top-level `verbosity`, a parameter the API does not have.
@scenario(f"{PREFIX}responses.parse verbosity", deviation="responses-parse-verbosity")
def _rparse_verbosity(ctx: Ctx) -> None:
    _rparse(ctx, response_reply(), verbosity="low")
    _rparse(
        ctx,
        response_reply(out_message(output_text('{"title": "t", "lines": []}'))),
        text_format=Haiku,
        verbosity="high",
    )


@scenario(f"{PREFIX}responses.parse tool marked neither strict nor non-strict")
def _rparse_unmarked_tool(ctx: Ctx) -> None:
    tool = {k: v for k, v in WEATHER_FUNCTION.items() if k != "strict"}
    result = _rparse(ctx, response_reply(function_call('{"location": "Paris", "unit": "celsius"}')), tools=[tool])
    ctx.see("parsed_arguments", getattr(getattr(result, "output", [None])[0], "parsed_arguments", "<n/a>"))


@scenario(f"{PREFIX}responses.parse same text dict twice")
def _rparse_text_twice(ctx: Ctx) -> None:
    text: Dict[str, Any] = {}
    reply = response_reply(out_message(output_text('{"title": "t", "lines": ["a"]}')))
    _rparse(ctx, reply, text_format=Haiku, text=text)
    _rparse(ctx, reply, text_format=Haiku, text=text)
    ctx.note("caller's empty text dict afterwards", text)


@scenario(f"{PREFIX}responses.parse non-strict tool")
def _rparse_loose_tool(ctx: Ctx) -> None:
    tool = dict(WEATHER_FUNCTION, strict=False)
    result = _rparse(ctx, response_reply(function_call('{"location": "Paris", "unit": "celsius"}')), tools=[tool])
    ctx.see("parsed_arguments", getattr(getattr(result, "output", [None])[0], "parsed_arguments", "<n/a>"))


@scenario(f"{PREFIX}responses.parse chat-shaped dict tool")
def _rparse_chat_tool(ctx: Ctx) -> None:
    tool = {
        "type": "function",
        "function": {"name": "f", "parameters": {"type": "object", "properties": {}}, "strict": True},
    }
    ctx.call("parse", lambda: ctx.client().responses.parse(model=MODEL, input="Hi", tools=[tool]))


@scenario(f"{PREFIX}responses.parse async")
async def _rparse_async(ctx: Ctx) -> None:
    ctx.reply(
        response_reply(
            out_message(output_text(json.dumps({"title": "t", "lines": ["a", "b"]}))),
            function_call('{"city": "Oslo", "country": "NO", "unit": "fahrenheit", "days": 1}', name="GetWeather"),
        )
    )
    result = await ctx.acall(
        "parse",
        lambda: ctx.async_client().responses.parse(
            model=MODEL, input="Hi", text_format=Haiku, tools=[openai.pydantic_function_tool(GetWeather)]
        ),
    )
    ctx.see("output_parsed", result.output_parsed)
    ctx.see("parsed_arguments", result.output[1].parsed_arguments)


# ----------------------------------------------------------------------------- stream helper


def _rstream(ctx: Ctx, reply: Reply, **kwargs: Any) -> None:
    ctx.reply(reply)
    params: Dict[str, Any] = {"model": MODEL, "input": "Write a haiku about code."}
    params.update(kwargs)
    with ctx.client().responses.stream(**params) as stream:
        ctx.note("stream type", type(stream).__qualname__)
        ctx.record("events", drain(stream))
        ctx.call("get_final_response", stream.get_final_response)


@scenario(f"{PREFIX}responses.stream text")
def _rstream_text(ctx: Ctx) -> None:
    _rstream(ctx, haiku_stream())


@scenario(f"{PREFIX}responses.stream request")
def _rstream_request(ctx: Ctx) -> None:
    ctx.reply(haiku_stream())
    manager = ctx.client().responses.stream(
        input=[{"role": "user", "content": "Write a haiku about code."}],
        model=MODEL,
        instructions="Be poetic.",
        temperature=None,
        reasoning={"effort": "low"},
        background=False,
        include=["message.output_text.logprobs"],
        max_output_tokens=200,
        metadata={"a": "b"},
        store=True,
        tool_choice="auto",
        truncation="disabled",
        user="user-1",
        extra_headers={"X-Trace-Id": "t-2"},
    )
    ctx.note("manager type", type(manager).__qualname__)
    ctx.note("requests before entering", len(ctx.server.requests))
    with manager as stream:
        stream.until_done()


@scenario(f"{PREFIX}responses.stream text_format")
def _rstream_structured(ctx: Ctx) -> None:
    _rstream(ctx, event_stream(structured_events()), text_format=Haiku)


@scenario(f"{PREFIX}responses.stream function call")
def _rstream_function(ctx: Ctx) -> None:
    _rstream(
        ctx,
        event_stream(
            function_events(
                ['{"city": "Par', 'is", "country": "FR", "unit": "celsius", "days": null}'], name="GetWeather"
            )
        ),
        tools=[openai.pydantic_function_tool(GetWeather)],
    )


@scenario(f"{PREFIX}responses.stream strict dict tool")
def _rstream_dict_tool(ctx: Ctx) -> None:
    _rstream(
        ctx, event_stream(function_events(['{"location": "Paris", ', '"unit": "celsius"}'])), tools=[WEATHER_FUNCTION]
    )


@scenario(f"{PREFIX}responses.stream without response.completed", deviation="stream-terminal-marker")
def _rstream_incomplete(ctx: Ctx) -> None:
    _rstream(ctx, event_stream(text_events(["Silent"])[:-1]))


@scenario(f"{PREFIX}responses.stream events before response.created")
def _rstream_no_created(ctx: Ctx) -> None:
    _rstream(ctx, event_stream(text_events(["Silent"])[2:]))


@scenario(f"{PREFIX}responses.stream error event")
def _rstream_error(ctx: Ctx) -> None:
    events = text_events(["Silent"])[:5]
    events.append({"type": "error", "code": "server_error", "message": "boom", "param": None, "sequence_number": 5})
    _rstream(ctx, event_stream(events))


@scenario(f"{PREFIX}responses.stream refusal and reasoning events")
def _rstream_refusal(ctx: Ctx) -> None:
    start = response(status="in_progress", usage=None)
    msg = out_message({"type": "refusal", "refusal": "I can't."})
    events = [
        {"type": "response.created", "response": start},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {"type": "reasoning", "id": "rs_1", "summary": []},
        },
        {
            "type": "response.reasoning_summary_part.added",
            "item_id": "rs_1",
            "output_index": 0,
            "summary_index": 0,
            "part": {"type": "summary_text", "text": ""},
        },
        {
            "type": "response.reasoning_summary_text.delta",
            "item_id": "rs_1",
            "output_index": 0,
            "summary_index": 0,
            "delta": "Thinking",
        },
        {
            "type": "response.reasoning_summary_text.done",
            "item_id": "rs_1",
            "output_index": 0,
            "summary_index": 0,
            "text": "Thinking",
        },
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "item": {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "Thinking"}]},
        },
        {"type": "response.output_item.added", "output_index": 1, "item": out_message(status="in_progress")},
        {
            "type": "response.content_part.added",
            "item_id": MSG_ID,
            "output_index": 1,
            "content_index": 0,
            "part": {"type": "refusal", "refusal": ""},
        },
        {
            "type": "response.refusal.delta",
            "item_id": MSG_ID,
            "output_index": 1,
            "content_index": 0,
            "delta": "I can't.",
        },
        {
            "type": "response.refusal.done",
            "item_id": MSG_ID,
            "output_index": 1,
            "content_index": 0,
            "refusal": "I can't.",
        },
        {"type": "response.output_item.done", "output_index": 1, "item": msg},
        {"type": "response.completed", "response": response({"type": "reasoning", "id": "rs_1", "summary": []}, msg)},
    ]
    for n, event in enumerate(events):
        event["sequence_number"] = n
    _rstream(ctx, event_stream(events), text_format=Haiku)


@scenario(f"{PREFIX}responses.stream response_id resume")
def _rstream_resume(ctx: Ctx) -> None:
    ctx.reply(haiku_stream())
    with ctx.client().responses.stream(response_id=RESP_ID, starting_after=5) as stream:
        ctx.record("events", drain(stream))
        ctx.call("get_final_response", stream.get_final_response)


@scenario(f"{PREFIX}responses.stream response_id with text_format")
async def _rstream_resume_async(ctx: Ctx) -> None:
    ctx.reply(event_stream(structured_events()))
    async with ctx.async_client().responses.stream(response_id=RESP_ID, text_format=Haiku) as stream:
        ctx.record("events", await adrain(stream))
        await ctx.acall("get_final_response", stream.get_final_response)


@scenario(f"{PREFIX}responses.stream argument errors")
def _rstream_arg_errors(ctx: Ctx) -> None:
    client = ctx.client()
    ctx.call("response_id with input", lambda: client.responses.stream(response_id=RESP_ID, input="Hi", model=MODEL))
    ctx.call("starting_after with model", lambda: client.responses.stream(starting_after=2, model=MODEL, input="Hi"))
    ctx.call("no model", lambda: client.responses.stream(input="Hi"))
    ctx.call("no input", lambda: client.responses.stream(model=MODEL, instructions="x"))
    ctx.call("nothing", lambda: client.responses.stream())
    ctx.call(
        "text_format and text.format",
        lambda: client.responses.stream(model=MODEL, input="Hi", text_format=Haiku, text={"format": {"type": "text"}}),
    )
    ctx.note("requests", len(ctx.server.requests))


@scenario(f"{PREFIX}responses.stream until_done and close")
def _rstream_until_done(ctx: Ctx) -> None:
    client, seen = tracked_client(ctx)
    ctx.reply(haiku_stream())
    with client.responses.stream(model=MODEL, input="Hi") as stream:
        ctx.note("until_done is the stream", stream.until_done() is stream)
        ctx.note("closed after until_done", closed(seen))
        ctx.call("final", stream.get_final_response)
        ctx.record("iterate after until_done", drain(stream))
    ctx.note("closed after the block", closed(seen))


@scenario(f"{PREFIX}responses.stream async events")
async def _arstream(ctx: Ctx) -> None:
    client, seen = tracked_async_client(ctx)
    ctx.reply(event_stream(structured_events()))
    manager = client.responses.stream(model=MODEL, input="Hi", text_format=Haiku)
    ctx.note("manager type", type(manager).__qualname__)
    async with manager as stream:
        ctx.note("stream type", type(stream).__qualname__)
        ctx.record("events", await adrain(stream))
        await ctx.acall("get_final_response", stream.get_final_response)
    ctx.note("closed", closed(seen))


@scenario(f"{PREFIX}responses.stream async function call until_done")
async def _arstream_function(ctx: Ctx) -> None:
    ctx.reply(event_stream(function_events(['{"location": "Paris", ', '"unit": "celsius"}'])))
    async with ctx.async_client().responses.stream(model=MODEL, input="Hi", tools=[WEATHER_FUNCTION]) as stream:
        ctx.note("until_done is the stream", (await stream.until_done()) is stream)
        await ctx.acall("final", stream.get_final_response)


stream_idioms(
    "responses.stream",
    haiku_stream,
    lambda client: client.responses.stream(model=MODEL, input="Write a haiku about code."),
)


@scenario(f"{PREFIX}ResponseStreamState by hand")
def _response_state(ctx: Ctx) -> None:
    from openai.lib.streaming.responses import ResponseStreamState
    from openai.types.responses import ResponseStreamEvent

    adapter = pydantic.TypeAdapter(ResponseStreamEvent)
    state = ResponseStreamState(text_format=Haiku, input_tools=openai.NOT_GIVEN)
    events = []
    try:
        for raw in structured_events():
            for event in state.handle_event(adapter.validate_python(copy.deepcopy(raw))):
                events.append(describe(event))
    except Exception as exc:
        events.append(describe_exception(exc))
    ctx.record("events", events)


# ----------------------------------------------------------------------------- conversations


def conversation(metadata: Any = None) -> Dict[str, Any]:
    return {
        "id": CONV_ID,
        "object": "conversation",
        "created_at": 1741900000,
        "metadata": metadata if metadata is not None else {},
    }


def conv_message(item_id: str, text: str, role: str = "user") -> Dict[str, Any]:
    kind = "input_text" if role == "user" else "output_text"
    part: Dict[str, Any] = {"type": kind, "text": text}
    if kind == "output_text":
        part["annotations"] = []
    return {"type": "message", "id": item_id, "status": "completed", "role": role, "content": [part]}


def item_list(*items: Dict[str, Any], has_more: bool = False) -> Reply:
    return Reply(
        json_body={
            "object": "list",
            "data": list(items),
            "first_id": items[0]["id"] if items else None,
            "last_id": items[-1]["id"] if items else None,
            "has_more": has_more,
        },
        headers={"x-request-id": "req_items"},
    )


ep(
    "conversations.create",
    variant="with items",
    metadata={"topic": "demo"},
    items=[
        {"type": "message", "role": "user", "content": "Hello!"},
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Hi there!"}]},
    ],
    reply=Reply(json_body=conversation({"topic": "demo"}), headers={"x-request-id": "req_conv"}),
)
ep("conversations.create", variant="empty", reply=Reply(json_body=conversation()), views=("plain", "raw"))
ep(
    "conversations.create",
    variant="None values",
    items=None,
    metadata=None,
    reply=Reply(json_body=conversation()),
    views=("plain",),
)
ep("conversations.create", variant="spec reply", reply=spec_reply("post", "/conversations"), views=("plain",))
ep("conversations.retrieve", CONV_ID, reply=Reply(json_body=conversation({"topic": "demo"})))
ep(
    "conversations.update",
    CONV_ID,
    metadata={"topic": "project-x"},
    reply=Reply(json_body=conversation({"topic": "project-x"})),
)
ep("conversations.delete", CONV_ID, reply=spec_reply("delete", "/conversations/{conversation_id}"))
ep(
    "conversations.items.create",
    CONV_ID,
    items=[
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "What's new?"}]},
        {"type": "function_call_output", "call_id": "call_1", "output": "{}"},
    ],
    include=["message.output_text.logprobs"],
    reply=item_list(
        conv_message("msg_1", "What's new?"),
        {"type": "function_call_output", "id": "fco_1", "call_id": "call_1", "output": "{}", "status": "completed"},
    ),
)
ep(
    "conversations.items.retrieve",
    "msg_1",
    conversation_id=CONV_ID,
    include=["message.output_text.logprobs"],
    reply=Reply(json_body=conv_message("msg_1", "Hello!", role="assistant")),
)
ep(
    "conversations.items.retrieve",
    "fc_1",
    variant="function call item",
    conversation_id=CONV_ID,
    reply=Reply(json_body=function_call('{"location": "Paris"}')),
    views=("plain",),
)
ep(
    "conversations.items.list",
    CONV_ID,
    reply=spec_reply("get", "/conversations/{conversation_id}/items"),
)
ep(
    "conversations.items.list",
    CONV_ID,
    variant="params",
    limit=10,
    order="desc",
    include=["file_search_call.results", "message.output_text.logprobs"],
    after="msg_0",
    reply=item_list(conv_message("msg_1", "Hello!")),
    views=("plain", "raw"),
)
ep(
    "conversations.items.delete",
    "msg_1",
    conversation_id=CONV_ID,
    reply=Reply(json_body=conversation({"topic": "demo"})),
)


@scenario(f"{PREFIX}conversations.items.list auto-pagination")
def _conv_items_pages(ctx: Ctx) -> None:
    ctx.reply(
        item_list(conv_message("msg_1", "one"), conv_message("msg_2", "two"), has_more=True),
        item_list(conv_message("msg_3", "three")),
    )
    page = ctx.client().conversations.items.list(CONV_ID, limit=2)
    ctx.note("type", type(page).__name__)
    ctx.note("has_next_page", page.has_next_page())
    ctx.note("next_page_info", repr(page.next_page_info()))
    ctx.note("ids", [item.id for item in page])


@scenario(f"{PREFIX}conversations.items.list async auto-pagination")
async def _conv_items_pages_async(ctx: Ctx) -> None:
    ctx.reply(
        item_list(conv_message("msg_1", "one"), has_more=True),
        item_list(conv_message("msg_2", "two")),
    )
    ctx.note("ids", [item.id async for item in ctx.async_client().conversations.items.list(CONV_ID, limit=1)])


@scenario(f"{PREFIX}conversations empty ids")
def _conv_empty(ctx: Ctx) -> None:
    client = ctx.client()
    ctx.call("retrieve", lambda: client.conversations.retrieve(""))
    ctx.call("update", lambda: client.conversations.update("", metadata={}))
    ctx.call("delete", lambda: client.conversations.delete(""))
    ctx.call("items.create", lambda: client.conversations.items.create("", items=[]))
    ctx.call(
        "items.retrieve empty conversation", lambda: client.conversations.items.retrieve("msg_1", conversation_id="")
    )
    ctx.call("items.retrieve empty item", lambda: client.conversations.items.retrieve("", conversation_id=CONV_ID))
    ctx.call("items.list", lambda: client.conversations.items.list(""))
    ctx.call("items.delete", lambda: client.conversations.items.delete("", conversation_id=CONV_ID))


@scenario(f"{PREFIX}responses.create then conversation flow")
async def _conv_flow(ctx: Ctx) -> None:
    ctx.reply(
        Reply(json_body=conversation()),
        response_reply(conversation={"id": CONV_ID}),
        item_list(conv_message("msg_u", "Hi"), conv_message(MSG_ID, HAIKU, role="assistant")),
    )
    client = ctx.async_client()
    conv = await client.conversations.create()
    resp = await client.responses.create(model=MODEL, input="Hi", conversation=conv.id)
    ctx.see("response conversation", resp.conversation)
    items = await client.conversations.items.list(conv.id)
    ctx.see("items", items.data)
