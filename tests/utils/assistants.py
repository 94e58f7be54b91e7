"""Assistants API (beta) helpers shared by the assistants, threads, runs and polling tests: JSON the
API sends, SSE bodies, the one `DeprecationWarning` each threads/runs call emits, request tables."""

from __future__ import annotations

import json
import warnings
from contextlib import contextmanager
from typing import Any, Callable, Dict, Iterator, List, Tuple

import httpx
import pytest
import respx

import openai
from tests.utils.requests import assert_fails_before_sending, exchange, on_the_wire

# ----------------------------------------------------------------------------- assistants


BETA = "assistants=v2"


def page_json(*items: Dict[str, Any], has_more: bool = False) -> Dict[str, Any]:
    ids = [item["id"] for item in items]
    first, last = (ids[0], ids[-1]) if ids else (None, None)
    return {"object": "list", "data": list(items), "first_id": first, "last_id": last, "has_more": has_more}


# ----------------------------------------------------------------------------- threads and messages


DEPRECATED = "The Assistants API is deprecated in favor of the Responses API"


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


def sse(*items: Tuple[str, Any]) -> bytes:
    """A `text/event-stream` body: one event per `(name, data)`, then the `done` marker."""
    body = "".join(f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in items)
    return (body + "event: done\ndata: [DONE]\n\n").encode()


def stream_reply(route: respx.Route, *items: Tuple[str, Any]) -> None:
    route.respond(200, content=sse(*items), headers={"content-type": "text/event-stream"})


@contextmanager
def deprecated_once() -> Iterator[List[warnings.WarningMessage]]:
    """Expect exactly one warning inside the block: the Assistants API `DeprecationWarning`."""
    with deprecated_times(1) as caught:
        yield caught


@contextmanager
def deprecated_times(count: int) -> Iterator[List[warnings.WarningMessage]]:
    """Expect exactly `count` warnings inside the block, each the Assistants API `DeprecationWarning`
    (a helper warns once itself and once more for each deprecated method it calls, as in 1.102.0)."""
    with pytest.warns(DeprecationWarning, match=DEPRECATED) as caught:
        yield caught.list
    messages = [str(w.message) for w in caught]
    assert messages == [DEPRECATED] * count, messages


# How many times a call warns, for the sync and the async client: 1.102.0 marks a few methods
# deprecated twice (sync `runs.submit_tool_outputs` and `threads.create_and_run`, and the async
# `runs.create` too), so each of their calls warns twice.
Warns = Tuple[int, int]
ONCE: Warns = (1, 1)
TWICE: Warns = (2, 2)
TWICE_WHEN_ASYNC: Warns = (1, 2)


def times(api: Any, warns: Warns) -> int:
    return warns[1] if isinstance(api, openai.AsyncOpenAI) else warns[0]


async def exchange_deprecated(
    api: Any, respx_mock: respx.MockRouter, call: Callable[[Any], Any], reply: Any, warns: Warns = ONCE
) -> Tuple[httpx.Request, Any]:
    """`exchange` for a deprecated method: the call must warn (once, or as `warns` says)."""
    with deprecated_times(times(api, warns)):
        return await exchange(api, respx_mock, call, reply)


async def assert_deprecated_and_fails_before_sending(
    api: Any,
    respx_mock: respx.MockRouter,
    call: Callable[[Any], Any],
    error: type,
    match: str,
    warns: Warns = ONCE,
) -> None:
    """`assert_fails_before_sending` for a deprecated method: the call must warn (once, or as
    `warns` says)."""
    with deprecated_times(times(api, warns)):
        await assert_fails_before_sending(api, respx_mock, call, error, match)


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


def case(
    name: str,
    call: Callable[[Any], Any],
    line: str,
    body: object,
    reply: Any,
    returns: Any,
    warns: Warns = ONCE,
) -> Any:
    """A row of a request table: the call, what it sends (`line`, `body`), the reply, the result type,
    and how many times it warns."""
    return pytest.param((call, line, body, reply, returns, warns), id=name)


async def check_deprecated_call(
    api: Any,
    respx_mock: respx.MockRouter,
    call: Any,
    line: str,
    body: object,
    reply: Any,
    returns: Any,
    warns: Warns = ONCE,
) -> None:
    """The call warns as `warns` says, sends `line` and `body` with the beta header, and returns a
    `returns`."""
    request, result = await exchange_deprecated(api, respx_mock, call, reply, warns)
    assert (on_the_wire(request), request.headers["OpenAI-Beta"]) == ((line, body), BETA)
    assert isinstance(result, returns)


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


# ----------------------------------------------------------------------------- runs


INCLUDE = ["step_details.tool_calls[*].file_search.results[*].content"]


# Every keyword of the 1.102.0 signature of `beta.threads.runs.create` but `include` and `stream`.
ALL_CREATE_BODY: Dict[str, Any] = {
    "assistant_id": "asst_1",
    "additional_instructions": "Be brief.",
    "additional_messages": [{"role": "user", "content": "And tomorrow?", "attachments": None, "metadata": None}],
    "instructions": "Answer with the weather.",
    "max_completion_tokens": 500,
    "max_prompt_tokens": 2000,
    "metadata": {"session": "s1"},
    "model": "gpt-4o",
    "parallel_tool_calls": True,
    "reasoning_effort": "low",
    "response_format": {
        "type": "json_schema",
        "json_schema": {"name": "weather", "schema": {"type": "object"}, "strict": True},
    },
    "temperature": 0.2,
    "tool_choice": "required",
    "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}],
    "top_p": 0.9,
    "truncation_strategy": {"type": "auto"},
}


TOOL_OUTPUTS = [{"tool_call_id": "call_1", "output": '{"sky": "sunny"}'}]


WEATHER_CALL = {
    "id": "call_1",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
}


REQUIRES_ACTION = run_json(
    "requires_action",
    required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [WEATHER_CALL]}},
)
