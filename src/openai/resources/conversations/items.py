"""`/conversations/{conversation_id}/items`: add, read, list and delete the items of a conversation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ..._typed_views import (
    RawView,
    StreamingView,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...pagination import AsyncConversationCursorPage, AsyncPaginator, SyncConversationCursorPage
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_item import ConversationItem
from ...types.conversations.conversation_item_list import ConversationItemList
from ...types.conversations.item_create_params import ItemCreateKwargs
from ...types.conversations.item_list_params import ItemListKwargs
from ...types.conversations.item_retrieve_params import ItemRetrieveKwargs

__all__ = [
    "Items",
    "AsyncItems",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
]


_ITEMS = "/conversations/{conversation_id}/items"
_ITEM = _ITEMS + "/{item_id}"
# `include` is a query param even on the POST.
CREATE = Endpoint("post", _ITEMS, cast_to=ConversationItemList, params=ItemCreateKwargs, query_keys=("include",))
RETRIEVE = Endpoint("get", _ITEM, cast_to=ConversationItem, params=ItemRetrieveKwargs, query=True)
LIST = Endpoint(
    "get", _ITEMS, cast_to=ConversationItem, params=ItemListKwargs, query=True, page=SyncConversationCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _ITEMS, cast_to=ConversationItem, params=ItemListKwargs, query=True, page=AsyncConversationCursorPage
)
DELETE = Endpoint("delete", _ITEM, cast_to=Conversation)


class ItemCreateArgs(ItemCreateKwargs, RequestExtras, total=False):
    """The keywords of `conversations.items.create` besides the conversation id."""


class ItemRetrieveArgs(ItemRetrieveKwargs, RequestExtras, total=False):
    """The keywords of `conversations.items.retrieve` besides the two ids."""


class ItemListArgs(ItemListKwargs, RequestExtras, total=False):
    """The keywords of `conversations.items.list` besides the conversation id."""


class Items(SyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> ItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> ItemsWithStreamingResponse: ...

    def create(self, conversation_id: str, **kw: Unpack[ItemCreateArgs]) -> ConversationItemList:
        """Append items to a conversation."""
        return self._call(CREATE, dict(kw), "create", conversation_id=conversation_id)

    def retrieve(self, item_id: str, *, conversation_id: str, **kw: Unpack[ItemRetrieveArgs]) -> ConversationItem:
        """One item of a conversation."""
        return self._call(RETRIEVE, dict(kw), "retrieve", conversation_id=conversation_id, item_id=item_id)

    def list(self, conversation_id: str, **kw: Unpack[ItemListArgs]) -> SyncConversationCursorPage[ConversationItem]:
        """The items of a conversation, page by page."""
        return self._call(LIST, dict(kw), "list", conversation_id=conversation_id)

    def delete(self, item_id: str, *, conversation_id: str, **kw: Unpack[RequestExtras]) -> Conversation:
        """Remove an item from a conversation; returns the conversation."""
        return self._call(DELETE, dict(kw), "delete", conversation_id=conversation_id, item_id=item_id)


class AsyncItems(AsyncAPIResource):
    if TYPE_CHECKING:  # what type checkers see of the views (see _typed_views)

        @property
        def with_raw_response(self) -> AsyncItemsWithRawResponse: ...
        @property
        def with_streaming_response(self) -> AsyncItemsWithStreamingResponse: ...

    async def create(self, conversation_id: str, **kw: Unpack[ItemCreateArgs]) -> ConversationItemList:
        """Append items to a conversation."""
        return await self._call(CREATE, dict(kw), "create", conversation_id=conversation_id)

    async def retrieve(self, item_id: str, *, conversation_id: str, **kw: Unpack[ItemRetrieveArgs]) -> ConversationItem:
        """One item of a conversation."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", conversation_id=conversation_id, item_id=item_id)

    def list(
        self, conversation_id: str, **kw: Unpack[ItemListArgs]
    ) -> AsyncPaginator[ConversationItem, AsyncConversationCursorPage[ConversationItem]]:
        """The items of a conversation: await for the first page, or `async for` every item."""
        return self._list(ASYNC_LIST, dict(kw), "list", conversation_id=conversation_id)

    async def delete(self, item_id: str, *, conversation_id: str, **kw: Unpack[RequestExtras]) -> Conversation:
        """Remove an item from a conversation; returns the conversation."""
        return await self._call(DELETE, dict(kw), "delete", conversation_id=conversation_id, item_id=item_id)


class ItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, items: Items) -> None:
            self.create = to_raw_response_wrapper(items.create)
            self.delete = to_raw_response_wrapper(items.delete)
            self.list = to_raw_response_wrapper(items.list)
            self.retrieve = to_raw_response_wrapper(items.retrieve)


class AsyncItemsWithRawResponse(RawView):
    if TYPE_CHECKING:

        def __init__(self, items: AsyncItems) -> None:
            self.create = async_to_raw_response_wrapper(items.create)
            self.delete = async_to_raw_response_wrapper(items.delete)
            self.list = async_to_raw_response_wrapper(items.list)
            self.retrieve = async_to_raw_response_wrapper(items.retrieve)


class ItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, items: Items) -> None:
            self.create = to_streamed_response_wrapper(items.create)
            self.delete = to_streamed_response_wrapper(items.delete)
            self.list = to_streamed_response_wrapper(items.list)
            self.retrieve = to_streamed_response_wrapper(items.retrieve)


class AsyncItemsWithStreamingResponse(StreamingView):
    if TYPE_CHECKING:

        def __init__(self, items: AsyncItems) -> None:
            self.create = async_to_streamed_response_wrapper(items.create)
            self.delete = async_to_streamed_response_wrapper(items.delete)
            self.list = async_to_streamed_response_wrapper(items.list)
            self.retrieve = async_to_streamed_response_wrapper(items.retrieve)
