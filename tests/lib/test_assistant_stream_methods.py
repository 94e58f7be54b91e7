"""The Assistants stream helper methods: `beta.threads.create_and_run_stream` and
`beta.threads.runs.stream` / `create_and_stream` / `submit_tool_outputs_stream` -- the request each
sends (and when), the keywords each accepts, their deprecation warnings, and a function-calling
round trip (a run that requires action, answered with `submit_tool_outputs_stream`). Sync and async."""

from __future__ import annotations

import json
import warnings
from typing import Any, Callable, Dict, List

import pytest
import respx

import openai
from openai import AssistantEventHandler, AsyncAssistantEventHandler
from tests.utils import BASE_URL
from tests.utils.assistant_events import (
    ASSISTANT,
    RUN,
    THREAD,
    TIME_ARGS,
    WEATHER_ARGS,
    after_tool_outputs,
    callbacks,
    final,
    function_calls_run,
    is_async,
    recorder,
    sse,
    text_run,
)

pytestmark = pytest.mark.anyio

ASSISTANTS_DEPRECATED = "The Assistants API is deprecated in favor of the Responses API"
RUNS_URL = f"/threads/{THREAD}/runs"
SUBMIT_URL = f"{RUNS_URL}/{RUN}/submit_tool_outputs"
OUTPUTS = [{"tool_call_id": "call_w", "output": "sunny"}, {"tool_call_id": "call_t", "output": "14:00"}]
INCLUDE = ["step_details.tool_calls[*].file_search.results[*].content"]


@pytest.fixture
def mock() -> Any:
    with respx.mock(base_url=BASE_URL) as router:
        yield router


def serve(mock: respx.MockRouter, path: str, events: List[Any]) -> respx.Route:
    return mock.post(path).respond(200, headers={"content-type": "text/event-stream"}, content=sse(events))


