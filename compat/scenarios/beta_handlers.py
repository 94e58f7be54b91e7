"""Area C: the Assistants streaming helpers and event handlers -- `runs.stream`,
`runs.create_and_stream`, `runs.submit_tool_outputs_stream`, `threads.create_and_run_stream`,
sync and async, with and without a custom `AssistantEventHandler`.

A recording handler logs every callback it receives, with its arguments, in order (and the
events the caller's loop gets, interleaved), so the order of callbacks is compared too; then the
handler's accessors (`get_final_run()`, `get_final_messages()`, `current_run`...) are recorded.
"""

from __future__ import annotations

import warnings
from typing import Any, Dict, List

from dsl import Ctx, caught_warnings, scenario, warning_list
from helpers import aread_stream, read_stream, whole_body
from observe import describe, describe_exception, jsonable
from server import Reply, time_sleep

import openai
from scenarios.beta_runs import (
    ASST_ID,
    RUN_ID,
    THREAD_ID,
    TOOL_OUTPUTS,
    after_tool_outputs_stream,
    code_interpreter_stream,
    ev,
    file_search_stream,
    first_then_break,
    function_call_stream,
    message_obj,
    run_obj,
    run_start,
    step_obj,
    stream_reply,
    text_part,
    text_stream,
)

# ------------------------------------------------------------------------------ recording handlers


def _state(handler: Any) -> List[Any]:
    """What the handler's properties say at this moment."""
    event = handler.current_event
    run = handler.current_run
    return [getattr(event, "event", None), getattr(run, "status", None)]


# The callbacks logged with their arguments described (`on_event` and `on_exception` log less).
_CALLBACKS = (
    "on_run_step_created",
    "on_run_step_delta",
    "on_run_step_done",
    "on_tool_call_created",
    "on_tool_call_delta",
    "on_tool_call_done",
    "on_timeout",
    "on_message_created",
    "on_message_delta",
    "on_message_done",
    "on_text_created",
    "on_text_delta",
    "on_text_done",
    "on_image_file_done",
    "on_end",
)


def _recorder(name: str, base: Any, is_async: bool) -> Any:
    """A subclass of the event handler `base` that logs every callback into `self.log`:
    [name, state, described arguments...]; its callbacks are coroutines when `is_async`."""

    def entry(callback: str, log: Any) -> Any:
        if is_async:

            async def record_async(self: Any, *args: Any) -> None:
                self.log.append(log(self, callback, *args))

            return record_async

        def record(self: Any, *args: Any) -> None:
            self.log.append(log(self, callback, *args))

        return record

    def described(self: Any, callback: str, *args: Any) -> List[Any]:
        return [callback, _state(self)] + [describe(a) for a in args]

    def init(self: Any) -> None:
        base.__init__(self)
        self.log = []

    namespace: Dict[str, Any] = {"__init__": init, "__module__": __name__, "__qualname__": name}
    namespace.update({callback: entry(callback, described) for callback in _CALLBACKS})
    namespace["on_event"] = entry(
        "on_event",
        lambda self, callback, event: [
            callback,
            _state(self),
            event.event,
            type(event).__name__,
            type(event.data).__name__,
        ],
    )
    namespace["on_exception"] = entry(
        "on_exception", lambda self, callback, exception: [callback, _state(self), describe_exception(exception)]
    )
    return type(name, (base,), namespace)


Recorder = _recorder("Recorder", openai.AssistantEventHandler, is_async=False)
AsyncRecorder = _recorder("AsyncRecorder", openai.AsyncAssistantEventHandler, is_async=True)


def _record_log(ctx: Ctx, log: List[Any], prefix: str = "") -> None:
    """The callback order first (compared name by name), then the full entries."""
    ctx.note(prefix + "callback order", [entry[0] for entry in log])
    ctx.observations.append([prefix + "callbacks", list(log)])


_CURRENT = ("current_run", "current_event", "current_message_snapshot", "current_run_step_snapshot")
_FINAL = ("get_final_run", "get_final_run_steps", "get_final_messages")


