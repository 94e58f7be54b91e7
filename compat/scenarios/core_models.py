"""Area D (`core:`): response models. What a caller sees of parsed responses (`str`/`repr`,
`print`, `to_dict`/`to_json` and their options, `model_dump`/`model_dump_json`, fields set for
null vs missing), tolerance to drift (unknown fields, enum values and union members, wrong types,
missing required fields, int→float), `_request_id`, equality, copies, pickling, `isinstance`, and
models built directly (`construct`, `model_validate`, `openai.BaseModel` subclasses).
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import io
import pickle
from typing import Any, Dict, List, Optional

import pydantic
from dsl import Reply, scenario

import openai
from scenarios.core_client import MESSAGES, chat_body, chat_reply


def _create(ctx: Any) -> Any:
    return ctx.client(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)


def _printed(value: Any) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        print(value)
    return buffer.getvalue()


def _dumps(ctx: Any, label: str, model: Any) -> None:
    """`to_dict`, `to_json`, `model_dump` and `model_dump_json` with each of their options."""
    variants = {
        "to_dict()": lambda: model.to_dict(),
        "to_dict(mode=json)": lambda: model.to_dict(mode="json"),
        "to_dict(use_api_names=False)": lambda: model.to_dict(use_api_names=False),
        "to_dict(exclude_unset=False)": lambda: model.to_dict(exclude_unset=False),
        "to_dict(exclude_defaults=True)": lambda: model.to_dict(exclude_defaults=True),
        "to_dict(exclude_none=True)": lambda: model.to_dict(exclude_none=True),
        "to_dict(warnings=False)": lambda: model.to_dict(warnings=False),
        "to_json()": lambda: model.to_json(),
        "to_json(indent=None)": lambda: model.to_json(indent=None),
        "to_json(indent=4, exclude_none=True)": lambda: model.to_json(indent=4, exclude_none=True),
        "to_json(use_api_names=False, exclude_unset=False)": lambda: model.to_json(
            use_api_names=False, exclude_unset=False
        ),
        "model_dump()": lambda: model.model_dump(),
        "model_dump(mode=json)": lambda: model.model_dump(mode="json"),
        "model_dump(by_alias=True)": lambda: model.model_dump(by_alias=True),
        "model_dump(exclude_unset=True)": lambda: model.model_dump(exclude_unset=True),
        "model_dump(exclude_none=True)": lambda: model.model_dump(exclude_none=True),
        "model_dump(exclude_defaults=True)": lambda: model.model_dump(exclude_defaults=True),
        "model_dump(include)": lambda: model.model_dump(include={"id", "model"}),
        "model_dump(exclude)": lambda: model.model_dump(exclude={"choices", "usage"}),
        "model_dump_json()": lambda: model.model_dump_json(),
        "model_dump_json(indent=2)": lambda: model.model_dump_json(indent=2),
        "model_dump_json(exclude_unset=True)": lambda: model.model_dump_json(exclude_unset=True),
        "dict()": lambda: model.dict(),
        "json()": lambda: model.json(),
    }
    for name, fn in variants.items():
        ctx.warnings(f"{label} {name}", fn)


# ----------------------------------------------------------------------------- parsed responses


@scenario("core: model parsed chat completion views")
def _(ctx):
    ctx.reply(chat_reply())
    completion = _create(ctx)
    ctx.see("completion", completion)
    ctx.note("print", _printed(completion))
    ctx.note("str(message)", str(completion.choices[0].message))
    ctx.note("repr(usage)", repr(completion.usage))
    ctx.note("format", f"{completion.choices[0]}")
    ctx.note("dict(message)", {k: repr(v) for k, v in dict(completion.choices[0].message).items()})
    _dumps(ctx, "completion", completion)


@scenario("core: model null versus missing fields")
def _(ctx):
    with_nulls = chat_body(usage=None, system_fingerprint=None, service_tier=None)
    with_nulls["choices"][0]["message"].update(tool_calls=None, function_call=None, audio=None)
    missing = chat_body()
    for key in ("usage", "system_fingerprint", "service_tier"):
        missing.pop(key)
    for key in ("refusal", "annotations"):
        missing["choices"][0]["message"].pop(key)
    missing["choices"][0].pop("logprobs")
    ctx.reply(Reply(json_body=with_nulls), Reply(json_body=missing))
    a = _create(ctx)
    b = _create(ctx)
    ctx.see("nulls", a)
    ctx.see("missing", b)
    ctx.note("nulls usage", repr(a.usage))
    ctx.note("missing usage", repr(b.usage))
    ctx.note("missing logprobs", repr(b.choices[0].logprobs))
    _dumps(ctx, "missing", b)


@scenario("core: model unknown extra fields")
def _(ctx):
    body = chat_body(brand_new={"nested": [1, {"deep": True}]}, flag=False)
    body["choices"][0]["message"]["reasoning_content"] = "thinking..."
    body["choices"][0]["extra_choice_field"] = 7
    body["usage"]["cost_usd"] = 0.0012
    ctx.reply(Reply(json_body=body))
    completion = _create(ctx)
    ctx.see("completion", completion)
    ctx.call("brand_new", lambda: completion.brand_new)
    ctx.call("flag", lambda: completion.flag)
    ctx.call("message.reasoning_content", lambda: completion.choices[0].message.reasoning_content)
    ctx.call("usage.cost_usd", lambda: completion.usage.cost_usd)
    ctx.call("model_extra", lambda: completion.model_extra)
    ctx.call("message model_extra", lambda: completion.choices[0].message.model_extra)
    ctx.call("getattr default", lambda: getattr(completion, "absent", "fallback"))
    ctx.call("missing attribute", lambda: completion.absent)
    ctx.call("hasattr", lambda: [hasattr(completion, "brand_new"), hasattr(completion, "absent")])


@scenario("core: model unknown enum values")
def _(ctx):
    body = chat_body(object="chat.completion.v2", service_tier="ultra")
    body["choices"][0]["finish_reason"] = "context_exhausted"
    body["choices"][0]["message"]["role"] = "narrator"
    ctx.reply(Reply(json_body=body))
    completion = _create(ctx)
    ctx.see("completion", completion)
    ctx.call("finish_reason", lambda: completion.choices[0].finish_reason)
    ctx.call("role", lambda: completion.choices[0].message.role)


@scenario("core: model wrong types in fields")
def _(ctx):
    body = chat_body(id=12345, created="2025-03-10T00:00:00Z", choices={"index": 0})
    body["usage"] = {"prompt_tokens": "19", "completion_tokens": 10.0, "total_tokens": None}
    ctx.reply(Reply(json_body=body))
    completion = _create(ctx)
    ctx.see("completion", completion)
    ctx.call("id", lambda: completion.id)
    ctx.call("created", lambda: completion.created)
    ctx.call("choices", lambda: completion.choices)
    ctx.call("usage.prompt_tokens", lambda: completion.usage.prompt_tokens)
    ctx.call("usage.completion_tokens", lambda: completion.usage.completion_tokens)
    ctx.warnings("model_dump", lambda: completion.model_dump())
    ctx.warnings("to_json", lambda: completion.to_json())


@scenario("core: model bool and string coercions")
def _(ctx):
    body = {
        "id": "file-1",
        "object": "file",
        "bytes": "1024",
        "created_at": 1.0,
        "filename": 5,
        "purpose": "batch",
        "status": "processed",
        "expires_at": "never",
    }
    ctx.reply(Reply(json_body=body))
    file = ctx.client(max_retries=0).files.retrieve("file-1")
    ctx.see("file", file)
    ctx.call("types", lambda: [type(file.bytes).__name__, type(file.created_at).__name__, type(file.filename).__name__])


@scenario("core: model int to float coercion")
def _(ctx):
    ctx.reply(
        Reply(
            json_body={
                "object": "list",
                "data": [{"object": "embedding", "index": 0, "embedding": [1, 0, -1, 0.5]}],
                "model": "text-embedding-3-small",
                "usage": {"prompt_tokens": 2, "total_tokens": 2},
            }
        )
    )
    result = ctx.client(max_retries=0).embeddings.create(
        model="text-embedding-3-small", input="hello", encoding_format="float"
    )
    ctx.see("embeddings", result)
    ctx.note("types", [type(v).__name__ for v in result.data[0].embedding])


@scenario("core: model logprobs ints as floats")
def _(ctx):
    body = chat_body()
    body["choices"][0]["logprobs"] = {
        "content": [
            {
                "token": "Hello",
                "logprob": 0,
                "bytes": [72, 101],
                "top_logprobs": [{"token": "Hi", "logprob": -1, "bytes": None}],
            }
        ],
        "refusal": None,
    }
    ctx.reply(Reply(json_body=body))
    completion = _create(ctx)
    lp = completion.choices[0].logprobs.content[0]
    ctx.see("logprob", lp)
    ctx.note("types", [type(lp.logprob).__name__, type(lp.top_logprobs[0].logprob).__name__])


@scenario("core: model missing required fields")
def _(ctx):
    ctx.reply(Reply(json_body={"id": "chatcmpl-partial", "choices": [{"index": 0, "message": {}}]}))
    completion = _create(ctx)
    ctx.see("completion", completion)
    ctx.call("model", lambda: completion.model)
    ctx.call("created", lambda: completion.created)
    ctx.call("message.role", lambda: completion.choices[0].message.role)
    ctx.call("message.content", lambda: completion.choices[0].message.content)
    ctx.call("finish_reason", lambda: completion.choices[0].finish_reason)


RESPONSE = {
    "id": "resp_67ccd2bed1ec8190b14f964abc054267",
    "object": "response",
    "created_at": 1741476542,
    "status": "completed",
    "error": None,
    "incomplete_details": None,
    "instructions": None,
    "max_output_tokens": None,
    "model": "gpt-4.1-2025-04-14",
    "output": [
        {"type": "future_widget", "id": "fw_1", "payload": {"x": 1}},
        {
            "type": "message",
            "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e6",
            "status": "completed",
            "role": "assistant",
            "content": [
                {"type": "output_text", "text": "In a peaceful grove...", "annotations": []},
                {"type": "output_hologram", "data": "..."},
            ],
        },
    ],
    "parallel_tool_calls": True,
    "previous_response_id": None,
    "reasoning": {"effort": None, "summary": None},
    "store": True,
    "temperature": 1,
    "text": {"format": {"type": "text"}},
    "tool_choice": "auto",
    "tools": [{"type": "quantum_search", "depth": 3}],
    "top_p": 1,
    "truncation": "disabled",
    "usage": {
        "input_tokens": 36,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": 87,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": 123,
    },
    "user": None,
    "metadata": {},
}


@scenario("core: model unknown union members")
def _(ctx):
    ctx.reply(Reply(json_body=RESPONSE, headers={"x-request-id": "req_resp"}))
    response = ctx.client(max_retries=0).responses.retrieve("resp_67ccd2bed1ec8190b14f964abc054267")
    ctx.see("response", response)
    ctx.note("output types", [type(item).__name__ for item in response.output])
    ctx.note("content types", [type(part).__name__ for part in response.output[1].content])
    ctx.note("tool types", [type(tool).__name__ for tool in response.tools])
    ctx.call("output[0].payload", lambda: response.output[0].payload)
    ctx.call("output_text", lambda: response.output_text)
    ctx.note("temperature", repr(response.temperature))


@scenario("core: model Response construct and model_validate with an unknown member", deviation="discriminated-unions")
def _(ctx):
    from openai.types.responses import Response

    ctx.call("construct", lambda: Response.construct(**RESPONSE))
    ctx.call("model_validate", lambda: Response.model_validate(RESPONSE))


# ----------------------------------------------------------------------------- request id, equality, copies


@scenario("core: model _request_id top-level and nested")
def _(ctx):
    ctx.reply(chat_reply("req_abc123"))
    completion = _create(ctx)
    ctx.call("_request_id", lambda: completion._request_id)
    ctx.call("usage._request_id", lambda: completion.usage._request_id)
    ctx.call("choices[0]._request_id", lambda: completion.choices[0]._request_id)
    ctx.call("in model_dump", lambda: "_request_id" in completion.model_dump())
    ctx.call("in __dict__", lambda: "_request_id" in completion.__dict__)
    ctx.call("repr mentions it", lambda: "req_abc123" in repr(completion))


@scenario("core: model equality between parsed objects")
def _(ctx):
    ctx.reply(chat_reply("req_same"), chat_reply("req_same"), chat_reply("req_other"), chat_reply("req_x", id="other"))
    a, b, c, d = _create(ctx), _create(ctx), _create(ctx), _create(ctx)
    ctx.note("same body same id", a == b)
    ctx.note("same body other request id", a == c)
    ctx.note("other body", a == d)
    ctx.note("nested equal", a.choices[0] == c.choices[0])
    ctx.note("equal to dict", a == a.model_dump())


@scenario("core: model copy and model_copy")
def _(ctx):
    ctx.reply(chat_reply("req_copy"))
    completion = _create(ctx)
    shallow = ctx.warnings("copy()", lambda: completion.copy())
    if not isinstance(shallow, Exception):
        ctx.call("copy() _request_id", lambda: shallow._request_id)
    mc = ctx.warnings("model_copy()", lambda: completion.model_copy())
    ctx.call("model_copy _request_id", lambda: mc._request_id)
    ctx.call("model_copy shares choices", lambda: mc.choices is completion.choices)
    deep = ctx.warnings("model_copy(deep=True)", lambda: completion.model_copy(deep=True))
    ctx.call("deep shares choices", lambda: deep.choices is completion.choices)
    ctx.call("deep equal", lambda: deep == completion)
    updated = ctx.warnings("model_copy(update)", lambda: completion.model_copy(update={"id": "chatcmpl-new"}))
    ctx.call("update fields_set", lambda: sorted(updated.model_fields_set))
    ctx.call("copy.copy", lambda: copy.copy(completion))
    ctx.call("copy.deepcopy", lambda: copy.deepcopy(completion))
    ctx.call("copy.deepcopy _request_id", lambda: copy.deepcopy(completion)._request_id)


@scenario("core: model pickle round trip")
def _(ctx):
    body = chat_body(extra_top="kept")
    ctx.reply(Reply(json_body=body, headers={"x-request-id": "req_pickle"}))
    completion = _create(ctx)
    restored = ctx.call("loads(dumps)", lambda: pickle.loads(pickle.dumps(completion)))
    if not isinstance(restored, Exception):
        ctx.call("equal", lambda: restored == completion)
        ctx.call("_request_id", lambda: restored._request_id)
        ctx.call("extra_top", lambda: restored.extra_top)
        ctx.call("fields_set", lambda: sorted(restored.model_fields_set))


@scenario("core: model isinstance of nested types")
def _(ctx):
    from openai.types import CompletionUsage
    from openai.types.chat import ChatCompletion, ChatCompletionMessage
    from openai.types.chat.chat_completion import Choice

    ctx.reply(chat_reply())
    completion = _create(ctx)
    ctx.note(
        "isinstance",
        [
            isinstance(completion, ChatCompletion),
            isinstance(completion, openai.BaseModel),
            isinstance(completion, pydantic.BaseModel),
            isinstance(completion.choices[0], Choice),
            isinstance(completion.choices[0].message, ChatCompletionMessage),
            isinstance(completion.usage, CompletionUsage),
            isinstance(completion.choices, list),
        ],
    )
    ctx.note("type module", type(completion).__module__)
    ctx.note("message module", type(completion.choices[0].message).__module__)


@scenario("core: model attribute assignment")
def _(ctx):
    ctx.reply(chat_reply())
    completion = _create(ctx)
    ctx.call("set id", lambda: setattr(completion, "id", "changed"))
    ctx.call("set new attribute", lambda: setattr(completion, "brand_new", 1))
    ctx.call("fields_set", lambda: sorted(completion.model_fields_set))
    ctx.see("after", completion)


@scenario("core: model fields of chat types")
def _(ctx):
    from openai.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage

    for cls in (ChatCompletion, ChatCompletionMessage, ChatCompletionChunk):
        ctx.note(cls.__name__ + " fields", list(cls.model_fields))
        ctx.note(
            cls.__name__ + " required",
            [name for name, field in cls.model_fields.items() if field.is_required()],
        )
    ctx.note("model_config extra", ChatCompletion.model_config.get("extra"))


# ----------------------------------------------------------------------------- models built directly


@scenario("core: model construct nested from dicts")
def _(ctx):
    from openai.types.chat import ChatCompletion

    body = chat_body(extra_field="x")
    built = ctx.call("construct", lambda: ChatCompletion.construct(**body))
    ctx.call("nested type", lambda: type(built.choices[0].message).__name__)
    mc = ctx.call("model_construct", lambda: ChatCompletion.model_construct(**body))
    ctx.call("model_construct nested type", lambda: type(mc.choices[0]).__name__)
    ctx.call("construct with _fields_set", lambda: ChatCompletion.construct(_fields_set={"id"}, id="x", model="m"))


@scenario("core: model model_validate and constructor")
def _(ctx):
    from openai.types.chat import ChatCompletion

    body = chat_body()
    ctx.call("model_validate", lambda: ChatCompletion.model_validate(body))
    ctx.call("model_validate_json", lambda: ChatCompletion.model_validate_json(openai_json(body)))
    ctx.call("constructor", lambda: ChatCompletion(**body))
    ctx.call("parse_obj", lambda: ChatCompletion.parse_obj(body))
    bad = chat_body(created="yesterday")
    ctx.call("model_validate bad", lambda: ChatCompletion.model_validate(bad))
    ctx.call("constructor missing", lambda: ChatCompletion(id="x"))


def openai_json(body: Dict[str, Any]) -> str:
    import json

    return json.dumps(body)


@scenario("core: model aliased fields and use_api_names")
def _(ctx):
    from openai.types.shared import ResponseFormatJSONSchema

    data = {
        "type": "json_schema",
        "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True},
    }
    model = ctx.call("model_validate", lambda: ResponseFormatJSONSchema.model_validate(data))
    if not isinstance(model, Exception):
        ctx.call("schema_", lambda: model.json_schema.schema_)
        ctx.call("to_dict()", lambda: model.to_dict())
        ctx.call("to_dict(use_api_names=False)", lambda: model.to_dict(use_api_names=False))
        ctx.call("model_dump()", lambda: model.model_dump())
        ctx.call("model_dump(by_alias=True)", lambda: model.model_dump(by_alias=True))
        ctx.call("to_json(indent=None)", lambda: model.to_json(indent=None))
    built = ctx.call("construct by alias", lambda: ResponseFormatJSONSchema.construct(**data))
    ctx.call("construct nested schema_", lambda: built.json_schema.schema_)
    by_name = {"type": "json_schema", "json_schema": {"name": "n", "schema_": {"type": "string"}}}
    ctx.call("model_validate by field name", lambda: ResponseFormatJSONSchema.model_validate(by_name))


class Location(openai.BaseModel):
    city: str
    country: Optional[str] = None


class Forecast(openai.BaseModel):
    location: Location
    temperatures: List[float]
    issued_at: datetime.datetime
    unit: str = "celsius"
    notes: Optional[str] = None
    tags: Dict[str, int] = {}


FORECAST = {
    "location": {"city": "Kraków", "country": "PL"},
    "temperatures": [1, 2.5, -3],
    "issued_at": "2025-03-10T12:30:00Z",
    "notes": None,
    "source": "met-office",
}


@scenario("core: model openai.BaseModel subclass")
def _(ctx):
    validated = ctx.call("model_validate", lambda: Forecast.model_validate(FORECAST))
    if not isinstance(validated, Exception):
        _dumps(ctx, "validated", validated)
        ctx.call("source extra", lambda: validated.source)
        ctx.call("print", lambda: _printed(validated))
    built = ctx.call("construct", lambda: Forecast.construct(**FORECAST))
    if not isinstance(built, Exception):
        ctx.call("construct location type", lambda: type(built.location).__name__)
        ctx.call("construct issued_at", lambda: built.issued_at)
        ctx.call("construct temperatures", lambda: built.temperatures)
        ctx.call("construct to_dict(mode=json)", lambda: built.to_dict(mode="json"))
    ctx.call("missing required", lambda: Forecast.model_validate({"temperatures": []}))
    ctx.call(
        "constructor",
        lambda: Forecast(location=Location(city="Oslo"), temperatures=[0], issued_at=datetime.datetime(2025, 1, 1)),
    )


@scenario("core: model openai.BaseModel subclass config")
def _(ctx):
    ctx.note("extra", Forecast.model_config.get("extra"))
    ctx.note("fields", list(Forecast.model_fields))
    ctx.note("bases", [k.__name__ for k in Forecast.__mro__[:4]])
    ctx.note("json schema keys", sorted(Forecast.model_json_schema()))


@scenario("core: model chunk construct and fields")
def _(ctx):
    from openai.types.chat import ChatCompletionChunk

    data = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
    }
    ctx.call("construct", lambda: ChatCompletionChunk.construct(**data))
    ctx.call("model_validate", lambda: ChatCompletionChunk.model_validate(data))


@scenario("core: model async parsed response")
async def _(ctx):
    ctx.reply(chat_reply("req_async_model"))
    completion = await ctx.async_client(max_retries=0).chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
    ctx.see("completion", completion)
    ctx.note("_request_id", completion._request_id)
