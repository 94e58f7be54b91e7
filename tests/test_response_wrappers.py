"""Raw and streamed responses, low-level verbs, and how strictly bodies are turned into models."""

from __future__ import annotations

import json
from typing import Any, Callable, List

import httpx
import pytest
import respx

import openai
from openai.types import Model
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from tests.utils import run
from tests.utils.servers import opened

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-not-a-real-key"
MESSAGES = [{"role": "user", "content": "hi"}]
COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hello"}}],
}
MODEL = {"id": "gpt-4o", "object": "model", "created": 1, "owned_by": "openai"}

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


async def collect(iterable: Any) -> List[Any]:
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


def strict_client(api: Any) -> Any:
    """A client of the same kind as `api` with strict validation, sharing its HTTP client."""
    return type(api)(api_key=API_KEY, base_url=BASE_URL, http_client=api._client, _strict_response_validation=True)


def mock_completion(respx_mock: respx.MockRouter, **response: Any) -> respx.Route:
    response.setdefault("json", COMPLETION)
    response.setdefault("headers", {"x-request-id": "req_1"})
    return respx_mock.post("/chat/completions").respond(200, **response)


def mock_model(respx_mock: respx.MockRouter, **response: Any) -> respx.Route:
    return respx_mock.get("/models/gpt-4o").respond(200, **response)


def create(resource: Any, **params: Any) -> Any:
    return resource.create(model="gpt-4o", messages=MESSAGES, **params)


RAW_VIEWS: List[Callable[[Any], Any]] = [
    lambda api: api.with_raw_response.chat.completions,
    lambda api: api.chat.completions.with_raw_response,
]
STREAMING_VIEWS: List[Callable[[Any], Any]] = [
    lambda api: api.with_streaming_response.chat.completions,
    lambda api: api.chat.completions.with_streaming_response,
]


# ---- with_raw_response -------------------------------------------------------------------------


@pytest.mark.parametrize("view", RAW_VIEWS, ids=["client-level", "resource-level"])
async def test_raw_response_metadata(api: Any, respx_mock: respx.MockRouter, view: Any) -> None:
    mock_completion(respx_mock, headers={"x-request-id": "req_1", "x-extra": "yes"})
    raw = await run(create(view(api)))
    assert raw.status_code == 200
    assert raw.headers["x-extra"] == "yes"
    assert raw.request_id == "req_1"
    assert raw.retries_taken == 0
    assert raw.http_request.method == "POST"
    assert raw.http_request.url == BASE_URL + "/chat/completions"
    assert isinstance(raw.http_response, httpx.Response)


@pytest.mark.parametrize("view", RAW_VIEWS, ids=["client-level", "resource-level"])
async def test_raw_response_body(api: Any, respx_mock: respx.MockRouter, view: Any) -> None:
    mock_completion(respx_mock)
    raw = await run(create(view(api)))
    assert raw.json() == COMPLETION
    assert json.loads(raw.text) == COMPLETION
    assert json.loads(raw.content) == COMPLETION


@pytest.mark.parametrize("view", RAW_VIEWS, ids=["client-level", "resource-level"])
async def test_raw_response_parse(api: Any, respx_mock: respx.MockRouter, view: Any) -> None:
    mock_completion(respx_mock)
    raw = await run(create(view(api)))
    completion = raw.parse()
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "hello"
    assert completion._request_id == "req_1"
    assert raw.parse() is completion


