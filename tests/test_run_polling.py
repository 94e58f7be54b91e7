"""The run polling helpers over respx, sync and async: `runs.poll`, `runs.create_and_poll`,
`runs.submit_tool_outputs_and_poll` and `threads.create_and_run_poll`. They stop at the terminal
statuses (and at `requires_action`), wait `poll_interval_ms` when given, else the first response's
`openai-poll-after-ms`, else one second (through the client's `_sleep`) -- the same pause each
time, as 1.102.0 does --, mark each poll request with the poll headers, send the caller's request
options with every request, and can be cancelled. Each helper warns as 1.102.0's does: once for
itself and once for each deprecated method it calls (`create`, `poll`, one `retrieve` per GET)."""

from __future__ import annotations

import time
import warnings
from typing import Any, Dict, List

import anyio
import httpx
import pytest
import respx

import openai
from tests.utils.assistants import DEPRECATED, INCLUDE, REQUIRES_ACTION, TOOL_OUTPUTS, deprecated_times, run_json
from tests.utils.requests import on_the_wire

from .utils import run

pytestmark = pytest.mark.anyio

RUN_URL = "http://api.test/v1/threads/thread_1/runs/run_1"
POLL_HELPER = "X-Stainless-Poll-Helper"
CUSTOM_INTERVAL = "X-Stainless-Custom-Poll-Interval"


def statuses(route: respx.Route, *names: str, poll_after_ms: Any = None) -> None:
    """The run's status on each successive GET (with the server's poll hint when given)."""
    headers = {"openai-poll-after-ms": str(poll_after_ms)} if poll_after_ms is not None else {}
    route.side_effect = [httpx.Response(200, json=run_json(name), headers=headers) for name in names]


def poll_headers(route: respx.Route) -> List[Dict[str, Any]]:
    return [
        {name: call.request.headers.get(name) for name in (POLL_HELPER, CUSTOM_INTERVAL, "OpenAI-Beta")}
        for call in route.calls
    ]


async def poll(api: Any, gets: int, **kw: Any) -> Any:
    """`runs.poll`, expected to send `gets` requests (each one a deprecated `retrieve`)."""
    with deprecated_times(1 + gets):
        return await run(api.beta.threads.runs.poll("run_1", "thread_1", **kw))


def is_async(api: Any) -> bool:
    return isinstance(api, openai.AsyncOpenAI)