def _finals(ctx: Ctx, handler: Any) -> None:
    """The handler's accessors once the stream is over."""
    for name in _CURRENT:
        ctx.call(name, lambda name=name: getattr(handler, name))
    for name in _FINAL:
        ctx.call(name, getattr(handler, name))


async def _afinals(ctx: Ctx, handler: Any) -> None:
    for name in _CURRENT:
        ctx.call(name, lambda name=name: getattr(handler, name))
    for name in _FINAL:
        await ctx.acall(name, getattr(handler, name))


def _describer(ctx: Ctx, stream: Any, handler: Any) -> Any:
    """Notes what entering the manager gave; returns the event describer for `read_stream`,
    which also logs each event the loop gets into the handler's log (between its callbacks)."""
    ctx.note("entered is the handler", stream is handler if handler is not None else type(stream).__name__)
    log = handler.log if handler is not None else None

    def each(event: Any) -> Any:
        described = describe(event)
        if log is not None:
            log.append(["<yield>", event.event])
        return described

    return each


def _record_read(ctx: Ctx, events: List[Any], error: Any) -> None:
    if error is not None:
        ctx.record("raised", error)
    ctx.record("events", events)


def _drive(ctx: Ctx, manager: Any, handler: Any) -> None:
    """`with manager as stream: for event in stream` with the events interleaved in the log."""
    with manager as stream:
        _record_read(ctx, *read_stream(stream, each=_describer(ctx, stream, handler)))
    if handler is not None:
        _record_log(ctx, handler.log)
    _finals(ctx, stream)


async def _adrive(ctx: Ctx, manager: Any, handler: Any) -> None:
    async with manager as stream:
        _record_read(ctx, *await aread_stream(stream, each=_describer(ctx, stream, handler)))
    if handler is not None:
        _record_log(ctx, handler.log)
    await _afinals(ctx, stream)


def _run_stream(client: Any, handler: Any = None, **kwargs: Any) -> Any:
    """`client.beta.threads.runs.stream(...)` of the test assistant on the test thread, with
    `handler` as its event handler (none: the default one) and `kwargs`."""
    options = {"thread_id": THREAD_ID, "assistant_id": ASST_ID, **kwargs}
    if handler is not None:
        options["event_handler"] = handler
    return client.beta.threads.runs.stream(**options)


def _drive_recorded(ctx: Ctx, client: Any = None) -> None:
    """`runs.stream(...)` with a `Recorder` on the scripted reply, driven by `_drive`."""
    handler = Recorder()
    _drive(ctx, _run_stream(client or ctx.client(), handler), handler)


STREAMS = {
    "text": text_stream,
    "code interpreter": code_interpreter_stream,
    "file search": file_search_stream,
    "function calls": function_call_stream,
}

# ------------------------------------------------------------------------------ runs.stream


def _register_stream_kinds() -> None:
    for kind, build in STREAMS.items():

        def sync_case(ctx: Ctx, build: Any = build) -> None:
            ctx.reply(stream_reply(*build()))
            handler = Recorder()
            manager = _run_stream(ctx.client(), handler)
            ctx.note("manager", type(manager).__name__)
            _drive(ctx, manager, handler)

        async def async_case(ctx: Ctx, build: Any = build) -> None:
            ctx.reply(stream_reply(*build()))
            handler = AsyncRecorder()
            manager = _run_stream(ctx.async_client(), handler)
            ctx.note("manager", type(manager).__name__)
            await _adrive(ctx, manager, handler)

        scenario(f"beta: runs.stream handler {kind}")(sync_case)
        scenario(f"beta: runs.stream handler {kind} (async)")(async_case)


_register_stream_kinds()


