"""`beta.assistants.*` over respx, sync and async: what each method sends (verb, path, query, JSON
body, the `OpenAI-Beta: assistants=v2` header) and returns, pagination, argument checks. The
assistant methods are not deprecated: the suite turns warnings into errors, so none may warn."""

from __future__ import annotations

from typing import Any, Callable, Dict

import httpx
import pytest
import respx

from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import Assistant, AssistantDeleted
from openai.types.beta.code_interpreter_tool import CodeInterpreterTool
from openai.types.beta.function_tool import FunctionTool
from tests.utils.assistants import BETA, page_json
from tests.utils.requests import assert_fails_before_sending, collect, exchange, on_the_wire

from .utils import run

pytestmark = pytest.mark.anyio

PAGES = (SyncCursorPage, AsyncCursorPage)
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather of a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": True,
    },
}


def assistant_json(id: str = "asst_1", **fields: Any) -> Dict[str, Any]:
    base = {
        "id": id,
        "object": "assistant",
        "created_at": 1741900000,
        "name": "Weather bot",
        "description": None,
        "model": "gpt-4o",
        "instructions": "Answer with the weather.",
        "tools": [{"type": "code_interpreter"}, WEATHER_TOOL],
        "tool_resources": {"code_interpreter": {"file_ids": ["file_1"]}},
        "metadata": {"team": "demo"},
        "temperature": 1.0,
        "top_p": 1.0,
        "response_format": "auto",
    }
    return {**base, **fields}


# Every keyword of the 1.102.0 signature of `beta.assistants.create`, with a plausible value.
ALL_CREATE_PARAMS: Dict[str, Any] = {
    "model": "gpt-4o",
    "description": "Tells the weather",
    "instructions": "Answer with the weather.",
    "metadata": {"team": "demo"},
    "name": "Weather bot",
    "reasoning_effort": "low",
    "response_format": {"type": "json_object"},
    "temperature": 0.2,
    "tool_resources": {
        "code_interpreter": {"file_ids": ["file_1"]},
        "file_search": {"vector_store_ids": ["vs_1"]},
    },
    "tools": [{"type": "code_interpreter"}, {"type": "file_search"}, WEATHER_TOOL],
    "top_p": 0.9,
}
ALL_UPDATE_PARAMS = {**ALL_CREATE_PARAMS, "model": "gpt-4o-mini"}


def case(name: str, call: Callable[[Any], Any], line: str, body: object, reply: Any, returns: Any) -> Any:
    return pytest.param(call, line, body, reply, returns, id=name)


DELETED = {"id": "asst_1", "object": "assistant.deleted", "deleted": True}
CASES = [
    case(
        "create",
        lambda c: c.beta.assistants.create(model="gpt-4o"),
        "POST /v1/assistants",
        {"model": "gpt-4o"},
        assistant_json(),
        Assistant,
    ),
    case(
        "create-all-params",
        lambda c: c.beta.assistants.create(**ALL_CREATE_PARAMS),
        "POST /v1/assistants",
        ALL_CREATE_PARAMS,
        assistant_json(),
        Assistant,
    ),
    case(
        "retrieve",
        lambda c: c.beta.assistants.retrieve("asst_1"),
        "GET /v1/assistants/asst_1",
        None,
        assistant_json(),
        Assistant,
    ),
    case(
        "update-nothing",
        lambda c: c.beta.assistants.update("asst_1"),
        "POST /v1/assistants/asst_1",
        {},
        assistant_json(),
        Assistant,
    ),
    case(
        "update-all-params",
        lambda c: c.beta.assistants.update("asst_1", **ALL_UPDATE_PARAMS),
        "POST /v1/assistants/asst_1",
        ALL_UPDATE_PARAMS,
        assistant_json(),
        Assistant,
    ),
    case("list", lambda c: c.beta.assistants.list(), "GET /v1/assistants", None, page_json(), PAGES),
    case(
        "list-all-params",
        lambda c: c.beta.assistants.list(after="asst_0", before="asst_9", limit=5, order="asc"),
        "GET /v1/assistants?after=asst_0&before=asst_9&limit=5&order=asc",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "delete",
        lambda c: c.beta.assistants.delete("asst_1"),
        "DELETE /v1/assistants/asst_1",
        None,
        DELETED,
        AssistantDeleted,
    ),
]


