"""The Assistants stream helpers: `beta.threads.create_and_run_stream()` and
`beta.threads.runs.stream()` / `create_and_stream()` / `submit_tool_outputs_stream()`.

They are plain functions here, bound into `Threads` / `Runs` (and the async twins) by name, as
`openai.lib._responses_methods` is into `Responses`. Each one checks its arguments at once, then
returns a stream manager that sends the resource's own `Endpoint` with `stream: true` when its
`with` block is entered and hands over the event handler (the caller's, or a plain one).
"""

from __future__ import annotations

import functools
import importlib
from typing import Any, Callable, Dict, Iterable, NamedTuple, Optional, Tuple, Union, overload

from typing_extensions import Unpack, deprecated

from .._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, check_call
from ..types.beta.thread_create_and_run_params import ThreadCreateAndRunKwargs
from ..types.beta.threads.run import Run
from ..types.beta.threads.run_create_params import (
    AsyncRunCreateAndStreamKwargs,
    RunCreateAndStreamKwargs,
    RunCreateKwargs,
)
from ..types.beta.threads.run_submit_tool_outputs_params import ToolOutput
from .streaming._assistants import (
    AssistantEventHandler,
    AssistantEventHandlerT,
    AssistantStreamManager,
    AsyncAssistantEventHandler,
    AsyncAssistantEventHandlerT,
    AsyncAssistantStreamManager,
)

__all__ = [
    "create_and_run_stream",
    "async_create_and_run_stream",
    "create_and_stream",
    "async_create_and_stream",
    "stream",
    "async_stream",
    "submit_tool_outputs_stream",
    "async_submit_tool_outputs_stream",
]

# The warnings 1.102.0 gives for these helpers (`create_and_stream` is the old name of `stream`).
ASSISTANTS_DEPRECATED = "The Assistants API is deprecated in favor of the Responses API"
USE_STREAM = "use `stream` instead"


