"""`/conversations`: create, retrieve, update and delete conversations; `items` holds their items."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typing_extensions import Unpack

from ..._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource, lazy_resource
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_create_params import ConversationCreateParams
from ...types.conversations.conversation_deleted_resource import ConversationDeletedResource
from ...types.conversations.conversation_update_params import ConversationUpdateParams

if TYPE_CHECKING:
    from .items import AsyncItems, Items

__all__ = ["Conversations", "AsyncConversations"]

_ITEM = "/conversations/{conversation_id}"
CREATE = Endpoint("post", "/conversations", cast_to=Conversation, params=ConversationCreateParams)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Conversation)
UPDATE = Endpoint("post", _ITEM, cast_to=Conversation, params=ConversationUpdateParams)
DELETE = Endpoint("delete", _ITEM, cast_to=ConversationDeletedResource)


class ConversationCreateArgs(ConversationCreateParams, RequestExtras, total=False):
    """The keywords of `conversations.create`."""


class ConversationUpdateArgs(ConversationUpdateParams, RequestExtras, total=False):
    """The keywords of `conversations.update`."""


class Conversations(SyncAPIResource):
    items: "Items" = lazy_resource("openai.resources.conversations.items", "Items")

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
