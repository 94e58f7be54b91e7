"""`/threads/{thread_id}/messages`: add, read, change, list and delete the messages of a thread."""

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict, Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.beta.threads.message import Message
from ....types.beta.threads.message_create_params import MessageCreateParams
from ....types.beta.threads.message_deleted import MessageDeleted
from ....types.beta.threads.message_list_params import MessageListParams
from ....types.shared_params.metadata import Metadata
from ..assistants import ASSISTANTS_V2
from ._common import deprecated

__all__ = ["Messages", "AsyncMessages"]


class MessageUpdateBody(TypedDict, total=False):
    """`MessageUpdateParams` without `thread_id`, which the method takes as a path keyword."""

    metadata: Optional[Metadata]


_MESSAGES = "/threads/{thread_id}/messages"
_ITEM = _MESSAGES + "/{message_id}"
CREATE = Endpoint("post", _MESSAGES, cast_to=Message, params=MessageCreateParams, headers=ASSISTANTS_V2)
RETRIEVE = Endpoint("get", _ITEM, cast_to=Message, headers=ASSISTANTS_V2)
UPDATE = Endpoint("post", _ITEM, cast_to=Message, params=MessageUpdateBody, headers=ASSISTANTS_V2)
LIST = Endpoint(
    "get", _MESSAGES, cast_to=Message, params=MessageListParams, query=True, page=SyncCursorPage, headers=ASSISTANTS_V2
)
ASYNC_LIST = Endpoint(
    "get", _MESSAGES, cast_to=Message, params=MessageListParams, query=True, page=AsyncCursorPage, headers=ASSISTANTS_V2
)
DELETE = Endpoint("delete", _ITEM, cast_to=MessageDeleted, headers=ASSISTANTS_V2)


class MessageCreateArgs(MessageCreateParams, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.create` besides the thread id."""


class MessageUpdateArgs(MessageUpdateBody, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.update` besides the two ids."""


class MessageListArgs(MessageListParams, RequestExtras, total=False):
    """The keywords of `beta.threads.messages.list` besides the thread id."""


class Messages(SyncAPIResource):
    @deprecated
    def create(self, thread_id: str, **kw: Unpack[MessageCreateArgs]) -> Message:
        """Add a message (`role`, `content`, optional attachments) to a thread."""
        return self._call(CREATE, dict(kw), "create", thread_id=thread_id)

    @deprecated
    def retrieve(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Message:
        """One message of a thread."""
        return self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, message_id=message_id)

    @deprecated
    def update(self, message_id: str, *, thread_id: str, **kw: Unpack[MessageUpdateArgs]) -> Message:
        """Replace the metadata of a message."""
        return self._call(UPDATE, dict(kw), "update", thread_id=thread_id, message_id=message_id)

    @deprecated
    def list(self, thread_id: str, **kw: Unpack[MessageListArgs]) -> SyncCursorPage[Message]:
        """The messages of a thread, page by page (`run_id` keeps those a run created)."""
        return self._call(LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated
    def delete(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> MessageDeleted:
        """Delete a message from a thread."""
        return self._call(DELETE, dict(kw), "delete", thread_id=thread_id, message_id=message_id)


class AsyncMessages(AsyncAPIResource):
    @deprecated
    async def create(self, thread_id: str, **kw: Unpack[MessageCreateArgs]) -> Message:
        """Add a message (`role`, `content`, optional attachments) to a thread."""
        return await self._call(CREATE, dict(kw), "create", thread_id=thread_id)

    @deprecated
    async def retrieve(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> Message:
        """One message of a thread."""
        return await self._call(RETRIEVE, dict(kw), "retrieve", thread_id=thread_id, message_id=message_id)

    @deprecated
    async def update(self, message_id: str, *, thread_id: str, **kw: Unpack[MessageUpdateArgs]) -> Message:
        """Replace the metadata of a message."""
        return await self._call(UPDATE, dict(kw), "update", thread_id=thread_id, message_id=message_id)

    @deprecated
    def list(self, thread_id: str, **kw: Unpack[MessageListArgs]) -> AsyncPaginator[Message, AsyncCursorPage[Message]]:
        """The messages of a thread: await for the first page, or `async for` every message."""
        return self._list(ASYNC_LIST, dict(kw), "list", thread_id=thread_id)

    @deprecated
    async def delete(self, message_id: str, *, thread_id: str, **kw: Unpack[RequestExtras]) -> MessageDeleted:
        """Delete a message from a thread."""
        return await self._call(DELETE, dict(kw), "delete", thread_id=thread_id, message_id=message_id)
