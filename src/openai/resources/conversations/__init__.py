from .conversations import (
    AsyncConversations,
    AsyncConversationsWithRawResponse,
    AsyncConversationsWithStreamingResponse,
    Conversations,
    ConversationsWithRawResponse,
    ConversationsWithStreamingResponse,
)
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
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
]
