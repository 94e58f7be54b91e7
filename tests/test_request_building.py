"""What goes on the wire: headers, query string, JSON body, timeouts, and argument checks."""

from __future__ import annotations

import json
import platform
from typing import Any, Dict

import httpx
import pydantic
import pytest
import respx

import openai
from openai import NOT_GIVEN, Omit
from tests.utils import run

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-not-a-real-key"
MESSAGES = [{"role": "user", "content": "hi"}]
# These tests look at the request; any completion-shaped answer will do.
COMPLETION = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o", "choices": []}

pytestmark = [pytest.mark.anyio, pytest.mark.respx(base_url=BASE_URL, assert_all_called=False)]


def make_client(api: Any, **options: Any) -> Any:
    """A client of the same kind as `api`, sharing its (fixture-closed) HTTP client."""
    return type(api)(api_key=API_KEY, base_url=BASE_URL, http_client=api._client, **options)


async def send_create(api: Any, respx_mock: respx.MockRouter, **params: Any) -> httpx.Request:
    """Calls chat.completions.create and returns the request it sent."""
    route = respx_mock.post("/chat/completions").respond(json=COMPLETION)
    await run(api.chat.completions.create(model="gpt-4o", messages=MESSAGES, **params))
    assert route.call_count == 1
    return route.calls.last.request


async def send_list(api: Any, respx_mock: respx.MockRouter, **params: Any) -> httpx.Request:
    """Calls chat.completions.list (a GET) and returns the request it sent."""
    route = respx_mock.get("/chat/completions").respond(json={"object": "list", "data": [], "has_more": False})
    await run(api.chat.completions.list(**params))
    return route.calls.last.request


def body_of(request: httpx.Request) -> Dict[str, Any]:
    return json.loads(request.content)


# ---- headers ---------------------------------------------------------------------------------


