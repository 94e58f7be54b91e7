"""Stream events read straight from their JSON text (`_models.json_text_parser`): the same
objects as decoding the text and parsing the value, and the long way wherever that is not sure."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Dict, List, Optional, Union

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typing_extensions import Annotated, Literal

import openai
from openai._models import PropertyInfo, json_text_parser, parse_obj
from openai._types import NOT_PARSED
from openai.types import ModerationCreateResponse
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import ResponseStreamEvent


def _looks(value: Any) -> Any:
    """Everything a caller can see of a parsed value, nested models included."""
    if isinstance(value, openai.BaseModel):
        return {
            "type": type(value).__name__,
            "repr": repr(value),
            "dump": value.model_dump(),
            "set": sorted(value.model_fields_set),
            "extra": list((value.model_extra or {}).items()),
            "fields": {name: _looks(item) for name, item in value.__dict__.items() if not name.startswith("_")},
        }
    if isinstance(value, list):
        return [_looks(item) for item in value]
    return repr(value)


def _chunk(**changes: Any) -> Dict[str, Any]:
    chunk: Dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": "Hi"}, "logprobs": None, "finish_reason": None}],
    }
    chunk.update(changes)
    return chunk


def _moderation() -> Dict[str, Any]:
    """A moderation result: its category models have aliased fields ("self-harm/intent")."""
    from openai.types.moderation import Categories, CategoryAppliedInputTypes, CategoryScores

    def keys(model: Any) -> List[str]:
        return [field.alias or name for name, field in model.model_fields.items()]

    result = {
        "flagged": False,
        "categories": {**{key: False for key in keys(Categories)}, "new-category": True},
        "category_scores": {key: 0.25 for key in keys(CategoryScores)},
        "category_applied_input_types": {key: ["text"] for key in keys(CategoryAppliedInputTypes)},
    }
    return {"id": "modr-1", "model": "omni-moderation-latest", "results": [result]}


def _response_event(type_: str, **fields: Any) -> Dict[str, Any]:
    base = {"item_id": "msg_1", "output_index": 0, "content_index": 0} if "delta" in type_ else {}
    return {"type": type_, "sequence_number": 1, **base, **fields}


def _response() -> Dict[str, Any]:
    message = {
        "id": "msg_1",
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": "Hi", "annotations": [], "logprobs": []}],
    }
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": "completed",
        "model": "gpt-4o",
        "output": [message],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [{"type": "function", "name": "f", "parameters": {}, "strict": True}],
        "usage": {
            "input_tokens": 1,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 2,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 3,
        },
        "metadata": {"k": "v"},
    }


SAMPLES = [
    (ChatCompletionChunk, _chunk()),
    (ChatCompletionChunk, _chunk(service_tier="default", system_fingerprint="fp", new_field={"a": [1, 2.5]})),
    (
        ChatCompletionChunk,
        _chunk(choices=[{"index": 0, "delta": {"role": "assistant", "x": 1}, "finish_reason": None}]),
    ),
    (
        ChatCompletionChunk,
        _chunk(
            choices=[
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "id": "c", "function": {"name": "f", "arguments": "{}"}}]},
                    "finish_reason": None,
                }
            ],
            usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "extra_usage": 1},
        ),
    ),
    (ModerationCreateResponse, _moderation()),
    # A union of models (a Responses stream's event type): read from the text as pydantic's lax
    # validation of the decoded value reads it.
    (ResponseStreamEvent, _response_event("response.output_text.delta", delta="Hi", logprobs=[])),
    (ResponseStreamEvent, _response_event("response.output_text.delta", delta="Hi", logprobs=[], new_field=[1])),
    (ResponseStreamEvent, _response_event("response.output_text.delta", delta="Hi", logprobs=[], output_index=1.0)),
    (ResponseStreamEvent, _response_event("response.completed", response=_response())),
    (ResponseStreamEvent, _response_event("error", code="x", message="boom", param=None)),
]


@pytest.mark.parametrize("type_, data", SAMPLES)
def test_text_gives_what_the_decoded_value_gives(type_: Any, data: Dict[str, Any]) -> None:
    parse = json_text_parser(type_)
    assert parse is not None
    from_text = parse(json.dumps(data))
    assert from_text is not NOT_PARSED
    assert _looks(from_text) == _looks(parse_obj(type_, json.loads(json.dumps(data)), strict=False))


@pytest.mark.parametrize(
    "text",
    [
        # Not the type as declared (an unknown finish reason, a string for a number): the long way.
        json.dumps(_chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "brand_new"}])),
        json.dumps(_chunk(created="1")),
        '{"id": "x", "object": "chat.completion.chunk", "created": NaN, "model": "m", "choices": []}',
    ],
)
def test_text_that_is_not_the_type_is_left_to_the_long_way(text: str) -> None:
    parse = json_text_parser(ChatCompletionChunk)
    assert parse is not None and parse(text) is NOT_PARSED


@pytest.mark.parametrize(
    "data",
    [
        _response_event("response.brand_new"),  # no member of that type
        _response_event("response.output_text.delta", delta=5, logprobs=[]),  # not the declared type
        {"no": "type"},
    ],
)
def test_a_union_member_that_is_not_there_is_left_to_the_long_way(data: Dict[str, Any]) -> None:
    parse = json_text_parser(ResponseStreamEvent)
    assert parse is not None and parse(json.dumps(data)) is NOT_PARSED


def test_types_json_text_could_read_differently_get_no_text_parser() -> None:
    class Dated(openai.BaseModel):
        at: datetime

    class Holder(openai.BaseModel):
        items: List[Optional[Dated]]

    class Plain(openai.BaseModel):
        name: str
        tags: Dict[str, List[int]] = {}

    assert json_text_parser(Dated) is None and json_text_parser(Holder) is None
    assert json_text_parser(Plain) is not None and json_text_parser(ChatCompletion) is not None
    assert json_text_parser(Dict[str, Any]) is None  # only models


# ---- in a stream -------------------------------------------------------------------------------


def _sse(*events: Dict[str, Any]) -> bytes:
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"


def _stream_client(body: bytes, **options: Any) -> openai.OpenAI:
    reply = httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
    transport = httpx.MockTransport(lambda request: reply)
    return openai.OpenAI(
        api_key="sk-test", base_url="http://api.test/v1", http_client=httpx.Client(transport=transport), **options
    )


def _chunks(client: openai.OpenAI) -> List[ChatCompletionChunk]:
    return list(client.chat.completions.create(model="gpt-4o", messages=[], stream=True))


def test_a_stream_reads_each_event_as_the_long_way_does() -> None:
    events = [_chunk(), _chunk(extra_key=1), _chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "new"}])]
    fast = _chunks(_stream_client(_sse(*events)))
    long_way = [parse_obj(ChatCompletionChunk, e, strict=False) for e in events]
    assert _looks(fast) == _looks(long_way)


def test_an_error_payload_still_raises_and_text_mentioning_errors_parses() -> None:
    mentions = _chunk(choices=[{"index": 0, "delta": {"content": 'the "error" word \\u00e9'}, "finish_reason": None}])
    (chunk,) = _chunks(_stream_client(_sse(mentions)))
    assert chunk.choices[0].delta.content == 'the "error" word \\u00e9'
    with pytest.raises(openai.APIError, match="boom"):
        _chunks(_stream_client(_sse(_chunk(), {"error": {"message": "boom"}})))
    escaped = b'data: {"\\u0065rror": {"message": "escaped"}}\n\n'
    with pytest.raises(openai.APIError, match="escaped"):
        _chunks(_stream_client(escaped))


def test_a_replaced_process_response_data_sees_every_event() -> None:
    seen: List[Any] = []
    client = _stream_client(_sse(_chunk(), _chunk()))
    original = client._process_response_data

    def recording(*, data: object, cast_to: Any, response: httpx.Response) -> Any:
        seen.append(data)
        return original(data=data, cast_to=cast_to, response=response)

    client._process_response_data = recording  # type: ignore[method-assign]
    assert len(_chunks(client)) == 2 and len(seen) == 2

    class Subclass(openai.OpenAI):
        def _process_response_data(self, *, data: object, cast_to: Any, response: httpx.Response) -> Any:
            seen.append(data)
            return super()._process_response_data(data=data, cast_to=cast_to, response=response)

    sub = Subclass(api_key="sk-test", base_url="http://api.test/v1", http_client=_stream_client(_sse(_chunk()))._client)
    assert len(_chunks(sub)) == 1 and len(seen) == 3


def test_strict_validation_takes_the_long_way() -> None:
    client = _stream_client(_sse(_chunk(created="x")), _strict_response_validation=True)
    assert client._text_parser(ChatCompletionChunk) is None
    with pytest.raises(openai.APIResponseValidationError):
        _chunks(client)


# ---- whole bodies ------------------------------------------------------------------------------

COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hi", "x": 1},
            "finish_reason": "stop",
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    "new_top_level": [1, {"a": None}],
}


def _body_client(content: bytes, content_type: str = "application/json") -> openai.OpenAI:
    reply = httpx.Response(200, content=content, headers={"content-type": content_type})
    transport = httpx.MockTransport(lambda request: reply)
    return openai.OpenAI(
        api_key="sk-test", base_url="http://api.test/v1", http_client=httpx.Client(transport=transport)
    )


def _create(client: openai.OpenAI) -> ChatCompletion:
    return client.chat.completions.create(model="gpt-4o", messages=[])


def test_a_body_is_read_as_the_long_way_reads_it() -> None:
    fast = _create(_body_client(json.dumps(COMPLETION).encode()))
    assert _looks(fast) == _looks(parse_obj(ChatCompletion, COMPLETION, strict=False))


def test_bodies_pydantic_cannot_read_as_text_take_the_long_way() -> None:
    # UTF-16 JSON (json.loads detects it), and a value that is not the declared type.
    utf16 = _create(_body_client(json.dumps(COMPLETION).encode("utf-16")))
    assert _looks(utf16) == _looks(parse_obj(ChatCompletion, COMPLETION, strict=False))
    drifted = {**COMPLETION, "created": "yesterday"}
    loose = _create(_body_client(json.dumps(drifted).encode()))
    assert loose.created == "yesterday"  # type: ignore[comparison-overlap]  # kept as sent
    # The documented error, caused by the decoder's (COMPAT.md#malformed-body-error).
    with pytest.raises(openai.APIResponseValidationError) as caught:
        _create(_body_client(b"{not json"))
    assert isinstance(caught.value.__cause__, json.JSONDecodeError)


def test_a_replaced_process_response_data_sees_the_body() -> None:
    seen: List[Any] = []
    client = _body_client(json.dumps(COMPLETION).encode())
    original = client._process_response_data

    def recording(*, data: object, cast_to: Any, response: httpx.Response) -> Any:
        seen.append(data)
        return original(data=data, cast_to=cast_to, response=response)

    client._process_response_data = recording  # type: ignore[method-assign]
    assert _create(client).id == "chatcmpl-1" and seen == [COMPLETION]


# ---- unions: lax validation of the text against lax validation of the decoded value -----------


class _Scalars(openai.BaseModel):
    kind: Literal["scalars"]
    an_int: Optional[int] = None
    a_float: Optional[float] = None
    a_bool: Optional[bool] = None
    a_str: Optional[str] = None
    a_literal: Optional[Literal["a", 1, True]] = None
    anything: Any = None


class _Containers(openai.BaseModel):
    kind: Literal["containers"]
    ints: Optional[List[int]] = None
    by_name: Optional[Dict[str, float]] = None
    nested: Optional[_Scalars] = None
    either: Union[int, str, None] = None


_EVENT = Annotated[Union[_Scalars, _Containers], PropertyInfo(discriminator="kind")]

# JSON values of every kind, with the strings and numbers lax validation converts.
_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, 1.0, 2.5, -1.0, 1e20]),
    st.sampled_from(["1", "2.5", "true", "false", "yes", "off", "a", "", " 3 ", "1e3", "nan"]),
    st.text(max_size=5),
)
_VALUE = st.recursive(
    _LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
_FIELDS = ["an_int", "a_float", "a_bool", "a_str", "a_literal", "anything", "ints", "by_name", "nested", "either"]


@settings(max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["scalars", "scalars", "containers", "other"]),
    # Few fields, mostly single JSON values: often valid, often only after a lax conversion.
    st.dictionaries(st.sampled_from(_FIELDS), _LEAF | _LEAF | _VALUE, max_size=2),
)
def test_a_union_read_from_text_is_what_the_long_way_builds(kind: str, fields: Dict[str, Any]) -> None:
    data = {"kind": kind, **fields}
    parse = json_text_parser(_EVENT)
    assert parse is not None
    from_text = parse(json.dumps(data))
    long_way = parse_obj(_EVENT, json.loads(json.dumps(data)), strict=False)
    try:
        from openai._models import _adapter

        _adapter(_EVENT).validate_python(json.loads(json.dumps(data)))
        validates = True
    except Exception:
        validates = False
    assert (from_text is not NOT_PARSED) == validates
    if from_text is not NOT_PARSED:
        assert type(from_text) is type(long_way)
        assert repr(from_text) == repr(long_way)
        assert from_text.__dict__ == long_way.__dict__ or repr(from_text.__dict__) == repr(long_way.__dict__)
        assert from_text.model_fields_set == long_way.model_fields_set
        assert from_text.model_extra == long_way.model_extra
