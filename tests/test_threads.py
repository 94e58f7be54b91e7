"""`beta.threads.*` and `beta.threads.messages.*` over respx, sync and async: what each method sends
(with the `OpenAI-Beta: assistants=v2` header) and returns, the one `DeprecationWarning` each call
emits (as 1.102.0 does), a streamed `create_and_run` parsed into typed `thread.*` events, argument
checks. Also the JSON builders and SSE helpers the run tests share."""

from __future__ import annotations

import json
import warnings
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Tuple

import httpx
import pytest
import respx

import openai
from openai import AsyncStream, Stream
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import Thread, ThreadDeleted
from openai.types.beta import assistant_stream_event as events
from openai.types.beta.threads import FileCitationDeltaAnnotation, Message, MessageDeleted, Run, TextContentBlock

from .test_assistants import BETA, exchange, list_all, page_json
from .test_responses_requests import on_the_wire
from .utils import run

pytestmark = pytest.mark.anyio

DEPRECATED = "The Assistants API is deprecated in favor of the Responses API"
PAGES = (SyncCursorPage, AsyncCursorPage)


# ---- JSON the API sends -------------------------------------------------------------------------


def thread_json(id: str = "thread_1") -> Dict[str, Any]:
    return {"id": id, "object": "thread", "created_at": 1741900000, "metadata": {}, "tool_resources": {}}


def message_json(id: str = "msg_1", *, text: str = "What's the weather in Paris?", **fields: Any) -> Dict[str, Any]:
    base = {
        "id": id,
        "object": "thread.message",
        "created_at": 1741900001,
        "thread_id": "thread_1",
        "status": "completed",
        "role": "user",
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
        "attachments": [],
        "metadata": {},
        "assistant_id": None,
        "run_id": None,
        "completed_at": None,
        "incomplete_at": None,
        "incomplete_details": None,
    }
    return {**base, **fields}


def run_json(
    status: str = "queued", *, id: str = "run_1", thread_id: str = "thread_1", **fields: Any
) -> Dict[str, Any]:
    base = {
        "id": id,
        "object": "thread.run",
        "created_at": 1741900002,
        "assistant_id": "asst_1",
        "thread_id": thread_id,
        "status": status,
        "model": "gpt-4o",
        "instructions": "Answer with the weather.",
        "tools": [{"type": "code_interpreter"}],
        "parallel_tool_calls": True,
        "metadata": {},
        "required_action": None,
        "last_error": None,
        "usage": None,
        "tool_choice": "auto",
        "truncation_strategy": {"type": "auto", "last_messages": None},
        "response_format": "auto",
    }
    return {**base, **fields}


def message_step_json(id: str = "step_1", status: str = "completed") -> Dict[str, Any]:
    return {
        "id": id,
        "object": "thread.run.step",
        "created_at": 1741900003,
        "assistant_id": "asst_1",
        "thread_id": "thread_1",
        "run_id": "run_1",
        "type": "message_creation",
        "status": status,
        "step_details": {"type": "message_creation", "message_creation": {"message_id": "msg_2"}},
        "last_error": None,
        "usage": None,
    }


def text_delta(message_id: str, value: str, *annotations: Dict[str, Any]) -> Dict[str, Any]:
    text: Dict[str, Any] = {"value": value}
    if annotations:
        text["annotations"] = list(annotations)
    content = [{"index": 0, "type": "text", "text": text}]
    return {"id": message_id, "object": "thread.message.delta", "delta": {"content": content}}


# ---- SSE --------------------------------------------------------------------------------------------


def sse(*items: Tuple[str, Any]) -> bytes:
    """A `text/event-stream` body: one event per `(name, data)`, then the `done` marker."""
    body = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in items)
    return (body + "event: done\ndata: [DONE]\n\n").encode()


def stream_reply(route: respx.Route, *items: Tuple[str, Any]) -> None:
    route.respond(200, content=sse(*items), headers={"content-type": "text/event-stream"})


async def collect(stream: Any) -> List[Any]:
    if isinstance(stream, AsyncStream):
        return [event async for event in stream]
    assert isinstance(stream, Stream)
    return list(stream)


# ---- the deprecation ---------------------------------------------------------------------------------