@pytest.mark.parametrize("call, line, body, reply, returns", CASES)
async def test_request_and_result(
    api: Any, respx_mock: respx.MockRouter, call: Any, line: str, body: object, reply: Any, returns: Any
) -> None:
    request, result = await exchange(api, respx_mock, call, reply)
    assert on_the_wire(request) == (line, body)
    assert request.headers["OpenAI-Beta"] == BETA
    assert isinstance(result, returns)


async def test_assistant_fields_and_tools_are_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    _, assistant = await exchange(api, respx_mock, lambda c: c.beta.assistants.retrieve("asst_1"), assistant_json())
    assert [type(tool) for tool in assistant.tools] == [CodeInterpreterTool, FunctionTool]
    assert assistant.tools[1].function.name == "get_weather"
    assert assistant.tool_resources.code_interpreter.file_ids == ["file_1"]
    assert assistant.response_format == "auto"


async def test_list_follows_pages_with_the_beta_header(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("http://api.test/v1/assistants")
    route.side_effect = [
        httpx.Response(200, json=page_json(assistant_json("asst_1"), assistant_json("asst_2"), has_more=True)),
        httpx.Response(200, json=page_json(assistant_json("asst_3"))),
    ]
    items = await collect(api.beta.assistants.list(limit=2))
    assert [a.id for a in items] == ["asst_1", "asst_2", "asst_3"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "2"},
        {"limit": "2", "after": "asst_2"},
    ]
    assert [call.request.headers["OpenAI-Beta"] for call in route.calls] == [BETA, BETA]


async def test_extra_headers_come_with_the_beta_header(api: Any, respx_mock: respx.MockRouter) -> None:
    request, _ = await exchange(
        api,
        respx_mock,
        lambda c: c.beta.assistants.retrieve("asst_1", extra_headers={"X-Trace": "t1"}),
        assistant_json(),
    )
    assert (request.headers["OpenAI-Beta"], request.headers["X-Trace"]) == (BETA, "t1")


async def test_the_raw_response_keeps_headers_and_parses(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("http://api.test/v1/assistants/asst_1").respond(
        200, json=assistant_json(), headers={"x-request-id": "req_1"}
    )
    raw = await run(api.beta.assistants.with_raw_response.retrieve("asst_1"))
    assert raw.headers["x-request-id"] == "req_1"
    assert raw.parse().id == "asst_1"


@pytest.mark.parametrize(
    "call, error, match",
    [
        pytest.param(
            lambda c: c.beta.assistants.create(),
            TypeError,
            r"missing\ 1\ required\ keyword\-only\ argument:\ 'model'",
            id="create-no-model",
        ),
        pytest.param(
            lambda c: c.beta.assistants.create(model="gpt-4o", tool=[]), TypeError, "did you mean `tools`", id="typo"
        ),
        pytest.param(lambda c: c.beta.assistants.retrieve(""), ValueError, "`assistant_id`", id="retrieve-empty"),
        pytest.param(lambda c: c.beta.assistants.update(""), ValueError, "`assistant_id`", id="update-empty"),
        pytest.param(lambda c: c.beta.assistants.delete(""), ValueError, "`assistant_id`", id="delete-empty"),
        pytest.param(lambda c: c.beta.assistants.list(limt=2), TypeError, "did you mean `limit`", id="list-typo"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str
) -> None:
    await assert_fails_before_sending(api, respx_mock, call, error, match)


async def test_an_id_that_would_change_the_url_is_escaped(api: Any, respx_mock: respx.MockRouter) -> None:
    # COMPAT.md#path-ids-escaped: 1.102.0 puts the id in the path as it is, so `/` adds a segment
    # and `?` starts a query; ours escapes what would change the URL and keeps the rest.
    route = respx_mock.route(host="api.test").respond(200, json=assistant_json("asst/with space?"))
    found = await run(api.beta.assistants.retrieve("asst/with space?"))
    assert found.id == "asst/with space?"
    assert route.calls.last.request.url.raw_path == b"/v1/assistants/asst%2Fwith%20space%3F"