async def test_poll_waits_the_callers_interval_and_says_so(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    route = respx_mock.get(RUN_URL)
    statuses(route, "queued", "in_progress", "completed", poll_after_ms=5000)
    result = await poll(api, 3, poll_interval_ms=250)
    assert result.status == "completed"
    assert sleeps == [0.25, 0.25]  # the caller's choice wins over the server's hint
    assert poll_headers(route) == [{POLL_HELPER: "true", CUSTOM_INTERVAL: "250", "OpenAI-Beta": "assistants=v2"}] * 3


async def test_poll_keeps_the_servers_first_hint(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = respx_mock.get(RUN_URL)
    route.side_effect = [
        httpx.Response(200, json=run_json("queued"), headers={"openai-poll-after-ms": "300"}),
        httpx.Response(200, json=run_json("in_progress"), headers={"openai-poll-after-ms": "1500"}),
        httpx.Response(200, json=run_json("completed")),
    ]
    await poll(api, 3)
    assert sleeps == [0.3, 0.3]  # chosen once, as 1.102.0 chooses it
    assert poll_headers(route)[0] == {POLL_HELPER: "true", CUSTOM_INTERVAL: None, "OpenAI-Beta": "assistants=v2"}


async def test_poll_without_a_first_hint_keeps_one_second(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    route = respx_mock.get(RUN_URL)
    route.side_effect = [
        httpx.Response(200, json=run_json("queued")),
        httpx.Response(200, json=run_json("in_progress"), headers={"openai-poll-after-ms": "100"}),
        httpx.Response(200, json=run_json("completed")),
    ]
    await poll(api, 3)
    assert sleeps == [1.0, 1.0]


async def test_poll_headers_in_order_with_the_callers_between(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.get(RUN_URL)
    statuses(route, "completed")
    await poll(api, 1, extra_headers={"X-Trace": "t1"}, poll_interval_ms=5)
    names = [name.decode() for name, _ in route.calls.last.request.headers.raw]
    ours = [n for n in names if n in ("OpenAI-Beta", POLL_HELPER, "X-Trace", CUSTOM_INTERVAL)]
    assert ours == ["OpenAI-Beta", POLL_HELPER, "X-Trace", CUSTOM_INTERVAL]


@pytest.mark.parametrize("hint", [None, "soon"], ids=["no-header", "malformed-header"])
async def test_poll_waits_one_second_by_default(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], hint: Any
) -> None:
    statuses(respx_mock.get(RUN_URL), "queued", "cancelling", "cancelled", poll_after_ms=hint)
    assert (await poll(api, 3)).status == "cancelled"
    assert sleeps == [1.0, 1.0]


@pytest.mark.parametrize("status", ["completed", "failed", "cancelled", "expired", "incomplete", "requires_action"])
async def test_poll_stops_at_once_at_a_terminal_status(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float], status: str
) -> None:
    route = respx_mock.get(RUN_URL)
    statuses(route, status, "in_progress")
    assert (await poll(api, 1)).status == status
    assert (route.call_count, sleeps) == (1, [])


async def test_poll_returns_the_run_that_needs_action(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    route = respx_mock.get(RUN_URL)
    route.side_effect = [httpx.Response(200, json=run_json("in_progress")), httpx.Response(200, json=REQUIRES_ACTION)]
    result = await poll(api, 2, poll_interval_ms=10)
    assert result.required_action.submit_tool_outputs.tool_calls[0].function.name == "get_weather"
    assert (route.call_count, sleeps) == (2, [0.01])


async def test_poll_takes_request_options_positionally_as_1_102_0_does(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    route = respx_mock.get(RUN_URL)
    statuses(route, "in_progress", "completed")
    with deprecated_times(3):
        # run_id, thread_id, extra_headers, extra_query, extra_body, timeout, poll_interval_ms
        await run(api.beta.threads.runs.poll("run_1", "thread_1", {"X-Trace": "t1"}, {"debug": "1"}, None, 5.0, 20))
    assert [(c.request.headers["X-Trace"], c.request.url.params["debug"]) for c in route.calls] == [("t1", "1")] * 2
    assert route.calls.last.request.headers[CUSTOM_INTERVAL] == "20"
    assert sleeps == [0.02]


async def test_a_failing_poll_request_raises(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    route = respx_mock.get(RUN_URL)
    route.side_effect = [
        httpx.Response(200, json=run_json("in_progress")),
        httpx.Response(404, json={"error": {"message": "No run found", "type": "invalid_request_error"}}),
    ]
    with pytest.raises(openai.NotFoundError, match="No run found"):
        await poll(api, 2, poll_interval_ms=10)
    assert route.call_count == 2


async def test_create_and_poll(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    create = respx_mock.post("http://api.test/v1/threads/thread_1/runs").respond(200, json=run_json("queued"))
    get = respx_mock.get(RUN_URL)
    statuses(get, "in_progress", "completed")
    # itself, `create` (twice for the async one, as in 1.102.0), `poll`, a `retrieve` per GET
    with deprecated_times((5 if is_async(api) else 4) + 1):
        result = await run(
            api.beta.threads.runs.create_and_poll(
                thread_id="thread_1",
                assistant_id="asst_1",
                include=INCLUDE,
                poll_interval_ms=100,
                extra_query={"debug": "1"},
            )
        )
    assert result.status == "completed"
    assert on_the_wire(create.calls.last.request) == (
        "POST /v1/threads/thread_1/runs?include[]=step_details.tool_calls[*].file_search.results[*].content&debug=1",
        {"assistant_id": "asst_1", "stream": False},  # as 1.102.0 sends it
    )
    assert POLL_HELPER not in create.calls.last.request.headers  # only the GETs are polls
    assert [on_the_wire(c.request) for c in get.calls] == [("GET /v1/threads/thread_1/runs/run_1?debug=1", None)] * 2
    assert sleeps == [0.1]


async def test_submit_tool_outputs_and_poll(api: Any, respx_mock: respx.MockRouter, sleeps: List[float]) -> None:
    submit = respx_mock.post(f"{RUN_URL}/submit_tool_outputs").respond(200, json=run_json("queued"))
    get = respx_mock.get(RUN_URL)
    statuses(get, "in_progress", "completed", poll_after_ms=200)
    with deprecated_times(1 + 2 + 1 + 2):  # itself, `submit_tool_outputs` (twice), `poll`, two GETs
        result = await run(
            api.beta.threads.runs.submit_tool_outputs_and_poll(
                run_id="run_1", thread_id="thread_1", tool_outputs=TOOL_OUTPUTS
            )
        )
    assert result.status == "completed"
    assert on_the_wire(submit.calls.last.request) == (
        "POST /v1/threads/thread_1/runs/run_1/submit_tool_outputs",
        {"tool_outputs": TOOL_OUTPUTS, "stream": False},
    )
    assert (get.call_count, sleeps) == (2, [0.2])


async def test_create_and_run_poll_polls_the_new_thread(
    api: Any, respx_mock: respx.MockRouter, sleeps: List[float]
) -> None:
    # The thread is created by the request: its id comes from the run.
    create = respx_mock.post("http://api.test/v1/threads/runs").respond(200, json=run_json(thread_id="thread_new"))
    get = respx_mock.get("http://api.test/v1/threads/thread_new/runs/run_1")
    statuses(get, "in_progress", "requires_action")
    with deprecated_times(2 + 1 + 2):  # `create_and_run` (twice), `poll`, two GETs: not itself
        result = await run(
            api.beta.threads.create_and_run_poll(
                assistant_id="asst_1", thread={"messages": [{"role": "user", "content": "Hi"}]}, poll_interval_ms=50
            )
        )
    assert result.status == "requires_action"
    assert on_the_wire(create.calls.last.request)[1] == {
        "assistant_id": "asst_1",
        "stream": False,
        "thread": {"messages": [{"role": "user", "content": "Hi"}]},
    }
    assert get.calls.last.request.headers[CUSTOM_INTERVAL] == "50"
    assert sleeps == [0.05]


@pytest.mark.parametrize(
    "call, match, warned",
    [
        pytest.param(
            lambda c: c.beta.threads.runs.create_and_poll(thread_id="thread_1", assistant_id="asst_1", stream=True),
            r"^(Async)?Runs\.create_and_poll\(\) .*\bstream\b",
            1,
            id="create_and_poll-stream",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.create_and_poll(thread_id="thread_1"),
            r"^(Async)?Runs\.create_and_poll\(\) .*\bassistant_id\b",  # the words are the core's
            1,
            id="no-asst",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.submit_tool_outputs_and_poll(run_id="run_1", thread_id="thread_1"),
            r"^(Async)?Runs\.submit_tool_outputs_and_poll\(\) missing 1 required keyword-only argument: 'tool_outputs'$",
            1,
            id="submit-no-outputs",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.submit_tool_outputs_and_poll(),
            "missing 3 required keyword-only arguments: 'tool_outputs', 'run_id', and 'thread_id'",
            1,
            id="submit-nothing",
        ),
        pytest.param(
            lambda c: c.beta.threads.create_and_run_poll(assistant_id="asst_1", stream=False),
            r"^(Async)?Threads\.create_and_run_poll\(\) .*\bstream\b",
            0,  # not marked deprecated: it fails before calling the methods that are
            id="create_and_run_poll-stream",
        ),
    ],
)
async def test_helpers_check_their_arguments_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, match: str, warned: int
) -> None:
    route = respx_mock.route(host="api.test")
    with pytest.raises(TypeError, match=match), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await run(call(api))
    assert [str(w.message) for w in caught] == [DEPRECATED] * warned
    assert not route.called


async def test_poll_rejects_an_empty_run_id(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.route(host="api.test")
    with deprecated_times(2), pytest.raises(ValueError, match="`run_id`"):  # `poll`, then `retrieve`
        await run(api.beta.threads.runs.poll("", "thread_1"))
    assert not route.called


async def test_cancelling_an_async_poll_stops_it_while_it_waits(
    async_client: openai.AsyncOpenAI, respx_mock: respx.MockRouter
) -> None:
    route = respx_mock.get(RUN_URL)
    route.respond(200, json=run_json("in_progress"), headers={"openai-poll-after-ms": "60000"})
    started = time.monotonic()
    with deprecated_times(2), anyio.move_on_after(0.2) as scope:
        await async_client.beta.threads.runs.poll("run_1", "thread_1")
    assert scope.cancelled_caught
    assert time.monotonic() - started < 5  # the minute-long wait was cut short
    assert route.call_count == 1
    assert route.calls.last.response.is_closed
