"""Area C: `client.beta.threads.runs` and `runs.steps` -- the endpoint catalogue, `include` as a
query parameter, streamed runs, and the polling helpers (`poll`, `create_and_poll`,
`submit_tool_outputs_and_poll`) with their pauses and poll headers.

Also home of the realistic Assistants objects and event streams the other `beta_*` modules use
(import them as `scenarios.beta_runs`, never as a top-level module, or this one registers twice).
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any, Dict, List, Optional

from dsl import Reply, caught_warnings, endpoint, scenario, warning_list
from fixtures import spec_reply
from helpers import whole_body
from server import sse

import openai

THREAD_ID = "thread_abc123"
RUN_ID = "run_abc123"
ASST_ID = "asst_abc123"
MSG_ID = "msg_abc123"
STEP_ID = "step_abc123"
TOOL_STEP_ID = "step_tool456"
CREATED = 1699063290

ep = functools.partial(endpoint, prefix="beta:")


# ----------------------------------------------------------------------------- objects


def reply(body: Any, request_id: str = "req_run", headers: Optional[Dict[str, str]] = None) -> Reply:
    return Reply(json_body=body, headers={"x-request-id": request_id, **(headers or {})})


def thread_obj(**overrides: Any) -> Dict[str, Any]:
    value: Dict[str, Any] = {
        "id": THREAD_ID,
        "object": "thread",
        "created_at": CREATED,
        "metadata": {},
        "tool_resources": {"code_interpreter": {"file_ids": []}},
    }
    value.update(overrides)
    return value


WEATHER_CALLS = [
    {
        "id": "call_weather1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": '{"city":"Paris","unit":"c"}'},
    },
    {"id": "call_time2", "type": "function", "function": {"name": "get_time", "arguments": '{"tz":"Europe/Paris"}'}},
]


def run_obj(status: str = "queued", **overrides: Any) -> Dict[str, Any]:
    """A realistic run in `status` (the timestamps and usage follow the status)."""
    value: Dict[str, Any] = {
        "id": RUN_ID,
        "object": "thread.run",
        "created_at": CREATED,
        "assistant_id": ASST_ID,
        "thread_id": THREAD_ID,
        "status": status,
        "started_at": None if status == "queued" else CREATED + 1,
        "expires_at": None if status in ("completed", "failed", "cancelled", "expired") else CREATED + 600,
        "cancelled_at": CREATED + 5 if status == "cancelled" else None,
        "failed_at": CREATED + 5 if status == "failed" else None,
        "completed_at": CREATED + 9 if status == "completed" else None,
        "required_action": None,
        "last_error": None,
        "model": "gpt-4o",
        "instructions": "You are a helpful assistant.",
        "tools": [{"type": "code_interpreter"}],
        "tool_resources": {},
        "metadata": {},
        "temperature": 1.0,
        "top_p": 1.0,
        "max_completion_tokens": None,
        "max_prompt_tokens": None,
        "truncation_strategy": {"type": "auto", "last_messages": None},
        "incomplete_details": None,
        "usage": {"prompt_tokens": 123, "completion_tokens": 45, "total_tokens": 168}
        if status in ("completed", "failed", "incomplete")
        else None,
        "response_format": "auto",
        "tool_choice": "auto",
        "parallel_tool_calls": True,
    }
    if status == "requires_action":
        value["required_action"] = {
            "type": "submit_tool_outputs",
            "submit_tool_outputs": {"tool_calls": copy.deepcopy(WEATHER_CALLS)},
        }
        value["tools"] = [
            {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}},
            {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}},
        ]
    if status == "failed":
        value["last_error"] = {"code": "rate_limit_exceeded", "message": "You exceeded your current quota."}
    if status == "incomplete":
        value["incomplete_details"] = {"reason": "max_completion_tokens"}
    value.update(overrides)
    return value


def message_obj(status: str = "in_progress", content: Optional[List[Any]] = None, **overrides: Any) -> Dict[str, Any]:
    value: Dict[str, Any] = {
        "id": MSG_ID,
        "object": "thread.message",
        "created_at": CREATED + 3,
        "assistant_id": ASST_ID,
        "thread_id": THREAD_ID,
        "run_id": RUN_ID,
        "status": status,
        "incomplete_details": None,
        "incomplete_at": None,
        "completed_at": CREATED + 8 if status == "completed" else None,
        "role": "assistant",
        "content": content or [],
        "attachments": [],
        "metadata": {},
    }
    value.update(overrides)
    return value


def text_part(value: str, annotations: Optional[List[Any]] = None) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": annotations or []}}


def step_obj(status: str = "in_progress", kind: str = "message_creation", **overrides: Any) -> Dict[str, Any]:
    if kind == "message_creation":
        details: Dict[str, Any] = {"type": "message_creation", "message_creation": {"message_id": MSG_ID}}
    else:
        details = {"type": "tool_calls", "tool_calls": []}
    value: Dict[str, Any] = {
        "id": STEP_ID if kind == "message_creation" else TOOL_STEP_ID,
        "object": "thread.run.step",
        "created_at": CREATED + 2,
        "run_id": RUN_ID,
        "assistant_id": ASST_ID,
        "thread_id": THREAD_ID,
        "type": kind,
        "status": status,
        "cancelled_at": None,
        "completed_at": CREATED + 8 if status == "completed" else None,
        "expired_at": None,
        "failed_at": None,
        "last_error": None,
        "step_details": details,
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}
        if status == "completed"
        else None,
    }
    value.update(overrides)
    return value


def message_delta(*parts: Dict[str, Any]) -> Dict[str, Any]:
    return {"id": MSG_ID, "object": "thread.message.delta", "delta": {"content": list(parts)}}


def text_delta(index: int, value: str, annotations: Optional[List[Any]] = None) -> Dict[str, Any]:
    text: Dict[str, Any] = {"value": value}
    if annotations is not None:
        text["annotations"] = annotations
    return {"index": index, "type": "text", "text": text}


def step_delta(*tool_calls: Dict[str, Any]) -> Dict[str, Any]:
    return {
        "id": TOOL_STEP_ID,
        "object": "thread.run.step.delta",
        "delta": {"step_details": {"type": "tool_calls", "tool_calls": list(tool_calls)}},
    }


def ev(name: str, data: Any) -> Dict[str, Any]:
    return {"event": name, "data": data}


DONE = "event: done\ndata: [DONE]\n\n"


def stream_reply(*events: Any) -> Reply:
    """An Assistants event stream: `event:` + `data:` lines, then `event: done` / `[DONE]`."""
    return sse(*events, DONE, event_names=True)


# ----------------------------------------------------------------------------- event streams


def run_start(with_thread: bool = False) -> List[Any]:
    events: List[Any] = []
    if with_thread:
        events.append(ev("thread.created", thread_obj()))
    events += [
        ev("thread.run.created", run_obj("queued")),
        ev("thread.run.queued", run_obj("queued")),
        ev("thread.run.in_progress", run_obj("in_progress")),
    ]
    return events


def message_events(chunks: List[str], step_status: str = "completed") -> List[Any]:
    """A message_creation step whose message streams `chunks` as text."""
    full = "".join(chunks)
    events: List[Any] = [
        ev("thread.run.step.created", step_obj("in_progress")),
        ev("thread.run.step.in_progress", step_obj("in_progress")),
        ev("thread.message.created", message_obj("in_progress")),
        ev("thread.message.in_progress", message_obj("in_progress")),
    ]
    for i, chunk in enumerate(chunks):
        events.append(ev("thread.message.delta", message_delta(text_delta(0, chunk, [] if i == 0 else None))))
    events.append(ev("thread.message.completed", message_obj("completed", [text_part(full)])))
    events.append(ev("thread.run.step." + step_status, step_obj(step_status)))
    return events


def text_stream(with_thread: bool = False) -> List[Any]:
    return (
        run_start(with_thread)
        + message_events(["Hello", "! How can", " I help you today?"])
        + [ev("thread.run.completed", run_obj("completed"))]
    )


CODE_INPUT = ["import matplotlib.pyplot as plt\n", "plt.plot([1, 2, 3], [1, 4, 9])\n", "print(sum([1, 4, 9]))"]


def code_interpreter_stream() -> List[Any]:
    """A code interpreter call (input chunks, logs and an image output), then a message with an
    image file and a text part."""
    tool_done = step_obj(
        "completed",
        "tool_calls",
        step_details={
            "type": "tool_calls",
            "tool_calls": [
                {
                    "id": "call_ci1",
                    "type": "code_interpreter",
                    "code_interpreter": {
                        "input": "".join(CODE_INPUT),
                        "outputs": [
                            {"type": "logs", "logs": "14\n"},
                            {"type": "image", "image": {"file_id": "file-plot1"}},
                        ],
                    },
                }
            ],
        },
    )
    events = run_start()
    events += [
        ev("thread.run.step.created", step_obj("in_progress", "tool_calls")),
        ev("thread.run.step.in_progress", step_obj("in_progress", "tool_calls")),
        ev(
            "thread.run.step.delta",
            step_delta(
                {
                    "index": 0,
                    "id": "call_ci1",
                    "type": "code_interpreter",
                    "code_interpreter": {"input": "", "outputs": []},
                }
            ),
        ),
    ]
    for chunk in CODE_INPUT:
        events.append(
            ev(
                "thread.run.step.delta",
                step_delta({"index": 0, "type": "code_interpreter", "code_interpreter": {"input": chunk}}),
            )
        )
    events += [
        ev(
            "thread.run.step.delta",
            step_delta(
                {
                    "index": 0,
                    "type": "code_interpreter",
                    "code_interpreter": {"outputs": [{"index": 0, "type": "logs", "logs": "14\n"}]},
                }
            ),
        ),
        ev(
            "thread.run.step.delta",
            step_delta(
                {
                    "index": 0,
                    "type": "code_interpreter",
                    "code_interpreter": {
                        "outputs": [{"index": 1, "type": "image", "image": {"file_id": "file-plot1"}}]
                    },
                }
            ),
        ),
        ev("thread.run.step.completed", tool_done),
        ev("thread.run.step.created", step_obj("in_progress")),
        ev("thread.message.created", message_obj("in_progress")),
        ev("thread.message.in_progress", message_obj("in_progress")),
        ev(
            "thread.message.delta",
            message_delta({"index": 0, "type": "image_file", "image_file": {"file_id": "file-plot1"}}),
        ),
        ev("thread.message.delta", message_delta(text_delta(1, "Here is the plot; ", []))),
        ev("thread.message.delta", message_delta(text_delta(1, "the sum is 14."))),
        ev(
            "thread.message.completed",
            message_obj(
                "completed",
                [
                    {"type": "image_file", "image_file": {"file_id": "file-plot1", "detail": None}},
                    text_part("Here is the plot; the sum is 14."),
                ],
            ),
        ),
        ev("thread.run.step.completed", step_obj("completed")),
        ev("thread.run.completed", run_obj("completed")),
    ]
    return events


CITATION = {
    "index": 0,
    "type": "file_citation",
    "text": "【4:0†handbook.pdf】",
    "start_index": 31,
    "end_index": 50,
    "file_citation": {"file_id": "file-handbook"},
}


def file_search_stream() -> List[Any]:
    results = {
        "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.0},
        "results": [
            {
                "file_id": "file-handbook",
                "file_name": "handbook.pdf",
                "score": 0.91,
                "content": [{"type": "text", "text": "Employees get 25 days of leave."}],
            }
        ],
    }
    events = run_start()
    events += [
        ev("thread.run.step.created", step_obj("in_progress", "tool_calls")),
        ev(
            "thread.run.step.delta",
            step_delta({"index": 0, "id": "call_fs1", "type": "file_search", "file_search": {}}),
        ),
        ev(
            "thread.run.step.completed",
            step_obj(
                "completed",
                "tool_calls",
                step_details={
                    "type": "tool_calls",
                    "tool_calls": [{"id": "call_fs1", "type": "file_search", "file_search": results}],
                },
            ),
        ),
        ev("thread.run.step.created", step_obj("in_progress")),
        ev("thread.message.created", message_obj("in_progress")),
        ev("thread.message.delta", message_delta(text_delta(0, "You get 25 days of paid leave ", []))),
        ev("thread.message.delta", message_delta(text_delta(0, "【4:0†handbook.pdf】", [CITATION]))),
        ev("thread.message.delta", message_delta(text_delta(0, "."))),
        ev(
            "thread.message.completed",
            message_obj(
                "completed",
                [
                    text_part(
                        "You get 25 days of paid leave 【4:0†handbook.pdf】.",
                        [{k: v for k, v in CITATION.items() if k != "index"}],
                    )
                ],
            ),
        ),
        ev("thread.run.step.completed", step_obj("completed")),
        ev("thread.run.completed", run_obj("completed")),
    ]
    return events


def function_call_stream() -> List[Any]:
    """Two parallel function calls streamed, then the run requires action."""
    events = run_start()
    events += [
        ev("thread.run.step.created", step_obj("in_progress", "tool_calls")),
        ev("thread.run.step.in_progress", step_obj("in_progress", "tool_calls")),
        ev(
            "thread.run.step.delta",
            step_delta(
                {
                    "index": 0,
                    "id": "call_weather1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": "", "output": None},
                }
            ),
        ),
        ev(
            "thread.run.step.delta", step_delta({"index": 0, "type": "function", "function": {"arguments": '{"city":'}})
        ),
        ev(
            "thread.run.step.delta",
            step_delta({"index": 0, "type": "function", "function": {"arguments": '"Paris","unit":"c"}'}}),
        ),
        ev(
            "thread.run.step.delta",
            step_delta(
                {
                    "index": 1,
                    "id": "call_time2",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": "", "output": None},
                }
            ),
        ),
        ev(
            "thread.run.step.delta",
            step_delta({"index": 1, "type": "function", "function": {"arguments": '{"tz":"Europe/Paris"}'}}),
        ),
        ev("thread.run.requires_action", run_obj("requires_action")),
    ]
    return events


def after_tool_outputs_stream() -> List[Any]:
    tool_done = step_obj(
        "completed",
        "tool_calls",
        step_details={
            "type": "tool_calls",
            "tool_calls": [
                {**WEATHER_CALLS[0], "function": {**WEATHER_CALLS[0]["function"], "output": '{"temp": 18}'}},
                {**WEATHER_CALLS[1], "function": {**WEATHER_CALLS[1]["function"], "output": "14:05"}},
            ],
        },
    )
    return (
        [
            ev("thread.run.queued", run_obj("queued", started_at=CREATED + 1)),
            ev("thread.run.in_progress", run_obj("in_progress")),
            ev("thread.run.step.completed", tool_done),
        ]
        + message_events(["It is 18°C in Paris", " and the time is 14:05."])
        + [ev("thread.run.completed", run_obj("completed"))]
    )


TOOL_OUTPUTS = [
    {"tool_call_id": "call_weather1", "output": '{"temp": 18}'},
    {"tool_call_id": "call_time2", "output": "14:05"},
]

# ----------------------------------------------------------------------------- catalogue

RUN_CREATE_ARGS: Dict[str, Any] = dict(
    assistant_id=ASST_ID,
    model="gpt-4o",
    instructions="You are a helpful assistant.",
    additional_instructions="Address the user as Jane.",
    additional_messages=[
        {"role": "user", "content": "What is 3 * 7?", "metadata": {"src": "web"}},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "And this chart?"},
                {"type": "image_file", "image_file": {"file_id": "file-chart", "detail": "high"}},
            ],
            "attachments": [{"file_id": "file-data", "tools": [{"type": "code_interpreter"}]}],
        },
    ],
    tools=[{"type": "code_interpreter"}, {"type": "file_search"}],
    metadata={"session": "s-42"},
    temperature=0.3,
    top_p=0.95,
    max_prompt_tokens=2000,
    max_completion_tokens=500,
    truncation_strategy={"type": "last_messages", "last_messages": 10},
    tool_choice={"type": "function", "function": {"name": "get_weather"}},
    parallel_tool_calls=False,
    response_format={"type": "json_object"},
    reasoning_effort="medium",
)

ep(
    "beta.threads.runs.create",
    THREAD_ID,
    reply=spec_reply("post", "/threads/{thread_id}/runs"),
    variant="minimal",
    assistant_id=ASST_ID,
)
ep(
    "beta.threads.runs.create",
    THREAD_ID,
    reply=reply(run_obj("queued", model="gpt-4o", metadata={"session": "s-42"})),
    variant="full",
    views=("plain", "raw"),
    **RUN_CREATE_ARGS,
)
ep(
    "beta.threads.runs.create",
    THREAD_ID,
    reply=reply(run_obj("queued")),
    variant="include+none values",
    views=("plain", "raw"),
    assistant_id=ASST_ID,
    include=["step_details.tool_calls[*].file_search.results[*].content"],
    instructions=None,
    model=None,
    metadata=None,
    temperature=None,
    tool_choice=None,
    tools=None,
    response_format=None,
    truncation_strategy=None,
    stream=False,
)
ep(
    "beta.threads.runs.create",
    THREAD_ID,
    reply=stream_reply(*text_stream()),
    variant="stream",
    assistant_id=ASST_ID,
    stream=True,
    include=["step_details.tool_calls[*].file_search.results[*].content"],
)
ep(
    "beta.threads.runs.retrieve",
    RUN_ID,
    reply=spec_reply("get", "/threads/{thread_id}/runs/{run_id}"),
    variant="",
    thread_id=THREAD_ID,
)
ep(
    "beta.threads.runs.update",
    RUN_ID,
    reply=reply(run_obj("in_progress", metadata={"user_id": "user_abc123"})),
    variant="",
    thread_id=THREAD_ID,
    metadata={"user_id": "user_abc123"},
)
ep(
    "beta.threads.runs.list",
    THREAD_ID,
    reply=spec_reply("get", "/threads/{thread_id}/runs"),
    variant="",
    after="run_000",
    before="run_999",
    limit=5,
    order="desc",
)
ep(
    "beta.threads.runs.cancel",
    RUN_ID,
    reply=reply(run_obj("cancelling")),
    variant="",
    thread_id=THREAD_ID,
)
ep(
    "beta.threads.runs.submit_tool_outputs",
    RUN_ID,
    reply=reply(run_obj("queued")),
    variant="",
    thread_id=THREAD_ID,
    tool_outputs=TOOL_OUTPUTS,
)
ep(
    "beta.threads.runs.submit_tool_outputs",
    RUN_ID,
    reply=stream_reply(*after_tool_outputs_stream()),
    variant="stream",
    thread_id=THREAD_ID,
    tool_outputs=TOOL_OUTPUTS,
    stream=True,
)
ep(
    "beta.threads.runs.steps.retrieve",
    STEP_ID,
    reply=spec_reply("get", "/threads/{thread_id}/runs/{run_id}/steps/{step_id}"),
    variant="",
    thread_id=THREAD_ID,
    run_id=RUN_ID,
)
ep(
    "beta.threads.runs.steps.retrieve",
    TOOL_STEP_ID,
    reply=reply(file_search_stream()[5]["data"]),
    variant="include",
    views=("plain", "raw"),
    thread_id=THREAD_ID,
    run_id=RUN_ID,
    include=["step_details.tool_calls[*].file_search.results[*].content"],
)
ep(
    "beta.threads.runs.steps.list",
    RUN_ID,
    reply=spec_reply("get", "/threads/{thread_id}/runs/{run_id}/steps"),
    variant="",
    thread_id=THREAD_ID,
)
ep(
    "beta.threads.runs.steps.list",
    RUN_ID,
    reply=reply(
        {
            "object": "list",
            "data": [step_obj("completed"), code_interpreter_stream()[11]["data"]],
            "first_id": STEP_ID,
            "last_id": TOOL_STEP_ID,
            "has_more": False,
        }
    ),
    variant="params",
    views=("plain", "raw"),
    thread_id=THREAD_ID,
    after="step_000",
    before="step_999",
    limit=2,
    order="asc",
    include=["step_details.tool_calls[*].file_search.results[*].content"],
)

# ----------------------------------------------------------------------------- polling


def poll_replies(*statuses: Any, request_id: str = "req_poll_", **overrides: Any) -> List[Reply]:
    """Replies for the poll GETs: a run in each status, or (status, poll-after-ms header); the
    request ids are `request_id` numbered from 0, `overrides` go into every run."""
    replies = []
    for i, item in enumerate(statuses):
        status, after = item if isinstance(item, tuple) else (item, None)
        headers = {"openai-poll-after-ms": str(after)} if after is not None else {}
        replies.append(reply(run_obj(status, **overrides), request_id=f"{request_id}{i}", headers=headers))
    return replies


def _poll_script(ctx: Any, *statuses: Any) -> None:
    ctx.reply(*poll_replies(*statuses))


@scenario("beta: runs.create_and_poll queued -> in_progress -> completed")
def _(ctx):
    ctx.reply(reply(run_obj("queued"), request_id="req_create"))
    _poll_script(ctx, ("queued", 250), ("in_progress", 500), "completed")
    run = ctx.call(
        "run",
        lambda: ctx.client().beta.threads.runs.create_and_poll(
            thread_id=THREAD_ID, assistant_id=ASST_ID, instructions="Be brief.", metadata={"k": "v"}
        ),
    )
    ctx.note("status", getattr(run, "status", None))


@scenario("beta: runs.create_and_poll (async)")
async def _(ctx):
    ctx.reply(reply(run_obj("queued"), request_id="req_create"))
    _poll_script(ctx, ("in_progress", 300), "requires_action")
    await ctx.acall(
        "run",
        lambda: ctx.async_client().beta.threads.runs.create_and_poll(
            thread_id=THREAD_ID,
            assistant_id=ASST_ID,
            include=["step_details.tool_calls[*].file_search.results[*].content"],
        ),
    )


@scenario("beta: runs.create_and_poll custom interval + extras")
def _(ctx):
    ctx.reply(reply(run_obj("queued"), request_id="req_create"))
    _poll_script(ctx, ("in_progress", 5000), "in_progress", "failed")
    ctx.call(
        "run",
        lambda: ctx.client().beta.threads.runs.create_and_poll(
            thread_id=THREAD_ID,
            assistant_id=ASST_ID,
            poll_interval_ms=150,
            extra_headers={"X-Trace": "poll-1"},
            extra_query={"trace": "1"},
            extra_body={"x_note": "n"},
            timeout=20,
        ),
    )


@scenario("beta: runs.poll without header waits 1s")
def _(ctx):
    _poll_script(ctx, "queued", "in_progress", "cancelling", "cancelled")
    ctx.call("run", lambda: ctx.client().beta.threads.runs.poll(RUN_ID, THREAD_ID))


@scenario("beta: runs.poll positional extras")
def _(ctx):
    _poll_script(ctx, "in_progress", "expired")
    ctx.call(
        "run",
        lambda: ctx.client().beta.threads.runs.poll(RUN_ID, THREAD_ID, {"X-Extra": "1"}, {"q": "1"}, None, 30.0, 40),
    )


@scenario("beta: runs.poll every terminal status")
def _(ctx):
    client = ctx.client()
    for status in ("requires_action", "cancelled", "completed", "failed", "expired", "incomplete"):
        _poll_script(ctx, status)
        run = ctx.call(status, lambda: client.beta.threads.runs.poll(thread_id=THREAD_ID, run_id=RUN_ID))
        ctx.note(status + " status", getattr(run, "status", None))


@scenario("beta: runs.poll (async) header then default")
async def _(ctx):
    _poll_script(ctx, ("queued", 120), "in_progress", ("in_progress", 900), "completed")
    await ctx.acall("run", lambda: ctx.async_client().beta.threads.runs.poll(run_id=RUN_ID, thread_id=THREAD_ID))


@scenario("beta: runs.poll error mid-way")
def _(ctx):
    _poll_script(ctx, ("in_progress", 100))
    ctx.reply(
        Reply(
            404,
            json_body={"error": {"message": "No run found with id 'run_abc123'.", "type": "invalid_request_error"}},
            headers={"x-request-id": "req_404"},
        )
    )
    ctx.call("run", lambda: ctx.client().beta.threads.runs.poll(run_id=RUN_ID, thread_id=THREAD_ID))


@scenario("beta: runs.poll retries a 500")
def _(ctx):
    ctx.reply(Reply(500, json_body={"error": {"message": "boom", "type": "server_error"}}))
    _poll_script(ctx, "completed")
    ctx.call("run", lambda: ctx.client().beta.threads.runs.poll(run_id=RUN_ID, thread_id=THREAD_ID))


@scenario("beta: runs.submit_tool_outputs_and_poll")
def _(ctx):
    ctx.reply(reply(run_obj("queued"), request_id="req_submit"))
    _poll_script(ctx, ("in_progress", 200), "completed")
    ctx.call(
        "run",
        lambda: ctx.client().beta.threads.runs.submit_tool_outputs_and_poll(
            thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=TOOL_OUTPUTS
        ),
    )


@scenario("beta: runs.submit_tool_outputs_and_poll (async) interval")
async def _(ctx):
    ctx.reply(reply(run_obj("queued"), request_id="req_submit"))
    _poll_script(ctx, "in_progress", "requires_action")
    await ctx.acall(
        "run",
        lambda: ctx.async_client().beta.threads.runs.submit_tool_outputs_and_poll(
            thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=[{"tool_call_id": "call_x"}], poll_interval_ms=50
        ),
    )


@scenario("beta: runs empty ids")
def _(ctx):
    runs = ctx.client().beta.threads.runs
    ctx.call("retrieve('', thread)", lambda: runs.retrieve("", thread_id=THREAD_ID))
    ctx.call("retrieve(run, '')", lambda: runs.retrieve(RUN_ID, thread_id=""))
    ctx.call("create('')", lambda: runs.create("", assistant_id=ASST_ID))
    ctx.call("cancel('')", lambda: runs.cancel("", thread_id=THREAD_ID))
    ctx.call("submit('')", lambda: runs.submit_tool_outputs("", thread_id=THREAD_ID, tool_outputs=[]))
    ctx.call("steps.retrieve('')", lambda: runs.steps.retrieve("", thread_id=THREAD_ID, run_id=RUN_ID))
    ctx.call("steps.retrieve(run '')", lambda: runs.steps.retrieve(STEP_ID, thread_id=THREAD_ID, run_id=""))
    ctx.call("steps.list('')", lambda: runs.steps.list("", thread_id=THREAD_ID))
    ctx.call(
        "submit_tool_outputs_stream('')",
        lambda: runs.submit_tool_outputs_stream(run_id="", thread_id=THREAD_ID, tool_outputs=[]),
    )
    ctx.call("stream(thread '')", lambda: runs.stream(thread_id="", assistant_id=ASST_ID))


@scenario("beta: runs missing required arguments")
def _(ctx):
    runs = ctx.client().beta.threads.runs
    ctx.call("create(no assistant)", lambda: runs.create(THREAD_ID))  # type: ignore[call-arg]
    ctx.call("submit(no outputs)", lambda: runs.submit_tool_outputs(RUN_ID, thread_id=THREAD_ID))  # type: ignore[call-arg]
    ctx.note("requests so far", len(ctx.server.requests))


def first_then_break(ctx: Any, stream: Any) -> None:
    """Record the first event of `stream`, then loop over the next ones and leave the loop with
    `break` at the first `thread.message.delta`, recording their names."""
    ctx.see("first", next(iter(stream)))
    seen = []
    for event in stream:
        seen.append(event.event)
        if event.event == "thread.message.delta":
            break
    ctx.note("until break", seen)


@scenario("beta: runs.create stream=True iterated partly")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    stream = ctx.client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True)
    ctx.note("type", type(stream).__name__)
    first_then_break(ctx, stream)
    ctx.note("rest", [event.event for event in stream])
    ctx.note("closed", stream.response.is_closed)


@scenario("beta: runs.create stream=True (async) anext and close")
async def _(ctx):
    # The whole body in one write, with its length: it is read before `close()` on both sides,
    # so what follows does not depend on timing.
    ctx.reply(whole_body(stream_reply(*text_stream())))
    stream = await ctx.async_client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True)
    ctx.note("type", type(stream).__name__)
    first = await stream.__anext__()
    ctx.see("first", first)
    ctx.note("second", (await stream.__anext__()).event)
    await stream.close()
    ctx.note("closed", stream.response.is_closed)
    rest = []
    try:
        async for event in stream:
            rest.append(event.event)
    except Exception as exc:
        rest.append(type(exc).__name__)
    ctx.note("after close", rest)


def _record_events(ctx: Any, stream: Any) -> None:
    events = []
    try:
        for event in stream:
            events.append(["event", type(event).__name__, getattr(event, "event", "<none>")])
            ctx.see("event", event)
    except Exception as exc:
        ctx.see("raised", exc)
    ctx.note("events", events)


@scenario("beta: runs stream unknown events")
def _(ctx):
    ctx.reply(
        stream_reply(
            ev("thread.run.created", run_obj("queued")),
            ev("thread.run.step.future_kind", {"id": STEP_ID, "object": "thread.run.step.future"}),
            ev("thread.run.failed", run_obj("failed")),
        )
    )
    _record_events(ctx, ctx.client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True))


# 1.102.0 parses an `error` event as `ThreadCreated`; ours yields an `ErrorEvent`.
@scenario("beta: runs stream error event", deviation="assistants-error-event")
def _(ctx):
    ctx.reply(
        stream_reply(
            ev("thread.run.created", run_obj("queued")),
            ev("thread.run.failed", run_obj("failed")),
            ev("error", {"code": "server_error", "message": "Sorry, something went wrong."}),
        )
    )
    _record_events(ctx, ctx.client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True))


@scenario("beta: runs stream error event with error key")
def _(ctx):
    ctx.reply(
        stream_reply(
            ev("thread.run.created", run_obj("queued")),
            ev("error", {"error": {"message": "The server had an error.", "type": "server_error"}}),
            ev("thread.run.completed", run_obj("completed")),
        )
    )
    stream = ctx.client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True)
    events = []
    try:
        for event in stream:
            events.append(event.event)
    except Exception as exc:
        ctx.see("raised", exc)
    ctx.note("events", events)


@scenario("beta: runs stream lifecycle events")
def _(ctx):
    ctx.reply(
        stream_reply(
            ev("thread.run.created", run_obj("queued")),
            ev("thread.run.in_progress", run_obj("in_progress")),
            ev("thread.run.step.created", step_obj("in_progress")),
            ev(
                "thread.run.step.failed",
                step_obj("failed", failed_at=CREATED + 4, last_error={"code": "server_error", "message": "x"}),
            ),
            ev("thread.run.step.cancelled", step_obj("cancelled")),
            ev("thread.run.step.expired", step_obj("expired")),
            ev("thread.message.incomplete", message_obj("incomplete", incomplete_details={"reason": "run_cancelled"})),
            ev("thread.run.cancelling", run_obj("cancelling")),
            ev("thread.run.cancelled", run_obj("cancelled")),
            ev("thread.run.expired", run_obj("expired")),
            ev("thread.run.incomplete", run_obj("incomplete")),
        )
    )
    stream = ctx.client().beta.threads.runs.create(THREAD_ID, assistant_id=ASST_ID, stream=True)
    ctx.note("events", [[type(e).__name__, e.event, type(e.data).__name__] for e in stream])


def warnings_row(out: List[Any], label: str, fn: Any) -> None:
    """Call `fn`; append to `out` `[label, "raised", exception class]` if it raised, then `[label,
    [category, message]...]` (the warnings it emitted, `ResourceWarning`s left out)."""
    with caught_warnings() as caught:
        try:
            fn()
        except Exception as exc:
            out.append([label, "raised", type(exc).__name__])
    out.append([label] + warning_list(caught, resource=False))


@scenario("beta: runs warnings")
def _(ctx):
    client = ctx.client()
    runs = client.beta.threads.runs
    out: List[Any] = []
    grab = functools.partial(warnings_row, out)
    ctx.default_reply(reply(run_obj("completed")))
    grab("create", lambda: runs.create(THREAD_ID, assistant_id=ASST_ID))
    grab("retrieve", lambda: runs.retrieve(RUN_ID, thread_id=THREAD_ID))
    grab("update", lambda: runs.update(RUN_ID, thread_id=THREAD_ID, metadata={}))
    grab("cancel", lambda: runs.cancel(RUN_ID, thread_id=THREAD_ID))
    grab("submit_tool_outputs", lambda: runs.submit_tool_outputs(RUN_ID, thread_id=THREAD_ID, tool_outputs=[]))
    grab("poll", lambda: runs.poll(RUN_ID, THREAD_ID))
    grab("create_and_poll", lambda: runs.create_and_poll(thread_id=THREAD_ID, assistant_id=ASST_ID))
    grab(
        "submit_tool_outputs_and_poll",
        lambda: runs.submit_tool_outputs_and_poll(thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=[]),
    )
    grab("stream", lambda: runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID))
    grab("create_and_stream", lambda: runs.create_and_stream(thread_id=THREAD_ID, assistant_id=ASST_ID))
    grab(
        "submit_tool_outputs_stream",
        lambda: runs.submit_tool_outputs_stream(thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=[]),
    )
    grab("with_raw_response.retrieve", lambda: runs.with_raw_response.retrieve(RUN_ID, thread_id=THREAD_ID))
    ctx.default_reply(reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}))
    grab("list", lambda: runs.list(THREAD_ID))
    grab("steps.list", lambda: runs.steps.list(RUN_ID, thread_id=THREAD_ID))
    ctx.default_reply(reply(step_obj()))
    grab("steps.retrieve", lambda: runs.steps.retrieve(STEP_ID, thread_id=THREAD_ID, run_id=RUN_ID))
    ctx.note("warnings", out)


@scenario("beta: runs warnings (async, at call time)")
async def _(ctx):
    client = ctx.async_client()
    ctx.default_reply(reply(run_obj("completed")))
    with caught_warnings() as caught:
        pending = client.beta.threads.runs.retrieve(RUN_ID, thread_id=THREAD_ID)
        ctx.note("before await", [str(w.message) for w in caught])
        await pending
        ctx.note("after await", [str(w.message) for w in caught])


@scenario("beta: runs warnings (async)")
async def _(ctx):
    """How many warnings each async method gives when called, and then when awaited."""
    client = ctx.async_client()
    runs = client.beta.threads.runs
    threads = client.beta.threads
    out = []

    async def grab(label: str, call: Any) -> None:
        with caught_warnings() as caught:
            try:
                pending = call()
                at_call = len(caught)
                if hasattr(pending, "__await__"):
                    await pending
            except Exception as exc:
                out.append([label, "raised", type(exc).__name__])
                at_call = -1
        messages = [str(w.message) for w in caught if w.category is not ResourceWarning]
        out.append([label, at_call, messages])

    ctx.default_reply(reply(run_obj("completed")))
    await grab("create", lambda: runs.create(THREAD_ID, assistant_id=ASST_ID))
    await grab("retrieve", lambda: runs.retrieve(RUN_ID, thread_id=THREAD_ID))
    await grab("update", lambda: runs.update(RUN_ID, thread_id=THREAD_ID, metadata={}))
    await grab("cancel", lambda: runs.cancel(RUN_ID, thread_id=THREAD_ID))
    await grab("submit_tool_outputs", lambda: runs.submit_tool_outputs(RUN_ID, thread_id=THREAD_ID, tool_outputs=[]))
    await grab("poll", lambda: runs.poll(RUN_ID, THREAD_ID))
    await grab("create_and_poll", lambda: runs.create_and_poll(thread_id=THREAD_ID, assistant_id=ASST_ID))
    await grab(
        "submit_tool_outputs_and_poll",
        lambda: runs.submit_tool_outputs_and_poll(thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=[]),
    )
    await grab("stream", lambda: runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID))
    await grab("create_and_stream", lambda: runs.create_and_stream(thread_id=THREAD_ID, assistant_id=ASST_ID))
    await grab(
        "submit_tool_outputs_stream",
        lambda: runs.submit_tool_outputs_stream(thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=[]),
    )
    await grab("create_and_run", lambda: threads.create_and_run(assistant_id=ASST_ID))
    await grab("create_and_run_poll", lambda: threads.create_and_run_poll(assistant_id=ASST_ID))
    await grab("create_and_run_stream", lambda: threads.create_and_run_stream(assistant_id=ASST_ID))
    await grab("with_raw_response.retrieve", lambda: runs.with_raw_response.retrieve(RUN_ID, thread_id=THREAD_ID))
    ctx.default_reply(reply({"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}))
    await grab("list", lambda: runs.list(THREAD_ID))
    await grab("messages.list", lambda: threads.messages.list(THREAD_ID))
    ctx.note("warnings", out)


@scenario("beta: runs requires_action model")
def _(ctx):
    ctx.reply(reply(run_obj("requires_action")))
    run = ctx.call("run", lambda: ctx.client().beta.threads.runs.retrieve(RUN_ID, thread_id=THREAD_ID))
    action = getattr(run, "required_action", None)
    calls = action.submit_tool_outputs.tool_calls if action is not None else []
    ctx.see("tool calls", calls)
    ctx.note("arguments", [json.loads(c.function.arguments) for c in calls])


@scenario("beta: runs NOT_GIVEN and omitted")
def _(ctx):
    ctx.reply(reply(run_obj("queued")))
    ctx.call(
        "run",
        lambda: ctx.client().beta.threads.runs.create(
            THREAD_ID,
            assistant_id=ASST_ID,
            model=openai.NOT_GIVEN,
            include=openai.NOT_GIVEN,
            stream=openai.NOT_GIVEN,
            metadata={"a": "1"},
        ),
    )


@scenario("beta: raw and streaming views surface")
def _(ctx):
    client = ctx.client()
    resources = (
        ("assistants", client.beta.assistants),
        ("threads", client.beta.threads),
        ("messages", client.beta.threads.messages),
        ("runs", client.beta.threads.runs),
        ("steps", client.beta.threads.runs.steps),
    )
    views = {}
    for name, resource in resources:
        for view in ("with_raw_response", "with_streaming_response"):
            views[f"{name}.{view}"] = sorted(n for n in dir(getattr(resource, view)) if not n.startswith("_"))
    ctx.note("views", views)
    ctx.note("methods", {name: sorted(n for n in dir(r) if not n.startswith("_")) for name, r in resources})
