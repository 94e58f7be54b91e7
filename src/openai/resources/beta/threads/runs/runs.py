"""`/threads/{thread_id}/runs`: run an assistant on a thread (streamed or not), follow it, answer its
tool calls; `create_and_poll`, `poll` and `submit_tool_outputs_and_poll` wait until it settles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Mapping, Optional, Union, overload

import httpx
from typing_extensions import Literal, Unpack

from ....._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, check_call, lazy_resource
from ....._streaming import AsyncStream, Stream
from ....._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....._types import NOT_GIVEN, Body, Headers, NotGiven, Query
from .....lib import _assistant_methods
from .....lib._polling import async_poll, poll
from .....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from .....types.beta.assistant_stream_event import AssistantStreamEvent
from .....types.beta.threads.run import Run
from .....types.beta.threads.run_create_params import RunCreateKwargs
from .....types.beta.threads.run_list_params import RunListKwargs
from .....types.beta.threads.run_submit_tool_outputs_params import RunSubmitToolOutputsKwargs, ToolOutput
from .....types.beta.threads.run_update_params import RunUpdateKwargs
from ...assistants import ASSISTANTS_V2
from .._common import DEPRECATION_MESSAGE, deprecated

if TYPE_CHECKING:
    from .steps import (
        AsyncSteps,
        AsyncStepsWithRawResponse,
        AsyncStepsWithStreamingResponse,
        Steps,
        StepsWithRawResponse,
        StepsWithStreamingResponse,
    )

__all__ = [
    "Runs",
    "AsyncRuns",
    "RunsWithRawResponse",
    "RunsWithStreamingResponse",
    "AsyncRunsWithRawResponse",
    "AsyncRunsWithStreamingResponse",
]


_RUNS = "/threads/{thread_id}/runs"
_RUN = _RUNS + "/{run_id}"
# `include` is a query param even on this POST.
CREATE = Endpoint(
    "post",
    _RUNS,
    cast_to=Run,
    params=RunCreateKwargs,
    query_keys=("include",),
    stream_type=AssistantStreamEvent,
    headers=ASSISTANTS_V2,
)
RETRIEVE = Endpoint("get", _RUN, cast_to=Run, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _RUN, cast_to=Run, params=RunUpdateKwargs, headers=ASSISTANTS_V2)
LIST = Endpoint("get", _RUNS, cast_to=Run, params=RunListKwargs, query=True, page=SyncCursorPage, headers=ASSISTANTS_V2)
ASYNC_LIST = Endpoint(
    "get", _RUNS, cast_to=Run, params=RunListKwargs, query=True, page=AsyncCursorPage, headers=ASSISTANTS_V2
)
CANCEL = Endpoint("post", _RUN + "/cancel", cast_to=Run, headers=ASSISTANTS_V2)
SUBMIT_TOOL_OUTPUTS = Endpoint(
    "post",
    _RUN + "/submit_tool_outputs",
    cast_to=Run,
    params=RunSubmitToolOutputsKwargs,
    stream_type=AssistantStreamEvent,
    headers=ASSISTANTS_V2,
    # The official check names the path's `thread_id` too.
    required_args=(("thread_id", "tool_outputs"), ("thread_id", "stream", "tool_outputs")),
)
# The keywords of the polling helpers (no `stream`: they call `create` / `submit_tool_outputs`
# with `stream=False`), checked before anything is sent.
CREATE_THEN_POLL = Endpoint(
    "post", _RUNS, cast_to=Run, params=RunCreateKwargs, query_keys=("include",), headers=ASSISTANTS_V2
)
SUBMIT_THEN_POLL = Endpoint(
    "post", _RUN + "/submit_tool_outputs", cast_to=Run, params=RunSubmitToolOutputsKwargs, headers=ASSISTANTS_V2
)

# Statuses a run does not leave by itself; `requires_action` waits for the caller's tool outputs.
TERMINAL_STATUSES = frozenset({"requires_action", "cancelled", "completed", "failed", "expired", "incomplete"})

PollInterval = Union[int, NotGiven]
Timeout = Union[float, httpx.Timeout, None, NotGiven]


class RunCreateArgs(RunCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.create` besides the thread id and `stream`."""


