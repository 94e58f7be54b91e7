"""`beta.threads.*` and `beta.threads.messages.*` over respx, sync and async: what each method sends
(with the `OpenAI-Beta: assistants=v2` header) and returns, the one `DeprecationWarning` each call
emits (as 1.102.0 does), a streamed `create_and_run` parsed into typed `thread.*` events, argument
checks. The JSON builders and SSE helpers shared with the run tests live in tests/utils/assistants.py."""

from __future__ import annotations

import json
from typing import Any, Tuple

import httpx
import pytest
import respx

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import Thread, ThreadDeleted
from openai.types.beta import assistant_stream_event as events
from openai.types.beta.threads import FileCitationDeltaAnnotation, Message, MessageDeleted, Run, TextContentBlock
from tests.utils.assistants import (
    ALL_CREATE_AND_RUN_PARAMS,
    ANSWER,
    BETA,
    CREATE_AND_RUN_EVENTS,
    DEPRECATED,
    ONCE,
    THREAD_MESSAGE,
    TOOL_RESOURCES,
    TWICE,
    Warns,
    assert_deprecated_and_fails_before_sending,
    case,
    check_deprecated_call,
    deprecated_once,
    deprecated_times,
    exchange_deprecated,
    message_json,
    page_json,
    run_json,
    stream_reply,
    thread_json,
)
from tests.utils.requests import collect as collect_pages
from tests.utils.servers import collect

from .utils import run

pytestmark = pytest.mark.anyio

PAGES = (SyncCursorPage, AsyncCursorPage)


# ---- JSON the API sends -------------------------------------------------------------------------


# ---- SSE --------------------------------------------------------------------------------------------


# ---- the deprecation ---------------------------------------------------------------------------------


# ---- threads and messages ------------------------------------------------------------------------

MESSAGE_CONTENT_PARTS = [
    {"type": "text", "text": "What is in this picture?"},
    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
    {"type": "image_file", "image_file": {"file_id": "file_3", "detail": "auto"}},
]


CASES = [
    case("create", lambda c: c.beta.threads.create(), "POST /v1/threads", {}, thread_json(), Thread),
    case(
        "create-all-params",
        lambda c: c.beta.threads.create(messages=[THREAD_MESSAGE], metadata={"k": "v"}, tool_resources=TOOL_RESOURCES),
        "POST /v1/threads",
        {"messages": [THREAD_MESSAGE], "metadata": {"k": "v"}, "tool_resources": TOOL_RESOURCES},
        thread_json(),
        Thread,
    ),
    case(
        "retrieve",
        lambda c: c.beta.threads.retrieve("thread_1"),
        "GET /v1/threads/thread_1",
        None,
        thread_json(),
        Thread,
    ),
    case(
        "update",
        lambda c: c.beta.threads.update("thread_1", metadata={"k": "v"}, tool_resources=TOOL_RESOURCES),
        "POST /v1/threads/thread_1",
        {"metadata": {"k": "v"}, "tool_resources": TOOL_RESOURCES},
        thread_json(),
        Thread,
    ),
    case(
        "delete",
        lambda c: c.beta.threads.delete("thread_1"),
        "DELETE /v1/threads/thread_1",
        None,
        {"id": "thread_1", "object": "thread.deleted", "deleted": True},
        ThreadDeleted,
    ),
    case(
        "create_and_run",
        lambda c: c.beta.threads.create_and_run(assistant_id="asst_1"),
        "POST /v1/threads/runs",
        {"assistant_id": "asst_1"},
        run_json(),
        Run,
        TWICE,
    ),
    case(
        "create_and_run-all-params",
        lambda c: c.beta.threads.create_and_run(**ALL_CREATE_AND_RUN_PARAMS, stream=False),
        "POST /v1/threads/runs",
        {**ALL_CREATE_AND_RUN_PARAMS, "stream": False},
        run_json(),
        Run,
        TWICE,
    ),
    case(
        "messages.create",
        lambda c: c.beta.threads.messages.create("thread_1", role="user", content="Hi"),
        "POST /v1/threads/thread_1/messages",
        {"role": "user", "content": "Hi"},
        message_json(),
        Message,
    ),
    case(
        "messages.create-all-params",
        lambda c: c.beta.threads.messages.create(
            "thread_1",
            role="user",
            content=MESSAGE_CONTENT_PARTS,
            attachments=[{"file_id": "file_1", "tools": [{"type": "code_interpreter"}]}],
            metadata={"k": "v"},
        ),
        "POST /v1/threads/thread_1/messages",
        {
            "role": "user",
            "content": MESSAGE_CONTENT_PARTS,
            "attachments": [{"file_id": "file_1", "tools": [{"type": "code_interpreter"}]}],
            "metadata": {"k": "v"},
        },
        message_json(),
        Message,
    ),
    case(
        "messages.retrieve",
        lambda c: c.beta.threads.messages.retrieve("msg_1", thread_id="thread_1"),
        "GET /v1/threads/thread_1/messages/msg_1",
        None,
        message_json(),
        Message,
    ),
    case(
        "messages.update",
        lambda c: c.beta.threads.messages.update("msg_1", thread_id="thread_1", metadata={"k": "v"}),
        "POST /v1/threads/thread_1/messages/msg_1",
        {"metadata": {"k": "v"}},
        message_json(),
        Message,
    ),
    case(
        "messages.list",
        lambda c: c.beta.threads.messages.list("thread_1"),
        "GET /v1/threads/thread_1/messages",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "messages.list-all-params",
        lambda c: c.beta.threads.messages.list(
            "thread_1", after="msg_0", before="msg_9", limit=3, order="desc", run_id="run_1"
        ),
        "GET /v1/threads/thread_1/messages?after=msg_0&before=msg_9&limit=3&order=desc&run_id=run_1",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "messages.delete",
        lambda c: c.beta.threads.messages.delete("msg_1", thread_id="thread_1"),
        "DELETE /v1/threads/thread_1/messages/msg_1",
        None,
        {"id": "msg_1", "object": "thread.message.deleted", "deleted": True},
        MessageDeleted,
    ),
]