@scenario("beta: runs.stream default handler")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    manager = ctx.client().beta.threads.runs.stream(
        thread_id=THREAD_ID,
        assistant_id=ASST_ID,
        instructions="Please address the user as Jane Doe.",
        additional_instructions="The user has a premium account.",
        additional_messages=[{"role": "user", "content": "Hi"}],
        metadata={"k": "v"},
        model="gpt-4o",
        temperature=0.5,
        tool_choice="auto",
        tools=[{"type": "file_search"}],
        top_p=0.9,
        truncation_strategy={"type": "auto"},
        parallel_tool_calls=False,
        response_format="auto",
        max_prompt_tokens=1000,
        max_completion_tokens=300,
        reasoning_effort="high",
        include=["step_details.tool_calls[*].file_search.results[*].content"],
    )
    _drive(ctx, manager, None)


@scenario("beta: runs.stream default handler (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    manager = ctx.async_client().beta.threads.runs.stream(
        thread_id=THREAD_ID, assistant_id=ASST_ID, include=["step_details.tool_calls[*].file_search.results[*].content"]
    )
    await _adrive(ctx, manager, None)


@scenario("beta: runs.stream text_deltas")
def _(ctx):
    ctx.reply(stream_reply(*code_interpreter_stream()))
    with _run_stream(ctx.client()) as stream:
        ctx.note("text_deltas", list(stream.text_deltas))
    _finals(ctx, stream)


@scenario("beta: runs.stream text_deltas (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    async with _run_stream(ctx.async_client()) as stream:
        ctx.note("text_deltas", [t async for t in stream.text_deltas])
    ctx.note("final run status", (await stream.get_final_run()).status)


@scenario("beta: runs.stream until_done then finals")
def _(ctx):
    ctx.reply(stream_reply(*file_search_stream()))
    handler = Recorder()
    with _run_stream(ctx.client(), handler) as stream:
        ctx.note("until_done", stream.until_done())
        _record_log(ctx, handler.log)
        _finals(ctx, stream)
    ctx.note("closed", "after exit")
    ctx.note("iterating again", [e.event for e in stream])


@scenario("beta: runs.stream until_done then finals (async)")
async def _(ctx):
    ctx.reply(stream_reply(*file_search_stream()))
    handler = AsyncRecorder()
    async with _run_stream(ctx.async_client(), handler) as stream:
        ctx.note("until_done", await stream.until_done())
        _record_log(ctx, handler.log)
        await _afinals(ctx, stream)


@scenario("beta: runs.stream break then continue")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    handler = Recorder()
    with _run_stream(ctx.client(), handler) as stream:
        first_then_break(ctx, stream)
        _record_log(ctx, handler.log, "at break ")
        ctx.note("next()", next(stream).event)
        ctx.note("rest", [e.event for e in stream])
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream break then continue (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    handler = AsyncRecorder()
    async with _run_stream(ctx.async_client(), handler) as stream:
        first = await stream.__anext__()
        ctx.see("first", first)
        seen = []
        async for event in stream:
            seen.append(event.event)
            if event.event == "thread.message.created":
                break
        ctx.note("until break", seen)
        ctx.note("rest", [e.event async for e in stream])
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream close mid-way")
def _(ctx):
    # The whole body in one write, with its length: it is read before `close()` on both sides,
    # so what follows does not depend on timing.
    ctx.reply(whole_body(stream_reply(*text_stream())))
    handler = Recorder()
    with _run_stream(ctx.client(), handler) as stream:
        events = [next(stream).event, next(stream).event]
        stream.close()
        ctx.note("events before close", events)
        rest = []
        try:
            for event in stream:
                rest.append(event.event)
        except Exception as exc:
            rest.append(describe_exception(exc))
        ctx.note("after close", rest)
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream exit without reading")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    handler = Recorder()
    with _run_stream(ctx.client(), handler):
        pass
    _record_log(ctx, handler.log)
    ctx.call("get_final_run after exit", handler.get_final_run)
    _record_log(ctx, handler.log, "after get_final_run ")


# 1.102.0 sends the second request (starting a run nobody reads, its response left open) before it
# refuses the handler; ours refuses it before sending.
@scenario("beta: runs.stream handler reused", deviation="assistants-handler-reuse")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()), stream_reply(*text_stream()))
    handler = Recorder()
    runs = ctx.client().beta.threads.runs
    with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler) as stream:
        stream.until_done()
    try:
        with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler) as again:
            ctx.note("second", [e.event for e in again])
    except Exception as exc:
        ctx.see("second use", exc)
    ctx.note("requests", len(ctx.server.requests))


