"""/threads/{id}/runs (+ steps), /threads/runs (create and run), tool outputs, cancel, streaming.

A run is created `queued`, is `in_progress` after its first read and finishes on its
`run_steps`-th read (see `_common`); streamed runs (`stream: true`) finish inside the request
and answer with the assistants event sequence. Finishing takes the next scripted entry for
"runs" (`fake.take_script("runs")`): with `tool_calls` the run stops in `requires_action` until
`submit_tool_outputs`; with `error` it fails; otherwise the assistant adds one message (the
scripted text, or `default_reply_text` of the thread's last user message).
"""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List, Optional

from .._core import ROUTES, SSE, APIErrorReply, FakeCore, FakeRequest, Reply, Scripted, Store, default_reply_text
from ._common import (
    advance,
    body_of,
    child,
    children,
    polled,
    read_page,
    require,
    start_progress,
    stop_progress,
    text_of,
)
from .assistants import add_message, assistants, messages, new_thread, text_block, threads

_DONE = ("requires_action", "cancelled", "failed", "completed", "incomplete", "expired")
_RUN_FIELDS = (
    "model",
    "instructions",
    "tools",
    "metadata",
    "temperature",
    "top_p",
    "max_prompt_tokens",
    "max_completion_tokens",
    "truncation_strategy",
    "tool_choice",
    "parallel_tool_calls",
    "response_format",
    "reasoning_effort",
)

Events = Optional[List[SSE]]


def runs(fake: FakeCore) -> Store:
    return fake.store("runs", "run")


def steps(fake: FakeCore) -> Store:
    return fake.store("run_steps", "run step")


def _emit(events: Events, name: str, data: Dict[str, Any]) -> None:
    # A snapshot: the objects keep changing after the event is queued.
    if events is not None:
        events.append(SSE(data=copy.deepcopy(data), event=name))


def _new_step(fake: FakeCore, run: Dict[str, Any], details: Dict[str, Any]) -> Dict[str, Any]:
    step = {
        "id": fake.new_id("step_"),
        "object": "thread.run.step",
        "created_at": fake.now(),
        "run_id": run["id"],
        "assistant_id": run["assistant_id"],
        "thread_id": run["thread_id"],
        "type": details["type"],
        "status": "in_progress",
        "cancelled_at": None,
        "completed_at": None,
        "expired_at": None,
        "failed_at": None,
        "last_error": None,
        "step_details": details,
        "usage": None,
        "metadata": None,
    }
    return steps(fake).add(step)


def _usage(prompt: str, reply: str) -> Dict[str, int]:
    prompt_tokens, completion_tokens = len(prompt.split()) + 1, len(reply.split()) + 1
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _last_user_text(fake: FakeCore, thread_id: str) -> str:
    users = [row for row in children(messages(fake), "thread_id", thread_id) if row["role"] == "user"]
    return text_of(users[-1]["content"]) if users else ""


def _reply_text(script: Any, prompt: str) -> str:
    if isinstance(script, Scripted):
        if script.text is not None:
            return script.text
        if script.json_output is not None:
            return json.dumps(script.json_output)
        if script.refusal is not None:
            return script.refusal
    return default_reply_text(prompt)


def _ask_for_tools(fake: FakeCore, run: Dict[str, Any], script: Scripted, events: Events) -> None:
    calls: List[Dict[str, Any]] = [
        {
            "id": call.id or fake.new_id("call_"),
            "type": "function",
            "function": {"name": call.name, "arguments": call.arguments},
        }
        for call in script.tool_calls
    ]
    step = _new_step(fake, run, {"type": "tool_calls", "tool_calls": []})
    _emit(events, "thread.run.step.created", step)
    _emit(events, "thread.run.step.in_progress", step)
    step["step_details"]["tool_calls"] = [{**call, "function": {**call["function"], "output": None}} for call in calls]
    delta = [{"index": i, **call} for i, call in enumerate(step["step_details"]["tool_calls"])]
    _emit(
        events,
        "thread.run.step.delta",
        {
            "id": step["id"],
            "object": "thread.run.step.delta",
            "delta": {"step_details": {"type": "tool_calls", "tool_calls": delta}},
        },
    )
    run.update(
        status="requires_action",
        required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}},
    )
    _emit(events, "thread.run.requires_action", run)


def _fail(fake: FakeCore, run: Dict[str, Any], error: APIErrorReply, events: Events) -> None:
    code = "rate_limit_exceeded" if error.status == 429 else "server_error"
    run.update(status="failed", failed_at=fake.now(), last_error={"code": code, "message": error.message})
    _emit(events, "thread.run.failed", run)