async def test_authorization_header_carries_the_key(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


async def test_organization_and_project_headers_absent_when_unset(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    assert "OpenAI-Organization" not in request.headers
    assert "OpenAI-Project" not in request.headers


async def test_organization_and_project_headers_sent_when_set(api: Any, respx_mock: respx.MockRouter) -> None:
    configured = make_client(api, organization="org-1", project="proj-1")
    request = await send_create(configured, respx_mock)
    assert request.headers["OpenAI-Organization"] == "org-1"
    assert request.headers["OpenAI-Project"] == "proj-1"


async def test_user_agent_names_the_client_class_and_version(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    expected = "OpenAI/Python 1.102.0" if isinstance(api, openai.OpenAI) else "AsyncOpenAI/Python 1.102.0"
    assert request.headers["User-Agent"] == expected


async def test_stainless_platform_headers(api: Any, respx_mock: respx.MockRouter) -> None:
    headers = (await send_create(api, respx_mock)).headers
    assert headers["X-Stainless-Lang"] == "python"
    assert headers["X-Stainless-Package-Version"] == "1.102.0"
    assert headers["X-Stainless-OS"] in {"Linux", "MacOS", "Windows", "FreeBSD", "OpenBSD", "Android", "iOS"}
    assert headers["X-Stainless-Arch"] in {"x64", "x32", "arm64", "arm"}
    assert headers["X-Stainless-Runtime"] == platform.python_implementation()
    assert headers["X-Stainless-Runtime-Version"] == platform.python_version()


async def test_stainless_async_header(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    expected = "false" if isinstance(api, openai.OpenAI) else "async:asyncio"
    assert request.headers["X-Stainless-Async"] == expected


async def test_first_attempt_has_retry_count_zero(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    assert request.headers["x-stainless-retry-count"] == "0"


async def test_read_timeout_header_defaults_to_600(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    # The official client's default read timeout is the int 600, so the header has no ".0".
    assert request.headers["x-stainless-read-timeout"] == "600"


@pytest.mark.parametrize(
    ("timeout", "header"), [(12.5, "12.5"), (httpx.Timeout(30.0, read=7.0), "7.0")], ids=["float", "Timeout"]
)
async def test_read_timeout_header_follows_per_request_timeout(
    api: Any, respx_mock: respx.MockRouter, timeout: Any, header: str
) -> None:
    request = await send_create(api, respx_mock, timeout=timeout)
    assert request.headers["x-stainless-read-timeout"] == header


async def test_read_timeout_header_absent_without_a_timeout(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, timeout=None)
    assert "x-stainless-read-timeout" not in request.headers


async def test_extra_headers_are_added_to_the_defaults(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, extra_headers={"X-Custom": "1", "User-Agent": "mine"})
    assert request.headers["X-Custom"] == "1"
    assert request.headers["User-Agent"] == "mine"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize("name", ["X-Stainless-Lang", "x-stainless-retry-count", "x-stainless-read-timeout"])
async def test_omit_removes_a_default_header(api: Any, respx_mock: respx.MockRouter, name: str) -> None:
    request = await send_create(api, respx_mock, extra_headers={name: Omit()})
    assert name not in request.headers


async def test_default_headers_from_the_constructor(api: Any, respx_mock: respx.MockRouter) -> None:
    configured = make_client(api, default_headers={"X-Team": "blue", "X-Stainless-Lang": "custom"})
    request = await send_create(configured, respx_mock)
    assert request.headers["X-Team"] == "blue"
    assert request.headers["X-Stainless-Lang"] == "custom"


async def test_extra_headers_win_over_default_headers(api: Any, respx_mock: respx.MockRouter) -> None:
    configured = make_client(api, default_headers={"X-Team": "blue"})
    request = await send_create(configured, respx_mock, extra_headers={"X-Team": "red"})
    assert request.headers["X-Team"] == "red"


# ---- query string ----------------------------------------------------------------------------


async def test_extra_query_in_the_url(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, extra_query={"trace": "on"})
    assert request.url.params["trace"] == "on"


async def test_default_query_merged_with_extra_query(api: Any, respx_mock: respx.MockRouter) -> None:
    configured = make_client(api, default_query={"api-version": "2024", "trace": "off"})
    request = await send_create(configured, respx_mock, extra_query={"trace": "on"})
    assert dict(request.url.params) == {"api-version": "2024", "trace": "on"}


async def test_nested_query_params_use_brackets(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_list(api, respx_mock, metadata={"team": "blue"}, limit=5, order="asc")
    assert request.url.params["metadata[team]"] == "blue"
    assert request.url.params["limit"] == "5"
    assert request.url.params["order"] == "asc"


async def test_list_query_params_repeat_with_brackets(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_list(api, respx_mock, extra_query={"include": ["a", "b"]})
    assert request.url.params.get_list("include[]") == ["a", "b"]
    assert b"include%5B%5D=a&include%5B%5D=b" in request.url.query


async def test_get_has_no_body_and_params_only_in_query(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_list(api, respx_mock, limit=2)
    assert request.method == "GET"
    assert request.content == b""


# ---- JSON body -------------------------------------------------------------------------------


async def test_post_sends_params_as_json(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, temperature=0.2)
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert body_of(request) == {"model": "gpt-4o", "messages": MESSAGES, "temperature": 0.2}


async def test_extra_body_is_merged_into_the_json(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, extra_body={"custom_flag": True, "model": "override"})
    assert body_of(request) == {"model": "override", "messages": MESSAGES, "custom_flag": True}


async def test_not_given_is_omitted_but_none_is_sent_as_null(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, temperature=None, top_p=NOT_GIVEN)
    body = body_of(request)
    assert body["temperature"] is None
    assert "top_p" not in body


async def test_generators_and_tuples_become_json_arrays(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/chat/completions").respond(json=COMPLETION)
    messages = (dict(m) for m in MESSAGES)
    await run(api.chat.completions.create(model="gpt-4o", messages=messages, stop=("a", "b")))
    body = body_of(route.calls.last.request)
    assert body["messages"] == MESSAGES
    assert body["stop"] == ["a", "b"]


class UserMessage(pydantic.BaseModel):
    role: str
    content: str
    name: str = "unset"


async def test_pydantic_model_param_is_sent_as_its_dict(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("/chat/completions").respond(json=COMPLETION)
    await run(api.chat.completions.create(model="gpt-4o", messages=[UserMessage(role="user", content="hi")]))
    # Only the fields that were set go out: the default `name` stays home.
    assert body_of(route.calls.last.request)["messages"] == [{"role": "user", "content": "hi"}]


# ---- timeouts --------------------------------------------------------------------------------


async def test_default_timeout_reaches_httpx(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock)
    assert request.extensions["timeout"] == httpx.Timeout(600.0, connect=5.0).as_dict()


async def test_per_request_timeout_reaches_httpx(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(api, respx_mock, timeout=12.5)
    assert request.extensions["timeout"] == httpx.Timeout(12.5).as_dict()


async def test_client_timeout_reaches_httpx(api: Any, respx_mock: respx.MockRouter) -> None:
    request = await send_create(make_client(api, timeout=httpx.Timeout(20.0, connect=2.0)), respx_mock)
    assert request.extensions["timeout"] == httpx.Timeout(20.0, connect=2.0).as_dict()


# ---- argument checks: nothing is sent ----------------------------------------------------------


async def test_unknown_keyword_names_it_and_suggests_the_closest(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.route().respond(json=COMPLETION)
    with pytest.raises(TypeError, match="temprature") as info:
        await run(api.chat.completions.create(model="gpt-4o", messages=MESSAGES, temprature=0.5))
    assert "`temperature`" in str(info.value)
    assert not route.called


async def test_unknown_keyword_without_a_close_match(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.route().respond(json=COMPLETION)
    with pytest.raises(TypeError, match="zzzzqqq"):
        await run(api.chat.completions.create(model="gpt-4o", messages=MESSAGES, zzzzqqq=1))
    assert not route.called


@pytest.mark.parametrize("missing", ["messages", "model"])
async def test_missing_required_keyword_is_named(api: Any, respx_mock: respx.MockRouter, missing: str) -> None:
    route = respx_mock.route().respond(json=COMPLETION)
    params = {"model": "gpt-4o", "messages": MESSAGES}
    del params[missing]
    with pytest.raises(TypeError, match=missing):
        await run(api.chat.completions.create(**params))
    assert not route.called


async def test_empty_path_param_raises_value_error(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.route().respond(json=COMPLETION)
    with pytest.raises(ValueError, match="completion_id"):
        await run(api.chat.completions.retrieve(""))
    assert not route.called
