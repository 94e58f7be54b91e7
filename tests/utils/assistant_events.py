"""Event sequences of streamed Assistants runs (text with annotations, parallel function calls and
their tool outputs, code interpreter, failures) and a recording `AssistantEventHandler`, shared by
the stream helper tests in tests/lib/."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

import openai
from openai.lib.streaming import AssistantEventHandler, AsyncAssistantEventHandler

THREAD, RUN, ASSISTANT = "thread_1", "run_1", "asst_1"


Event = Tuple[str, Dict[str, Any]]


def run_json(status: str, **fields: Any) -> Dict[str, Any]:
    return {
        "id": RUN,
        "object": "thread.run",
        "created_at": 1700000000,
        "thread_id": THREAD,
        "assistant_id": ASSISTANT,
        "status": status,
        "model": "gpt-4o",
        "instructions": "You are helpful.",
        "tools": [],
        "parallel_tool_calls": True,
        **fields,
    }


def step_json(step_id: str, details: Dict[str, Any], status: str = "in_progress") -> Dict[str, Any]:
    return {
        "id": step_id,
        "object": "thread.run.step",
        "created_at": 1700000001,
        "assistant_id": ASSISTANT,
        "thread_id": THREAD,
        "run_id": RUN,
        "type": details["type"],
        "status": status,
        "step_details": details,
    }


def message_json(message_id: str, *content: Dict[str, Any], status: str = "in_progress") -> Dict[str, Any]:
    return {
        "id": message_id,
        "object": "thread.message",
        "created_at": 1700000002,
        "thread_id": THREAD,
        "run_id": RUN,
        "assistant_id": ASSISTANT,
        "role": "assistant",
        "status": status,
        "content": list(content),
        "attachments": [],
        "metadata": {},
    }


def text_block(value: str, *annotations: Dict[str, Any]) -> Dict[str, Any]:
    return {"type": "text", "text": {"value": value, "annotations": list(annotations)}}


def message_step(step_id: str, message_id: str, status: str = "in_progress") -> Dict[str, Any]:
    details = {"type": "message_creation", "message_creation": {"message_id": message_id}}
    return step_json(step_id, details, status)


def tool_step(step_id: str, *tool_calls: Dict[str, Any], status: str = "in_progress") -> Dict[str, Any]:
    return step_json(step_id, {"type": "tool_calls", "tool_calls": list(tool_calls)}, status)


def text_delta(message_id: str, index: int, value: str, *annotations: Dict[str, Any]) -> Event:
    text: Dict[str, Any] = {"value": value}
    if annotations:
        text["annotations"] = list(annotations)
    delta = {"content": [{"index": index, "type": "text", "text": text}]}
    return "thread.message.delta", {"id": message_id, "object": "thread.message.delta", "delta": delta}


def tool_calls_delta(step_id: str, *tool_calls: Dict[str, Any]) -> Event:
    delta = {"step_details": {"type": "tool_calls", "tool_calls": list(tool_calls)}}
    return "thread.run.step.delta", {"id": step_id, "object": "thread.run.step.delta", "delta": delta}


def run_start() -> List[Event]:
    return [
        ("thread.run.created", run_json("queued")),
        ("thread.run.queued", run_json("queued")),
        ("thread.run.in_progress", run_json("in_progress")),
    ]


def message_events(step_id: str, message_id: str, deltas: List[Event], final: Dict[str, Any]) -> List[Event]:
    """A message-creation step writing one message delta by delta, until `final`."""
    return [
        ("thread.run.step.created", message_step(step_id, message_id)),
        ("thread.run.step.in_progress", message_step(step_id, message_id)),
        ("thread.message.created", message_json(message_id)),
        ("thread.message.in_progress", message_json(message_id)),
        *deltas,
        ("thread.message.completed", final),
        ("thread.run.step.completed", message_step(step_id, message_id, "completed")),
    ]


def sse(events: List[Event]) -> bytes:
    out = [f"event: {name}\ndata: {json.dumps(data)}\n\n" for name, data in events]
    return ("".join(out) + "event: done\ndata: [DONE]\n\n").encode()


CITED = "【4:0†source】"


PATH = "sandbox:/mnt/data/report.csv"


PIECES = ["The report", " says 42", CITED, ". Download: ", PATH, "."]


REPLY = "".join(PIECES)


CITATION = {
    "type": "file_citation",
    "text": CITED,
    "start_index": REPLY.index(CITED),
    "end_index": REPLY.index(CITED) + len(CITED),
    "file_citation": {"file_id": "file-source"},
}


FILE_PATH = {
    "type": "file_path",
    "text": PATH,
    "start_index": REPLY.index(PATH),
    "end_index": REPLY.index(PATH) + len(PATH),
    "file_path": {"file_id": "file-csv"},
}


def text_run() -> List[Event]:
    """A reply whose text and annotations arrive in pieces."""
    deltas = [
        text_delta("msg_1", 0, PIECES[0]),
        text_delta("msg_1", 0, PIECES[1]),
        text_delta("msg_1", 0, PIECES[2], {"index": 0, **CITATION}),
        text_delta("msg_1", 0, PIECES[3]),
        text_delta("msg_1", 0, PIECES[4], {"index": 1, **FILE_PATH}),
        text_delta("msg_1", 0, PIECES[5]),
    ]
    final = message_json("msg_1", text_block(REPLY, CITATION, FILE_PATH), status="completed")
    return [
        ("thread.created", {"id": THREAD, "object": "thread", "created_at": 1700000000, "metadata": {}}),
        *run_start(),
        *message_events("step_1", "msg_1", deltas, final),
        ("thread.run.completed", run_json("completed", completed_at=1700000009)),
    ]


WEATHER_ARGS = ['{"city": ', '"Paris"}']


TIME_ARGS = ['{"tz": "Europe/', 'Paris"}']


def function_call(call_id: str, name: str, arguments: str, output: Optional[str] = None) -> Dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments, "output": output}}


def required_action() -> Dict[str, Any]:
    calls = [
        {"id": "call_w", "type": "function", "function": {"name": "get_weather", "arguments": "".join(WEATHER_ARGS)}},
        {"id": "call_t", "type": "function", "function": {"name": "get_time", "arguments": "".join(TIME_ARGS)}},
    ]
    return {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}}


def function_call_deltas(index: int, call_id: str, name: str, pieces: List[str]) -> List[Event]:
    first = {
        "index": index,
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": "", "output": None},
    }
    rest = [{"index": index, "type": "function", "function": {"arguments": piece}} for piece in pieces]
    return [tool_calls_delta("step_fn", call) for call in [first, *rest]]


def function_calls_run() -> List[Event]:
    """Two parallel function calls, then the run waits for their outputs."""
    return [
        *run_start(),
        ("thread.run.step.created", tool_step("step_fn")),
        ("thread.run.step.in_progress", tool_step("step_fn")),
        *function_call_deltas(0, "call_w", "get_weather", WEATHER_ARGS),
        *function_call_deltas(1, "call_t", "get_time", TIME_ARGS),
        ("thread.run.requires_action", run_json("requires_action", required_action=required_action())),
    ]


def after_tool_outputs() -> List[Event]:
    """The rest of the same run once the outputs are submitted."""
    done_step = tool_step(
        "step_fn",
        function_call("call_w", "get_weather", "".join(WEATHER_ARGS), output="sunny"),
        function_call("call_t", "get_time", "".join(TIME_ARGS), output="14:00"),
        status="completed",
    )
    answer = "Sunny, and it is 14:00."
    final = message_json("msg_2", text_block(answer), status="completed")
    return [
        ("thread.run.queued", run_json("queued")),
        ("thread.run.in_progress", run_json("in_progress")),
        ("thread.run.step.completed", done_step),
        *message_events(
            "step_2", "msg_2", [text_delta("msg_2", 0, "Sunny, "), text_delta("msg_2", 0, answer[7:])], final
        ),
        ("thread.run.completed", run_json("completed")),
    ]


def _text(text: Any) -> Tuple[str, List[str]]:
    return text.value, [a.type for a in text.annotations or []]


def _tool_call(call: Any) -> Tuple[Any, ...]:
    if call.type == "function":
        return (call.id, call.function.name, call.function.arguments)
    return (call.id, call.code_interpreter.input, [o.type for o in call.code_interpreter.outputs])


# What each callback records, taken when it is called (snapshots keep growing afterwards).
DESCRIBE = {
    "on_event": lambda event: ("event", event.event),
    "on_run_step_created": lambda step: ("step_created", step.id),
    "on_run_step_delta": lambda delta, step: ("step_delta", step.id),
    "on_run_step_done": lambda step: ("step_done", step.id, step.status),
    "on_tool_call_created": lambda call: ("tool_created", *_tool_call(call)),
    "on_tool_call_delta": lambda delta, call: ("tool_delta", delta.index, *_tool_call(call)),
    "on_tool_call_done": lambda call: ("tool_done", *_tool_call(call)),
    "on_message_created": lambda message: ("message_created", message.id),
    "on_message_delta": lambda delta, message: ("message_delta", message.id),
    "on_message_done": lambda message: ("message_done", message.id, message.status),
    "on_text_created": lambda text: ("text_created", *_text(text)),
    "on_text_delta": lambda delta, text: ("text_delta", delta.value, *_text(text)),
    "on_text_done": lambda text: ("text_done", *_text(text)),
    "on_image_file_done": lambda image_file: ("image_done", image_file.file_id),
    "on_end": lambda: ("end",),
    "on_timeout": lambda: ("timeout",),
    "on_exception": lambda exc: ("exception", type(exc).__name__),
}


def _recording(name: str, is_async: bool) -> Any:
    describe = DESCRIBE[name]

    def record(self: Any, *args: Any) -> None:
        self.calls.append(describe(*args))

    async def async_record(self: Any, *args: Any) -> None:
        record(self, *args)

    return async_record if is_async else record


def recorder_class(base: type) -> type:
    is_async = issubclass(base, AsyncAssistantEventHandler)
    methods = {name: _recording(name, is_async) for name in DESCRIBE}

    def __init__(self: Any) -> None:
        base.__init__(self)
        self.calls = []

    return type(f"Recording{base.__name__}", (base,), {"__init__": __init__, **methods})


Recorder = recorder_class(AssistantEventHandler)


AsyncRecorder = recorder_class(AsyncAssistantEventHandler)


def is_async(api: Any) -> bool:
    return isinstance(api, openai.AsyncOpenAI)


def recorder(api: Any) -> Any:
    return AsyncRecorder() if is_async(api) else Recorder()


def callbacks(handler: Any) -> List[Tuple[Any, ...]]:
    """The recorded callbacks, without `on_event`."""
    return [call for call in handler.calls if call[0] != "event"]


async def final(handler: Any, name: str) -> Any:
    """`handler.get_final_<name>()`, awaited for an async handler."""
    result = getattr(handler, f"get_final_{name}")()
    return await result if isinstance(handler, AsyncAssistantEventHandler) else result