def _answer(fake: FakeCore, run: Dict[str, Any], script: Any, events: Events) -> None:
    """The assistant's message, with the step that created it, streamed in a few deltas."""
    prompt = _last_user_text(fake, run["thread_id"])
    text = _reply_text(script, prompt)
    message = add_message(
        fake,
        run["thread_id"],
        {"role": "assistant", "content": []},
        assistant_id=run["assistant_id"],
        run_id=run["id"],
        status="in_progress",
    )
    step = _new_step(fake, run, {"type": "message_creation", "message_creation": {"message_id": message["id"]}})
    _emit(events, "thread.run.step.created", step)
    _emit(events, "thread.run.step.in_progress", step)
    _emit(events, "thread.message.created", message)
    _emit(events, "thread.message.in_progress", message)
    words = text.split(" ")
    for i, word in enumerate(words):
        piece = word if i == len(words) - 1 else word + " "
        part = {"index": 0, "type": "text", "text": {"value": piece, "annotations": []}}
        _emit(
            events,
            "thread.message.delta",
            {"id": message["id"], "object": "thread.message.delta", "delta": {"content": [part]}},
        )
    finished = fake.now()
    message.update(status="completed", completed_at=finished, content=[text_block(text)])
    _emit(events, "thread.message.completed", message)
    usage = _usage(prompt, text)
    step.update(status="completed", completed_at=finished, usage=usage)
    _emit(events, "thread.run.step.completed", step)
    run.update(status="completed", completed_at=finished, usage=usage)
    _emit(events, "thread.run.completed", run)


def _finish(fake: FakeCore, run: Dict[str, Any], events: Events) -> None:
    """The run does its work: asks for tools, fails, or answers (see the module docstring)."""
    script = fake.take_script("runs")
    if isinstance(script, Scripted) and script.tool_calls:
        _ask_for_tools(fake, run, script, events)
    elif isinstance(script, Scripted) and script.error is not None:
        _fail(fake, run, script.error, events)
    else:
        _answer(fake, run, script, events)


def _start(fake: FakeCore, run: Dict[str, Any], events: Events) -> None:
    if run["started_at"] is None:
        run["started_at"] = fake.now()
    run["status"] = "in_progress"
    _emit(events, "thread.run.in_progress", run)


def _go(fake: FakeCore, run: Dict[str, Any], stream: bool, events: Events) -> Any:
    """A queued run: finish it now when streaming (or when `run_steps` is 0), else on reads."""
    if stream or start_progress(fake, run["id"], "run_steps") == 0:
        _start(fake, run, events)
        _finish(fake, run, events)
    if not stream:
        return run
    assert events is not None
    events.append(SSE(data="[DONE]", event="done"))
    return Reply(events=events)


def _read(fake: FakeCore, run: Dict[str, Any]) -> Dict[str, Any]:
    """One read: a queued run starts, and finishes on its last read."""
    if run["status"] == "cancelling":
        run.update(status="cancelled", cancelled_at=fake.now())
        return run
    left = advance(fake, run["id"])
    if left is not None:
        _start(fake, run, None)
        if left == 0:
            _finish(fake, run, None)
    return run


def _new_run(fake: FakeCore, thread_id: str, body: Dict[str, Any], events: Events) -> Dict[str, Any]:
    assistant = assistants(fake).get(require(body, "assistant_id"))
    threads(fake).get(thread_id)
    for message in body.get("additional_messages") or []:
        add_message(fake, thread_id, message)
    created = fake.now()
    run: Dict[str, Any] = {
        "id": fake.new_id("run_"),
        "object": "thread.run",
        "created_at": created,
        "assistant_id": assistant["id"],
        "thread_id": thread_id,
        "status": "queued",
        "started_at": None,
        "expires_at": created + 600,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": None,
        "required_action": None,
        "last_error": None,
        "model": assistant["model"],
        "instructions": assistant["instructions"] or "",
        "tools": assistant["tools"],
        "metadata": {},
        "incomplete_details": None,
        "usage": None,
        "temperature": assistant.get("temperature"),
        "top_p": assistant.get("top_p"),
        "max_prompt_tokens": None,
        "max_completion_tokens": None,
        "truncation_strategy": {"type": "auto", "last_messages": None},
        "response_format": assistant.get("response_format") or "auto",
        "tool_choice": "auto",
        "parallel_tool_calls": True,
    }
    for name in _RUN_FIELDS:
        if body.get(name) is not None:
            run[name] = body[name]
    if body.get("additional_instructions"):
        run["instructions"] = f"{run['instructions']} {body['additional_instructions']}".strip()
    runs(fake).add(run)
    _emit(events, "thread.run.created", run)
    _emit(events, "thread.run.queued", run)
    return run


