"""`/conversations`: create, retrieve, update and delete conversations; `items` holds their items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_create_params import ConversationCreateKwargs
from ...types.conversations.conversation_deleted_resource import ConversationDeletedResource
from ...types.conversations.conversation_update_params import ConversationUpdateKwargs

if TYPE_CHECKING:
    from .items import (
        AsyncItems,
        AsyncItemsWithRawResponse,
        AsyncItemsWithStreamingResponse,
        Items,
        ItemsWithRawResponse,
        ItemsWithStreamingResponse,
    )

__all__ = [
    "Conversations",
    "AsyncConversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
]

_ITEM = "/conversations/{conversation_id}"
CREATE = Endpoint("post", "/conversations", cast_to=Conversation, params=ConversationCreateKwargs)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Conversation)
UPDATE = Endpoint("post", _ITEM, cast_to=Conversation, params=ConversationUpdateKwargs)
DELETE = Endpoint("delete", _ITEM, cast_to=ConversationDeletedResource)


class ConversationCreateArgs(ConversationCreateKwargs, RequestExtras, total=False):
    """The keywords of `conversations.create`."""


class ConversationUpdateArgs(ConversationUpdateKwargs, RequestExtras, total=False):
    """The keywords of `conversations.update`."""


class Conversations(SyncAPIResource):
    items: "Items" = lazy_resource("openai.resources.conversations.items", "Items")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ConversationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ConversationsWithStreamingResponse: ...

    def create(self, **kw: Unpack[ConversationCreateArgs]) -> Conversation:
        """Start a conversation, optionally with initial items and metadata."""
        return self._call(CREATE, dict(kw), "create")

    def retrieve(self, conversation_id: str, **kw: Unpack[RequestExtras]) -> Conversation:
        """Get one conversation by id."""
        return self._call(RETRIEVE, dict(kw), "retrieve", conversation_id=conversation_id)

    def update(self, conversation_id: str, **kw: Unpack[ConversationUpdateArgs]) -> Conversation:
        """Replace the metadata of a conversation."""
        return self._call(UPDATE, dict(kw), "update", conversation_id=conversation_id)

    def delete(self, conversation_id: str, **kw: Unpack[RequestExtras]) -> ConversationDeletedResource:
        """Delete a conversation (its items are not deleted)."""
        return self._call(DELETE, dict(kw), "delete", conversation_id=conversation_id)


class AsyncConversations(AsyncAPIResource):
    items: "AsyncItems" = lazy_resource("openai.resources.conversations.items", "AsyncItems")

    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncConversationsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncConversationsWithStreamingResponse: ...

    async def create(self, **kw: Unpack[ConversationCreateArgs]) -> Conversation:
        """Start a conversation, optionally with initial items and metadata."""
        return await self._call(CREATE, dict(kw), "create")

    async def retrieve(self, conversation_id: str, **kw: Unpack[RequestExtras]) -> Conversation:
        """Get one conversation by id."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", conversation_id=conversation_id)

    async def update(self, conversation_id: str, **kw: Unpack[ConversationUpdateArgs]) -> Conversation:
        """Replace the metadata of a conversation."""
        return await self._call(UPDATE, dict(kw), "update", conversation_id=conversation_id)

    async def delete(self, conversation_id: str, **kw: Unpack[RequestExtras]) -> ConversationDeletedResource:
        """Delete a conversation (its items are not deleted)."""
        return await self._call(DELETE, dict(kw), "delete", conversation_id=conversation_id)


class ConversationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, conversations: Conversations) -> None:
            self.create = to_raw_response_wrapper(conversations.create)
            self.delete = to_raw_response_wrapper(conversations.delete)
            self.retrieve = to_raw_response_wrapper(conversations.retrieve)
            self.update = to_raw_response_wrapper(conversations.update)

        @property
        def items(self) -> ItemsWithRawResponse: ...


class AsyncConversationsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, conversations: AsyncConversations) -> None:
            self.create = async_to_raw_response_wrapper(conversations.create)
            self.delete = async_to_raw_response_wrapper(conversations.delete)
            self.retrieve = async_to_raw_response_wrapper(conversations.retrieve)
            self.update = async_to_raw_response_wrapper(conversations.update)

        @property
        def items(self) -> AsyncItemsWithRawResponse: ...


class ConversationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, conversations: Conversations) -> None:
            self.create = to_streamed_response_wrapper(conversations.create)
            self.delete = to_streamed_response_wrapper(conversations.delete)
            self.retrieve = to_streamed_response_wrapper(conversations.retrieve)
            self.update = to_streamed_response_wrapper(conversations.update)

        @property
        def items(self) -> ItemsWithStreamingResponse: ...


class AsyncConversationsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, conversations: AsyncConversations) -> None:
            self.create = async_to_streamed_response_wrapper(conversations.create)
            self.delete = async_to_streamed_response_wrapper(conversations.delete)
            self.retrieve = async_to_streamed_response_wrapper(conversations.retrieve)
            self.update = async_to_streamed_response_wrapper(conversations.update)

        @property
        def items(self) -> AsyncItemsWithStreamingResponse: ...
