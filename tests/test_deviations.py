"""Where this package deliberately differs from the official 1.102.0 (each entry of COMPAT.md that
has no test of its own elsewhere): the behaviour we keep, pinned."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest
import respx

import openai
from openai.types.responses import Response
from tests.utils import API_KEY, BASE_URL, run

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "o"}

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


# The `api` fixture (conftest) gives the sync and the async client, here without retries.
API_OPTIONS = {"max_retries": 0}


# ---- stream-closed-on-error ---------------------------------------------------------------------


async def test_an_error_event_closes_the_stream(api: Any, respx_mock: respx.MockRouter) -> None:
    body = b'data: {"error": {"message": "overloaded"}}\n\n'
    respx_mock.post("/chat/completions").respond(200, content=body, headers={"content-type": "text/event-stream"})
    stream = await run(api.chat.completions.create(model="m", messages=[], stream=True))
    with pytest.raises(openai.APIError, match="overloaded"):
        if hasattr(stream, "__aiter__"):
            [c async for c in stream]
        else:
            list(stream)
    assert stream.response.is_closed  # the official package leaves the connection checked out


# ---- headers-case-insensitive -------------------------------------------------------------------


async def test_a_header_in_another_case_replaces_the_default(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("/models/m").respond(200, json=MODEL)
    await run(api.models.retrieve("m", extra_headers={"user-agent": "mine/1.0"}))
    raw = route.calls.last.request.headers.raw
    # One User-Agent, ours replaced (the official sends both, as two headers).
    assert [value for name, value in raw if name.lower() == b"user-agent"] == [b"mine/1.0"]


# ---- copy-keeps-strict-validation ---------------------------------------------------------------


async def test_copy_keeps_strict_response_validation(api: Any, respx_mock: respx.MockRouter) -> None:
    strict = type(api)(api_key=API_KEY, base_url=BASE_URL, _strict_response_validation=True)
    respx_mock.get("/models/m").respond(200, json={"id": 1})
    with pytest.raises(openai.APIResponseValidationError):
        await run(strict.with_options(timeout=5).models.retrieve("m"))


# ---- empty-base-url-env -------------------------------------------------------------------------


def test_an_empty_base_url_variable_means_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "")
    assert str(openai.OpenAI(api_key=API_KEY).base_url) == "https://api.openai.com/v1/"


# ---- lowlevel-lenient ---------------------------------------------------------------------------


async def test_low_level_cast_to_dict(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/things").respond(200, json={"a": 1})
    assert await run(api.get("/things", cast_to=dict)) == {"a": 1}


async def test_low_level_path_query_is_kept_with_params(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("/things").respond(200, json={})
    await run(api.get("/things?tenant=t1", cast_to=object, options={"params": {"limit": 2}}))
    assert dict(route.calls.last.request.url.params) == {"tenant": "t1", "limit": "2"}


async def test_low_level_body_may_hold_a_model(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/things").respond(200, json={})
    message = openai.types.chat.ChatCompletionMessage(role="assistant", content="hi")
    await run(api.post("/things", cast_to=object, body={"message": message}))
    assert json.loads(route.calls.last.request.content) == {"message": {"role": "assistant", "content": "hi"}}


# ---- discriminated-unions -----------------------------------------------------------------------


def test_validation_errors_name_the_tagged_member() -> None:
    data = {"id": "r", "object": "response", "created_at": 1, "model": "m", "output": [{"type": "future_item"}]}
    data.update(parallel_tool_calls=True, tool_choice="auto", tools=[])
    with pytest.raises(Exception) as info:
        Response.model_validate(data)
    # A few errors about the unknown tag, not one per member of the union (the official: 106).
    assert "future_item" in str(info.value)
    assert info.value.error_count() < 10  # type: ignore[attr-defined]


# ---- async-methods-are-coroutine-functions ------------------------------------------------------


def test_async_methods_are_coroutine_functions() -> None:
    client = openai.AsyncOpenAI(api_key=API_KEY)
    assert inspect.iscoroutinefunction(client.chat.completions.create)
    assert inspect.iscoroutinefunction(client.responses.create)


# ---- async-argument-errors-at-await -------------------------------------------------------------


async def test_async_argument_errors_surface_when_awaited(respx_mock: respx.MockRouter) -> None:
    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=BASE_URL)
    call = client.chat.completions.create(model="m", messages=[], temprature=0.5)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword argument 'temprature'"):
        await call
    assert not respx_mock.calls
