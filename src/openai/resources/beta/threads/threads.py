"""`/threads`: create, read, change and delete threads; `create_and_run` starts a thread and a run in
one request (streamed or not), `create_and_run_poll` also waits until the run settles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, overload

from typing_extensions import Literal, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, check_call, lazy_resource
from ...._streaming import AsyncStream, Stream
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import NOT_GIVEN, NotGiven
from ....lib import _assistant_methods
from ....types.beta.assistant_stream_event import AssistantStreamEvent
from ....types.beta.thread import Thread
from ....types.beta.thread_create_and_run_params import ThreadCreateAndRunKwargs
from ....types.beta.thread_create_params import ThreadCreateKwargs
from ....types.beta.thread_deleted import ThreadDeleted
from ....types.beta.thread_update_params import ThreadUpdateKwargs
from ....types.beta.threads.run import Run
from ..assistants import ASSISTANTS_V2
from ._common import DEPRECATION_MESSAGE, deprecated
from .runs.runs import PollInterval, request_extras

if TYPE_CHECKING:
    from .messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .runs.runs import (
        AsyncRuns,
        AsyncRunsWithRawResponse,
        AsyncRunsWithStreamingResponse,
        Runs,
        RunsWithRawResponse,
        RunsWithStreamingResponse,
    )

__all__ = [
    "Threads",
    "AsyncThreads",
    "ThreadsWithRawResponse",
    "ThreadsWithStreamingResponse",
    "AsyncThreadsWithRawResponse",
    "AsyncThreadsWithStreamingResponse",
]

_ITEM = "/threads/{thread_id}"
CREATE = Endpoint("post", "/threads", cast_to=Thread, params=ThreadCreateKwargs, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Thread, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Thread, params=ThreadUpdateKwargs, headers=ASSISTANTS_V2)
DELETE = Endpoint("delete", _ITEM, cast_to=ThreadDeleted, headers=ASSISTANTS_V2)
CREATE_AND_RUN = Endpoint(
    "post",
    "/threads/runs",
    cast_to=Run,
    params=ThreadCreateAndRunKwargs,
    stream_type=AssistantStreamEvent,
    headers=ASSISTANTS_V2,
)
# The keywords of `create_and_run_poll` (no `stream`: it sends `create_and_run` with `stream: false`).
CREATE_AND_RUN_THEN_POLL = Endpoint(
    "post", "/threads/runs", cast_to=Run, params=ThreadCreateAndRunKwargs, headers=ASSISTANTS_V2
)


class ThreadCreateArgs(ThreadCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.create`."""


