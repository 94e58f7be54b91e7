"""Response models share one fields set per shape and one empty extras dict (memory: a set of
field names costs more than the values of a small model). Nothing a caller does can see it."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any, Dict, List

import httpx
import pytest

import openai
from openai._models import json_text_parser
from openai.types.chat import ChatCompletion, ChatCompletionChunk


def _completion(index: int) -> Dict[str, Any]:
    return {
        "id": f"chatcmpl-{index}",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": f"Hi {index}"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _client(body: bytes, content_type: str = "application/json") -> openai.OpenAI:
    reply = httpx.Response(200, content=body, headers={"content-type": content_type})
    transport = httpx.MockTransport(lambda request: reply)
    return openai.OpenAI(
        api_key="sk-test", base_url="http://api.test/v1", http_client=httpx.Client(transport=transport)
    )


def _two() -> List[ChatCompletion]:
    return [
        _client(json.dumps(_completion(i)).encode()).chat.completions.create(model="gpt-4o", messages=[])
        for i in range(2)
    ]


def _own(data: Dict[str, Any]) -> ChatCompletion:
    """The same response parsed without sharing (as stream events are)."""
    parse = json_text_parser(ChatCompletion, False)
    assert parse is not None
    return parse(json.dumps(data))  # type: ignore[no-any-return]


def test_models_of_one_shape_share_their_fields_set_and_empty_extras() -> None:
    a, b = _two()
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
    assert a.usage is not None and b.usage is not None
    assert a.usage.__pydantic_fields_set__ is b.usage.__pydantic_fields_set__  # below Optional too
    assert a.choices[0].__pydantic_extra__ is b.choices[0].__pydantic_extra__
    own = _own(_completion(0))
    assert own.__pydantic_fields_set__ is not a.__pydantic_fields_set__


def test_what_a_caller_sees_is_as_without_sharing() -> None:
    a, _ = _two()
    own = _own(_completion(0))
    for shared, alone in ((a, own), (a.choices[0], own.choices[0]), (a.usage, own.usage)):
        assert shared is not None and alone is not None
        assert shared.model_dump(exclude_unset=True) == alone.model_dump(exclude_unset=True)
        assert shared.to_json() == alone.to_json()
        assert repr(shared) == repr(alone) and shared == alone
    assert type(a.model_fields_set) is set and a.model_fields_set == own.model_fields_set
    assert type(a.model_extra) is dict and a.model_extra == {}
    assert repr(a.__pydantic_fields_set__) == repr(set(a.__pydantic_fields_set__))


def test_changing_one_model_leaves_the_others_alone() -> None:
    a, b = _two()
    a.system_fingerprint = "fp"  # a field
    a.brand_new = 1  # type: ignore[attr-defined]  # an extra
    assert "system_fingerprint" in a.model_fields_set and "system_fingerprint" not in b.model_fields_set
    assert a.model_extra == {"brand_new": 1} and b.model_extra == {}
    assert b.to_dict() == _own(_completion(1)).to_dict()

    c, d = _two()
    c.model_fields_set.add("service_tier")
    c.model_extra["x"] = 2  # type: ignore[index]
    assert "service_tier" not in d.model_fields_set and d.model_extra == {}
    assert c.to_dict()["x"] == 2 and "x" not in d.to_dict()


def test_copies_and_pickles_get_their_own() -> None:
    a, b = _two()
    for duplicate in (
        copy.copy(a),
        copy.deepcopy(a),
        a.model_copy(),
        a.model_copy(update={"model": "m2"}),
        pickle.loads(pickle.dumps(a)),
    ):
        assert type(duplicate.__pydantic_fields_set__) is set and type(duplicate.__pydantic_extra__) is dict
        duplicate.__pydantic_fields_set__.add("service_tier")
        duplicate.__pydantic_extra__["y"] = 1  # type: ignore[index]
    assert a.model_fields_set == b.model_fields_set and "service_tier" not in a.model_fields_set
    assert a.model_copy(update={"model": "m2"}).model == "m2"
    assert pickle.loads(pickle.dumps(a)) == a


def test_the_shared_ones_refuse_changes_made_behind_the_models_back() -> None:
    a, b = _two()
    with pytest.raises(TypeError, match="shared"):
        a.__pydantic_fields_set__.add("x")
    with pytest.raises(TypeError, match="shared"):
        a.choices[0].__pydantic_extra__["x"] = 1  # type: ignore[index]
    assert a.model_fields_set == b.model_fields_set


def test_stream_events_keep_their_own() -> None:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": None}],
    }
    body = b"".join(b"data: " + json.dumps(chunk).encode() + b"\n\n" for _ in range(2)) + b"data: [DONE]\n\n"
    events: List[ChatCompletionChunk] = list(
        _client(body, "text/event-stream").chat.completions.create(model="m", messages=[], stream=True)
    )
    assert len(events) == 2
    assert type(events[0].__pydantic_fields_set__) is set
    assert events[0].__pydantic_fields_set__ is not events[1].__pydantic_fields_set__