def quietly(call: Callable[[], Any]) -> Any:
    """`call()` without its (tested elsewhere) deprecation warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return call()


def runs(api: Any) -> Any:
    return api.beta.threads.runs


async def consume(manager: Any) -> Any:
    """Enter the manager, read the stream to its end; return the handler."""
    if isinstance(manager, openai.lib.streaming.AsyncAssistantStreamManager):
        async with manager as stream:
            await stream.until_done()
    else:
        with manager as stream:
            stream.until_done()
    return stream


def sent(route: respx.Route) -> Dict[str, Any]:
    request = route.calls.last.request
    return {
        "body": json.loads(request.content),
        "query": dict(request.url.params.multi_items()),
        "beta": request.headers.get("openai-beta"),
        "helper": request.headers.get("x-stainless-stream-helper"),
        "custom": request.headers.get("x-stainless-custom-event-handler"),
    }


# ----------------------------------------------------------------------------- requests


async def test_create_and_run_stream_sends_a_streamed_create_and_run(api: Any, mock: respx.MockRouter) -> None:
    route = serve(mock, "/threads/runs", text_run())
    thread = {"messages": [{"role": "user", "content": "What does the report say?"}]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # 1.102.0 does not deprecate this one
        manager = api.beta.threads.create_and_run_stream(assistant_id=ASSISTANT, thread=thread, temperature=0.2)
    stream = await consume(manager)
    assert sent(route) == {
        "body": {"assistant_id": ASSISTANT, "thread": thread, "temperature": 0.2, "stream": True},
        "query": {},
        "beta": "assistants=v2",
        "helper": "threads.create_and_run_stream",
        "custom": "false",
    }
    assert (await final(stream, "run")).status == "completed"


async def test_stream_sends_include_as_a_query_parameter(api: Any, mock: respx.MockRouter) -> None:
    route = serve(mock, RUNS_URL, text_run())
    manager = quietly(
        lambda: runs(api).stream(
            thread_id=THREAD,
            assistant_id=ASSISTANT,
            include=INCLUDE,
            reasoning_effort="low",
            event_handler=recorder(api),
        )
    )
    await consume(manager)
    assert sent(route) == {
        "body": {"assistant_id": ASSISTANT, "reasoning_effort": "low", "stream": True},
        "query": {"include[]": INCLUDE[0]},
        "beta": "assistants=v2",
        "helper": "threads.runs.create_and_stream",
        "custom": "true",
    }


async def test_create_and_stream_is_the_old_name_of_stream(api: Any, mock: respx.MockRouter) -> None:
    route = serve(mock, RUNS_URL, text_run())
    manager = quietly(lambda: runs(api).create_and_stream(thread_id=THREAD, assistant_id=ASSISTANT, model="gpt-4o"))
    stream = await consume(manager)
    assert sent(route)["body"] == {"assistant_id": ASSISTANT, "model": "gpt-4o", "stream": True}
    assert sent(route)["helper"] == "threads.runs.create_and_stream"
    assert [m.id for m in await final(stream, "messages")] == ["msg_1"]


async def test_caller_headers_are_added_and_win(api: Any, mock: respx.MockRouter) -> None:
    route = serve(mock, "/threads/runs", text_run())
    headers = {"X-Trace": "abc", "X-Stainless-Stream-Helper": "mine"}
    await consume(api.beta.threads.create_and_run_stream(assistant_id=ASSISTANT, extra_headers=headers))
    request = route.calls.last.request
    assert (request.headers["x-trace"], request.headers["x-stainless-stream-helper"]) == ("abc", "mine")
    assert request.headers["openai-beta"] == "assistants=v2"


async def test_nothing_is_sent_before_the_block_is_entered(api: Any, mock: respx.MockRouter) -> None:
    route = serve(mock, "/threads/runs", text_run())
    manager = api.beta.threads.create_and_run_stream(assistant_id=ASSISTANT)
    assert not route.called
    await consume(manager)
    assert route.call_count == 1


async def test_stream_helpers_are_not_in_the_raw_view(api: Any, mock: respx.MockRouter) -> None:
    # As in the official package, the raw/streaming views offer the endpoint methods only.
    for view in (api.beta.threads.with_raw_response, api.beta.threads.with_streaming_response):
        with pytest.raises(AttributeError, match="create_and_run_stream"):
            _ = view.create_and_run_stream
    with pytest.raises(AttributeError, match="create_and_poll"):
        _ = api.beta.threads.runs.with_raw_response.create_and_poll


# ----------------------------------------------------------------------------- function calling


async def test_tool_outputs_answer_a_run_that_requires_action(api: Any, mock: respx.MockRouter) -> None:
    serve(mock, RUNS_URL, function_calls_run())
    first = await consume(quietly(lambda: runs(api).stream(thread_id=THREAD, assistant_id=ASSISTANT)))
    run = await final(first, "run")
    calls = run.required_action.submit_tool_outputs.tool_calls
    assert [(c.function.name, c.function.arguments) for c in calls] == [
        ("get_weather", "".join(WEATHER_ARGS)),
        ("get_time", "".join(TIME_ARGS)),
    ]

    route = serve(mock, SUBMIT_URL, after_tool_outputs())
    handler = recorder(api)
    manager = quietly(
        lambda: runs(api).submit_tool_outputs_stream(
            thread_id=run.thread_id, run_id=run.id, tool_outputs=OUTPUTS, event_handler=handler
        )
    )
    assert await consume(manager) is handler
    assert sent(route)["body"] == {"tool_outputs": OUTPUTS, "stream": True}
    assert (sent(route)["helper"], sent(route)["custom"]) == ("threads.runs.submit_tool_outputs_stream", "true")
    assert callbacks(handler)[0] == ("step_done", "step_fn", "completed")  # announced in the first stream
    assert ("text_done", "Sunny, and it is 14:00.", []) in callbacks(handler)
    # The tool step only ends in this stream: as in 1.102.0, the final steps are those seen created.
    (message_step,) = await final(handler, "run_steps")
    assert message_step.id == "step_2"
    assert (await final(handler, "run")).status == "completed"


# ----------------------------------------------------------------------------- arguments


def each_helper(api: Any) -> Dict[str, Callable[..., Any]]:
    return {
        "create_and_run_stream": api.beta.threads.create_and_run_stream,
        "stream": lambda **kw: runs(api).stream(thread_id=THREAD, **kw),
        "create_and_stream": lambda **kw: runs(api).create_and_stream(thread_id=THREAD, **kw),
    }


@pytest.mark.parametrize("name", ["create_and_run_stream", "stream", "create_and_stream"])
async def test_bad_keywords_fail_before_sending(api: Any, mock: respx.MockRouter, name: str) -> None:
    helper = each_helper(api)[name]
    # The wording is the core's argument check; the method is named as Python names it.
    owner = "AsyncThreads" if is_async(api) and name == "create_and_run_stream" else "Threads"
    if name != "create_and_run_stream":
        owner = "AsyncRuns" if is_async(api) else "Runs"
    with pytest.raises(TypeError, match=rf"^{owner}\.{name}\(\) .*\btemprature\b.*\btemperature\b"):
        quietly(lambda: helper(assistant_id=ASSISTANT, temprature=1))
    with pytest.raises(TypeError, match=rf"^{owner}\.{name}\(\) .*\bassistant_id\b"):
        quietly(lambda: helper(model="gpt-4o"))
    with pytest.raises(TypeError, match="unexpected keyword argument 'stream'"):
        quietly(lambda: helper(assistant_id=ASSISTANT, stream=True))
    assert not mock.calls


async def test_create_and_stream_never_had_include(api: Any) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'include'"):
        quietly(lambda: runs(api).create_and_stream(thread_id=THREAD, assistant_id=ASSISTANT, include=INCLUDE))


async def test_create_and_stream_takes_reasoning_effort_only_when_sync(api: Any, mock: respx.MockRouter) -> None:
    # As in 1.102.0, where only the sync method has this keyword.
    call = lambda: runs(api).create_and_stream(thread_id=THREAD, assistant_id=ASSISTANT, reasoning_effort="low")  # noqa: E731
    if is_async(api):
        with pytest.raises(TypeError, match="unexpected keyword argument 'reasoning_effort'"):
            quietly(call)
    else:
        route = serve(mock, RUNS_URL, text_run())
        await consume(quietly(call))
        assert sent(route)["body"] == {"assistant_id": ASSISTANT, "reasoning_effort": "low", "stream": True}


async def test_empty_ids_fail_at_the_call(api: Any) -> None:
    with pytest.raises(ValueError, match="`thread_id`"):
        quietly(lambda: runs(api).stream(thread_id="", assistant_id=ASSISTANT))
    with pytest.raises(ValueError, match="`run_id`"):
        quietly(lambda: runs(api).submit_tool_outputs_stream(thread_id=THREAD, run_id="", tool_outputs=OUTPUTS))


async def test_submit_tool_outputs_stream_needs_its_ids_and_outputs(api: Any) -> None:
    with pytest.raises(TypeError, match="tool_outputs"):
        quietly(lambda: runs(api).submit_tool_outputs_stream(thread_id=THREAD, run_id=RUN))
    with pytest.raises(TypeError, match="unexpected keyword argument 'stream'"):
        quietly(
            lambda: runs(api).submit_tool_outputs_stream(
                thread_id=THREAD, run_id=RUN, tool_outputs=OUTPUTS, stream=True
            )
        )


async def test_a_handler_of_the_other_kind_is_refused(api: Any) -> None:
    other = AssistantEventHandler() if is_async(api) else AsyncAssistantEventHandler()
    expected = "AsyncAssistantEventHandler" if is_async(api) else "AssistantEventHandler"
    with pytest.raises(TypeError, match=f"instance of `{expected}`"):
        api.beta.threads.create_and_run_stream(assistant_id=ASSISTANT, event_handler=other)


# ----------------------------------------------------------------------------- deprecation


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("stream", ASSISTANTS_DEPRECATED),
        ("create_and_stream", "use `stream` instead"),
    ],
)
async def test_run_stream_helpers_are_deprecated(api: Any, name: str, message: str) -> None:
    with pytest.warns(DeprecationWarning, match=message) as record:
        getattr(runs(api), name)(thread_id=THREAD, assistant_id=ASSISTANT)
    assert len(record) == 1 and record[0].filename == __file__  # points at the caller


async def test_submit_tool_outputs_stream_is_deprecated(api: Any) -> None:
    with pytest.warns(DeprecationWarning, match=ASSISTANTS_DEPRECATED) as record:
        runs(api).submit_tool_outputs_stream(thread_id=THREAD, run_id=RUN, tool_outputs=OUTPUTS)
    assert len(record) == 1 and record[0].filename == __file__


@pytest.mark.parametrize("name", ["stream", "create_and_stream", "submit_tool_outputs_stream"])
async def test_helpers_are_named_as_the_methods_they_are(api: Any, name: str) -> None:
    owner = "AsyncRuns" if is_async(api) else "Runs"
    method = getattr(runs(api), name)
    assert (method.__name__, method.__qualname__) == (name, f"{owner}.{name}")
    # Python's own error for a missing argument names it so, as it names 1.102.0's methods.
    with pytest.raises(
        TypeError, match=rf"^{owner}\.{name}\(\) missing 1 required keyword-only argument: 'thread_id'$"
    ):
        quietly(lambda: method(run_id=RUN, tool_outputs=OUTPUTS, assistant_id=ASSISTANT))


# The body keys of each helper in 1.102.0's order (each helper has its own), every one given.
RUN_PARAMS: Dict[str, Any] = {
    "assistant_id": ASSISTANT,
    "additional_instructions": "Be brief.",
    "additional_messages": [{"role": "user", "content": "Hi"}],
    "instructions": "You are terse.",
    "max_completion_tokens": 100,
    "max_prompt_tokens": 900,
    "metadata": {"k": "v"},
    "model": "gpt-4o",
    "response_format": "auto",
    "temperature": 0.5,
    "tool_choice": "auto",
    "tools": [{"type": "code_interpreter"}],
    "truncation_strategy": {"type": "auto"},
    "parallel_tool_calls": False,
    "reasoning_effort": "low",
    "top_p": 0.9,
}
RUN_HEAD = [
    "assistant_id",
    "additional_instructions",
    "additional_messages",
    "instructions",
    "max_completion_tokens",
    "max_prompt_tokens",
    "metadata",
    "model",
    "response_format",
    "temperature",
    "tool_choice",
    "stream",
    "tools",
]


def body_keys(route: respx.Route) -> List[str]:
    return list(json.loads(route.calls.last.request.content))


async def test_each_helper_sends_its_body_in_its_own_order(api: Any, mock: respx.MockRouter) -> None:
    given = dict(reversed(list(RUN_PARAMS.items())))  # the caller's order does not matter
    route = serve(mock, RUNS_URL, text_run())
    await consume(quietly(lambda: runs(api).stream(thread_id=THREAD, **given)))
    assert body_keys(route) == [*RUN_HEAD, "parallel_tool_calls", "reasoning_effort", "truncation_strategy", "top_p"]

    if is_async(api):  # 1.102.0's async `create_and_stream` has no `reasoning_effort`
        given.pop("reasoning_effort")
        tail = ["truncation_strategy", "top_p", "parallel_tool_calls"]
    else:
        tail = ["truncation_strategy", "parallel_tool_calls", "reasoning_effort", "top_p"]
    await consume(quietly(lambda: runs(api).create_and_stream(thread_id=THREAD, **given)))
    assert body_keys(route) == [*RUN_HEAD, *tail]

    route = serve(mock, "/threads/runs", text_run())
    thread_params = {k: v for k, v in given.items() if not k.startswith(("additional_", "reasoning"))}
    await consume(api.beta.threads.create_and_run_stream(thread={"messages": []}, tool_resources={}, **thread_params))
    assert body_keys(route) == [
        "assistant_id",
        "instructions",
        "max_completion_tokens",
        "max_prompt_tokens",
        "metadata",
        "model",
        "parallel_tool_calls",
        "response_format",
        "temperature",
        "tool_choice",
        "stream",
        "thread",
        "tools",
        "tool_resources",
        "truncation_strategy",
        "top_p",
    ]


def test_top_level_names_are_the_handlers() -> None:
    assert openai.AssistantEventHandler is openai.lib.streaming.AssistantEventHandler
    assert openai.AsyncAssistantEventHandler is openai.lib.streaming.AsyncAssistantEventHandler
    assert {"AssistantEventHandler", "AsyncAssistantEventHandler"} <= set(openai.__all__)


async def test_the_async_manager_also_takes_an_awaitable(
    async_client: openai.AsyncOpenAI, mock: respx.MockRouter
) -> None:
    # 1.102.0's `AsyncAssistantStreamManager` takes the awaitable sending the request (ours builds it
    # with a function, so that nothing is left unawaited when the block is never entered).
    serve(mock, "/threads/runs", text_run())
    pending = quietly(lambda: async_client.beta.threads.create_and_run(assistant_id=ASSISTANT, stream=True))
    manager = openai.lib.streaming.AsyncAssistantStreamManager(pending, event_handler=AsyncAssistantEventHandler())
    assert not mock.calls
    async with manager as handler:
        assert (await handler.get_final_run()).status == "completed"
