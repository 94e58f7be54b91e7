"""Tolerant response models: drifted data parses loosely, strict clients raise, dumps and copies work."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Iterator, List, Optional, Union

import pytest
import respx
from pydantic import Field
from typing_extensions import Annotated, Literal

import openai
from openai._models import construct_type
from openai.types import ModerationCreateResponse
from openai.types.chat import ChatCompletion, ChatCompletionMessageFunctionToolCall

BASE_URL = "http://api.test/v1"


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL) as router:
        yield router


@pytest.fixture
def strict_client() -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key="sk-test", base_url=BASE_URL, _strict_response_validation=True) as c:
        yield c


def completion_json() -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1700000000,
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "logprobs": None,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}},
                    ],
                },
            }
        ],
    }


def create(client: openai.OpenAI, mock: respx.MockRouter, data: Dict[str, Any]) -> ChatCompletion:
    mock.post("/chat/completions").respond(json=data, headers={"x-request-id": "req_123"})
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])


def first_message(data: Dict[str, Any]) -> Dict[str, Any]:
    return data["choices"][0]["message"]  # type: ignore[no-any-return]


def unknown_enum(data: Dict[str, Any]) -> None:
    data["choices"][0]["finish_reason"] = "brand_new"


def unknown_union_member(data: Dict[str, Any]) -> None:
    first_message(data)["tool_calls"].insert(0, {"id": "call_0", "type": "new_kind", "new_kind": {"x": 1}})


def missing_required(data: Dict[str, Any]) -> None:
    del data["model"]


def wrong_type(data: Dict[str, Any]) -> None:
    data["created"] = "yesterday"


DRIFTS: Dict[str, Callable[[Dict[str, Any]], None]] = {
    "unknown-enum": unknown_enum,
    "unknown-union-member": unknown_union_member,
    "missing-required": missing_required,
    "wrong-type": wrong_type,
}


def drifted(name: str) -> Dict[str, Any]:
    data = completion_json()
    DRIFTS[name](data)
    return data


# ----------------------------------------------------------------------------- tolerant parsing


def test_valid_response_is_fully_typed(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, completion_json())
    assert isinstance(result, ChatCompletion)
    call = result.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert isinstance(call, ChatCompletionMessageFunctionToolCall)
    assert call.function.name == "f"
    assert result._request_id == "req_123"


def test_unknown_enum_value_is_kept(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, drifted("unknown-enum"))
    assert isinstance(result, ChatCompletion)
    assert result.choices[0].finish_reason == "brand_new"
    assert result.choices[0].message.tool_calls[0].function.name == "f"  # type: ignore[index, union-attr]
    assert result.model == "gpt-4o-mini"


def test_unknown_union_member_keeps_its_fields(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, drifted("unknown-union-member"))
    new, known = result.choices[0].message.tool_calls  # type: ignore[misc]
    assert isinstance(new, openai.BaseModel)
    assert new.type == "new_kind"
    assert new.id == "call_0"
    assert new.new_kind == {"x": 1}  # type: ignore[union-attr]
    # The members that still match stay fully typed.
    assert isinstance(known, ChatCompletionMessageFunctionToolCall)
    assert known.function.arguments == "{}"


def test_missing_required_field_reads_as_none(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, drifted("missing-required"))
    assert isinstance(result, ChatCompletion)
    assert result.model is None
    assert "model" not in result.model_fields_set
    assert result.id == "chatcmpl-1"
    assert result.choices[0].message.tool_calls[0].id == "call_1"  # type: ignore[index]


def test_wrong_type_keeps_the_server_value(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, drifted("wrong-type"))
    assert isinstance(result, ChatCompletion)
    assert result.created == "yesterday"
    assert isinstance(result.choices[0].message.tool_calls[0], ChatCompletionMessageFunctionToolCall)  # type: ignore[index]


def test_extra_field_is_an_attribute_and_dumped(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    data = completion_json()
    data["brand_new_field"] = {"nested": [1, 2]}
    first_message(data)["sparkle"] = "✨"
    result = create(client, mock, data)
    assert result.brand_new_field == {"nested": [1, 2]}  # type: ignore[attr-defined]
    assert result.choices[0].message.sparkle == "✨"  # type: ignore[attr-defined]
    dumped = result.to_dict()
    assert dumped["brand_new_field"] == {"nested": [1, 2]}
    assert first_message(dumped)["sparkle"] == "✨"  # type: ignore[arg-type]


@pytest.mark.parametrize("name", list(DRIFTS))
def test_drifted_response_round_trips_through_to_dict(client: openai.OpenAI, mock: respx.MockRouter, name: str) -> None:
    data = drifted(name)
    result = create(client, mock, data)
    # Serializer warnings are expected for values outside the declared types.
    assert result.to_dict(warnings=False) == data


def test_explicit_null_differs_from_missing(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    data = completion_json()
    data["service_tier"] = None
    result = create(client, mock, data)
    assert result.service_tier is None and result.system_fingerprint is None
    assert "service_tier" in result.model_fields_set
    assert "system_fingerprint" not in result.model_fields_set
    assert result.to_dict()["service_tier"] is None
    assert "system_fingerprint" not in result.to_dict()


def test_explicit_null_differs_from_missing_in_loose_construction(
    client: openai.OpenAI, mock: respx.MockRouter
) -> None:
    data = drifted("wrong-type")
    data["service_tier"] = None
    result = create(client, mock, data)
    assert "service_tier" in result.model_fields_set
    assert "system_fingerprint" not in result.model_fields_set
    assert "content" in result.choices[0].message.model_fields_set  # sent as null
    assert "refusal" not in result.choices[0].message.model_fields_set


# ----------------------------------------------------------------------------- strict clients


@pytest.mark.parametrize("name", list(DRIFTS))
def test_strict_client_raises_on_drift(strict_client: openai.OpenAI, mock: respx.MockRouter, name: str) -> None:
    data = drifted(name)
    with pytest.raises(openai.APIResponseValidationError) as info:
        create(strict_client, mock, data)
    assert info.value.body == data
    assert info.value.response.status_code == 200
    assert info.value.request.url == f"{BASE_URL}/chat/completions"


def test_strict_client_accepts_valid_data_and_extra_fields(
    strict_client: openai.OpenAI, mock: respx.MockRouter
) -> None:
    # Extra fields are part of normal API growth: even strict clients keep them, as upstream does.
    data = completion_json()
    data["brand_new_field"] = 1
    result = create(strict_client, mock, data)
    assert isinstance(result, ChatCompletion)
    assert result.brand_new_field == 1  # type: ignore[attr-defined]


def test_strict_client_rejects_non_json_body(strict_client: openai.OpenAI, mock: respx.MockRouter) -> None:
    mock.get("/models/m").respond(text="<html>oops</html>", headers={"content-type": "text/html"})
    with pytest.raises(openai.APIResponseValidationError, match="text/html"):
        strict_client.models.retrieve("m")


# ----------------------------------------------------------------------------- dumping


def test_to_dict_defaults(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, completion_json())
    assert result.to_dict() == completion_json()  # only what the server sent
    full = result.to_dict(exclude_unset=False)
    assert full["service_tier"] is None and full["usage"] is None
    assert "service_tier" not in result.to_dict(exclude_none=True, exclude_unset=False)


def test_to_json_is_indented_and_parses_back(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, completion_json())
    text = result.to_json()
    assert text.startswith('{\n  "')
    assert json.loads(text) == completion_json()
    assert "\n" not in result.to_json(indent=None)


MODERATION = {
    "id": "modr-1",
    "model": "omni-moderation-latest",
    "results": [
        {
            "flagged": True,
            "categories": {
                "harassment": False,
                "harassment/threatening": True,
                "hate": False,
                "hate/threatening": False,
                "self-harm": False,
                "self-harm/instructions": False,
                "self-harm/intent": False,
                "sexual": False,
                "sexual/minors": False,
                "violence": True,
                "violence/graphic": False,
            },
            "category_scores": {"harassment/threatening": 0.9, "violence": 0.8},
            "category_applied_input_types": {"harassment/threatening": ["text"]},
        }
    ],
}


def test_aliased_fields(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    mock.post("/moderations").respond(json=MODERATION)
    result = client.moderations.create(input="hi")
    assert isinstance(result, ModerationCreateResponse)
    categories = result.results[0].categories
    assert categories.harassment_threatening is True
    assert categories.self_harm_instructions is False
    assert result.results[0].category_scores.harassment_threatening == 0.9
    assert "harassment/threatening" in categories.to_dict()
    assert "harassment_threatening" in categories.to_dict(use_api_names=False)
    assert result.to_dict(warnings=False)["results"][0]["categories"] == MODERATION["results"][0]["categories"]  # type: ignore[index]


def test_request_id_is_not_dumped(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, completion_json())
    assert result._request_id == "req_123"
    assert "_request_id" not in result.to_dict() and "req_123" not in result.to_json()


def test_request_id_is_none_without_header(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    mock.get("/models/m").respond(json={"id": "m", "object": "model", "created": 1, "owned_by": "me"})
    assert client.models.retrieve("m")._request_id is None


# ----------------------------------------------------------------------------- copies


@pytest.mark.parametrize("name", ["valid", *DRIFTS])
def test_pickle_and_copy(client: openai.OpenAI, mock: respx.MockRouter, name: str) -> None:
    result = create(client, mock, completion_json() if name == "valid" else drifted(name))
    for clone in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result), copy.copy(result)):
        assert type(clone) is ChatCompletion
        assert clone == result
        assert clone.to_dict(warnings=False) == result.to_dict(warnings=False)
        assert clone.model_fields_set == result.model_fields_set
        assert clone._request_id == "req_123"


def test_deepcopy_is_independent(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    result = create(client, mock, completion_json())
    clone = copy.deepcopy(result)
    clone.choices[0].message.content = "changed"
    assert result.choices[0].message.content is None


# ----------------------------------------------------------------------------- user models and construct_type


class Cat(openai.BaseModel):
    kind: Literal["cat"]
    lives: int = 9


class Dog(openai.BaseModel):
    kind: Literal["dog"]
    good: bool


Pet = Annotated[Union[Cat, Dog], Field(discriminator="kind")]


class Owner(openai.BaseModel):
    name: str
    pets: Optional[List[Pet]] = None
    by_name: Dict[str, Cat] = {}
    nickname: Optional[str] = Field(default=None, alias="nick-name")


def test_user_model_construct_is_loose() -> None:
    owner = Owner.construct(name=3, pets=[{"kind": "dog", "good": True}], extra="kept")
    assert owner.name == 3
    assert isinstance(owner.pets[0], Dog)  # type: ignore[index]
    assert owner.extra == "kept"  # type: ignore[attr-defined]
    assert owner.model_fields_set == {"name", "pets"}


def test_user_model_alias() -> None:
    owner = Owner.model_validate({"name": "Ann", "nick-name": "A"})
    assert owner.nickname == "A"
    assert owner.to_dict() == {"name": "Ann", "nick-name": "A"}
    # Only the API's name fills the field, as in the official package (no populate-by-name): the
    # field name is kept as an extra.
    by_name = Owner(name="B", nickname="b")
    assert by_name.nickname is None and by_name.model_extra == {"nickname": "b"}


def test_construct_type_optional_list_of_discriminated_union() -> None:
    value = [{"kind": "cat"}, {"kind": "dog", "good": "very"}, {"kind": "parrot", "words": 3}, None]
    cat, dog, parrot, nothing = construct_type(value=value, type_=Optional[List[Optional[Pet]]])
    assert isinstance(cat, Cat) and cat.lives == 9
    assert isinstance(dog, Dog) and dog.good == "very"  # the tag picks the member; the value is kept
    assert isinstance(parrot, openai.BaseModel) and parrot.kind == "parrot" and parrot.words == 3  # type: ignore[union-attr]
    assert nothing is None
    assert construct_type(value=None, type_=Optional[List[Pet]]) is None


def test_construct_type_dict_and_nested_models() -> None:
    value = {"name": "Ann", "by_name": {"tom": {"kind": "cat", "lives": "many"}}, "pets": [{"kind": "cat"}]}
    owner = construct_type(value=value, type_=Owner)
    assert isinstance(owner, Owner)
    assert isinstance(owner.by_name["tom"], Cat) and owner.by_name["tom"].lives == "many"
    assert isinstance(owner.pets[0], Cat)
    mapping = construct_type(value={"a": {"kind": "dog", "good": False}}, type_=Dict[str, Pet])
    assert isinstance(mapping["a"], Dog)


def test_construct_type_plain_unions_and_scalars() -> None:
    assert construct_type(value=["a", 1], type_=List[Union[int, str]]) == ["a", 1]
    assert construct_type(value=2, type_=float) == 2.0 and isinstance(construct_type(value=2, type_=float), float)
    assert construct_type(value="not a number", type_=int) == "not a number"
    assert construct_type(value={"x": 1}, type_=Any) == {"x": 1}
    assert construct_type(value="x", type_=Annotated[str, "meta"]) == "x"
    assert construct_type(value="new", type_=Literal["old"]) == "new"


def test_construct_type_undiscriminated_union_picks_the_valid_member() -> None:
    assert isinstance(construct_type(value={"kind": "dog", "good": True}, type_=Union[Cat, Dog]), Dog)
    assert isinstance(construct_type(value={"kind": "cat"}, type_=Union[Dog, Cat]), Cat)


def test_construct_type_datetime() -> None:
    # No 1.102.0 response model declares a datetime field, but user models may.
    parsed = construct_type(value="2024-01-02T03:04:05Z", type_=datetime)
    assert parsed == datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert construct_type(value=0, type_=datetime) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert construct_type(value="not a date", type_=datetime) == "not a date"


def test_response_into_user_model(client: openai.OpenAI, mock: respx.MockRouter) -> None:
    mock.get("/owners/1").respond(json={"name": "Ann", "pets": [{"kind": "cat", "lives": 3}], "age": 40})
    owner = client.get("/owners/1", cast_to=Owner)
    assert isinstance(owner, Owner)
    assert isinstance(owner.pets[0], Cat) and owner.pets[0].lives == 3  # type: ignore[index]
    assert owner.age == 40  # type: ignore[attr-defined]


def test_aliased_keys_and_extras_look_as_the_official_construction_leaves_them() -> None:
    # Observed on the official 1.102.0 with the same classes: a model reached without a union is
    # constructed (extras not set, the aliased key kept among the extras in the order sent);
    # below `Optional[...]` it is validated (extras set, no aliased key).
    from openai._models import parse_obj

    class Aliased(openai.BaseModel):
        self_harm: bool = Field(alias="self-harm")
        note: Optional[str] = None

    class Holder(openai.BaseModel):
        direct: Aliased
        maybe: Optional[Aliased] = None
        many: List[Aliased]

    data = {
        "direct": {"x": 1, "self-harm": True},
        "maybe": {"x": 2, "self-harm": False},
        "many": [{"self-harm": True, "y": 0}],
        "extra_top": 3,
    }
    holder = parse_obj(Holder, data, strict=False)
    assert holder.maybe is not None
    seen = [(m.model_extra, sorted(m.model_fields_set)) for m in (holder, holder.direct, holder.maybe, holder.many[0])]
    assert seen == [
        ({"extra_top": 3}, ["direct", "many", "maybe"]),
        ({"x": 1, "self-harm": True}, ["self_harm"]),
        ({"x": 2}, ["self_harm", "x"]),
        ({"self-harm": True, "y": 0}, ["self_harm"]),
    ]
    assert list(holder.direct.model_extra or {}) == ["x", "self-harm"]


def test_type_keyed_caches_answer_equal_types_alike() -> None:
    """`_adapter` & co. look a type up by identity first; an equal type built anew (typing objects
    compare by value) still gets the same answer, and a type's id is never mistaken for another's."""
    from openai._models import _adapter, _annotated_parts, _is_union_type

    class A(openai.BaseModel):
        type: Literal["a"]

    class B(openai.BaseModel):
        type: Literal["b"]

    tagged = Annotated[Union[A, B], openai._models.PropertyInfo(discriminator="type")]  # type: ignore[attr-defined]
    assert _adapter(tagged) is _adapter(tagged)
    import typing

    rebuilt = typing._AnnotatedAlias(Union[A, B], tagged.__metadata__)  # type: ignore[attr-defined]  # not typing's cached one
    assert rebuilt == tagged
    assert rebuilt is not tagged and _adapter(rebuilt) is _adapter(tagged)
    assert _annotated_parts(tagged) == (Union[A, B], (A, B), "type")
    assert _is_union_type(tagged) and not _is_union_type(A)
    for _ in range(3):  # fresh types, freed and their ids reused, are looked up as themselves
        fresh = type("Fresh", (openai.BaseModel,), {"__annotations__": {"x": int}})
        assert _adapter(fresh).validate_python({"x": 1}).x == 1
        assert not _is_union_type(fresh)
    event = construct_type(value={"type": "b"}, type_=tagged)
    assert isinstance(event, B)
