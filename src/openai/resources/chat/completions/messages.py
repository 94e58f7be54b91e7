"""`/chat/completions/{completion_id}/messages`: the messages of a stored completion."""

from __future__ import annotations

from typing_extensions import Unpack

from ...._resource import AsyncAPIResource, Endpoint, RequestExtras, SyncAPIResource
from ....pagination import AsyncCursorPage, AsyncPaginator, SyncCursorPage
from ....types.chat.chat_completion_store_message import ChatCompletionStoreMessage
from ....types.chat.completions.message_list_params import MessageListParams

__all__ = ["Messages", "AsyncMessages"]

_PATH = "/chat/completions/{completion_id}/messages"
LIST = Endpoint(
    "get", _PATH, cast_to=ChatCompletionStoreMessage, params=MessageListParams, query=True, page=SyncCursorPage
)
ASYNC_LIST = Endpoint(
    "get", _PATH, cast_to=ChatCompletionStoreMessage, params=MessageListParams, query=True, page=AsyncCursorPage
)


class MessageListArgs(MessageListParams, RequestExtras, total=False):
    """The keywords of `chat.completions.messages.list`."""


class Messages(SyncAPIResource):
    def list(self, completion_id: str, **kw: Unpack[MessageListArgs]) -> SyncCursorPage[ChatCompletionStoreMessage]:
        """The messages of a stored chat completion, page by page."""
        return self._call(LIST, dict(kw), "list", completion_id=completion_id)


class AsyncMessages(AsyncAPIResource):
    def list(
        self, completion_id: str, **kw: Unpack[MessageListArgs]
    ) -> AsyncPaginator[ChatCompletionStoreMessage, AsyncCursorPage[ChatCompletionStoreMessage]]:
        """The messages of a stored chat completion, page by page."""
        return self._list(ASYNC_LIST, dict(kw), "list", completion_id=completion_id)