class ThreadUpdateArgs(ThreadUpdateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.update` besides the thread id."""


class ThreadCreateAndRunArgs(ThreadCreateAndRunKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.create_and_run` besides `stream`."""


class Threads(SyncAPIResource):
    runs: "Runs" = lazy_resource("openai.resources.beta.threads.runs.runs", "Runs")
    messages: "Messages" = lazy_resource("openai.resources.beta.threads.messages", "Messages")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ThreadsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ThreadsWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    def create(self, **kw: Unpack[ThreadCreateArgs]) -> Thread:
        """Create a thread, optionally with its first `messages`."""
        return self._call(CREATE, dict(kw), "create")

    @deprecated(DEPRECATION_MESSAGE)
    def retrieve(self, thread_id: str, **kw: Unpack[RequestExtras]) -> Thread:
        """One thread by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def update(self, thread_id: str, **kw: Unpack[ThreadUpdateArgs]) -> Thread:
        """Change the metadata or tool resources of a thread."""
        return self._call(UPDATE, dict(kw), "update", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def delete(self, thread_id: str, **kw: Unpack[RequestExtras]) -> ThreadDeleted:
        """Delete a thread."""
        return self._call(DELETE, dict(kw), "delete", thread_id=thread_id)

    @overload
    def create_and_run(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run: ...
    @overload
    def create_and_run(
        self, *, stream: Literal[True], **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Stream[AssistantStreamEvent]: ...
    @overload
    def create_and_run(
        self, *, stream: bool, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    # Marked twice in 1.102.0 (around its argument check): each call warns twice there.
    @deprecated(DEPRECATION_MESSAGE)
    @deprecated(DEPRECATION_MESSAGE)
    def create_and_run(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]:
        """Create a thread (from `thread`) and run `assistant_id` on it; `stream=True` yields the
        run's events as they come."""
        return self._call(CREATE_AND_RUN, {**kw, "stream": stream}, "create_and_run")

    def create_and_run_poll(
        self, *, poll_interval_ms: PollInterval = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run:
        """`create_and_run`, then poll the run until it settles or needs action (see `runs.poll`)."""
        check_call(CREATE_AND_RUN_THEN_POLL, kw, "Threads.create_and_run_poll")
        # Not marked deprecated in 1.102.0: it warns through the deprecated methods it calls, as here.
        run = self.create_and_run(stream=False, **kw)
        return self.runs.poll(run.id, run.thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    create_and_run_stream = _assistant_methods.create_and_run_stream


class AsyncThreads(AsyncAPIResource):
    runs: "AsyncRuns" = lazy_resource("openai.resources.beta.threads.runs.runs", "AsyncRuns")
    messages: "AsyncMessages" = lazy_resource("openai.resources.beta.threads.messages", "AsyncMessages")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncThreadsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncThreadsWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    async def create(self, **kw: Unpack[ThreadCreateArgs]) -> Thread:
        """Create a thread, optionally with its first `messages`."""
        return await self._call(CREATE, dict(kw), "create")

    @deprecated(DEPRECATION_MESSAGE)
    async def retrieve(self, thread_id: str, **kw: Unpack[RequestExtras]) -> Thread:
        """One thread by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def update(self, thread_id: str, **kw: Unpack[ThreadUpdateArgs]) -> Thread:
        """Change the metadata or tool resources of a thread."""
        return await self._call(UPDATE, dict(kw), "update", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def delete(self, thread_id: str, **kw: Unpack[RequestExtras]) -> ThreadDeleted:
        """Delete a thread."""
        return await self._call(DELETE, dict(kw), "delete", thread_id=thread_id)

    @overload
    async def create_and_run(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run: ...
    @overload
    async def create_and_run(
        self, *, stream: Literal[True], **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> AsyncStream[AssistantStreamEvent]: ...
    @overload
    async def create_and_run(
        self, *, stream: bool, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
    # Marked twice in 1.102.0 (around its argument check): each call warns twice there.
    @deprecated(DEPRECATION_MESSAGE)
    @deprecated(DEPRECATION_MESSAGE)
    async def create_and_run(
        self, *, stream: Optional[bool] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]:
        """Create a thread (from `thread`) and run `assistant_id` on it; `stream=True` yields the
        run's events as they come."""
        return await self._call(CREATE_AND_RUN, {**kw, "stream": stream}, "create_and_run")

    async def create_and_run_poll(
        self, *, poll_interval_ms: PollInterval = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run:
        """`create_and_run`, then poll the run until it settles or needs action (see `runs.poll`)."""
        check_call(CREATE_AND_RUN_THEN_POLL, kw, "AsyncThreads.create_and_run_poll")
        # Not marked deprecated in 1.102.0: it warns through the deprecated methods it calls, as here.
        run = await self.create_and_run(stream=False, **kw)
        return await self.runs.poll(run.id, run.thread_id, **request_extras(kw), poll_interval_ms=poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    create_and_run_stream = _assistant_methods.async_create_and_run_stream


class ThreadsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, threads: Threads) -> None:
            self.create = to_raw_response_wrapper(threads.create)
            self.create_and_run = to_raw_response_wrapper(threads.create_and_run)
            self.delete = to_raw_response_wrapper(threads.delete)
            self.retrieve = to_raw_response_wrapper(threads.retrieve)
            self.update = to_raw_response_wrapper(threads.update)

        @property
        def messages(self) -> MessagesWithRawResponse: ...

        @property
        def runs(self) -> RunsWithRawResponse: ...


class AsyncThreadsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, threads: AsyncThreads) -> None:
            self.create = async_to_raw_response_wrapper(threads.create)
            self.create_and_run = async_to_raw_response_wrapper(threads.create_and_run)
            self.delete = async_to_raw_response_wrapper(threads.delete)
            self.retrieve = async_to_raw_response_wrapper(threads.retrieve)
            self.update = async_to_raw_response_wrapper(threads.update)

        @property
        def messages(self) -> AsyncMessagesWithRawResponse: ...

        @property
        def runs(self) -> AsyncRunsWithRawResponse: ...


class ThreadsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, threads: Threads) -> None:
            self.create = to_streamed_response_wrapper(threads.create)
            self.create_and_run = to_streamed_response_wrapper(threads.create_and_run)
            self.delete = to_streamed_response_wrapper(threads.delete)
            self.retrieve = to_streamed_response_wrapper(threads.retrieve)
            self.update = to_streamed_response_wrapper(threads.update)

        @property
        def messages(self) -> MessagesWithStreamingResponse: ...

        @property
        def runs(self) -> RunsWithStreamingResponse: ...


class AsyncThreadsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, threads: AsyncThreads) -> None:
            self.create = async_to_streamed_response_wrapper(threads.create)
            self.create_and_run = async_to_streamed_response_wrapper(threads.create_and_run)
            self.delete = async_to_streamed_response_wrapper(threads.delete)
            self.retrieve = async_to_streamed_response_wrapper(threads.retrieve)
            self.update = async_to_streamed_response_wrapper(threads.update)

        @property
        def messages(self) -> AsyncMessagesWithStreamingResponse: ...

        @property
        def runs(self) -> AsyncRunsWithStreamingResponse: ...