@scenario("beta: runs.stream handler used without manager")
def _(ctx):
    handler = Recorder()
    ctx.call("next()", lambda: next(handler))
    ctx.call("until_done()", handler.until_done)
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream handler used without manager (async)")
async def _(ctx):
    handler = AsyncRecorder()
    await ctx.acall("anext()", handler.__anext__)
    await ctx.acall("until_done()", handler.until_done)
    await ctx.acall("get_final_run()", handler.get_final_run)
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream exit without reading (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    handler = AsyncRecorder()
    runs = ctx.async_client().beta.threads.runs
    async with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler):
        pass
    _record_log(ctx, handler.log)
    await ctx.acall("get_final_run after exit", handler.get_final_run)
    _record_log(ctx, handler.log, "after get_final_run ")


@scenario("beta: runs.stream close mid-way (async)")
async def _(ctx):
    ctx.reply(whole_body(stream_reply(*text_stream())))
    handler = AsyncRecorder()
    runs = ctx.async_client().beta.threads.runs
    async with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler) as stream:
        events = [(await stream.__anext__()).event, (await stream.__anext__()).event]
        await stream.close()
        ctx.note("events before close", events)
        rest = []
        try:
            async for event in stream:
                rest.append(event.event)
        except Exception as exc:
            rest.append(describe_exception(exc))
        ctx.note("after close", rest)
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream handler reused (async)", deviation="assistants-handler-reuse")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()), stream_reply(*text_stream()))
    handler = AsyncRecorder()
    runs = ctx.async_client().beta.threads.runs
    async with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler) as stream:
        await stream.until_done()
    try:
        async with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=handler) as again:
            ctx.note("second", [e.event async for e in again])
    except Exception as exc:
        ctx.see("second use", exc)
    ctx.note("requests", len(ctx.server.requests))


@scenario("beta: runs.stream two text blocks and two messages")
def _(ctx):
    """Blocks are tracked by index across messages: the second message's first delta (index 0)
    follows a block at index 1."""
    delta = lambda index, value: {  # noqa: E731
        "id": "msg_abc123",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": index, "type": "text", "text": {"value": value, "annotations": []}}]},
    }
    second = message_obj("in_progress", id="msg_def456")
    first_done = message_obj("completed", [text_part("One"), text_part("Two more")])
    ctx.reply(
        stream_reply(
            *run_start(),
            ev("thread.message.created", message_obj("in_progress")),
            ev("thread.message.delta", delta(0, "One")),
            ev("thread.message.delta", delta(1, "Two")),
            ev("thread.message.delta", delta(1, " more")),
            ev("thread.message.completed", first_done),
            ev("thread.message.created", second),
            ev("thread.message.delta", dict(delta(0, "Three"), id="msg_def456")),
            ev("thread.message.completed", message_obj("completed", [text_part("Three")], id="msg_def456")),
            ev("thread.run.completed", run_obj("completed")),
        )
    )
    _drive_recorded(ctx)


