"""`/chat/completions/{completion_id}/messages`: the messages of a stored completion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.chat.chat_completion_store_message import ChatCompletionStoreMessage
from ....types.chat.completions.message_list_params import MessageListKwargs

__all__ = [
    "Messages",
    "AsyncMessages",
    "MessagesWithRawResponse",
    "AsyncMessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "AsyncMessagesWithStreamingResponse",
]

_PATH = "/chat/completions/{completion_id}/messages"
LIST = Endpoint(
    "get", _PATH, cast_to=ChatCompletionStoreMessage, params=MessageListKwargs, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _PATH, cast_to=ChatCompletionStoreMessage, params=MessageListKwargs, query=True, page=AsyncCursorPage
)


class MessageListArgs(MessageListKwargs, RequestExtras, total=False):
    """The keywords of `chat.completions.messages.list`."""


class Messages(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> MessagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> MessagesWithStreamingResponse: ...

    def list(self, completion_id: str, **kw: Unpack[MessageListArgs]) -> SyncCursorPage[ChatCompletionStoreMessage]:
        """The messages of a stored chat completion, page by page."""
        return self._call(LIST, dict(kw), "list", completion_id=completion_id)


class AsyncMessages(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncMessagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse: ...

    def list(
        self, completion_id: str, **kw: Unpack[MessageListArgs]
    ) -> AsyncPaginator[ChatCompletionStoreMessage, AsyncCursorPage[ChatCompletionStoreMessage]]:
        """The messages of a stored chat completion, page by page."""
        return self._list(ASYNC_LIST, dict(kw), "list", completion_id=completion_id)


class MessagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, messages: Messages) -> None:
            self.list = to_raw_response_wrapper(messages.list)


class AsyncMessagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, messages: AsyncMessages) -> None:
            self.list = async_to_raw_response_wrapper(messages.list)


class MessagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, messages: Messages) -> None:
            self.list = to_streamed_response_wrapper(messages.list)


class AsyncMessagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, messages: AsyncMessages) -> None:
            self.list = async_to_streamed_response_wrapper(messages.list)
