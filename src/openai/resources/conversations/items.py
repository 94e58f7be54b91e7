"""`/conversations/{conversation_id}/items`: add, read, list and delete the items of a conversation."""

from __future__ import annotations

from typing import List

from typing_extensions import TypedDict, Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ...pagination import AsyncConversationCursorPage, AsyncPaginator, SyncConversationCursorPage
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_item import ConversationItem
from ...types.conversations.conversation_item_list import ConversationItemList
from ...types.conversations.item_create_params import ItemCreateParams
from ...types.conversations.item_list_params import ItemListParams
from ...types.responses.response_includable import ResponseIncludable

__all__ = ["Items", "AsyncItems"]


class ItemRetrieveQuery(TypedDict, total=False):
    """`ItemRetrieveParams` without `conversation_id`, which the method takes as a path keyword."""

    include: List[ResponseIncludable]


_ITEMS = "/conversations/{conversation_id}/items"
_ITEM = _ITEMS + "/{item_id}"
# `include` is a query param even on the POST.
CREATE = Endpoint("post", _ITEMS, cast_to=ConversationItemList, params=ItemCreateParams, query_keys=("include",))
RETRIEVE = Endpoint("get", _ITEM, cast_to=ConversationItem, params=ItemRetrieveQuery, query=True)
LIST = Endpoint(
    "get", _ITEMS, cast_to=ConversationItem, params=ItemListParams, query=True, page=SyncConversationCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _ITEMS, cast_to=ConversationItem, params=ItemListParams, query=True, page=AsyncConversationCursorPage
)
DELETE = Endpoint("delete", _ITEM, cast_to=Conversation)


class ItemCreateArgs(ItemCreateParams, RequestExtras, total=False):
    """The keywords of `conversations.items.create` besides the conversation id."""


class ItemRetrieveArgs(ItemRetrieveQuery, RequestExtras, total=False):
    """The keywords of `conversations.items.retrieve` besides the two ids."""


class ItemListArgs(ItemListParams, RequestExtras, total=False):
    """The keywords of `conversations.items.list` besides the conversation id."""


class Items(SyncAPIResource):
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
