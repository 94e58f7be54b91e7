"""`/threads/{thread_id}/messages`: add, read, change, list and delete the messages of a thread."""

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
from ....types.beta.threads.message import Message
from ....types.beta.threads.message_create_params import MessageCreateKwargs
from ....types.beta.threads.message_deleted import MessageDeleted
from ....types.beta.threads.message_list_params import MessageListKwargs
from ....types.beta.threads.message_update_params import MessageUpdateKwargs
from ..assistants import ASSISTANTS_V2
from ._common import DEPRECATION_MESSAGE, deprecated

__all__ = [
    "Messages",
    "AsyncMessages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
]


_MESSAGES = "/threads/{thread_id}/messages"
_ITEM = _MESSAGES + "/{message_id}"
CREATE = Endpoint("post", _MESSAGES, cast_to=Message, params=MessageCreateKwargs, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Message, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Message, params=MessageUpdateKwargs, headers=ASSISTANTS_V2)
LIST = Endpoint(
    "get", _MESSAGES, cast_to=Message, params=MessageListKwargs, query=True, page=SyncCursorPage, headers=ASSISTANTS_V2
)
ASYNC_LIST = Endpoint(
    "get", _MESSAGES, cast_to=Message, params=MessageListKwargs, query=True, page=AsyncCursorPage, headers=ASSISTANTS_V2
)
DELETE = Endpoint("delete", _ITEM, cast_to=MessageDeleted, headers=ASSISTANTS_V2)


class MessageCreateArgs(MessageCreateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.create` besides the thread id."""


class MessageUpdateArgs(MessageUpdateKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.update` besides the two ids."""


class MessageListArgs(MessageListKwargs, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.list` besides the thread id."""


class Messages(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> MessagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> MessagesWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    def create(self, thread_id: str, **kw: Unpack[MessageCreateArgs]) -> Message:
        """Add a message (`role`, `content`, optional attachments) to a thread."""
        return self._call(CREATE, dict(kw), "create", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def retrieve(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Message:
        """One message of a thread."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, message_id=message_id)

    @deprecated(DEPRECATION_MESSAGE)
    def update(self, message_id: str, *, thread_id: str, **kw: Unpack[MessageUpdateArgs]) -> Message:
        """Replace the metadata of a message."""
        return self._call(UPDATE, dict(kw), "update", thread_id=thread_id, message_id=message_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(self, thread_id: str, **kw: Unpack[MessageListArgs]) -> SyncCursorPage[Message]:
        """The messages of a thread, page by page (`run_id` keeps those a run created)."""
        return self._call(LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    def delete(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> MessageDeleted:
        """Delete a message from a thread."""
        return self._call(DELETE, dict(kw), "delete", thread_id=thread_id, message_id=message_id)


class AsyncMessages(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncMessagesWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse: ...

    @deprecated(DEPRECATION_MESSAGE)
    async def create(self, thread_id: str, **kw: Unpack[MessageCreateArgs]) -> Message:
        """Add a message (`role`, `content`, optional attachments) to a thread."""
        return await self._call(CREATE, dict(kw), "create", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def retrieve(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Message:
        """One message of a thread."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, message_id=message_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def update(self, message_id: str, *, thread_id: str, **kw: Unpack[MessageUpdateArgs]) -> Message:
        """Replace the metadata of a message."""
        return await self._call(UPDATE, dict(kw), "update", thread_id=thread_id, message_id=message_id)

    @deprecated(DEPRECATION_MESSAGE)
    def list(self, thread_id: str, **kw: Unpack[MessageListArgs]) -> AsyncPaginator[Message, AsyncCursorPage[Message]]:
        """The messages of a thread: await for the first page, or `async for` every message."""
        return self._list(ASYNC_LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated(DEPRECATION_MESSAGE)
    async def delete(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> MessageDeleted:
        """Delete a message from a thread."""
        return await self._call(DELETE, dict(kw), "delete", thread_id=thread_id, message_id=message_id)


class MessagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, messages: Messages) -> None:
            self.create = to_raw_response_wrapper(messages.create)
            self.delete = to_raw_response_wrapper(messages.delete)
            self.list = to_raw_response_wrapper(messages.list)
            self.retrieve = to_raw_response_wrapper(messages.retrieve)
            self.update = to_raw_response_wrapper(messages.update)


class AsyncMessagesWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, messages: AsyncMessages) -> None:
            self.create = async_to_raw_response_wrapper(messages.create)
            self.delete = async_to_raw_response_wrapper(messages.delete)
            self.list = async_to_raw_response_wrapper(messages.list)
            self.retrieve = async_to_raw_response_wrapper(messages.retrieve)
            self.update = async_to_raw_response_wrapper(messages.update)


class MessagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, messages: Messages) -> None:
            self.create = to_streamed_response_wrapper(messages.create)
            self.delete = to_streamed_response_wrapper(messages.delete)
            self.list = to_streamed_response_wrapper(messages.list)
            self.retrieve = to_streamed_response_wrapper(messages.retrieve)
            self.update = to_streamed_response_wrapper(messages.update)


class AsyncMessagesWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, messages: AsyncMessages) -> None:
            self.create = async_to_streamed_response_wrapper(messages.create)
            self.delete = async_to_streamed_response_wrapper(messages.delete)
            self.list = async_to_streamed_response_wrapper(messages.list)
            self.retrieve = async_to_streamed_response_wrapper(messages.retrieve)
            self.update = async_to_streamed_response_wrapper(messages.update)
