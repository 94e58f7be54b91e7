"""Private `openai._*` names that integrations import (issue 16).

LiteLLM, logfire, OpenLLMetry, OpenInference, Langfuse, Weave, AgentOps and many wrappers import
these paths from the official package. Each name must import from its official path, be the
very same object as ours where it is a re-export (so `isinstance` agrees across paths), and the
small helpers must give the official package's results (values below were observed on the
official 1.102.0 with the same inputs).
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import importlib
import io
import logging
import subprocess
import sys
from typing import Any, AsyncIterator, Dict, Iterable, Iterator, List, Optional, Union, cast

import httpx
import pydantic
import pytest
import respx
from typing_extensions import Annotated, Required, TypedDict

import openai
from openai import NOT_GIVEN, Omit
from openai._utils import PropertyInfo
from openai.types.chat import ChatCompletion, completion_create_params
from tests.utils import BASE_URL, run

# module path -> names that public code imports from it
KEPT: Dict[str, List[str]] = {
    "openai._legacy_response": ["LegacyAPIResponse", "HttpxBinaryResponseContent"],
    "openai._response": ["APIResponse", "AsyncAPIResponse", "ResponseContextManager", "AsyncResponseContextManager"],
    "openai._models": [
        "BaseModel",
        "GenericModel",
        "FinalRequestOptions",
        "construct_type",
        "construct_type_unchecked",
        "validate_type",
        "is_basemodel",
        "is_basemodel_type",
    ],
    "openai._types": [
        "NOT_GIVEN",
        "NotGiven",
        "NotGivenOr",
        "Omit",
        "Body",
        "Query",
        "Headers",
        "HeadersLike",
        "RequestFiles",
        "RequestOptions",
        "FileTypes",
        "Timeout",
        "Transport",
        "ProxiesTypes",
        "ProxiesDict",
        "NoneType",
        "ModelT",
        "PostParser",
        "ResponseT",
        "IncEx",
        "StrBytesIntFloat",
        "Base64FileInput",
    ],
    "openai._constants": [
        "DEFAULT_TIMEOUT",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_CONNECTION_LIMITS",
        "INITIAL_RETRY_DELAY",
        "MAX_RETRY_DELAY",
        "RAW_RESPONSE_HEADER",
        "OVERRIDE_CAST_TO_HEADER",
    ],
    "openai._exceptions": [
        "OpenAIError",
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "LengthFinishReasonError",
        "ContentFilterFinishReasonError",
        "InvalidWebhookSignatureError",
    ],
    "openai._utils": [
        "is_given",
        "is_mapping",
        "is_mapping_t",
        "is_dict",
        "is_list",
        "is_tuple",
        "is_tuple_t",
        "is_sequence",
        "is_sequence_t",
        "is_iterable",
        "strip_not_given",
        "deepcopy_minimal",
        "flatten",
        "required_args",
        "removeprefix",
        "removesuffix",
        "coerce_integer",
        "coerce_float",
        "coerce_boolean",
        "maybe_coerce_integer",
        "maybe_coerce_float",
        "maybe_coerce_boolean",
        "json_safe",
        "get_required_header",
        "get_async_library",
        "lru_cache",
        "file_from_path",
        "is_azure_client",
        "is_async_azure_client",
        "consume_sync_iterator",
        "consume_async_iterator",
        "PropertyInfo",
        "transform",
        "maybe_transform",
        "async_transform",
        "async_maybe_transform",
        "SensitiveHeadersFilter",
    ],
    "openai._utils._utils": ["is_given", "strip_not_given", "required_args", "is_mapping", "deepcopy_minimal"],
    "openai._utils._transform": ["PropertyInfo", "transform", "maybe_transform", "async_maybe_transform"],
    "openai._utils._logs": ["SensitiveHeadersFilter"],
    "openai._compat": [
        "PYDANTIC_V2",
        "ConfigDict",
        "cached_property",
        "typed_cached_property",
        "parse_obj",
        "model_parse",
        "model_parse_json",
        "model_dump",
        "model_json",
        "model_copy",
        "model_json_schema",
        "get_model_config",
        "get_model_fields",
        "field_is_required",
        "field_get_default",
        "field_outer_type",
    ],
    "openai._qs": ["Querystring", "stringify", "stringify_items", "parse", "ArrayFormat", "NestedFormat"],
    "openai._streaming": ["Stream", "AsyncStream", "SSEDecoder", "ServerSentEvent"],
    "openai._resource": ["SyncAPIResource", "AsyncAPIResource"],
    "openai._base_client": ["BaseClient", "SyncAPIClient", "AsyncAPIClient", "make_request_options"],
    "openai._version": ["__version__", "__title__"],
}


@pytest.mark.parametrize("module", sorted(KEPT))
def test_every_kept_name_imports_from_its_official_path(module: str) -> None:
    mod = importlib.import_module(module)
    missing = [name for name in KEPT[module] if not hasattr(mod, name)]
    assert missing == []


# ---- the same objects, whichever path they come from ----------------------------------------


def test_reexports_are_our_objects() -> None:
    from openai import _files, _legacy_response, _models, _request, _response, _utils
    from openai._compat import cached_property
    from openai._utils import _utils as utils_module

    assert _legacy_response.LegacyAPIResponse is _response.LegacyAPIResponse
    assert _legacy_response.HttpxBinaryResponseContent is _response.HttpxBinaryResponseContent
    assert _legacy_response.HttpxBinaryResponseContent is openai.HttpxBinaryResponseContent
    assert _models.FinalRequestOptions is _request.FinalRequestOptions
    assert _utils.file_from_path is _files.file_from_path is openai.file_from_path
    assert _utils.is_given is utils_module.is_given
    assert cached_property is functools.cached_property


def test_raw_response_is_an_instance_of_the_legacy_path_class(client: openai.OpenAI) -> None:
    # logfire / OpenLLMetry / AgentOps: `isinstance(result, LegacyAPIResponse)` then `.parse()`.
    from openai._legacy_response import LegacyAPIResponse

    completion = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
    }
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/chat/completions").respond(200, json=completion)
        raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[])
    assert isinstance(raw, LegacyAPIResponse)
    assert isinstance(raw.parse(), ChatCompletion)


def test_binary_content_can_be_subclassed_like_litellm_does() -> None:
    # LiteLLM defines this subclass when `litellm` is imported.
    from openai._legacy_response import HttpxBinaryResponseContent

    class WithHiddenParams(HttpxBinaryResponseContent):
        def __init__(self, response: httpx.Response) -> None:
            super().__init__(response)
            self._hidden_params: Dict[str, Any] = {}

    content = WithHiddenParams(httpx.Response(200, content=b"audio", headers={"content-type": "audio/mpeg"}))
    assert content.content == b"audio"
    assert content.response.headers["content-type"] == "audio/mpeg"
    assert content._hidden_params == {}


def test_import_openai_loads_none_of_the_compat_modules_but_reaches_them_as_attributes() -> None:
    code = (
        "import sys, openai\n"
        "kept = ('openai._legacy_response', 'openai._utils', 'openai._compat', 'openai._qs')\n"
        "print(sorted(m for m in kept if m in sys.modules))\n"
        "print(openai._utils.is_given(openai.NOT_GIVEN), openai._legacy_response.LegacyAPIResponse.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "False LegacyAPIResponse"


# ---- openai._utils --------------------------------------------------------------------------


def test_is_given_is_false_only_for_not_given() -> None:
    from openai._utils import is_given

    assert [is_given(NOT_GIVEN), is_given(None), is_given(Omit()), is_given(0)] == [False, True, True, True]


def test_strip_not_given() -> None:
    from openai._utils._utils import strip_not_given

    assert strip_not_given(None) is None
    assert strip_not_given({"a": 1, "b": NOT_GIVEN, "c": None}) == {"a": 1, "c": None}
    assert strip_not_given([1]) == [1]


def test_deepcopy_minimal_copies_dicts_and_lists_only() -> None:
    from openai._utils import deepcopy_minimal

    file = io.BytesIO(b"x")
    original = {"a": [1, {"b": 2}], "c": file}
    copied = deepcopy_minimal(original)
    assert copied == original
    assert copied is not original and copied["a"] is not original["a"] and copied["a"][1] is not original["a"][1]
    assert copied["c"] is file


def test_required_args_messages() -> None:
    from openai._utils import required_args

    @required_args(["a"], ["b", "c"])
    def either(*, a: Any = None, b: Any = None, c: Any = None) -> Any:
        return (a, b, c)

    @required_args(["x"])
    def one(x: Any = None, *, y: Any = None) -> Any:
        return x

    @required_args(["x", "y"])
    def both(*, x: Any = None, y: Any = None) -> Any:
        return x

    variants = "Missing required arguments; Expected either ('a') or ('b' and 'c') arguments to be given"
    with pytest.raises(TypeError) as e1:
        either()
    assert str(e1.value) == variants
    with pytest.raises(TypeError) as e2:
        either(b=1)
    assert str(e2.value) == variants
    with pytest.raises(TypeError) as e3:
        one()
    assert str(e3.value) == "Missing required argument: 'x'"
    with pytest.raises(TypeError) as e4:
        cast(Any, one)(1, 2)
    assert str(e4.value) == "one() takes 1 argument(s) but 2 were given"
    with pytest.raises(TypeError) as e5:
        both(x=1)
    assert str(e5.value) == "Missing required argument: 'y'"
    assert either(b=1, c=2) == (None, 1, 2)
    assert one(5) == 5  # given positionally counts
    assert either.__name__ == "either"


class _Inner(TypedDict, total=False):
    when: Annotated[datetime.datetime, PropertyInfo(format="iso8601")]
    day: Annotated[datetime.date, PropertyInfo(format="custom", format_template="%d/%m/%Y")]


class _Params(TypedDict, total=False):
    card_id: Required[Annotated[str, PropertyInfo(alias="cardID")]]
    items: Iterable[_Inner]
    nums: Iterable[int]
    meta: Dict[str, _Inner]
    opt: Optional[_Inner]
    other: str


class _Model(pydantic.BaseModel):
    a: int
    b: Optional[int] = None


class _Base64(TypedDict):
    f: Annotated[object, PropertyInfo(format="base64")]


def test_transform_follows_the_typeddict() -> None:
    from openai._utils import maybe_transform, transform

    data = {
        "card_id": "x",
        "items": (item for item in [{"when": datetime.datetime(2024, 1, 2, 3, 4, 5)}]),
        "nums": (1, 2),
        "meta": {"k": {"day": datetime.date(2024, 5, 6)}},
        "opt": {"when": datetime.datetime(2020, 1, 1)},
        "other": NOT_GIVEN,
        "extra": _Model(a=1),
        "none": None,
    }
    assert transform(data, _Params) == {
        "cardID": "x",
        "items": [{"when": "2024-01-02T03:04:05"}],
        "nums": [1, 2],
        "meta": {"k": {"day": "06/05/2024"}},
        "opt": {"when": "2020-01-01T00:00:00"},
        "extra": _Model(a=1),  # a key without a type hint passes untouched
        "none": None,
    }
    assert maybe_transform(None, _Params) is None
    assert transform(_Model(a=1), _Model) == {"a": 1}
    assert transform({"items": [_Model(a=2, b=None)]}, Dict[str, List[_Model]]) == {"items": [{"a": 2, "b": None}]}
    assert transform({"f": io.BytesIO(b"hello")}, _Base64) == {"f": "aGVsbG8="}


def test_transform_of_real_params_drops_not_given_only() -> None:
    from openai._utils import maybe_transform

    params = {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "temperature": NOT_GIVEN,
        "stream": False,
        "user": None,
    }
    assert maybe_transform(params, completion_create_params.CompletionCreateParamsNonStreaming) == {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "hi"}],
        "stream": False,
        "user": None,
    }


def test_async_maybe_transform() -> None:
    from openai._utils import async_maybe_transform

    assert asyncio.run(async_maybe_transform({"card_id": "y", "x": NOT_GIVEN}, _Params)) == {"cardID": "y"}
    assert asyncio.run(async_maybe_transform(None, _Params)) is None


def test_small_helpers() -> None:
    from openai import _utils

    assert _utils.json_safe({"a": (1, datetime.date(2020, 1, 2)), "b": {"c": "s"}, "d": b"x"}) == {
        "a": [1, "2020-01-02"],
        "b": {"c": "s"},
        "d": b"x",
    }
    assert [_utils.coerce_boolean(v) for v in ("true", "1", "on", "True", "yes")] == [True, True, True, False, False]
    assert (_utils.coerce_integer("12"), _utils.coerce_float("1.5")) == (12, 1.5)
    assert (_utils.maybe_coerce_integer(None), _utils.maybe_coerce_boolean("on")) == (None, True)
    assert [_utils.removeprefix("abc", "a"), _utils.removeprefix("abc", "x"), _utils.removeprefix("abc", "")] == [
        "bc",
        "abc",
        "abc",
    ]
    # Upstream's backport returns "" for an empty suffix; ours behaves like str.removesuffix.
    assert [_utils.removesuffix("abc", "c"), _utils.removesuffix("abc", "x"), _utils.removesuffix("abc", "")] == [
        "ab",
        "abc",
        "abc",
    ]
    assert _utils.flatten([[1, 2], [], [3]]) == [1, 2, 3]
    assert _utils.is_mapping({}) and not _utils.is_mapping([])
    assert _utils.is_list([]) and not _utils.is_list(())
    assert _utils.is_iterable(()) and not _utils.is_iterable(1)
    assert _utils.is_azure_client(openai.AzureOpenAI(api_key="k", api_version="v", azure_endpoint="https://x"))
    assert not _utils.is_azure_client(openai.OpenAI(api_key="k"))


def test_get_required_header() -> None:
    from openai._utils import get_required_header

    assert get_required_header({"X-Foo": "1"}, "x-foo") == "1"
    assert get_required_header({"x-foo-bar": "2"}, "X-Foo-Bar") == "2"
    assert get_required_header(httpx.Headers({"webhook-id": "z"}), "Webhook-Id") == "z"
    with pytest.raises(ValueError, match="Could not find b header"):
        get_required_header({"a": "1"}, "b")


def test_get_async_library() -> None:
    from openai._utils import get_async_library

    async def inside() -> str:
        return get_async_library()

    assert get_async_library() == "false"
    assert asyncio.run(inside()) == "asyncio"


def test_consume_iterators() -> None:
    from openai._utils import consume_async_iterator, consume_sync_iterator

    seen: List[int] = []

    def numbers() -> Iterator[int]:
        for i in range(3):
            seen.append(i)
            yield i

    async def async_numbers() -> AsyncIterator[int]:
        for i in range(2):
            seen.append(i)
            yield i

    consume_sync_iterator(numbers())
    asyncio.run(consume_async_iterator(async_numbers()))
    assert seen == [0, 1, 2, 0, 1]


def test_sensitive_headers_filter_redacts_a_copy() -> None:
    from openai._utils import SensitiveHeadersFilter

    headers = {"Authorization": "Bearer s", "api-key": "k", "X": "y"}
    record = logging.LogRecord("openai", logging.DEBUG, "f", 1, "Request options: %s", ({"headers": headers},), None)
    assert SensitiveHeadersFilter().filter(record) is True
    assert record.args == {"headers": {"Authorization": "<redacted>", "api-key": "<redacted>", "X": "y"}}
    assert headers == {"Authorization": "Bearer s", "api-key": "k", "X": "y"}


# ---- openai._compat -------------------------------------------------------------------------


class _Compat(pydantic.BaseModel):
    a: int = 1
    b: Optional[str] = None


def test_compat_helpers() -> None:
    from openai import _compat

    model = _Compat(a=2)
    assert _compat.PYDANTIC_V2 is True
    assert _compat.model_dump(model) == {"a": 2, "b": None}
    assert _compat.model_dump(model, exclude_unset=True) == {"a": 2}
    assert _compat.model_dump(model, mode="json", exclude={"b"}) == {"a": 2}
    assert _compat.model_parse(_Compat, {"a": 3}) == _Compat(a=3)
    assert _compat.parse_obj(_Compat, {"a": 4}) == _Compat(a=4)
    assert _compat.model_parse_json(_Compat, '{"a": 5}') == _Compat(a=5)
    copied = _compat.model_copy(model)
    assert copied == model and copied is not model
    assert _compat.model_json(model) == '{"a":2,"b":null}'
    assert _compat.model_json(model, indent=2) == '{\n  "a": 2,\n  "b": null\n}'
    fields = _compat.get_model_fields(_Compat)
    assert _compat.field_get_default(fields["a"]) == 1
    assert _compat.field_is_required(fields["a"]) is False
    assert _compat.field_outer_type(fields["b"]) == Optional[str]

    class Required_(pydantic.BaseModel):
        x: int

    assert _compat.field_get_default(_compat.get_model_fields(Required_)["x"]) is None
    assert _compat.get_model_config(_Compat) is _Compat.model_config


# ---- openai._qs -----------------------------------------------------------------------------


def test_querystring() -> None:
    from openai._qs import Querystring, stringify

    assert (
        stringify({"a": [1, 2], "b": {"c": True, "d": None}, "e": None, "f": False, "g": "", "h": 1.5})
        == "a=1&a=2&b%5Bc%5D=true&f=false&h=1.5"
    )
    assert (
        Querystring(array_format="brackets").stringify({"a": [1, 2], "o": {"x": [3]}})
        == "a%5B%5D=1&a%5B%5D=2&o%5Bx%5D%5B%5D=3"
    )
    qs = Querystring()
    assert qs.stringify({"a": [1, None, 2], "o": {"x": {"y": 1}}}, array_format="comma", nested_format="dots") == (
        "a=1%2C2&o.x.y=1"
    )
    assert qs.stringify_items({"a": ["x", "y"]}) == [("a", "x"), ("a", "y")]
    assert dict(qs.parse("a=1&a=2&b=3")) == {"a": ["1", "2"], "b": ["3"]}
    with pytest.raises(NotImplementedError, match="indices format is not supported"):
        qs.stringify({"a": [1]}, array_format="indices")


# ---- openai._models / _constants ------------------------------------------------------------


def test_construct_type_unchecked_builds_without_validating() -> None:
    from openai._models import construct_type_unchecked

    data = {"id": "x", "choices": [], "created": 1, "model": "m", "object": "chat.completion", "extra": 5}
    completion = construct_type_unchecked(value=data, type_=ChatCompletion)
    assert isinstance(completion, ChatCompletion)
    assert (completion.id, completion.usage, completion.extra) == ("x", None, 5)  # type: ignore[attr-defined]
    loose = construct_type_unchecked(value={"id": 3}, type_=ChatCompletion)  # wrong type kept, never raises
    assert loose.id == 3


def test_is_basemodel() -> None:
    from openai._models import is_basemodel

    assert is_basemodel(ChatCompletion)
    assert not is_basemodel(int)
    assert not is_basemodel(Union[int, str])
    # Upstream's docstring promises unions of models count; its check never matched them.
    assert is_basemodel(Union[int, ChatCompletion])
    assert is_basemodel(Optional[ChatCompletion])


def test_constants() -> None:
    from openai._constants import OVERRIDE_CAST_TO_HEADER, RAW_RESPONSE_HEADER

    assert RAW_RESPONSE_HEADER == "X-Stainless-Raw-Response"
    assert OVERRIDE_CAST_TO_HEADER == "____stainless_override_cast_to"


@pytest.mark.anyio
async def test_raw_response_header_from_constants_is_honoured(api: Any) -> None:
    # Older integrations ask for a raw response with `extra_headers={RAW_RESPONSE_HEADER: "true"}`;
    # the official client answers with a `LegacyAPIResponse` whose `.parse()` gives the object.
    from openai._constants import RAW_RESPONSE_HEADER
    from openai._legacy_response import LegacyAPIResponse

    completion = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post("/chat/completions").respond(200, json=completion)
        raw = await run(
            api.chat.completions.create(model="m", messages=[], extra_headers={RAW_RESPONSE_HEADER: "true"})
        )
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.parse().id == "c"
