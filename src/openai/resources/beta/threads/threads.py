"""`/threads`: create, read, change and delete threads; `create_and_run` starts a thread and a run in
one request (streamed or not), `create_and_run_poll` also waits until the run settles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Union, overload

from typing_extensions import Literal, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...._streaming import AsyncStream, Stream
from ...._types import NOT_GIVEN, NotGiven
from ....types.beta.assistant_stream_event import AssistantStreamEvent
from ....types.beta.thread import Thread
from ....types.beta.thread_create_and_run_params import ThreadCreateAndRunParamsBase
from ....types.beta.thread_create_params import ThreadCreateParams
from ....types.beta.thread_deleted import ThreadDeleted
from ....types.beta.thread_update_params import ThreadUpdateParams
from ....types.beta.threads.run import Run
from ..assistants import ASSISTANTS_V2
from ._common import deprecated, warn_deprecated
from .runs.runs import PollInterval, request_extras

if TYPE_CHECKING:
    from .messages import AsyncMessages, Messages
    from .runs.runs import AsyncRuns, Runs

__all__ = ["Threads", "AsyncThreads"]

_ITEM = "/threads/{thread_id}"
CREATE = Endpoint("post", "/threads", cast_to=Thread, params=ThreadCreateParams, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Thread, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Thread, params=ThreadUpdateParams, headers=ASSISTANTS_V2)
DELETE = Endpoint("delete", _ITEM, cast_to=ThreadDeleted, headers=ASSISTANTS_V2)
CREATE_AND_RUN = Endpoint(
    "post",
    "/threads/runs",
    cast_to=Run,
    params=ThreadCreateAndRunParamsBase,
    stream_type=AssistantStreamEvent,
    headers=ASSISTANTS_V2,
)
# `create_and_run_poll` sends the same request but takes no `stream` keyword.
CREATE_AND_RUN_THEN_POLL = Endpoint(
    "post", "/threads/runs", cast_to=Run, params=ThreadCreateAndRunParamsBase, headers=ASSISTANTS_V2
)


class ThreadCreateArgs(ThreadCreateParams, RequestExtras, total=False):
    """The keywords of `beta.threads.create`."""


class ThreadUpdateArgs(ThreadUpdateParams, RequestExtras, total=False):
    """The keywords of `beta.threads.update` besides the thread id."""


class ThreadCreateAndRunArgs(ThreadCreateAndRunParamsBase, RequestExtras, total=False):
    """The keywords of `beta.threads.create_and_run` besides `stream`."""


class Threads(SyncAPIResource):
    runs: "Runs" = lazy_resource("openai.resources.beta.threads.runs.runs", "Runs")
    messages: "Messages" = lazy_resource("openai.resources.beta.threads.messages", "Messages")

    @deprecated
    def create(self, **kw: Unpack[ThreadCreateArgs]) -> Thread:
        """Create a thread, optionally with its first `messages`."""
        return self._call(CREATE, dict(kw), "create")

    @deprecated
    def retrieve(self, thread_id: str, **kw: Unpack[RequestExtras]) -> Thread:
        """One thread by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id)

    @deprecated
    def update(self, thread_id: str, **kw: Unpack[ThreadUpdateArgs]) -> Thread:
        """Change the metadata or tool resources of a thread."""
        return self._call(UPDATE, dict(kw), "update", thread_id=thread_id)

    @deprecated
    def delete(self, thread_id: str, **kw: Unpack[RequestExtras]) -> ThreadDeleted:
        """Delete a thread."""
        return self._call(DELETE, dict(kw), "delete", thread_id=thread_id)

    @overload
    def create_and_run(
        self, *, stream: Literal[True], **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Stream[AssistantStreamEvent]: ...
    @overload
    def create_and_run(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run: ...
    @overload
    def create_and_run(
        self, *, stream: bool, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, Stream[AssistantStreamEvent]]: ...
    @deprecated
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
        # Not marked deprecated in 1.102.0, but it warns there through the deprecated calls it makes.
        warn_deprecated()
        run = self._in_mode("parsed")._call(CREATE_AND_RUN_THEN_POLL, dict(kw), "create_and_run_poll")
        return self.runs._poll(run.id, run.thread_id, request_extras(kw), poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    from ....lib._assistant_methods import create_and_run_stream


class AsyncThreads(AsyncAPIResource):
    runs: "AsyncRuns" = lazy_resource("openai.resources.beta.threads.runs.runs", "AsyncRuns")
    messages: "AsyncMessages" = lazy_resource("openai.resources.beta.threads.messages", "AsyncMessages")

    @deprecated
    async def create(self, **kw: Unpack[ThreadCreateArgs]) -> Thread:
        """Create a thread, optionally with its first `messages`."""
        return await self._call(CREATE, dict(kw), "create")

    @deprecated
    async def retrieve(self, thread_id: str, **kw: Unpack[RequestExtras]) -> Thread:
        """One thread by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id)

    @deprecated
    async def update(self, thread_id: str, **kw: Unpack[ThreadUpdateArgs]) -> Thread:
        """Change the metadata or tool resources of a thread."""
        return await self._call(UPDATE, dict(kw), "update", thread_id=thread_id)

    @deprecated
    async def delete(self, thread_id: str, **kw: Unpack[RequestExtras]) -> ThreadDeleted:
        """Delete a thread."""
        return await self._call(DELETE, dict(kw), "delete", thread_id=thread_id)

    @overload
    async def create_and_run(
        self, *, stream: Literal[True], **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> AsyncStream[AssistantStreamEvent]: ...
    @overload
    async def create_and_run(
        self, *, stream: Optional[Literal[False]] | NotGiven = NOT_GIVEN, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Run: ...
    @overload
    async def create_and_run(
        self, *, stream: bool, **kw: Unpack[ThreadCreateAndRunArgs]
    ) -> Union[Run, AsyncStream[AssistantStreamEvent]]: ...
    @deprecated
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
        # Not marked deprecated in 1.102.0, but it warns there through the deprecated calls it makes.
        warn_deprecated()
        run = await self._in_mode("parsed")._call(CREATE_AND_RUN_THEN_POLL, dict(kw), "create_and_run_poll")
        return await self.runs._poll(run.id, run.thread_id, request_extras(kw), poll_interval_ms)

    # stream helpers: see openai.lib.streaming
    from ....lib._assistant_methods import async_create_and_run_stream as create_and_run_stream
