"""`beta.threads.runs.*` and `beta.threads.runs.steps.*` over respx, sync and async: what each method
sends (with `include` in the query of the create POST, and the `OpenAI-Beta` header) and returns, the
`DeprecationWarning` of each call, and streamed runs parsed into the `AssistantStreamEvent` member
named by each SSE event: a function call that requires action answered by a streamed
`submit_tool_outputs`, a code-interpreter step with logs and an image, a failed run, an `error` event.
The polling helpers are in test_run_polling.py."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pytest
import respx
from pydantic import TypeAdapter

import openai
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.beta import AssistantStreamEvent
from openai.types.beta import assistant_stream_event as events
from openai.types.beta.threads import Run
from openai.types.beta.threads.runs import (
    CodeInterpreterLogs,
    CodeInterpreterOutputImage,
    CodeInterpreterToolCallDelta,
    FunctionToolCall,
    FunctionToolCallDelta,
    RunStep,
    ToolCallsStepDetails,
)
from openai.types.shared import ErrorObject
from tests.utils.assistants import (
    ALL_CREATE_BODY,
    ANSWER_MESSAGE,
    BETA,
    CREATE_AND_RUN_EVENTS,
    INCLUDE,
    ONCE,
    REQUIRES_ACTION,
    TOOL_OUTPUTS,
    TWICE,
    TWICE_WHEN_ASYNC,
    Warns,
    assert_deprecated_and_fails_before_sending,
    case,
    check_deprecated_call,
    deprecated_once,
    deprecated_times,
    exchange_deprecated,
    message_json,
    message_step_json,
    page_json,
    run_json,
    stream_reply,
    text_delta,
    times,
)
from tests.utils.requests import on_the_wire
from tests.utils.servers import collect

from .utils import run

pytestmark = pytest.mark.anyio

RUNS = "http://api.test/v1/threads/thread_1/runs"
PAGES = (SyncCursorPage, AsyncCursorPage)


def function_step_json(status: str = "in_progress", *, arguments: str = "", output: Any = None) -> Dict[str, Any]:
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": arguments, "output": output},
    }
    details = {"type": "tool_calls", "tool_calls": [call]}
    return {**message_step_json("step_1", status), "type": "tool_calls", "step_details": details}


def step_delta(step_id: str, tool_call: Dict[str, Any]) -> Dict[str, Any]:
    details = {"type": "tool_calls", "tool_calls": [tool_call]}
    return {"id": step_id, "object": "thread.run.step.delta", "delta": {"step_details": details}}


CASES = [
    case(
        "create",
        lambda c: c.beta.threads.runs.create("thread_1", assistant_id="asst_1"),
        "POST /v1/threads/thread_1/runs",
        {"assistant_id": "asst_1"},
        run_json(),
        Run,
        TWICE_WHEN_ASYNC,
    ),
    case(
        "create-all-params",
        lambda c: c.beta.threads.runs.create("thread_1", include=INCLUDE, stream=False, **ALL_CREATE_BODY),
        "POST /v1/threads/thread_1/runs?include[]=step_details.tool_calls[*].file_search.results[*].content",
        {**ALL_CREATE_BODY, "stream": False},
        run_json(),
        Run,
        TWICE_WHEN_ASYNC,
    ),
    case(
        "retrieve",
        lambda c: c.beta.threads.runs.retrieve("run_1", thread_id="thread_1"),
        "GET /v1/threads/thread_1/runs/run_1",
        None,
        run_json(),
        Run,
    ),
    case(
        "update",
        lambda c: c.beta.threads.runs.update("run_1", thread_id="thread_1", metadata={"k": "v"}),
        "POST /v1/threads/thread_1/runs/run_1",
        {"metadata": {"k": "v"}},
        run_json(),
        Run,
    ),
    case(
        "list",
        lambda c: c.beta.threads.runs.list("thread_1"),
        "GET /v1/threads/thread_1/runs",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "list-all-params",
        lambda c: c.beta.threads.runs.list("thread_1", after="run_0", before="run_9", limit=2, order="asc"),
        "GET /v1/threads/thread_1/runs?after=run_0&before=run_9&limit=2&order=asc",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "cancel",
        lambda c: c.beta.threads.runs.cancel("run_1", thread_id="thread_1"),
        "POST /v1/threads/thread_1/runs/run_1/cancel",
        None,
        run_json("cancelling"),
        Run,
    ),
    case(
        "submit_tool_outputs",
        lambda c: c.beta.threads.runs.submit_tool_outputs("run_1", thread_id="thread_1", tool_outputs=TOOL_OUTPUTS),
        "POST /v1/threads/thread_1/runs/run_1/submit_tool_outputs",
        {"tool_outputs": TOOL_OUTPUTS},
        run_json("queued"),
        Run,
        TWICE,
    ),
    case(
        "submit_tool_outputs-stream-false",
        lambda c: c.beta.threads.runs.submit_tool_outputs(
            "run_1", thread_id="thread_1", tool_outputs=TOOL_OUTPUTS, stream=False
        ),
        "POST /v1/threads/thread_1/runs/run_1/submit_tool_outputs",
        {"tool_outputs": TOOL_OUTPUTS, "stream": False},
        run_json("queued"),
        Run,
        TWICE,
    ),
    case(
        "steps.retrieve",
        lambda c: c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id="run_1"),
        "GET /v1/threads/thread_1/runs/run_1/steps/step_1",
        None,
        message_step_json(),
        RunStep,
    ),
    case(
        "steps.retrieve-include",
        lambda c: c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id="run_1", include=INCLUDE),
        "GET /v1/threads/thread_1/runs/run_1/steps/step_1?include[]=step_details.tool_calls[*].file_search.results[*].content",
        None,
        function_step_json("completed", arguments="{}", output="sunny"),
        RunStep,
    ),
    case(
        "steps.list",
        lambda c: c.beta.threads.runs.steps.list("run_1", thread_id="thread_1"),
        "GET /v1/threads/thread_1/runs/run_1/steps",
        None,
        page_json(),
        PAGES,
    ),
    case(
        "steps.list-all-params",
        lambda c: c.beta.threads.runs.steps.list(
            "run_1", thread_id="thread_1", after="step_0", before="step_9", include=INCLUDE, limit=4, order="desc"
        ),
        "GET /v1/threads/thread_1/runs/run_1/steps"
        "?after=step_0&before=step_9&include[]=step_details.tool_calls[*].file_search.results[*].content&limit=4&order=desc",
        None,
        page_json(),
        PAGES,
    ),
]


@pytest.mark.parametrize("row", CASES)
async def test_request_result_and_deprecation(api: Any, respx_mock: respx.MockRouter, row: Tuple[Any, ...]) -> None:
    await check_deprecated_call(api, respx_mock, *row)


async def test_a_tool_calls_step_is_typed(api: Any, respx_mock: respx.MockRouter) -> None:
    call = lambda c: c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id="run_1")  # noqa: E731
    reply = function_step_json("completed", arguments='{"city": "Paris"}', output="sunny")
    _, step = await exchange_deprecated(api, respx_mock, call, reply)
    assert isinstance(step.step_details, ToolCallsStepDetails)
    tool_call = step.step_details.tool_calls[0]
    assert isinstance(tool_call, FunctionToolCall)
    assert (tool_call.function.arguments, tool_call.function.output) == ('{"city": "Paris"}', "sunny")


# ---- streamed runs ---------------------------------------------------------------------------------

FUNCTION_CALL_EVENTS = [
    ("thread.run.created", run_json("queued")),
    ("thread.run.queued", run_json("queued")),
    ("thread.run.in_progress", run_json("in_progress")),
    ("thread.run.step.created", function_step_json()),
    ("thread.run.step.in_progress", function_step_json()),
    (
        "thread.run.step.delta",
        step_delta("step_1", {"index": 0, "id": "call_1", "type": "function", "function": {"name": "get_weather"}}),
    ),
    (
        "thread.run.step.delta",
        step_delta("step_1", {"index": 0, "type": "function", "function": {"arguments": '{"city"'}}),
    ),
    (
        "thread.run.step.delta",
        step_delta("step_1", {"index": 0, "type": "function", "function": {"arguments": ': "Paris"}'}}),
    ),
    ("thread.run.requires_action", REQUIRES_ACTION),
]
AFTER_TOOL_OUTPUTS_EVENTS = [
    ("thread.run.queued", run_json("queued")),
    ("thread.run.in_progress", run_json("in_progress")),
    (
        "thread.run.step.completed",
        function_step_json("completed", arguments='{"city": "Paris"}', output='{"sky": "sunny"}'),
    ),
    ("thread.run.step.created", message_step_json("step_2", "in_progress")),
    ("thread.message.created", {**ANSWER_MESSAGE, "status": "in_progress", "content": []}),
    ("thread.message.delta", text_delta("msg_2", "Sunny.")),
    ("thread.message.completed", message_json("msg_2", text="Sunny.", role="assistant", run_id="run_1")),
    ("thread.run.step.completed", message_step_json("step_2")),
    ("thread.run.completed", run_json("completed")),
]
CODE = {"index": 0, "id": "ci_1", "type": "code_interpreter"}
CODE_INTERPRETER_EVENTS = [
    (
        "thread.run.step.delta",
        step_delta("step_3", {**CODE, "code_interpreter": {"input": "print(6 * 7)", "outputs": []}}),
    ),
    (
        "thread.run.step.delta",
        step_delta("step_3", {**CODE, "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": "42\n"}]}}),
    ),
    (
        "thread.run.step.delta",
        step_delta(
            "step_3",
            {
                **CODE,
                "code_interpreter": {"outputs": [{"index": 1, "type": "image", "image": {"file_id": "file_img"}}]},
            },
        ),
    ),
]
FAILED_RUN_EVENTS = [
    ("thread.run.in_progress", run_json("in_progress")),
    ("thread.run.failed", run_json("failed", last_error={"code": "rate_limit_exceeded", "message": "Slow down."})),
]
ERROR_EVENTS = [
    ("thread.run.in_progress", run_json("in_progress")),
    ("error", {"code": "server_error", "message": "The server had an error.", "param": None, "type": "server_error"}),
]


@pytest.mark.parametrize(
    "items",
    [CREATE_AND_RUN_EVENTS, FUNCTION_CALL_EVENTS, AFTER_TOOL_OUTPUTS_EVENTS, CODE_INTERPRETER_EVENTS, ERROR_EVENTS],
    ids=["create-and-run", "function-call", "after-tool-outputs", "code-interpreter", "error"],
)
def test_the_event_fixtures_are_valid_api_data(items: List[Tuple[str, Any]]) -> None:
    # Strict validation: the streams below replay what the API sends, not what our models accept loosely.
    adapter: TypeAdapter[Any] = TypeAdapter(AssistantStreamEvent)
    for name, data in items:
        assert adapter.validate_python({"event": name, "data": data}).event == name


async def test_a_function_call_streams_until_it_requires_action(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(RUNS)
    stream_reply(route, *FUNCTION_CALL_EVENTS)
    with deprecated_times(times(api, TWICE_WHEN_ASYNC)):
        stream = await run(
            api.beta.threads.runs.create("thread_1", assistant_id="asst_1", include=INCLUDE, stream=True)
        )
    received = await collect(stream)

    request = route.calls.last.request
    assert on_the_wire(request) == (
        "POST /v1/threads/thread_1/runs?include[]=step_details.tool_calls[*].file_search.results[*].content",
        {"assistant_id": "asst_1", "stream": True},
    )
    assert [e.event for e in received] == [name for name, _ in FUNCTION_CALL_EVENTS]
    step_deltas = [e for e in received if isinstance(e, events.ThreadRunStepDelta)]
    pieces = [d.data.delta.step_details.tool_calls[0] for d in step_deltas]
    assert all(isinstance(p, FunctionToolCallDelta) for p in pieces)
    assert "".join(p.function.arguments or "" for p in pieces) == '{"city": "Paris"}'
    last = received[-1]
    assert isinstance(last, events.ThreadRunRequiresAction)
    assert last.data.required_action.submit_tool_outputs.tool_calls[0].id == "call_1"


async def test_streamed_tool_outputs_resume_the_run(api: Any, respx_mock: respx.MockRouter) -> None:
    route = respx_mock.post(f"{RUNS}/run_1/submit_tool_outputs")
    stream_reply(route, *AFTER_TOOL_OUTPUTS_EVENTS)
    with deprecated_times(2):
        stream = await run(
            api.beta.threads.runs.submit_tool_outputs(
                "run_1", thread_id="thread_1", tool_outputs=TOOL_OUTPUTS, stream=True
            )
        )
    received = await collect(stream)

    assert json.loads(route.calls.last.request.content) == {"tool_outputs": TOOL_OUTPUTS, "stream": True}
    assert route.calls.last.request.headers["OpenAI-Beta"] == BETA
    assert [type(e) for e in received] == [
        events.ThreadRunQueued,
        events.ThreadRunInProgress,
        events.ThreadRunStepCompleted,
        events.ThreadRunStepCreated,
        events.ThreadMessageCreated,
        events.ThreadMessageDelta,
        events.ThreadMessageCompleted,
        events.ThreadRunStepCompleted,
        events.ThreadRunCompleted,
    ]
    assert received[2].data.step_details.tool_calls[0].function.output == '{"sky": "sunny"}'
    assert received[-1].data.status == "completed"


async def test_code_interpreter_deltas_carry_logs_and_images(api: Any, respx_mock: respx.MockRouter) -> None:
    stream_reply(respx_mock.post(RUNS), *CODE_INTERPRETER_EVENTS)
    with deprecated_times(times(api, TWICE_WHEN_ASYNC)):
        stream = await run(api.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    calls = [e.data.delta.step_details.tool_calls[0] for e in await collect(stream)]
    assert all(isinstance(c, CodeInterpreterToolCallDelta) for c in calls)
    assert calls[0].code_interpreter.input == "print(6 * 7)"
    logs, image = calls[1].code_interpreter.outputs[0], calls[2].code_interpreter.outputs[0]
    assert isinstance(logs, CodeInterpreterLogs) and logs.logs == "42\n"
    assert isinstance(image, CodeInterpreterOutputImage) and image.image.file_id == "file_img"


async def test_a_failed_run_ends_the_stream_with_its_error(api: Any, respx_mock: respx.MockRouter) -> None:
    stream_reply(respx_mock.post(RUNS), *FAILED_RUN_EVENTS)
    with deprecated_times(times(api, TWICE_WHEN_ASYNC)):
        stream = await run(api.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    received = await collect(stream)
    assert [type(e) for e in received] == [events.ThreadRunInProgress, events.ThreadRunFailed]
    assert received[-1].data.last_error.code == "rate_limit_exceeded"


async def test_an_error_event_is_yielded_as_an_error_event(api: Any, respx_mock: respx.MockRouter) -> None:
    stream_reply(respx_mock.post(RUNS), *ERROR_EVENTS)
    with deprecated_times(times(api, TWICE_WHEN_ASYNC)):
        stream = await run(api.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    received = await collect(stream)
    assert [type(e) for e in received] == [events.ThreadRunInProgress, events.ErrorEvent]
    error = received[-1]
    assert error.event == "error" and isinstance(error.data, ErrorObject)
    assert (error.data.code, error.data.message) == ("server_error", "The server had an error.")


async def test_an_event_that_does_not_fit_its_model_keeps_its_name(api: Any, respx_mock: respx.MockRouter) -> None:
    # A run with a status this package does not know, and without most fields.
    odd_run = {"id": "run_1", "object": "thread.run", "status": "paused"}
    stream_reply(respx_mock.post(RUNS), ("thread.run.in_progress", odd_run), ("thread.run.step.created", {"id": "s"}))
    with deprecated_times(times(api, TWICE_WHEN_ASYNC)):
        stream = await run(api.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    first, second = await collect(stream)
    assert isinstance(first, events.ThreadRunInProgress) and isinstance(first.data, Run)
    assert (first.data.id, first.data.status) == ("run_1", "paused")
    assert isinstance(second, events.ThreadRunStepCreated) and isinstance(second.data, RunStep)


async def test_the_strict_client_rejects_what_the_tolerant_one_accepts(respx_mock: respx.MockRouter) -> None:
    stream_reply(respx_mock.post(RUNS), ("thread.run.in_progress", {"id": "run_1", "status": "paused"}))
    with openai.OpenAI(api_key="sk-test", base_url="http://api.test/v1", _strict_response_validation=True) as strict:
        with deprecated_once():
            stream = strict.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        with pytest.raises(openai.APIResponseValidationError):
            list(stream)


@pytest.mark.parametrize(
    "call, error, match, warns",
    [
        pytest.param(
            lambda c: c.beta.threads.runs.create("thread_1"),
            TypeError,
            "assistant_id",
            TWICE_WHEN_ASYNC,
            id="create-no-asst",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.create("", assistant_id="asst_1"),
            ValueError,
            "`thread_id`",
            TWICE_WHEN_ASYNC,
            id="create-empty",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.create("thread_1", assistant_id="asst_1", includes=INCLUDE),
            TypeError,
            "did you mean `include`",
            TWICE_WHEN_ASYNC,
            id="create-typo",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.retrieve("", thread_id="thread_1"),
            ValueError,
            "`run_id`",
            ONCE,
            id="retrieve-empty",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.cancel("run_1", thread_id=""),
            ValueError,
            "`thread_id`",
            ONCE,
            id="cancel-empty",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.submit_tool_outputs("run_1", thread_id="thread_1"),
            TypeError,
            "tool_outputs",
            TWICE,  # 1.102.0 checks between its two warnings, so warns once here: ours checks later
            id="submit-no-outputs",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.update("run_1", thread_id="thread_1", metadata={}, thread={}),
            TypeError,
            r"got\ an\ unexpected\ keyword\ argument\ 'thread'",
            ONCE,
            id="update-unknown",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.steps.retrieve("step_1", thread_id="thread_1", run_id=""),
            ValueError,
            "`run_id`",
            ONCE,
            id="step-empty-run",
        ),
        pytest.param(
            lambda c: c.beta.threads.runs.steps.list("run_1", thread_id="thread_1", limits=1),
            TypeError,
            "did you mean `limit`",
            ONCE,
            id="steps-list-typo",
        ),
    ],
)
async def test_bad_arguments_fail_before_sending(
    api: Any, respx_mock: respx.MockRouter, call: Any, error: type, match: str, warns: Warns
) -> None:
    await assert_deprecated_and_fails_before_sending(api, respx_mock, call, error, match, warns)
