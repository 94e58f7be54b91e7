"""What `responses.*` and `responses.input_items.list` send (verb, path, query, JSON body) and return,
on the sync and the async client; bad arguments fail before anything is sent."""

from __future__ import annotations

from typing import Any, Callable, Dict

import httpx
import pytest
import respx

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.responses import (
    Response,
    ResponseFunctionToolCallItem,
    ResponseInputMessageItem,
    ResponseOutputMessage,
)
from tests.utils.requests import assert_fails_before_sending, send
from tests.utils.responses import ALL_CREATE_PARAMS, INCLUDE, function_call, message, response_json, text_part

from .utils import run

pytestmark = pytest.mark.anyio

PAGE = {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}


def case(name: str, call: Callable[[Any], Any], line: str, body: object = None, returns: Any = Response) -> Any:
    return pytest.param(call, line, body, returns, id=name)


CASES = [
    case(
        "create",
        lambda c: c.responses.create(model="gpt-4o-mini", input="Say hello"),
        "POST /v1/responses",
        {"model": "gpt-4o-mini", "input": "Say hello"},
    ),
    case(
        "create-all-params", lambda c: c.responses.create(**ALL_CREATE_PARAMS), "POST /v1/responses", ALL_CREATE_PARAMS
    ),
    case(
        "create-stream-false",
        lambda c: c.responses.create(model="gpt-4o-mini", input="hi", stream=False),
        "POST /v1/responses",
        {"model": "gpt-4o-mini", "input": "hi", "stream": False},
    ),
    case("retrieve", lambda c: c.responses.retrieve("resp_1"), "GET /v1/responses/resp_1"),
    case(
        "retrieve-include",
        lambda c: c.responses.retrieve("resp_1", include=INCLUDE, include_obfuscation=False),
        "GET /v1/responses/resp_1?include[]=file_search_call.results&include[]=message.output_text.logprobs"
        "&include_obfuscation=false",
    ),
    case("delete", lambda c: c.responses.delete("resp_1"), "DELETE /v1/responses/resp_1", returns=None),
    case("cancel", lambda c: c.responses.cancel("resp_1"), "POST /v1/responses/resp_1/cancel"),
    case(
        "input_items.list",
        lambda c: c.responses.input_items.list("resp_1"),
        "GET /v1/responses/resp_1/input_items",
        returns=(SyncCursorPage, AsyncCursorPage),
    ),
    case(
        "input_items.list-all-params",
        lambda c: c.responses.input_items.list("resp_1", after="msg_0", include=INCLUDE[:1], limit=2, order="asc"),
        "GET /v1/responses/resp_1/input_items?after=msg_0&include[]=file_search_call.results&limit=2&order=asc",
        returns=(SyncCursorPage, AsyncCursorPage),
    ),
]


@pytest.mark.parametrize("call, line, body, returns", CASES)
async def test_request_and_result(
    api: Any, respx_mock: respx.MockRouter, call: Any, line: str, body: object, returns: Any
) -> None:
    reply = PAGE if "input_items" in line else response_json(message(text_part("Hello")))
    sent, result = await send(api, respx_mock, call, reply)
    assert sent == (line, body)
    if returns is None:
        assert result is None
    else:
        assert isinstance(result, returns)


async def test_delete_accepts_any_content_type_and_an_empty_body(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.delete("http://api.test/v1/responses/resp_1").respond(200, content=b"")
    assert await run(api.responses.delete("resp_1")) is None
    assert route.calls.last.request.headers["accept"] == "*/*"


async def test_raw_delete_exposes_the_http_response(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.delete("http://api.test/v1/responses/resp_1").respond(200, headers={"x-request-id": "req_9"})
    raw = await run(api.responses.with_raw_response.delete("resp_1"))
    assert (raw.status_code, raw.request_id) == (200, "req_9")
    assert raw.parse() is None


# ---------------------------------------------------------------------------- input items


def input_message(id: str, text: str) -> Dict[str, Any]:
    content = [{"type": "input_text", "text": text}]
    return {"type": "message", "id": id, "role": "user", "status": "completed", "content": content}


async def test_input_items_are_typed_and_paginated_by_the_last_id(api: Any, respx_mock: respx.MockRouter) -> None:
    first = [input_message("msg_1", "Weather in Paris?"), {**function_call(), "id": "fc_1", "status": "completed"}]
    second = [message(text_part("Sunny."), id="msg_2")]
    route = respx_mock.get("http://api.test/v1/responses/resp_1/input_items")
    route.side_effect = [
        httpx.Response(200, json={**PAGE, "data": first, "first_id": "msg_1", "last_id": "fc_1", "has_more": True}),
        httpx.Response(200, json={**PAGE, "data": second, "first_id": "msg_2", "last_id": "msg_2"}),
    ]
    paginator = api.responses.input_items.list("resp_1", limit=2)
    if isinstance(api, openai.AsyncOpenAI):
        items = [item async for item in paginator]
    else:
        items = list(paginator)
    assert [type(item) for item in items] == [
        ResponseInputMessageItem,
        ResponseFunctionToolCallItem,
        ResponseOutputMessage,
    ]
    assert [dict(call.request.url.params) for call in route.calls] == [{"limit": "2"}, {"limit": "2", "after": "fc_1"}]


# ---------------------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    "call, error, match",
    [
        pytest.param(lambda c: c.responses.create(modle="m"), TypeError, "'modle'; did you mean `model`", id="typo"),
        # `verbosity` came to `create` after 1.102.0 (the anchor has it on `parse` only).
        pytest.param(
            lambda c: c.responses.create(verbosity="low"),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'verbosity'",
            id="not-in-1.102",
        ),
        pytest.param(lambda c: c.responses.retrieve(""), ValueError, "`response_id`", id="retrieve-empty-id"),
        pytest.param(
            lambda c: c.responses.retrieve("r", after=3),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'after'",
            id="retrieve-unknown",
        ),
        pytest.param(lambda c: c.responses.delete(""), ValueError, "`response_id`", id="delete-empty-id"),
        pytest.param(lambda c: c.responses.cancel(""), ValueError, "`response_id`", id="cancel-empty-id"),
        pytest.param(lambda c: c.responses.input_items.list(""), ValueError, "`response_id`", id="list-empty-id"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, call, error, match)
