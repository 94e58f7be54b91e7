from .chat import (
    AsyncChat,
    AsyncChatWithRawResponse,
    AsyncChatWithStreamingResponse,
    Chat,
    ChatWithRawResponse,
    ChatWithStreamingResponse,
)
from .completions import (
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
    Completions,
    CompletionsWithRawResponse,
    CompletionsWithStreamingResponse,
)

__all__ = [
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
]