@ROUTES.route("POST", "/threads/{thread_id}/runs")
def create(fake: FakeCore, request: FakeRequest, thread_id: str) -> Any:
    body = body_of(request)
    stream = bool(body.get("stream"))
    events: Events = [] if stream else None
    return _go(fake, _new_run(fake, thread_id, body, events), stream, events)


def create_and_run(fake: FakeCore, request: FakeRequest) -> Any:
    """POST /threads/runs (routed from `assistants.py`): a new thread and a run on it."""
    body = body_of(request)
    assistants(fake).get(require(body, "assistant_id"))
    stream = bool(body.get("stream"))
    events: Events = [] if stream else None
    thread = new_thread(fake, body.get("thread") or {})
    _emit(events, "thread.created", thread)
    return _go(fake, _new_run(fake, thread["id"], body, events), stream, events)


def _run(fake: FakeCore, thread_id: str, run_id: str) -> Dict[str, Any]:
    threads(fake).get(thread_id)
    return child(runs(fake), run_id, "thread_id", thread_id)


@ROUTES.route("GET", "/threads/{thread_id}/runs")
def list_runs(fake: FakeCore, request: FakeRequest, thread_id: str) -> Dict[str, Any]:
    threads(fake).get(thread_id)
    return read_page(runs(fake), request, lambda run: _read(fake, run), children(runs(fake), "thread_id", thread_id))


@ROUTES.route("GET", "/threads/{thread_id}/runs/{run_id}")
def retrieve(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str) -> Any:
    run = _read(fake, _run(fake, thread_id, run_id))
    return polled(run, run["status"] not in _DONE)


@ROUTES.route("POST", "/threads/{thread_id}/runs/{run_id}")
def update(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str) -> Dict[str, Any]:
    run = _run(fake, thread_id, run_id)
    run["metadata"] = body_of(request).get("metadata") or {}
    return run


@ROUTES.route("POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs")
def submit_tool_outputs(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str) -> Any:
    run = _run(fake, thread_id, run_id)
    if run["status"] != "requires_action":
        raise APIErrorReply(400, f'Runs in status "{run["status"]}" do not accept tool outputs.', param="run_id")
    body = body_of(request)
    outputs = {output.get("tool_call_id"): output.get("output") for output in require(body, "tool_outputs")}
    expected = [call["id"] for call in run["required_action"]["submit_tool_outputs"]["tool_calls"]]
    missing = [id for id in expected if id not in outputs]
    if missing:
        raise APIErrorReply(
            400,
            f"Expected tool outputs for call_ids {expected}, got {sorted(k for k in outputs if k)}.",
            param="tool_outputs",
        )
    stream = bool(body.get("stream"))
    events: Events = [] if stream else None
    for step in children(steps(fake), "run_id", run_id):
        if step["type"] == "tool_calls" and step["status"] == "in_progress":
            for call in step["step_details"]["tool_calls"]:
                call["function"]["output"] = outputs.get(call["id"])
            step.update(status="completed", completed_at=fake.now())
            _emit(events, "thread.run.step.completed", step)
    run.update(status="queued", required_action=None)
    _emit(events, "thread.run.queued", run)
    return _go(fake, run, stream, events)


@ROUTES.route("POST", "/threads/{thread_id}/runs/{run_id}/cancel")
def cancel(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str) -> Dict[str, Any]:
    run = _run(fake, thread_id, run_id)
    if run["status"] in _DONE and run["status"] != "requires_action":
        raise APIErrorReply(400, f"Cannot cancel run with status '{run['status']}'.", param="run_id")
    stop_progress(fake, run_id)
    run.update(status="cancelling", required_action=None)
    return run


@ROUTES.route("GET", "/threads/{thread_id}/runs/{run_id}/steps")
def list_steps(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str) -> Dict[str, Any]:
    _run(fake, thread_id, run_id)
    return steps(fake).page(request, items=children(steps(fake), "run_id", run_id))


@ROUTES.route("GET", "/threads/{thread_id}/runs/{run_id}/steps/{step_id}")
def retrieve_step(fake: FakeCore, request: FakeRequest, thread_id: str, run_id: str, step_id: str) -> Dict[str, Any]:
    _run(fake, thread_id, run_id)
    return child(steps(fake), step_id, "run_id", run_id)
