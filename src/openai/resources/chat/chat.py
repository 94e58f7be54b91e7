"""`client.chat`: a namespace holding `completions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource, lazy_resource
from ..._typed_views import RawView, StreamingView

if TYPE_CHECKING:
    from .completions.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )

__all__ = [
    "Chat",
    "AsyncChat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
]


class Chat(SyncAPIResource):
    completions: "Completions" = lazy_resource("openai.resources.chat.completions.completions", "Completions")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ChatWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ChatWithStreamingResponse: ...


class AsyncChat(AsyncAPIResource):
    completions: "AsyncCompletions" = lazy_resource("openai.resources.chat.completions.completions", "AsyncCompletions")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncChatWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncChatWithStreamingResponse: ...


class ChatWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, chat: Chat) -> None: ...

        @property
        def completions(self) -> CompletionsWithRawResponse: ...


class AsyncChatWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, chat: AsyncChat) -> None: ...

        @property
        def completions(self) -> AsyncCompletionsWithRawResponse: ...


class ChatWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, chat: Chat) -> None: ...

        @property
        def completions(self) -> CompletionsWithStreamingResponse: ...


class AsyncChatWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, chat: AsyncChat) -> None: ...

        @property
        def completions(self) -> AsyncCompletionsWithStreamingResponse: ...
