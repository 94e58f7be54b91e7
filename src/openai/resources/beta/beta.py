"""`client.beta`: the namespace of beta APIs (Assistants, threads, Realtime, and the chat alias)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ..._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from ..chat import AsyncChat, Chat
    from .assistants import (
        Assistants,
        AssistantsWithRawResponse,
        AssistantsWithStreamingResponse,
        AsyncAssistants,
        AsyncAssistantsWithRawResponse,
        AsyncAssistantsWithStreamingResponse,
    )
    from .realtime.realtime import (
        AsyncRealtime,
        AsyncRealtimeWithRawResponse,
        AsyncRealtimeWithStreamingResponse,
        Realtime,
        RealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
    )
    from .threads.threads import (
        AsyncThreads,
        AsyncThreadsWithRawResponse,
        AsyncThreadsWithStreamingResponse,
        Threads,
        ThreadsWithRawResponse,
        ThreadsWithStreamingResponse,
    )

__all__ = [
    "Beta",
    "AsyncBeta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
]


class Beta(SyncAPIResource):
    # Kept as 1.102.0 keeps it: the same chat resource as `client.chat`.
    chat: "Chat" = lazy_resource("openai.resources.chat", "Chat")
    realtime: "Realtime" = lazy_resource("openai.resources.beta.realtime.realtime", "Realtime")
    assistants: "Assistants" = lazy_resource("openai.resources.beta.assistants", "Assistants")
    threads: "Threads" = lazy_resource("openai.resources.beta.threads.threads", "Threads")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> BetaWithRawResponse: ...
        @property
        def with_streaming_response(self) -> BetaWithStreamingResponse: ...


class AsyncBeta(AsyncAPIResource):
    chat: "AsyncChat" = lazy_resource("openai.resources.chat", "AsyncChat")
    realtime: "AsyncRealtime" = lazy_resource("openai.resources.beta.realtime.realtime", "AsyncRealtime")
    assistants: "AsyncAssistants" = lazy_resource("openai.resources.beta.assistants", "AsyncAssistants")
    threads: "AsyncThreads" = lazy_resource("openai.resources.beta.threads.threads", "AsyncThreads")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncBetaWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncBetaWithStreamingResponse: ...


class BetaWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, beta: Beta) -> None: ...

        @property
        def realtime(self) -> RealtimeWithRawResponse: ...

        @property
        def assistants(self) -> AssistantsWithRawResponse: ...

        @property
        def threads(self) -> ThreadsWithRawResponse: ...


class AsyncBetaWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, beta: AsyncBeta) -> None: ...

        @property
        def realtime(self) -> AsyncRealtimeWithRawResponse: ...

        @property
        def assistants(self) -> AsyncAssistantsWithRawResponse: ...

        @property
        def threads(self) -> AsyncThreadsWithRawResponse: ...


class BetaWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, beta: Beta) -> None: ...

        @property
        def realtime(self) -> RealtimeWithStreamingResponse: ...

        @property
        def assistants(self) -> AssistantsWithStreamingResponse: ...

        @property
        def threads(self) -> ThreadsWithStreamingResponse: ...


class AsyncBetaWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, beta: AsyncBeta) -> None: ...

        @property
        def realtime(self) -> AsyncRealtimeWithStreamingResponse: ...

        @property
        def assistants(self) -> AsyncAssistantsWithStreamingResponse: ...

        @property
        def threads(self) -> AsyncThreadsWithStreamingResponse: ...