@contextmanager
def deprecated_once() -> Iterator[List[warnings.WarningMessage]]:
    """Expect exactly one warning inside the block: the Assistants API `DeprecationWarning`."""
    with pytest.warns(DeprecationWarning, match=DEPRECATED) as caught:
        yield caught.list
    assert len(caught) == 1, [str(w.message) for w in caught]


async def exchange_deprecated(
    api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], reply: Any
) -> Tuple[httpx.Request, Any]:
    """`exchange` for a deprecated method: the call must warn once."""
    with deprecated_once():
        return await exchange(api, respx_mock, call, reply)


async def assert_deprecated_and_fails_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], error: type, match: str
) -> None:
    route = respx_mock.route(host="api.test")
    with deprecated_once(), pytest.raises(error, match=match):
        await run(call(api))
    assert not route.called


# ---- threads and messages ------------------------------------------------------------------------

THREAD_MESSAGE = {
    "role": "user",
    "content": "What's the weather in Paris?",
    "attachments": [{"file_id": "file_1", "tools": [{"type": "file_search"}]}],
    "metadata": {"source": "web"},
}
TOOL_RESOURCES = {"code_interpreter": {"file_ids": ["file_1"]}, "file_search": {"vector_store_ids": ["vs_1"]}}
ALL_CREATE_AND_RUN_PARAMS: Dict[str, Any] = {
    "assistant_id": "asst_1",
    "instructions": "Answer with the weather.",
    "max_completion_tokens": 500,
    "max_prompt_tokens": 2000,
    "metadata": {"session": "s1"},
    "model": "gpt-4o",
    "parallel_tool_calls": False,
    "response_format": {"type": "text"},
    "temperature": 0.2,
    "thread": {"messages": [THREAD_MESSAGE], "metadata": {"topic": "weather"}, "tool_resources": TOOL_RESOURCES},
    "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
    "tool_resources": {"code_interpreter": {"file_ids": ["file_2"]}},
    "tools": [{"type": "code_interpreter"}, {"type": "file_search"}],
    "top_p": 0.9,
    "truncation_strategy": {"type": "last_messages", "last_messages": 10},
}
MESSAGE_CONTENT_PARTS = [
    {"type": "text", "text": "What is in this picture?"},
    {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
    {"type": "image_file", "image_file": {"file_id": "file_3", "detail": "auto"}},
]


def case(name: str, call: Callable[[Any], Any], line: str, body: object, reply: Any, returns: Any) -> Any:
    """A row of a request table: the call, what it sends (`line`, `body`), the reply, the result type."""
    return pytest.param((call, line, body, reply, returns), id=name)


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
    ),
    case(
        "create_and_run-all-params",
        lambda c: c.beta.threads.create_and_run(**ALL_CREATE_AND_RUN_PARAMS, stream=False),
        "POST /v1/threads/runs",
        {**ALL_CREATE_AND_RUN_PARAMS, "stream": False},
        run_json(),
        Run,
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


async def check_deprecated_call(
    api: Any, respx_mock: respx.MockRouter, call: Any, line: str, body: object, reply: Any, returns: Any
) -> None:
    """The call warns once, sends `line` and `body` with the beta header, and returns a `returns`."""
    request, result = await exchange_deprecated(api, respx_mock, call, reply)
    assert (on_the_wire(request), request.headers["OpenAI-Beta"]) == ((line, body), BETA)
    assert isinstance(result, returns)


@pytest.mark.parametrize("row", CASES)
async def test_request_result_and_deprecation(api: Any, respx_mock: respx.MockRouter, row: Tuple[Any, ...]) -> None:
    await check_deprecated_call(api, respx_mock, *row)


def test_the_warning_points_at_the_callers_line(client: openai.OpenAI, respx_mock: respx.MockRouter) -> None:
    respx_mock.get("http://api.test/v1/threads/thread_1").respond(200, json=thread_json())
    with deprecated_once() as caught:
        client.beta.threads.retrieve("thread_1")
    assert caught[0].filename == __file__


async def test_the_async_warning_points_at_the_awaiting_line(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter
) -> None:
    respx_mock.get("http://api.test/v1/threads/thread_1").respond(200, json=thread_json())
    with deprecated_once() as caught:
        await async_client.beta.threads.retrieve("thread_1")
    assert caught[0].filename == __file__


async def test_deprecated_methods_are_marked_and_keep_their_kind(async_client: openai.AsyncOpenAI) -> None:
    import inspect

    threads = async_client.beta.threads
    assert threads.retrieve.__deprecated__ == DEPRECATED  # type: ignore[attr-defined]
    assert inspect.iscoroutinefunction(threads.retrieve)
    assert not inspect.iscoroutinefunction(threads.messages.list)  # a paginator, not a coroutine
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
    ids = [m.id for m in await list_all(api, paginator)]
    assert ids == ["msg_1", "msg_2", "msg_3"]
    assert [dict(call.request.url.params) for call in route.calls] == [{"limit": "2"}, {"limit": "2", "after": "msg_2"}]
    assert [call.request.headers["OpenAI-Beta"] for call in route.calls] == [BETA, BETA]


# ---- a streamed create_and_run -----------------------------------------------------------------

ANSWER = "It is sunny in Paris"
CITATION = {
    "index": 0,
    "type": "file_citation",
    "text": "【4:0†weather.txt】",
    "start_index": 20,
    "end_index": 34,
    "file_citation": {"file_id": "file_1"},
}
ANSWER_MESSAGE = message_json("msg_2", text=ANSWER, role="assistant", assistant_id="asst_1", run_id="run_1")
CREATE_AND_RUN_EVENTS = [
    ("thread.created", thread_json()),
    ("thread.run.created", run_json("queued")),
    ("thread.run.queued", run_json("queued")),
    ("thread.run.in_progress", run_json("in_progress")),
    ("thread.run.step.created", message_step_json(status="in_progress")),
    ("thread.run.step.in_progress", message_step_json(status="in_progress")),
    ("thread.message.created", {**ANSWER_MESSAGE, "status": "in_progress", "content": []}),
    ("thread.message.in_progress", {**ANSWER_MESSAGE, "status": "in_progress", "content": []}),
    ("thread.message.delta", text_delta("msg_2", "It is sunny")),
    ("thread.message.delta", text_delta("msg_2", " in Paris")),
    ("thread.message.delta", text_delta("msg_2", "【4:0†weather.txt】", CITATION)),
    ("thread.message.completed", ANSWER_MESSAGE),
    ("thread.run.step.completed", message_step_json()),
    (
        "thread.run.completed",
        run_json("completed", usage={"prompt_tokens": 50, "completion_tokens": 9, "total_tokens": 59}),
    ),
]


async def test_create_and_run_streams_typed_events(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post("http://api.test/v1/threads/runs")
    stream_reply(route, *CREATE_AND_RUN_EVENTS)
    with deprecated_once():
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
    "call, error, match",
    [
        pytest.param(lambda c: c.beta.threads.retrieve(""), ValueError, "`thread_id`", id="retrieve-empty"),
        pytest.param(lambda c: c.beta.threads.update(""), ValueError, "`thread_id`", id="update-empty"),
        pytest.param(lambda c: c.beta.threads.delete(""), ValueError, "`thread_id`", id="delete-empty"),
        pytest.param(
            lambda c: c.beta.threads.create(message=[]), TypeError, "did you mean `messages`", id="create-typo"
        ),
        pytest.param(
            lambda c: c.beta.threads.create_and_run(), TypeError, "`assistant_id`", id="create_and_run-no-asst"
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.create("thread_1", content="Hi"),
            TypeError,
            "`role`",
            id="message-no-role",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.retrieve("msg_1", thread_id=""),
            ValueError,
            "`thread_id`",
            id="message-empty-thread",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.delete("", thread_id="thread_1"),
            ValueError,
            "`message_id`",
            id="message-delete-empty",
        ),
        pytest.param(
            lambda c: c.beta.threads.messages.update("msg_1", thread_id="thread_1", meta={}),
            TypeError,
            "did you mean `metadata`",
            id="message-update-typo",
        ),
        pytest.param(lambda c: c.beta.threads.messages.list(""), ValueError, "`thread_id`", id="messages-list-empty"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str
) -> None:
    await assert_deprecated_and_fails_before_sending(api, respx_mock, call, error, match)
