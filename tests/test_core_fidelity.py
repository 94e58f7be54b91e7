"""Core behaviours that follow the official 1.102.0 exactly (each found by `scripts/compat`):
error attributes as sent, `extra_body` with `Omit()`, redirects left unfollowed, the retry-timeout
hook test suites patch, and the names `openai._base_client` exports."""

from __future__ import annotations

import json
from typing import Any, List

import httpx
import pytest
import respx

import openai
import openai._base_client as base_client
from tests.utils import API_KEY, BASE_URL, run

COMPLETION = {"id": "c1", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
MESSAGES = [{"role": "user", "content": "hi"}]

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL)]


# The `api` fixture (conftest) gives the sync and the async client, here without retries.
API_OPTIONS = {"max_retries": 0}


async def test_error_attributes_are_kept_as_sent(api: Any, respx_mock: respx.MockRouter) -> None:
    error = {"message": "nope", "type": "server_error", "param": None, "code": 42}
    respx_mock.get("/models/m").respond(500, json={"error": error})
    with pytest.raises(openai.InternalServerError) as info:
        await run(api.models.retrieve("m"))
    # An integer code stays an integer (it is not turned into "42").
    assert (info.value.code, info.value.param, info.value.type) == (42, None, "server_error")


async def test_omit_in_extra_body_removes_a_key(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/chat/completions").respond(200, json=COMPLETION)
    await run(
        api.chat.completions.create(
            model="m", messages=MESSAGES, temperature=0.5, extra_body={"temperature": openai.Omit(), "seed": 1}
        )
    )
    assert json.loads(route.calls.last.request.content) == {"messages": MESSAGES, "model": "m", "seed": 1}


async def test_unfollowed_redirect_is_an_error(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/old").respond(307, headers={"location": f"{BASE_URL}/new"})
    new = respx_mock.get("/new", name="new").respond(200, json={})
    with pytest.raises(openai.APIStatusError) as info:
        await run(api.get("/old", cast_to=object, options={"follow_redirects": False}))
    assert info.value.status_code == 307
    assert not new.called
    respx_mock.routes.pop("new")


async def test_followed_redirect_reaches_its_target(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/old").respond(307, headers={"location": f"{BASE_URL}/new"})
    respx_mock.get("/new").respond(200, json={"ok": True})
    assert await run(api.get("/old", cast_to=object)) == {"ok": True}


async def test_retry_timeout_hook_can_be_patched(
    api: Any, respx_mock: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: List[Any] = []

    def no_wait(self: Any, remaining_retries: int, options: Any, response_headers: Any = None) -> float:
        seen.append((remaining_retries, response_headers.get("x-n") if response_headers else None))
        return 0

    monkeypatch.setattr(base_client.BaseClient, "_calculate_retry_timeout", no_wait)
    respx_mock.get("/models/m").mock(
        side_effect=[
            httpx.Response(500, headers={"x-n": "1"}),
            httpx.Response(500, headers={"x-n": "2"}),
            httpx.Response(200, json={"id": "m", "object": "model", "created": 1, "owned_by": "o"}),
        ]
    )
    model = await run(api.with_options(max_retries=2).models.retrieve("m"))
    assert model.id == "m"
    assert seen == [(2, "1"), (1, "2")]


async def test_strict_validation_names_the_media_type(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("/models/m").respond(200, text="hello", headers={"content-type": "text/plain; charset=utf-8"})
    strict = type(api)(api_key=API_KEY, base_url=BASE_URL, _strict_response_validation=True)
    with pytest.raises(openai.APIResponseValidationError, match="but received `text/plain` instead"):
        await run(strict.models.retrieve("m"))


def test_max_retries_none_says_how_to_get_the_default() -> None:
    with pytest.raises(TypeError, match="pass `openai.DEFAULT_MAX_RETRIES`"):
        openai.OpenAI(api_key=API_KEY, max_retries=None)  # type: ignore[arg-type]


def test_base_client_exports_the_official_names() -> None:
    from openai.pagination import AsyncPaginator, BasePage, PageInfo

    assert base_client.SyncHttpxClientWrapper is base_client._SyncHttpxClient
    assert base_client.AsyncHttpxClientWrapper is base_client._AsyncHttpxClient
    assert base_client.HTTPX_DEFAULT_TIMEOUT == httpx.Timeout(5.0)
    assert (base_client.BasePage, base_client.PageInfo, base_client.AsyncPaginator) == (
        BasePage,
        PageInfo,
        AsyncPaginator,
    )
    assert base_client.DEFAULT_MAX_RETRIES == 2
    with pytest.raises(AttributeError):
        base_client.NoSuchName  # noqa: B018


def test_client_context_manager_returns_the_client() -> None:
    with openai.OpenAI(api_key=API_KEY) as client:
        assert isinstance(client, openai.OpenAI)