@pytest.mark.parametrize("row", CASES)
async def test_request_result_and_deprecation(api: Any, respx_mock: respx.MockRouter, row: Tuple[Any, ...]) -> None:
    await check_deprecated_call(api, respx_mock, *row)


def test_the_warning_points_at_the_callers_line(client: openai.OpenAI, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("http://api.test/v1/threads/thread_1").respond(200, json=thread_json())
    with deprecated_once() as caught:
        client.beta.threads.retrieve("thread_1")
    assert caught[0].filename == __file__


async def test_the_async_warning_comes_when_called_not_when_awaited(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("http://api.test/v1/threads/thread_1").respond(200, json=thread_json())
    with deprecated_once() as caught:
        pending = async_client.beta.threads.retrieve("thread_1")
        assert len(caught) == 1 and caught[0].filename == __file__  # as 1.102.0 warns
        await pending


async def test_deprecated_methods_are_marked_as_1_102_0_marks_them(async_client: openai.AsyncOpenAI) -> None:
    import asyncio
    import inspect
    import sys

    threads = async_client.beta.threads
    assert threads.retrieve.__deprecated__ == DEPRECATED  # type: ignore[attr-defined]
    # The standard marker wraps a coroutine function in a plain one that asyncio still recognises.
    assert asyncio.iscoroutinefunction(threads.retrieve)
    assert inspect.iscoroutinefunction(threads.retrieve) == (sys.version_info >= (3, 12))
    assert not asyncio.iscoroutinefunction(threads.messages.list)  # a paginator, not a coroutine
    assert not hasattr(async_client.beta.assistants.retrieve, "__deprecated__")


async def test_the_raw_response_view_warns_too(api: Any, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("http://api.test/v1/threads/thread_1").respond(
        200, json=thread_json(), headers={"x-request-id": "r1"}
    )
    with deprecated_once():
        raw = await run(api.beta.threads.with_raw_response.retrieve("thread_1"))
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.parse(), Thread)


async def test_message_content_is_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    call = lambda c: c.beta.threads.messages.retrieve("msg_1", thread_id="thread_1")  # noqa: E731
    _, message = await exchange_deprecated(api, respx_mock, call, message_json(text="Sunny"))
    assert isinstance(message.content[0], TextContentBlock)
    assert message.content[0].text.value == "Sunny"


async def test_messages_list_follows_pages(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get("http://api.test/v1/threads/thread_1/messages")
    route.side_effect = [
        httpx.Response(200, json=page_json(message_json("msg_1"), message_json("msg_2"), has_more=True)),
        httpx.Response(200, json=page_json(message_json("msg_3"))),
    ]
    with deprecated_once():
        paginator = api.beta.threads.messages.list("thread_1", limit=2)
    ids = [m.id for m in await collect_pages(paginator)]
    assert ids == ["msg_1", "msg_2", "msg_3"]
    assert [dict(call.request.url.params) for call in route.calls] == [{"limit": "2"}, {"limit": "2", "after": "msg_2"}]
    assert [call.request.headers["OpenAI-Beta"] for call in route.calls] == [BETA, BETA]


# ---- a streamed create_and_run -----------------------------------------------------------------


async def test_create_and_run_streams_typed_events(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("http://api.test/v1/threads/runs")
    stream_reply(route, *CREATE_AND_RUN_EVENTS)
    with deprecated_times(2):
        stream = await run(api.beta.threads.create_and_run(assistant_id="asst_1", stream=True))
    received = await collect(stream)

    assert json.loads(route.calls.last.request.content) == {"assistant_id": "asst_1", "stream": True}
    assert route.calls.last.request.headers["OpenAI-Beta"] == BETA
    assert [e.event for e in received] == [name for name, _ in CREATE_AND_RUN_EVENTS]
    assert [type(e) for e in received[:4]] == [
        events.ThreadCreated,
        events.ThreadRunCreated,
        events.ThreadRunQueued,
        events.ThreadRunInProgress,
    ]
    deltas = [e for e in received if isinstance(e, events.ThreadMessageDelta)]
    assert "".join(d.data.delta.content[0].text.value for d in deltas) == ANSWER + "【4:0†weather.txt】"
    assert isinstance(deltas[-1].data.delta.content[0].text.annotations[0], FileCitationDeltaAnnotation)
    done = received[-1]
    assert isinstance(done, events.ThreadRunCompleted) and isinstance(done.data, Run)
    assert done.data.usage.total_tokens == 59
    assert stream.response.is_closed


@pytest.mark.parametrize(
    "call, error, match, warns",
    [
        pytest.param(lambda c: c.beta.threads.retrieve(""), ValueError, "`thread_id`", ONCE, id="retrieve-empty"),
        pytest.param(lambda c: c.beta.threads.update(""), ValueError, "`thread_id`", ONCE, id="update-empty"),
        pytest.param(lambda c: c.beta.threads.delete(""), ValueError, "`thread_id`", ONCE, id="delete-empty"),
        pytest.param(
            lambda c: c.beta.threads.create(message=[]), TypeError, "did you mean `messages`", ONCE, id="create-typo"
        ),
        pytest.param(
            lambda c: c.beta.threads.create_and_run(),
            TypeError,
            "assistant_id",
            TWICE,  # 1.102.0 checks between its two warnings, so warns once here: ours checks later
            id="create_and_run-no-asst",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.create("thread_1", content="Hi"),
            TypeError,
            "role",
            ONCE,
            id="message-no-role",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.retrieve("msg_1", thread_id=""),
            ValueError,
            "`thread_id`",
            ONCE,
            id="message-empty-thread",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.delete("", thread_id="thread_1"),
            ValueError,
            "`message_id`",
            ONCE,
            id="message-delete-empty",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.update("msg_1", thread_id="thread_1", meta={}),
            TypeError,
            "did you mean `metadata`",
            ONCE,
            id="message-update-typo",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.list(""), ValueError, "`thread_id`", ONCE, id="messages-list-empty"
        ),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str, warns: Warns
) -> None:
    await assert_deprecated_and_fails_before_sending(api, respx_mock, call, error, match, warns)