class RunUpdateArgs(RunUpdateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.update` besides the two ids."""


class RunListArgs(RunListKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.list` besides the thread id."""


class RunSubmitToolOutputsArgs(RunSubmitToolOutputsKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.runs.submit_tool_outputs` besides the ids and `stream`."""


def request_extras(kw: Mapping[str, object]) -> Dict[str, Any]:
    """The per-request options among a helper's keywords, to send again with each poll."""
    return {key: kw[key] for key in RequestExtras.__annotations__ if key in kw}


def _is_settled(run: Run) -> bool:
    return run.status in TERMINAL_STATUSES


def _interval(poll_interval_ms: Optional[PollInterval]) -> PollInterval:
    return NOT_GIVEN if poll_interval_ms is None else poll_interval_ms


class Runs(SyncAPIResource):
    steps: "Steps" = lazy_resource("openai.resources.beta.threads.runs.steps", "Steps")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> RunsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> RunsWithStreamingResponse: ...

    @overload
    def create(
        self,
        thread_id: str,
        *,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunCreateArgs],
    ) -> Run: ...
    @overload
    def create(
        self, thread_id: str, *, stream: Literal[True], **kw: Unpack[RunCreateArgs]
    ) -> Stream[AssistantStreamEvent]: ...
    @overload
    def create(
        self, thread_id: str, *, stream: bool, **kw: Unpack[RunCreateArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    @deprecated(DEPRECATION_MESSAGE)
    def create(
        self, thread_id: str, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[RunCreateArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]:
        """Start a run of `assistant_id` on a thread; `stream=True` yields its events as they come."""
        return self._call(CREATE, {**kw, "stream": stream}, "create", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def retrieve(self, run_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Run:
        """One run of a thread."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id)

    @deprecated(DEPRECATION_MESSAGE)
    def update(self, run_id: str, *, thread_id: str, **kw: Unpack[RunUpdateArgs]) -> Run:
        """Replace the metadata of a run."""
        return self._call(UPDATE, dict(kw), "update", thread_id=thread_id, run_id=run_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(self, thread_id: str, **kw: Unpack[RunListArgs]) -> SyncCursorPage[Run]:
        """The runs of a thread, page by page."""
        return self._call(LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def cancel(self, run_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Run:
        """Ask for an `in_progress` run to stop (it goes through `cancelling`)."""
        return self._call(CANCEL, dict(kw), "cancel", thread_id=thread_id, run_id=run_id)

    @overload
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunSubmitToolOutputsArgs],
    ) -> Run: ...
    @overload
    def submit_tool_outputs(
        self, run_id: str, *, thread_id: str, stream: Literal[True], **kw: Unpack[RunSubmitToolOutputsArgs]
    ) -> Stream[AssistantStreamEvent]: ...
    @overload
    def submit_tool_outputs(
        self, run_id: str, *, thread_id: str, stream: bool, **kw: Unpack[RunSubmitToolOutputsArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    # Marked twice in 1.102.0 (around its argument check): each call warns twice there.
    @deprecated(DEPRECATION_MESSAGE)
    @deprecated(DEPRECATION_MESSAGE)
    def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        stream: Optional[bool] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunSubmitToolOutputsArgs],
    ) -> Union[Run, Stream[AssistantStreamEvent]]:
        """Answer the tool calls of a `requires_action` run; `stream=True` yields the events that follow."""
        return self._call(
            SUBMIT_TOOL_OUTPUTS, {**kw, "stream": stream}, "submit_tool_outputs", thread_id=thread_id, run_id=run_id
        )

    @deprecated(DEPRECATION_MESSAGE)
    def create_and_poll(
        self, *, thread_id: str, poll_interval_ms: PollInterval = NOT_GIVEN, **kw: Unpack[RunCreateArgs]
    ) -> Run:
        """`create` a run, then `poll` it until it settles or needs action."""
        check_call(CREATE_THEN_POLL, kw, "Runs.create_and_poll", thread_id=thread_id)
        # Through the public methods, as 1.102.0 goes: each one warns as it does there.
        run = self.create(thread_id, stream=False, **kw)
        return self.poll(run.id, thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    @deprecated(DEPRECATION_MESSAGE)
    def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Timeout = NOT_GIVEN,
        poll_interval_ms: PollInterval = NOT_GIVEN,
    ) -> Run:
        """Fetch a run until it is `completed`, `failed`, `cancelled`, `expired` or `incomplete`, or
        `requires_action`. Between requests it waits `poll_interval_ms`, else what the first
        response's `openai-poll-after-ms` header says, else one second."""
        raw = self.with_raw_response

        def fetch(headers: Dict[str, Any]) -> Any:
            return raw.retrieve(
                run_id,
                thread_id=thread_id,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        interval = _interval(poll_interval_ms)
        return poll(fetch, done=_is_settled, poll_interval_ms=interval, sleep=self._sleep, extra_headers=extra_headers)

    @deprecated(DEPRECATION_MESSAGE)
    def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: PollInterval = NOT_GIVEN,
        **kw: Unpack[RequestExtras],
    ) -> Run:
        """`submit_tool_outputs`, then `poll` the run until it settles or needs action again."""
        given = {"tool_outputs": tool_outputs, **kw}
        check_call(SUBMIT_THEN_POLL, given, "Runs.submit_tool_outputs_and_poll", thread_id=thread_id, run_id=run_id)
        run = self.submit_tool_outputs(run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=False, **kw)
        return self.poll(run.id, thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    create_and_stream = _assistant_methods.create_and_stream
    stream = _assistant_methods.stream
    submit_tool_outputs_stream = _assistant_methods.submit_tool_outputs_stream


class AsyncRuns(AsyncAPIResource):
    steps: "AsyncSteps" = lazy_resource("openai.resources.beta.threads.runs.steps", "AsyncSteps")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncRunsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncRunsWithStreamingResponse: ...

    @overload
    async def create(
        self,
        thread_id: str,
        *,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunCreateArgs],
    ) -> Run: ...
    @overload
    async def create(
        self, thread_id: str, *, stream: Literal[True], **kw: Unpack[RunCreateArgs]
    ) -> AsyncStream[AssistantStreamEvent]: ...
    @overload
    async def create(
        self, thread_id: str, *, stream: bool, **kw: Unpack[RunCreateArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
    # Marked twice in 1.102.0 (around its argument check): each call warns twice there.
    @deprecated(DEPRECATION_MESSAGE)
    @deprecated(DEPRECATION_MESSAGE)
    async def create(
        self, thread_id: str, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[RunCreateArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]:
        """Start a run of `assistant_id` on a thread; `stream=True` yields its events as they come."""
        return await self._call(CREATE, {**kw, "stream": stream}, "create", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def retrieve(self, run_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Run:
        """One run of a thread."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, run_id=run_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def update(self, run_id: str, *, thread_id: str, **kw: Unpack[RunUpdateArgs]) -> Run:
        """Replace the metadata of a run."""
        return await self._call(UPDATE, dict(kw), "update", thread_id=thread_id, run_id=run_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(self, thread_id: str, **kw: Unpack[RunListArgs]) -> AsyncPaginator[Run, AsyncCursorPage[Run]]:
        """The runs of a thread: await for the first page, or `async for` every run."""
        return self._list(ASYNC_LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def cancel(self, run_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Run:
        """Ask for an `in_progress` run to stop (it goes through `cancelling`)."""
        return await self._call(CANCEL, dict(kw), "cancel", thread_id=thread_id, run_id=run_id)

    @overload
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunSubmitToolOutputsArgs],
    ) -> Run: ...
    @overload
    async def submit_tool_outputs(
        self, run_id: str, *, thread_id: str, stream: Literal[True], **kw: Unpack[RunSubmitToolOutputsArgs]
    ) -> AsyncStream[AssistantStreamEvent]: ...
    @overload
    async def submit_tool_outputs(
        self, run_id: str, *, thread_id: str, stream: bool, **kw: Unpack[RunSubmitToolOutputsArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
    # Marked twice in 1.102.0 (around its argument check): each call warns twice there.
    @deprecated(DEPRECATION_MESSAGE)
    @deprecated(DEPRECATION_MESSAGE)
    async def submit_tool_outputs(
        self,
        run_id: str,
        *,
        thread_id: str,
        stream: Optional[bool] | NotGiven = NOT_GIVEN,
        **kw: Unpack[RunSubmitToolOutputsArgs],
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]:
        """Answer the tool calls of a `requires_action` run; `stream=True` yields the events that follow."""
        return await self._call(
            SUBMIT_TOOL_OUTPUTS, {**kw, "stream": stream}, "submit_tool_outputs", thread_id=thread_id, run_id=run_id
        )

    @deprecated(DEPRECATION_MESSAGE)
    async def create_and_poll(
        self, *, thread_id: str, poll_interval_ms: PollInterval = NOT_GIVEN, **kw: Unpack[RunCreateArgs]
    ) -> Run:
        """`create` a run, then `poll` it until it settles or needs action."""
        check_call(CREATE_THEN_POLL, kw, "AsyncRuns.create_and_poll", thread_id=thread_id)
        run = await self.create(thread_id, stream=False, **kw)
        return await self.poll(run.id, thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    @deprecated(DEPRECATION_MESSAGE)
    async def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Body] = None,
        timeout: Timeout = NOT_GIVEN,
        poll_interval_ms: PollInterval = NOT_GIVEN,
    ) -> Run:
        """Fetch a run until it settles or needs action, pausing as `Runs.poll` does (the pauses
        can be cancelled)."""
        raw = self.with_raw_response

        async def fetch(headers: Dict[str, Any]) -> Any:
            return await raw.retrieve(
                run_id,
                thread_id=thread_id,
                extra_headers=headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            )

        interval = _interval(poll_interval_ms)
        return await async_poll(
            fetch, done=_is_settled, poll_interval_ms=interval, sleep=self._sleep, extra_headers=extra_headers
        )

    @deprecated(DEPRECATION_MESSAGE)
    async def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: PollInterval = NOT_GIVEN,
        **kw: Unpack[RequestExtras],
    ) -> Run:
        """`submit_tool_outputs`, then `poll` the run until it settles or needs action again."""
        given = {"tool_outputs": tool_outputs, **kw}
        check_call(
            SUBMIT_THEN_POLL, given, "AsyncRuns.submit_tool_outputs_and_poll", thread_id=thread_id, run_id=run_id
        )
        run = await self.submit_tool_outputs(run_id, thread_id=thread_id, tool_outputs=tool_outputs, stream=False, **kw)
        return await self.poll(run.id, thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    create_and_stream = _assistant_methods.async_create_and_stream
    stream = _assistant_methods.async_stream
    submit_tool_outputs_stream = _assistant_methods.async_submit_tool_outputs_stream


class RunsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, runs: Runs) -> None:
            self.cancel = to_raw_response_wrapper(runs.cancel)
            self.create = to_raw_response_wrapper(runs.create)
            self.list = to_raw_response_wrapper(runs.list)
            self.retrieve = to_raw_response_wrapper(runs.retrieve)
            self.submit_tool_outputs = to_raw_response_wrapper(runs.submit_tool_outputs)
            self.update = to_raw_response_wrapper(runs.update)

        @property
        def steps(self) -> StepsWithRawResponse: ...


class AsyncRunsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, runs: AsyncRuns) -> None:
            self.cancel = async_to_raw_response_wrapper(runs.cancel)
            self.create = async_to_raw_response_wrapper(runs.create)
            self.list = async_to_raw_response_wrapper(runs.list)
            self.retrieve = async_to_raw_response_wrapper(runs.retrieve)
            self.submit_tool_outputs = async_to_raw_response_wrapper(runs.submit_tool_outputs)
            self.update = async_to_raw_response_wrapper(runs.update)

        @property
        def steps(self) -> AsyncStepsWithRawResponse: ...


class RunsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, runs: Runs) -> None:
            self.cancel = to_streamed_response_wrapper(runs.cancel)
            self.create = to_streamed_response_wrapper(runs.create)
            self.list = to_streamed_response_wrapper(runs.list)
            self.retrieve = to_streamed_response_wrapper(runs.retrieve)
            self.submit_tool_outputs = to_streamed_response_wrapper(runs.submit_tool_outputs)
            self.update = to_streamed_response_wrapper(runs.update)

        @property
        def steps(self) -> StepsWithStreamingResponse: ...


class AsyncRunsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, runs: AsyncRuns) -> None:
            self.cancel = async_to_streamed_response_wrapper(runs.cancel)
            self.create = async_to_streamed_response_wrapper(runs.create)
            self.list = async_to_streamed_response_wrapper(runs.list)
            self.retrieve = async_to_streamed_response_wrapper(runs.retrieve)
            self.submit_tool_outputs = async_to_streamed_response_wrapper(runs.submit_tool_outputs)
            self.update = async_to_streamed_response_wrapper(runs.update)

        @property
        def steps(self) -> AsyncStepsWithStreamingResponse: ...