async def test_raw_response_counts_retries(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    respx_mock.post("/chat/completions").mock(side_effect=[httpx.Response(500), httpx.Response(200, json=COMPLETION)])
    raw = await run(create(api.with_raw_response.chat.completions))
    assert raw.retries_taken == 1
    assert raw.http_request.headers["x-stainless-retry-count"] == "1"


async def test_raw_response_still_raises_on_error_status(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/chat/completions").respond(404, json={"error": {"message": "no"}})
    with pytest.raises(openai.NotFoundError):
        await run(create(api.with_raw_response.chat.completions))


async def test_raw_response_of_a_paginated_list(api: Any, respx_mock: respx.MockRouter) -> None:
    first = {"object": "list", "data": [{**COMPLETION, "id": "c1"}], "has_more": True}
    second = {"object": "list", "data": [{**COMPLETION, "id": "c2"}], "has_more": False}
    route = respx_mock.get("/chat/completions").mock(
        side_effect=[httpx.Response(200, json=first), httpx.Response(200, json=second)]
    )
    raw = await run(api.with_raw_response.chat.completions.list(limit=1))
    assert raw.status_code == 200
    page = raw.parse()
    assert [c.id for c in page.data] == ["c1"]
    assert [c.id for c in await collect(page)] == ["c1", "c2"]
    assert route.calls.last.request.url.params["after"] == "c1"
    assert route.calls.last.request.url.params["limit"] == "1"


# ---- with_streaming_response -----------------------------------------------------------------------


@pytest.mark.parametrize("view", STREAMING_VIEWS, ids=["client-level", "resource-level"])
async def test_streaming_response_parse(api: Any, respx_mock: respx.MockRouter, view: Any) -> None:
    mock_completion(respx_mock)
    async with opened(create(view(api))) as response:
        assert response.status_code == 200
        assert response.request_id == "req_1"
        completion = await run(response.parse())
    assert isinstance(completion, ChatCompletion)
    assert completion._request_id == "req_1"
    assert response.http_response.is_closed


async def test_streaming_response_is_not_read_until_asked(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_completion(respx_mock)
    async with opened(create(api.with_streaming_response.chat.completions)) as response:
        with pytest.raises(httpx.ResponseNotRead):
            response.http_response.content  # noqa: B018
        assert json.loads(await run(response.read())) == COMPLETION


@pytest.mark.parametrize(("method", "expected"), [("text", '{"a": 1}'), ("json", {"a": 1}), ("read", b'{"a": 1}')])
async def test_streaming_response_readers(api: Any, respx_mock: respx.MockRouter, method: str, expected: Any) -> None:
    mock_model(respx_mock, content=b'{"a": 1}')
    async with opened(api.with_streaming_response.models.retrieve("gpt-4o")) as response:
        assert await run(getattr(response, method)()) == expected
    assert response.http_response.is_closed


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("iter_bytes", b"line one\nline two\n"),
        ("iter_text", "line one\nline two\n"),
        ("iter_lines", ["line one", "line two"]),
    ],
)
async def test_streaming_response_iterators(api: Any, respx_mock: respx.MockRouter, method: str, expected: Any) -> None:
    mock_model(respx_mock, content=b"line one\nline two\n")
    async with opened(api.with_streaming_response.models.retrieve("gpt-4o")) as response:
        chunks = await collect(getattr(response, method)())
    joined = chunks if method == "iter_lines" else type(expected)().join(chunks)
    assert joined == expected
    assert response.http_response.is_closed


async def test_streaming_response_closed_when_the_body_raises(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_completion(respx_mock)
    with pytest.raises(RuntimeError, match="inside"):
        async with opened(create(api.with_streaming_response.chat.completions)) as response:
            assert not response.http_response.is_closed
            raise RuntimeError("inside")
    assert response.http_response.is_closed


async def test_streaming_response_raises_on_error_status(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.post("/chat/completions").respond(400, json={"error": {"message": "bad"}})
    with pytest.raises(openai.BadRequestError) as info:
        async with opened(create(api.with_streaming_response.chat.completions)):
            pass
    assert info.value.response.is_closed


async def test_streaming_response_of_a_sse_stream(api: Any, respx_mock: respx.MockRouter) -> None:
    chunk = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o",
        "choices": [{"index": 0, "delta": {"content": "hel"}, "finish_reason": None}],
    }
    sse = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n".encode()
    mock_completion(respx_mock, json=None, content=sse, headers={"content-type": "text/event-stream"})
    async with opened(create(api.with_streaming_response.chat.completions, stream=True)) as response:
        stream = await run(response.parse())
        chunks = await collect(stream)
    assert [type(c) for c in chunks] == [ChatCompletionChunk]
    assert chunks[0].choices[0].delta.content == "hel"
    assert response.http_response.is_closed


# ---- low-level verbs -----------------------------------------------------------------------------


async def test_get_with_a_model_cast(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_model(respx_mock, json=MODEL, headers={"x-request-id": "req_9"})
    model = await run(api.get("/models/gpt-4o", cast_to=Model))
    assert isinstance(model, Model)
    assert model.owned_by == "openai"
    assert model._request_id == "req_9"


async def test_post_sends_the_body(api: Any, respx_mock: respx.MockRouter) -> None:
    route = mock_completion(respx_mock)
    completion = await run(api.post("/chat/completions", cast_to=ChatCompletion, body={"model": "gpt-4o"}))
    assert completion.id == "chatcmpl-1"
    assert json.loads(route.calls.last.request.content) == {"model": "gpt-4o"}


@pytest.mark.parametrize("verb", ["put", "patch", "delete"])
async def test_other_verbs_with_httpx_response_cast(api: Any, respx_mock: respx.MockRouter, verb: str) -> None:
    route = respx_mock.route(method=verb.upper(), path="/things/1").respond(200, json={"ok": True})
    response = await run(getattr(api, verb)("/things/1", cast_to=httpx.Response, body={"n": 1}))
    assert isinstance(response, httpx.Response)
    assert response.json() == {"ok": True}
    assert json.loads(route.calls.last.request.content) == {"n": 1}


async def test_cast_to_str(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/things/1").respond(200, text="plain words")
    assert await run(api.get("/things/1", cast_to=str)) == "plain words"


async def test_low_level_options(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = respx_mock.get("/things").mock(side_effect=[httpx.Response(500), httpx.Response(200, json={})])
    options = {"headers": {"X-Low": "1"}, "params": {"a": "b"}, "timeout": 3.0, "max_retries": 1}
    await run(api.get("/things", cast_to=object, options=options))
    request = route.calls.last.request
    assert route.call_count == 2
    assert request.headers["X-Low"] == "1"
    assert request.url.params["a"] == "b"
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    assert request.headers["x-stainless-read-timeout"] == "3.0"


async def test_low_level_max_retries_zero(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = respx_mock.get("/things").respond(503)
    with pytest.raises(openai.InternalServerError):
        await run(api.get("/things", cast_to=object, options={"max_retries": 0}))
    assert route.call_count == 1


# ---- strict and tolerant parsing -------------------------------------------------------------------

BAD_COMPLETION = {**COMPLETION, "created": "yesterday", "choices": [{"index": "first"}]}


async def test_tolerant_client_builds_a_mismatched_body(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_completion(respx_mock, json=BAD_COMPLETION)
    completion = await run(create(api.chat.completions))
    assert isinstance(completion, ChatCompletion)
    assert completion.created == "yesterday"
    assert completion.choices[0].index == "first"


async def test_strict_client_rejects_a_mismatched_body(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_completion(respx_mock, json=BAD_COMPLETION)
    with pytest.raises(openai.APIResponseValidationError) as info:
        await run(create(strict_client(api).chat.completions))
    assert info.value.status_code == 200
    assert info.value.response.status_code == 200


async def test_strict_client_accepts_a_matching_body(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_completion(respx_mock)
    assert (await run(create(strict_client(api).chat.completions))).id == "chatcmpl-1"


async def test_non_json_body_for_a_model_raises_a_validation_error(api: Any, respx_mock: respx.MockRouter) -> None:
    # 1.102.0 returns the text in place of the model (COMPAT.md#malformed-body-error).
    mock_model(respx_mock, text="not json at all")
    with pytest.raises(openai.APIResponseValidationError, match="not json at all"):
        await run(api.models.retrieve("gpt-4o"))


async def test_non_json_body_for_a_model_raises_when_strict(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_model(respx_mock, text="not json at all")
    with pytest.raises(openai.APIResponseValidationError):
        await run(strict_client(api).models.retrieve("gpt-4o"))


async def test_json_body_without_json_content_type_is_parsed(api: Any, respx_mock: respx.MockRouter) -> None:
    mock_model(respx_mock, content=json.dumps(MODEL).encode(), headers={"content-type": "text/plain"})
    model = await run(api.models.retrieve("gpt-4o"))
    assert isinstance(model, Model)
    assert model.id == "gpt-4o"