@scenario("beta: runs.stream http error")
def _(ctx):
    ctx.reply(
        Reply(
            400,
            json_body={
                "error": {
                    "message": "Thread thread_abc123 already has an active run run_old.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            },
            headers={"x-request-id": "req_400"},
        )
    )
    handler = Recorder()
    try:
        with _run_stream(ctx.client(), handler) as stream:
            ctx.note("entered", type(stream).__name__)
    except Exception as exc:
        ctx.see("raised", exc)
    _record_log(ctx, handler.log)


@scenario("beta: runs.stream broken connection", deviation="stream-interrupted-error")
def _(ctx):
    reply = stream_reply(*text_stream())
    reply.chunks = reply.chunks[:8] + [b'event: thread.message.delta\ndata: {"id": "msg_ab', b"<cut>"]
    ctx.reply(reply)
    _drive_recorded(ctx)


@scenario("beta: runs.stream broken connection (async)", deviation="stream-interrupted-error")
async def _(ctx):
    reply = stream_reply(*text_stream())
    reply.chunks = reply.chunks[:8] + [b"<cut>"]
    ctx.reply(reply)
    handler = AsyncRecorder()
    await _adrive(
        ctx,
        _run_stream(ctx.async_client(), handler),
        handler,
    )


class _SlowChunks(list):
    """Chunks written with a real pause before the one at `at` (the server thread waits)."""

    def __init__(self, chunks: List[bytes], at: int, pause: float) -> None:
        super().__init__(chunks)
        self.at = at
        self.pause = pause

    def __iter__(self):  # type: ignore[no-untyped-def]
        for i, chunk in enumerate(list.__iter__(self)):
            if i == self.at:
                time_sleep(self.pause)
            yield chunk


@scenario("beta: runs.stream read timeout mid-stream", deviation="stream-interrupted-error")
def _(ctx):
    reply = stream_reply(*text_stream())
    reply.chunks = _SlowChunks(reply.chunks, 4, 0.5)
    ctx.reply(reply)
    _drive_recorded(ctx, ctx.client(timeout=0.15, max_retries=0))


@scenario("beta: runs.stream failed step and run")
def _(ctx):
    ctx.reply(
        stream_reply(
            *run_start(),
            ev("thread.run.step.created", step_obj("in_progress")),
            ev("thread.run.step.failed", step_obj("failed", last_error={"code": "server_error", "message": "boom"})),
            ev("thread.run.failed", run_obj("failed")),
        )
    )
    _drive_recorded(ctx)


# 1.102.0 parses an `error` event as `ThreadCreated`; ours yields an `ErrorEvent` (to `on_event`).
@scenario("beta: runs.stream error event", deviation="assistants-error-event")
def _(ctx):
    ctx.reply(
        stream_reply(
            *run_start(),
            ev("thread.run.failed", run_obj("failed")),
            ev("error", {"code": "server_error", "message": "Sorry, something went wrong."}),
        )
    )
    _drive_recorded(ctx)


@scenario("beta: runs.stream error event with error key")
def _(ctx):
    ctx.reply(
        stream_reply(
            *run_start(),
            ev(
                "error",
                {
                    "error": {
                        "message": "The server had an error while processing your request.",
                        "type": "server_error",
                    }
                },
            ),
        )
    )
    _drive_recorded(ctx)


@scenario("beta: runs.stream incomplete message and cancelled run")
def _(ctx):
    ctx.reply(
        stream_reply(
            *run_start(),
            ev("thread.run.step.created", step_obj("in_progress")),
            ev("thread.message.created", message_obj("in_progress")),
            ev(
                "thread.message.delta",
                {
                    "id": "msg_abc123",
                    "object": "thread.message.delta",
                    "delta": {
                        "content": [{"index": 0, "type": "text", "text": {"value": "Let me", "annotations": []}}]
                    },
                },
            ),
            ev("thread.run.cancelling", run_obj("cancelling")),
            ev(
                "thread.message.incomplete",
                message_obj(
                    "incomplete",
                    incomplete_details={"reason": "run_cancelled"},
                    content=[{"type": "text", "text": {"value": "Let me", "annotations": []}}],
                ),
            ),
            ev("thread.run.step.cancelled", step_obj("cancelled", cancelled_at=1699063299)),
            ev("thread.run.cancelled", run_obj("cancelled")),
        )
    )
    _drive_recorded(ctx)


@scenario("beta: runs.stream message without content deltas")
def _(ctx):
    ctx.reply(
        stream_reply(
            *run_start(),
            ev("thread.message.created", message_obj("in_progress")),
            ev(
                "thread.message.delta",
                {"id": "msg_abc123", "object": "thread.message.delta", "delta": {"role": "assistant"}},
            ),
            ev("thread.message.completed", message_obj("completed", [])),
            ev("thread.run.completed", run_obj("completed")),
        )
    )
    _drive_recorded(ctx)


# ------------------------------------------------------------------------------ the other helpers


@scenario("beta: runs.create_and_stream handler")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    handler = Recorder()
    with caught_warnings() as caught:
        manager = ctx.client().beta.threads.runs.create_and_stream(
            thread_id=THREAD_ID,
            assistant_id=ASST_ID,
            event_handler=handler,
            additional_instructions="Be short.",
            tools=[{"type": "code_interpreter"}],
            metadata={"a": "b"},
        )
    ctx.note("warnings", warning_list(caught, resource=False))
    _drive(ctx, manager, handler)


@scenario("beta: runs.create_and_stream default (async)")
async def _(ctx):
    ctx.reply(stream_reply(*code_interpreter_stream()))
    manager = ctx.async_client().beta.threads.runs.create_and_stream(thread_id=THREAD_ID, assistant_id=ASST_ID)
    await _adrive(ctx, manager, None)


@scenario("beta: runs.submit_tool_outputs_stream handler")
def _(ctx):
    ctx.reply(stream_reply(*after_tool_outputs_stream()))
    handler = Recorder()
    manager = ctx.client().beta.threads.runs.submit_tool_outputs_stream(
        thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=TOOL_OUTPUTS, event_handler=handler
    )
    _drive(ctx, manager, handler)


@scenario("beta: runs.submit_tool_outputs_stream default (async)")
async def _(ctx):
    ctx.reply(stream_reply(*after_tool_outputs_stream()))
    manager = ctx.async_client().beta.threads.runs.submit_tool_outputs_stream(
        thread_id=THREAD_ID, run_id=RUN_ID, tool_outputs=TOOL_OUTPUTS, extra_headers={"X-Trace": "s"}
    )
    await _adrive(ctx, manager, None)


@scenario("beta: function calls then submit_tool_outputs_stream")
def _(ctx):
    """The whole tool-calling flow: stream until requires_action, answer each call, stream on."""
    ctx.reply(stream_reply(*function_call_stream()), stream_reply(*after_tool_outputs_stream()))
    runs = ctx.client().beta.threads.runs
    first = Recorder()
    with runs.stream(thread_id=THREAD_ID, assistant_id=ASST_ID, event_handler=first) as stream:
        stream.until_done()
        run = stream.current_run
    _record_log(ctx, first.log, "first ")
    calls = run.required_action.submit_tool_outputs.tool_calls if run and run.required_action else []
    outputs = [{"tool_call_id": call.id, "output": f"result of {call.function.name}"} for call in calls]
    ctx.note("outputs", outputs)
    second = Recorder()
    with runs.submit_tool_outputs_stream(
        thread_id=run.thread_id if run else THREAD_ID,
        run_id=run.id if run else RUN_ID,
        tool_outputs=outputs,
        event_handler=second,
    ) as stream:
        ctx.note("text", list(stream.text_deltas))
    _record_log(ctx, second.log, "second ")
    _finals(ctx, second)


@scenario("beta: threads.create_and_run_stream handler")
def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    handler = Recorder()
    manager = ctx.client().beta.threads.create_and_run_stream(
        # every parameter, in an order unlike the official body order
        event_handler=handler,
        truncation_strategy={"type": "last_messages", "last_messages": 4},
        top_p=0.5,
        tools=[{"type": "code_interpreter"}],
        tool_resources={"code_interpreter": {"file_ids": ["file-1"]}},
        tool_choice="auto",
        thread={"messages": [{"role": "user", "content": "Hello!"}], "metadata": {"t": "1"}},
        temperature=0.7,
        response_format={"type": "json_object"},
        parallel_tool_calls=True,
        model="gpt-4o",
        metadata={"m": "1"},
        max_prompt_tokens=900,
        max_completion_tokens=100,
        instructions="Greet.",
        assistant_id=ASST_ID,
    )
    _drive(ctx, manager, handler)


@scenario("beta: threads.create_and_run_stream default")
def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    manager = ctx.client().beta.threads.create_and_run_stream(
        assistant_id=ASST_ID, thread={"messages": [{"role": "user", "content": "Hello!"}]}
    )
    _drive(ctx, manager, None)


@scenario("beta: threads.create_and_run_stream handler (async)")
async def _(ctx):
    ctx.reply(stream_reply(*code_interpreter_stream()))
    handler = AsyncRecorder()
    manager = ctx.async_client().beta.threads.create_and_run_stream(
        assistant_id=ASST_ID, event_handler=handler, extra_body={"x": 1}, extra_query={"q": "1"}
    )
    await _adrive(ctx, manager, handler)


@scenario("beta: threads.create_and_run_stream default (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    manager = ctx.async_client().beta.threads.create_and_run_stream(assistant_id=ASST_ID)
    await _adrive(ctx, manager, None)


@scenario("beta: event handler class surface")
def _(ctx):
    handler = openai.AssistantEventHandler()
    ctx.note(
        "public attributes",
        sorted(n for n in dir(handler) if not n.startswith("_")),
    )
    ahandler = openai.AsyncAssistantEventHandler()
    ctx.note(
        "async public attributes",
        sorted(n for n in dir(ahandler) if not n.startswith("_")),
    )
    ctx.note("initial state", jsonable([handler.current_event, handler.current_run, handler.current_message_snapshot]))
    ctx.note("initial run step snapshot", jsonable(handler.current_run_step_snapshot))
    from openai.lib.streaming import AssistantStreamManager, AsyncAssistantStreamManager

    ctx.note("managers", [AssistantStreamManager.__name__, AsyncAssistantStreamManager.__name__])


# ------------------------------------------------------------------------------ body order of the helpers
# Each streaming helper builds its body in its own key order (not `create`'s); every parameter is
# given here, in reverse order, so the wire shows the helper's order.

STREAM_PARAMS: Dict[str, Any] = dict(
    truncation_strategy={"type": "last_messages", "last_messages": 6},
    top_p=0.9,
    tools=[{"type": "code_interpreter"}],
    tool_choice={"type": "code_interpreter"},
    temperature=0.4,
    response_format={"type": "json_object"},
    reasoning_effort="low",
    parallel_tool_calls=False,
    model="gpt-4o",
    metadata={"trace": "t-1"},
    max_prompt_tokens=3000,
    max_completion_tokens=400,
    instructions="You are terse.",
    additional_messages=[{"role": "user", "content": "Plot y = x^2"}],
    additional_instructions="Use matplotlib.",
    assistant_id=ASST_ID,
)


@scenario("beta: runs.create_and_stream every parameter")
def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        manager = ctx.client().beta.threads.runs.create_and_stream(thread_id=THREAD_ID, **STREAM_PARAMS)
    _drive(ctx, manager, None)


@scenario("beta: runs.create_and_stream every parameter (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    params = {k: v for k, v in STREAM_PARAMS.items() if k != "reasoning_effort"}  # 1.102.0's async one has none
    manager = ctx.async_client().beta.threads.runs.create_and_stream(thread_id=THREAD_ID, **params)
    await _adrive(ctx, manager, None)


@scenario("beta: runs.stream every parameter (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream()))
    manager = ctx.async_client().beta.threads.runs.stream(
        thread_id=THREAD_ID, include=["step_details.tool_calls[*].file_search.results[*].content"], **STREAM_PARAMS
    )
    await _adrive(ctx, manager, None)


@scenario("beta: threads.create_and_run_stream every parameter (async)")
async def _(ctx):
    ctx.reply(stream_reply(*text_stream(with_thread=True)))
    params = {
        k: v
        for k, v in STREAM_PARAMS.items()
        if k not in ("reasoning_effort", "additional_messages", "additional_instructions")
    }
    manager = ctx.async_client().beta.threads.create_and_run_stream(
        tool_resources={"code_interpreter": {"file_ids": ["file-1"]}},
        thread={"messages": [{"role": "user", "content": "Hello!"}]},
        **params,
    )
    await _adrive(ctx, manager, None)