class ThreadCreateAndRunStreamArgs(ThreadCreateAndRunKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.create_and_run_stream` besides `event_handler`."""


class RunStreamArgs(RunCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.stream` besides `thread_id` and `event_handler`."""


class RunCreateAndStreamArgs(RunCreateAndStreamKwargs, RequestExtras, total=False):
    """The keywords of the sync `beta.threads.runs.create_and_stream`: those of `stream` without
    `include` (1.102.0 takes `reasoning_effort` there, and sends it)."""


class AsyncRunCreateAndStreamArgs(AsyncRunCreateAndStreamKwargs, RequestExtras, total=False):
    """The keywords of the async `beta.threads.runs.create_and_stream`: without `include` and
    `reasoning_effort`, as in 1.102.0."""


class _SubmitToolOutputsKeywords(RequestExtras, total=False):
    tool_outputs: Iterable[ToolOutput]


class _Helper(NamedTuple):
    method: str
    header: str  # the `X-Stainless-Stream-Helper` value 1.102.0 sends
    module: str  # where the endpoint it sends is declared, under `openai.resources.beta.threads`
    endpoint: str
    accepts: Endpoint  # its keywords, checked before anything is sent (`stream` is not one)
    order: Tuple[str, ...] = ()  # its body keys in 1.102.0's order, when not the endpoint's


# Each 1.102.0 helper builds its body in an order of its own, not the order of the method it
# stands for; `stream` sits after `tool_choice` in all of them.
_RUN_HEAD = (
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
)
_STREAM_ORDER = _RUN_HEAD + ("parallel_tool_calls", "reasoning_effort", "truncation_strategy", "top_p")
_CREATE_AND_STREAM_ORDER = _RUN_HEAD + ("truncation_strategy", "parallel_tool_calls", "reasoning_effort", "top_p")
_ASYNC_CREATE_AND_STREAM_ORDER = _RUN_HEAD + ("truncation_strategy", "top_p", "parallel_tool_calls")
_CREATE_AND_RUN_STREAM_ORDER = (
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
)


_RUNS = "/threads/{thread_id}/runs"
_CREATE_AND_RUN = _Helper(
    "create_and_run_stream",
    "threads.create_and_run_stream",
    "threads",
    "CREATE_AND_RUN",
    Endpoint("post", "/threads/runs", cast_to=Run, params=ThreadCreateAndRunStreamArgs),
    _CREATE_AND_RUN_STREAM_ORDER,
)
_STREAM = _Helper(
    "stream",
    "threads.runs.create_and_stream",
    "runs.runs",
    "CREATE",
    Endpoint("post", _RUNS, cast_to=Run, params=RunStreamArgs),
    _STREAM_ORDER,
)
_CREATE_AND_STREAM = _Helper(
    "create_and_stream",
    "threads.runs.create_and_stream",
    "runs.runs",
    "CREATE",
    Endpoint("post", _RUNS, cast_to=Run, params=RunCreateAndStreamArgs),
    _CREATE_AND_STREAM_ORDER,
)
_ASYNC_CREATE_AND_STREAM = _CREATE_AND_STREAM._replace(
    accepts=Endpoint("post", _RUNS, cast_to=Run, params=AsyncRunCreateAndStreamArgs),
    order=_ASYNC_CREATE_AND_STREAM_ORDER,
)
_SUBMIT = _Helper(
    "submit_tool_outputs_stream",
    "threads.runs.submit_tool_outputs_stream",
    "runs.runs",
    "SUBMIT_TOOL_OUTPUTS",
    Endpoint("post", _RUNS + "/{run_id}/submit_tool_outputs", cast_to=Run, params=_SubmitToolOutputsKeywords),
)


@functools.cache
def _sends(helper: _Helper) -> Endpoint:
    """The endpoint `helper` sends: the resource's own, with the helper's body order."""
    # The resource modules import this one while they load: look their endpoint up on use.
    endpoint: Endpoint = getattr(
        importlib.import_module(f"openai.resources.beta.threads.{helper.module}"), helper.endpoint
    )
    if not helper.order:
        return endpoint
    return endpoint.ordered(helper.order)


def _manager(resource: Any, helper: _Helper, kw: Dict[str, Any], event_handler: Any, **path_params: str) -> Any:
    """Check the call, then build the stream manager that will send it (sync or async by resource)."""
    is_async = isinstance(resource, AsyncAPIResource)
    handler_type = AsyncAssistantEventHandler if is_async else AssistantEventHandler
    # Fails now, not when the block is entered; named as Python names the method in its errors.
    check_call(helper.accepts, kw, f"{type(resource).__name__}.{helper.method}", **path_params)
    headers = {"X-Stainless-Stream-Helper": helper.header, "X-Stainless-Custom-Event-Handler": "false"}
    if event_handler is None:
        event_handler = handler_type()
    elif isinstance(event_handler, handler_type):
        headers["X-Stainless-Custom-Event-Handler"] = "true"
    else:
        raise TypeError(
            f"{helper.method}() needs an `event_handler` that is an instance of `{handler_type.__name__}`, "
            f"got {type(event_handler).__name__}"
        )
    sends = _sends(helper)
    body = {**kw, "stream": True, "extra_headers": {**headers, **(kw.get("extra_headers") or {})}}
    # The helper always wants the event stream, also when reached through `with_raw_response`.
    parsed = resource if resource._mode == "parsed" else type(resource)(resource._client)

    def api_request() -> Any:
        return parsed._call(sends, dict(body), helper.method, **path_params)

    manager_type = AsyncAssistantStreamManager if is_async else AssistantStreamManager
    return manager_type(api_request, event_handler=event_handler)


# ----------------------------------------------------------------------------- threads
# Each helper has two overloads, as in 1.102.0: without `event_handler` the manager holds a plain
# `AssistantEventHandler`; with one, the manager is typed by the caller's handler class.

_Handler = Optional[AssistantEventHandlerT]
_AsyncHandler = Optional[AsyncAssistantEventHandlerT]
_Manager = Union[AssistantStreamManager[AssistantEventHandler], AssistantStreamManager[AssistantEventHandlerT]]
_AsyncManager = Union[
    AsyncAssistantStreamManager[AsyncAssistantEventHandler], AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]
]


@overload
def create_and_run_stream(
    self: SyncAPIResource, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> AssistantStreamManager[AssistantEventHandler]: ...
@overload
def create_and_run_stream(
    self: SyncAPIResource, *, event_handler: AssistantEventHandlerT, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> AssistantStreamManager[AssistantEventHandlerT]: ...
def create_and_run_stream(
    self: SyncAPIResource, *, event_handler: _Handler = None, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> _Manager:
    """Create a thread and run `assistant_id` on it, streaming the run: use as
    `with client.beta.threads.create_and_run_stream(...) as stream:`."""
    return _manager(self, _CREATE_AND_RUN, dict(kw), event_handler)  # type: ignore[no-any-return]


@overload
def async_create_and_run_stream(
    self: AsyncAPIResource, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...
@overload
def async_create_and_run_stream(
    self: AsyncAPIResource, *, event_handler: AsyncAssistantEventHandlerT, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...
def async_create_and_run_stream(
    self: AsyncAPIResource, *, event_handler: _AsyncHandler = None, **kw: Unpack[ThreadCreateAndRunStreamArgs]
) -> _AsyncManager:
    """Create a thread and run `assistant_id` on it, streaming the run: use as
    `async with client.beta.threads.create_and_run_stream(...) as stream:` (no `await`)."""
    return _manager(self, _CREATE_AND_RUN, dict(kw), event_handler)  # type: ignore[no-any-return]


# ----------------------------------------------------------------------------- runs


@overload
@deprecated(ASSISTANTS_DEPRECATED)
def stream(
    self: SyncAPIResource, *, thread_id: str, **kw: Unpack[RunStreamArgs]
) -> AssistantStreamManager[AssistantEventHandler]: ...
@overload
@deprecated(ASSISTANTS_DEPRECATED)
def stream(
    self: SyncAPIResource, *, thread_id: str, event_handler: AssistantEventHandlerT, **kw: Unpack[RunStreamArgs]
) -> AssistantStreamManager[AssistantEventHandlerT]: ...
@deprecated(ASSISTANTS_DEPRECATED)
def stream(
    self: SyncAPIResource, *, thread_id: str, event_handler: _Handler = None, **kw: Unpack[RunStreamArgs]
) -> _Manager:
    """Run `assistant_id` on a thread, streaming the run: use as
    `with client.beta.threads.runs.stream(...) as stream:`."""
    return _manager(self, _STREAM, dict(kw), event_handler, thread_id=thread_id)  # type: ignore[no-any-return]


@overload
@deprecated(ASSISTANTS_DEPRECATED)
def async_stream(
    self: AsyncAPIResource, *, thread_id: str, **kw: Unpack[RunStreamArgs]
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...
@overload
@deprecated(ASSISTANTS_DEPRECATED)
def async_stream(
    self: AsyncAPIResource, *, thread_id: str, event_handler: AsyncAssistantEventHandlerT, **kw: Unpack[RunStreamArgs]
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...
@deprecated(ASSISTANTS_DEPRECATED)
def async_stream(
    self: AsyncAPIResource, *, thread_id: str, event_handler: _AsyncHandler = None, **kw: Unpack[RunStreamArgs]
) -> _AsyncManager:
    """Run `assistant_id` on a thread, streaming the run: use as
    `async with client.beta.threads.runs.stream(...) as stream:` (no `await`)."""
    return _manager(self, _STREAM, dict(kw), event_handler, thread_id=thread_id)  # type: ignore[no-any-return]


@overload
@deprecated(USE_STREAM)
def create_and_stream(
    self: SyncAPIResource, *, thread_id: str, **kw: Unpack[RunCreateAndStreamArgs]
) -> AssistantStreamManager[AssistantEventHandler]: ...
@overload
@deprecated(USE_STREAM)
def create_and_stream(
    self: SyncAPIResource,
    *,
    thread_id: str,
    event_handler: AssistantEventHandlerT,
    **kw: Unpack[RunCreateAndStreamArgs],
) -> AssistantStreamManager[AssistantEventHandlerT]: ...
@deprecated(USE_STREAM)
def create_and_stream(
    self: SyncAPIResource, *, thread_id: str, event_handler: _Handler = None, **kw: Unpack[RunCreateAndStreamArgs]
) -> _Manager:
    """The former name of `stream` (without `include`)."""
    return _manager(self, _CREATE_AND_STREAM, dict(kw), event_handler, thread_id=thread_id)  # type: ignore[no-any-return]


@overload
@deprecated(USE_STREAM)
def async_create_and_stream(
    self: AsyncAPIResource, *, thread_id: str, **kw: Unpack[AsyncRunCreateAndStreamArgs]
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...
@overload
@deprecated(USE_STREAM)
def async_create_and_stream(
    self: AsyncAPIResource,
    *,
    thread_id: str,
    event_handler: AsyncAssistantEventHandlerT,
    **kw: Unpack[AsyncRunCreateAndStreamArgs],
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...
@deprecated(USE_STREAM)
def async_create_and_stream(
    self: AsyncAPIResource,
    *,
    thread_id: str,
    event_handler: _AsyncHandler = None,
    **kw: Unpack[AsyncRunCreateAndStreamArgs],
) -> _AsyncManager:
    """The former name of `stream` (without `include` and `reasoning_effort`)."""
    return _manager(self, _ASYNC_CREATE_AND_STREAM, dict(kw), event_handler, thread_id=thread_id)  # type: ignore[no-any-return]


@overload
@deprecated(ASSISTANTS_DEPRECATED)
def submit_tool_outputs_stream(
    self: SyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    **kw: Unpack[RequestExtras],
) -> AssistantStreamManager[AssistantEventHandler]: ...
@overload
@deprecated(ASSISTANTS_DEPRECATED)
def submit_tool_outputs_stream(
    self: SyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    event_handler: AssistantEventHandlerT,
    **kw: Unpack[RequestExtras],
) -> AssistantStreamManager[AssistantEventHandlerT]: ...
@deprecated(ASSISTANTS_DEPRECATED)
def submit_tool_outputs_stream(
    self: SyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    event_handler: _Handler = None,
    **kw: Unpack[RequestExtras],
) -> _Manager:
    """Answer the tool calls of a `requires_action` run and stream the rest of the run: use as
    `with client.beta.threads.runs.submit_tool_outputs_stream(...) as stream:`."""
    keywords = {**kw, "tool_outputs": tool_outputs}
    return _manager(self, _SUBMIT, keywords, event_handler, thread_id=thread_id, run_id=run_id)  # type: ignore[no-any-return]


@overload
@deprecated(ASSISTANTS_DEPRECATED)
def async_submit_tool_outputs_stream(
    self: AsyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    **kw: Unpack[RequestExtras],
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandler]: ...
@overload
@deprecated(ASSISTANTS_DEPRECATED)
def async_submit_tool_outputs_stream(
    self: AsyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    event_handler: AsyncAssistantEventHandlerT,
    **kw: Unpack[RequestExtras],
) -> AsyncAssistantStreamManager[AsyncAssistantEventHandlerT]: ...
@deprecated(ASSISTANTS_DEPRECATED)
def async_submit_tool_outputs_stream(
    self: AsyncAPIResource,
    *,
    tool_outputs: Iterable[ToolOutput],
    run_id: str,
    thread_id: str,
    event_handler: _AsyncHandler = None,
    **kw: Unpack[RequestExtras],
) -> _AsyncManager:
    """Answer the tool calls of a `requires_action` run and stream the rest of the run: use as
    `async with client.beta.threads.runs.submit_tool_outputs_stream(...) as stream:` (no `await`)."""
    keywords = {**kw, "tool_outputs": tool_outputs}
    return _manager(self, _SUBMIT, keywords, event_handler, thread_id=thread_id, run_id=run_id)  # type: ignore[no-any-return]


def _name_as_method(owner: str, name: str, helper: Callable[..., Any]) -> None:
    """Name a helper as the method it becomes (`Runs.stream`): Python's own errors for a missing
    argument, and introspection, name it so, as they do 1.102.0's methods."""
    for function in (helper, getattr(helper, "__wrapped__", None)):  # the deprecation wrapper's too
        if function is not None:
            function.__name__ = name
            function.__qualname__ = f"{owner}.{name}"


_name_as_method("Threads", "create_and_run_stream", create_and_run_stream)
_name_as_method("AsyncThreads", "create_and_run_stream", async_create_and_run_stream)
_name_as_method("Runs", "stream", stream)
_name_as_method("AsyncRuns", "stream", async_stream)
_name_as_method("Runs", "create_and_stream", create_and_stream)
_name_as_method("AsyncRuns", "create_and_stream", async_create_and_stream)
_name_as_method("Runs", "submit_tool_outputs_stream", submit_tool_outputs_stream)
_name_as_method("AsyncRuns", "submit_tool_outputs_stream", async_submit_tool_outputs_stream)
